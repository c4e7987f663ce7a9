// Process entry point: `npm start`. Loads .env, validates configuration, starts the app, and
// exits cleanly at the end of console input or on SIGINT/SIGTERM.
import { config as loadDotenv } from "dotenv";
import { ConfigError, loadConfig } from "./config.ts";
import { createLogger } from "./log.ts";
import { startApp } from "./app.ts";
import { MigrationError } from "./store/migrate.ts";

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
      return 2;
    }
    throw e;
  }
  const consoleOnly = !config.TELEGRAM_BOT_TOKEN && !config.DISCORD_TOKEN && !config.SLACK_BOT_TOKEN;
  const log = createLogger(config.LOG_LEVEL ?? (consoleOnly || args.includes("--console") ? "error" : "info"));
  let app;
  try {
    app = await startApp({ config, log, forceConsole: args.includes("--console") });
  } catch (e) {
    if (e instanceof MigrationError) {
      process.stderr.write(`Tablée could not update its database, and changed nothing: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const stop = async (signal: string) => {
    log.info({ signal }, "stopping");
    await app.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
  await app.finished;
  await app.stop();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`Tablée stopped on an unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  },
);
