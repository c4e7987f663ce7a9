// Process entry point: `npm start`. Loads .env, validates configuration, starts the app, and
// exits cleanly at the end of console input or on SIGINT/SIGTERM.
import { config as loadDotenv } from "dotenv";
import { ConfigError, loadConfig } from "./config.ts";
import { createLogger } from "./log.ts";
import { startApp, type App } from "./app.ts";
import { MigrationError } from "./store/migrate.ts";
import { EXIT_CONFIGURATION, EXIT_FAILURE, redactSecrets, StartupError } from "./startup/failure.ts";

const HELP = `Tablée — chat-bot for participatory canteens

Usage: npm start [-- --console] [-- --help]

With no platform token configured, Tablée opens a local chat in this terminal, on the embedded
SQLite database (./data/tablee.db, created and migrated on first start):
  - each line you type is a message in one local group;
  - "@alice: /cook tuesday" is sent as the user alice (created on first use);
    a bare line is sent by the default user "you";
  - every line the bot prints starts with "bot> ";
  - buttons are shown as numbered choices [1] [2] …: type the number to press one;
  - piped input works too: when input ends, pending work finishes and Tablée exits 0.
  Start with: /setup My Canteen  then  /cook tuesday  and  /slots  (French: /installer, /cuisiner, /creneaux).
  /board (/tableau) prints a one-time link to the web board, served on http://127.0.0.1:PORT (3000).

With TELEGRAM_BOT_TOKEN, DISCORD_TOKEN or SLACK_BOT_TOKEN set (environment or .env), Tablée runs
on those platforms instead; --console adds the local console anyway. See README.md for every variable.
`;

/** How long a stop (SIGTERM, SIGINT) waits for work in flight before the process exits anyway. */
const STOP_DEADLINE_MS = 8_000;

/** Set once the configuration is read: LOG_LEVEL=debug (or trace) adds stacks to failure lines. */
let debug = process.env.LOG_LEVEL === "debug" || process.env.LOG_LEVEL === "trace";

/**
 * Prints a failure that stops Tablée on stderr and returns the exit code: an expected one (a
 * StartupError, a refused migration) as one line, anything else with its stack. Secrets redacted.
 */
function reportFailure(e: unknown, when = "could not start"): number {
  const stack = (err: unknown) => (debug && err instanceof Error && err.stack ? `\n${redactSecrets(err.stack)}` : "");
  if (e instanceof StartupError) {
    const cause = e.cause instanceof Error ? e.cause : undefined;
    process.stderr.write(`Tablée ${when}: ${redactSecrets(e.message)}${stack(cause ?? e)}\n`);
    return e.exitCode;
  }
  if (e instanceof MigrationError) {
    process.stderr.write(`Tablée could not update its database, and changed nothing: ${redactSecrets(e.message)}${stack(e)}\n`);
    return EXIT_FAILURE;
  }
  process.stderr.write(`Tablée stopped on an unexpected error: ${redactSecrets((e as Error).stack ?? String(e))}\n`);
  return EXIT_FAILURE;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(HELP);
    return 0;
  }
  loadDotenv({ quiet: true });
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\nSee README.md (Configuration) for every variable.\n`);
      return EXIT_CONFIGURATION;
    }
    throw e;
  }
  const consoleOnly = !config.TELEGRAM_BOT_TOKEN && !config.DISCORD_TOKEN && !config.SLACK_BOT_TOKEN;
  debug = config.LOG_LEVEL === "debug" || config.LOG_LEVEL === "trace";
  const log = createLogger(config.LOG_LEVEL ?? (consoleOnly || args.includes("--console") ? "error" : "info"));
  // An adapter that cannot recover (Discord closing with 4004: the token was refused) ends the process.
  let started = false;
  const onFatal = (error: Error) => {
    if (!(error instanceof StartupError))
      log.error({ err: { name: error.name, message: redactSecrets(error.message) } }, "unrecoverable adapter failure: exiting");
    process.exit(reportFailure(error, started ? "stopped" : "could not start"));
  };
  // Listening from the start: a stop asked while start-up still waits for a database or a
  // platform ends the process at once; once started, Tablée finishes what is in flight first.
  let app: App | undefined = undefined;
  const stop = async (signal: string) => {
    log.info({ signal }, "stopping");
    // What is in flight gets STOP_DEADLINE_MS to finish; a write that hangs never holds the stop.
    setTimeout(() => {
      process.stderr.write(
        `Tablée stopped without finishing what was in flight: it was still running after ${STOP_DEADLINE_MS / 1000} s\n`,
      );
      process.exit(EXIT_FAILURE);
    }, STOP_DEADLINE_MS).unref();
    await app?.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
  app = await startApp({ config, log, forceConsole: args.includes("--console"), onFatal });
  started = true;
  await app.finished;
  await app.stop();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => process.exit(reportFailure(e)),
);
