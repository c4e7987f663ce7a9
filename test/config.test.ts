import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ConfigError, enabledPlatforms, loadConfig } from "../src/config.ts";

describe("configuration", () => {
  it("has working defaults: SQLite under ./data, Paris time, French", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ DATABASE_URL: "file:./data/tablee.db", TABLEE_TIMEZONE: "Europe/Paris", TABLEE_LOCALE: "fr" });
    expect(enabledPlatforms(c)).toEqual([]);
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: "", TABLEE_LOCALE: " " }).TABLEE_LOCALE).toBe("fr");
  });

  it("lists every problem at once, without echoing secret values", () => {
    let err: unknown;
    try {
      loadConfig({
        TABLEE_TIMEZONE: "Europe/Pariss",
        TABLEE_LOCALE: "de",
        DATABASE_URL: "mysql://x",
        DISCORD_TOKEN: "secret-token-value-123456",
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const problems = (err as ConfigError).problems.join("\n");
    expect(problems).toMatch(/TABLEE_TIMEZONE: must be an IANA timezone/);
    expect(problems).toMatch(/TABLEE_LOCALE:/);
    expect(problems).toMatch(/DATABASE_URL: must be a SQLite file URL/);
    expect(problems).toMatch(/DISCORD_APPLICATION_ID: is required when DISCORD_TOKEN is set/);
    expect(problems).not.toContain("secret-token-value");
  });

  it("npm start with an invalid configuration prints the problems and exits with code 2", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: { ...process.env, TABLEE_LOCALE: "de", TABLEE_TIMEZONE: "Mars/Olympus" },
      encoding: "utf8",
      input: "",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Invalid configuration:");
    expect(run.stderr).toContain("TABLEE_LOCALE");
    expect(run.stderr).toContain("TABLEE_TIMEZONE");
  });
});
