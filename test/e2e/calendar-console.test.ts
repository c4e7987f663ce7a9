// What someone trying Tablée sees: in the `npm start` console, /calendrier prints two links that
// the running process serves as iCal feeds; /calendrier nouveau makes the old ones answer 404.
import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { sqliteDatabase, type TestDatabase } from "../helpers/databases.ts";

let tdb: TestDatabase | undefined;
afterEach(async () => {
  await tdb?.drop();
  tdb = undefined;
});

describe("calendars from the console of `npm start`", () => {
  it("prints a 'my shifts' and a 'canteen' link that the running board serves, and revokes them", async () => {
    tdb = await sqliteDatabase();
    const child = spawn("npm", ["start"], {
      env: { ...process.env, TELEGRAM_BOT_TOKEN: "", DISCORD_TOKEN: "", SLACK_BOT_TOKEN: "", DATABASE_URL: tdb.url, PORT: "0" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    const closed = new Promise<number | null>((r) => child.on("close", r));
    const waitFor = async (re: RegExp, from = 0): Promise<RegExpMatchArray[]> => {
      for (let i = 0; i < 600; i++) {
        const found = [...out.slice(from).matchAll(new RegExp(re, "g"))];
        if (found.length >= 2) return found;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`timed out waiting for ${re}; output:\n${out}`);
    };
    try {
      child.stdin.write("/installer Cantine des Pentes\n/cuisiner lundi prochain plonge\n/calendrier\n");
      const links = (await waitFor(/http:\/\/127\.0\.0\.1:\d+\/calendar\/[A-Za-z0-9_-]{43}\.ics/)).map((m) => m[0]);
      const [shifts, canteen] = links as [string, string];
      const mine = await fetch(shifts);
      expect(mine.status).toBe(200);
      expect(mine.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
      const ics = await mine.text();
      expect(ics).toContain("BEGIN:VCALENDAR");
      expect(ics).toContain("SUMMARY:Plonge — Cantine des Pentes");
      expect((await fetch(canteen)).status).toBe(200);

      const mark = out.length;
      child.stdin.write("/calendrier nouveau\n");
      await waitFor(/http:\/\/127\.0\.0\.1:\d+\/calendar\/[A-Za-z0-9_-]{43}\.ics/, mark);
      expect((await fetch(shifts)).status).toBe(404);
      expect((await fetch(canteen)).status).toBe(404);
    } finally {
      child.stdin.end();
      expect(await closed).toBe(0);
    }
  });
});
