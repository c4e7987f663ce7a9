// Drives the real `npm start` console through stdin/stdout, as a person or a script would.
import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { sqliteDatabase, type TestDatabase } from "../helpers/databases.ts";

let tdb: TestDatabase | undefined;
afterEach(async () => {
  await tdb?.drop();
  tdb = undefined;
});

/** Runs `npm start` with the given stdin and environment; resolves when the process exits. */
function npmStart(
  input: string,
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["start", ...(args.length ? ["--", ...args] : [])], {
      env: { ...process.env, TELEGRAM_BOT_TOKEN: "", DISCORD_TOKEN: "", SLACK_BOT_TOKEN: "", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** Monday 30 November 2026, 08:00 in Paris. */
const MONDAY_MORNING = "2026-11-30T08:00:00+01:00";

describe("the console chat of `npm start`", () => {
  it("runs a canteen from piped input, prints only 'bot> ' lines, and exits 0 at end of input", async () => {
    tdb = await sqliteDatabase();
    const script = [
      "/installer Cantine des Pentes",
      "@alice: /cuisiner lundi prochain plonge",
      "@bob: /cook next monday head cook",
      "@carole: /cook next monday head cook",
      "/creneaux suivante",
      "1",
      "@bob: /annuler lundi prochain",
      "/nimporte",
    ].join("\n");
    // A Monday morning: next Monday is then in "the 7 days after" that /creneaux suivante shows.
    const run = await npmStart(`${script}\n`, { DATABASE_URL: tdb.url, TABLEE_CLOCK_START: MONDAY_MORNING });
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n").filter((l) => l !== "");
    expect(lines.length).toBeGreaterThan(10);
    for (const l of lines) expect(l.startsWith("bot> "), l).toBe(true);
    const out = run.stdout;
    expect(out).toContain("« Cantine des Pentes » est créée");
    expect(out).toMatch(/alice, c'est noté : Plonge lundi \d+/);
    expect(out).toMatch(/carole, tu es n°1 sur la liste d'attente/);
    // "1" pressed the first numbered button of the sheet: the default user signs up to cook,
    // gets a short confirmation and sees the sheet again, updated.
    expect(out).toMatch(/\[1\] ✋ Cuisine lun\. /);
    expect(out).toMatch(/bot> Inscription confirmée\nbot> 📋 Planning — Cantine des Pentes/);
    expect(out).toMatch(/Cuisine 1\/3 : you · 2 places libres/);
    expect(out).toMatch(/@carole passe de la liste d'attente au planning/);
    expect(out).toContain("Je ne connais pas la commande /nimporte.");
  });

  it("/tick moves the clock: the announcement and its poll appear, and answers update the count live", async () => {
    tdb = await sqliteDatabase();
    const script = [
      "/setup Belleville",
      "/menu 2026-12-01 Soupe de potiron #vegan",
      "/tick 2026-12-01T10:00",
      "1",
      "@alice: 2",
      "/tick 11:05",
    ].join("\n");
    const run = await npmStart(`${script}\n`, { DATABASE_URL: tdb.url, TABLEE_CLOCK_START: "2026-11-30T08:00:00+01:00" });
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toContain("bot> 🍲 Belleville — menu du mardi 1er décembre");
    expect(out).toContain("bot> Soupe de potiron");
    expect(out).toMatch(/\[1\] 🍽️ Je mange {3}\[2\] ➕ 1 invité·e {3}\[3\] 🙅 Pas aujourd'hui/);
    expect(out).toContain("bot> ✏️\nbot> 🙋 1 couvert (1 personne + 0 invité·e)");
    expect(out).toContain("bot> 🙋 3 couverts (2 personnes + 1 invité·e)");
    expect(out).toMatch(/Sondage clos/);
    expect(out).toMatch(/🔒 @you\nbot> 🧑‍🍳 Brief cuisine — mardi 1er décembre/);
  });

  it("keeps its data between runs in the SQLite file it created", async () => {
    tdb = await sqliteDatabase();
    await npmStart("/setup Belleville\n@alice: /cook next tuesday\n", { DATABASE_URL: tdb.url, TABLEE_CLOCK_START: MONDAY_MORNING });
    const second = await npmStart("/slots next\n", { DATABASE_URL: tdb.url, TABLEE_CLOCK_START: MONDAY_MORNING });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Cuisine 1\/3 : alice/);
  });

  it("explains itself with --help", async () => {
    const run = await npmStart("", {}, ["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"@alice: /cook tuesday" is sent as the user alice');
    expect(run.stdout).toContain('every line the bot prints starts with "bot> "');
  });
});
