// Configuration from the environment (and a .env file), validated with zod. Every problem is
// reported at once; main.ts prints them and exits with code 2.
import { IANAZone } from "luxon";
import { z } from "zod";

const optionalUrl = z.url({ protocol: /^https?$/ }).optional();

/** The environment variables Tablée reads. README has the same table. */
export const configSchema = z.object({
  DATABASE_URL: z
    .string()
    .default("file:./data/tablee.db")
    .refine((u) => /^file:.+/.test(u) || /^postgres(ql)?:\/\/.+/.test(u), {
      message: "must be a SQLite file URL (file:./data/tablee.db) or a PostgreSQL URL (postgresql://user@host:5432/db)",
    }),
  TABLEE_TIMEZONE: z
    .string()
    .default("Europe/Paris")
    .refine((tz) => IANAZone.isValidZone(tz), { message: "must be an IANA timezone such as Europe/Paris" }),
  TABLEE_LOCALE: z.enum(["fr", "en"]).default("fr"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]+$/, "looks like 123456:ABC-DEF… (from @BotFather)")
    .optional(),
  TELEGRAM_API_ROOT: optionalUrl,
  TELEGRAM_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,256}$/, "1-256 characters A-Z a-z 0-9 _ -")
    .optional(),
  DISCORD_TOKEN: z.string().min(20).optional(),
  DISCORD_APPLICATION_ID: z
    .string()
    .regex(/^\d{5,25}$/, "a numeric application id")
    .optional(),
  DISCORD_GUILD_ID: z
    .string()
    .regex(/^\d{5,25}$/, "a numeric server id")
    .optional(),
  DISCORD_API_BASE: optionalUrl,
  SLACK_BOT_TOKEN: z.string().startsWith("xoxb-", "starts with xoxb-").optional(),
  SLACK_SIGNING_SECRET: z.string().min(8).optional(),
  SLACK_APP_TOKEN: z.string().startsWith("xapp-", "starts with xapp-").optional(),
  SLACK_API_URL: optionalUrl,
  /** How long start-up waits for a database or platform that is not reachable yet, in seconds. */
  TABLEE_START_RETRY_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** The board's public address, as people's browsers reach it (default http://127.0.0.1:<PORT>). */
  TABLEE_PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .refine((u) => !/[?#]/.test(u), { message: "must be a plain address such as https://tablee.example.org (no ? or #)" })
    .optional(),
  /**
   * How many reverse proxies in front of Tablée to trust (0: none, the socket's address is the
   * client's). Behind N, the client is the N-th address from the right of X-Forwarded-For.
   */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** Demos and multi-process tests: the clock starts at this instant instead of now… */
  TABLEE_CLOCK_START: z.iso.datetime({ offset: true }).optional(),
  /** …and runs this many times faster than real time. */
  TABLEE_CLOCK_SPEED: z.coerce.number().min(1).max(10_000).optional(),
});

/** Variables that only make sense together; checked on the raw values so every problem shows at once. */
function crossChecks(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID) problems.push("DISCORD_APPLICATION_ID: is required when DISCORD_TOKEN is set");
  if (env.SLACK_BOT_TOKEN && !env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN) {
    problems.push("SLACK_SIGNING_SECRET: is required when SLACK_BOT_TOKEN is set (or SLACK_APP_TOKEN for Socket Mode)");
  }
  if (env.TELEGRAM_WEBHOOK_URL && !env.TELEGRAM_BOT_TOKEN)
    problems.push("TELEGRAM_BOT_TOKEN: is required when TELEGRAM_WEBHOOK_URL is set");
  return problems;
}

/** Validated configuration. */
export type Config = z.infer<typeof configSchema>;

/** Configuration problems, one line per variable, in a form people can act on. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Reads the configuration; empty variables count as unset. Throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const res = configSchema.safeParse(present);
  // Values are never echoed: some of them are secrets.
  const problems = [
    ...(res.success ? [] : res.error.issues.map((i) => `${i.path.join(".") || "(environment)"}: ${i.message}`)),
    ...crossChecks(present),
  ];
  if (problems.length > 0 || !res.success) throw new ConfigError(problems);
  return res.data;
}

/** Platforms that have the credentials they need. */
export function enabledPlatforms(c: Config): ("telegram" | "discord" | "slack")[] {
  const out: ("telegram" | "discord" | "slack")[] = [];
  if (c.TELEGRAM_BOT_TOKEN) out.push("telegram");
  if (c.DISCORD_TOKEN) out.push("discord");
  if (c.SLACK_BOT_TOKEN) out.push("slack");
  return out;
}
