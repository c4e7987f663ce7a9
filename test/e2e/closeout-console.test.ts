// Close-out, survey and /impact in the real `npm start` console, driven through stdin with a moved
// clock: the free-price line, the survey and its private thanks, the close-out reminder, /impact.
import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { sqliteDatabase, type TestDatabase } from "../helpers/databases.ts";

let tdb: TestDatabase | undefined;
afterEach(async () => {
  await tdb?.drop();
  tdb = undefined;
});

function npmStart(input: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["start"], {
      env: { ...process.env, TELEGRAM_BOT_TOKEN: "", DISCORD_TOKEN: "", SLACK_BOT_TOKEN: "", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: stdout.replace(/[\u202f\u00a0]/g, " ") }));
    child.stdin.end(input);
  });
}

describe("closing a service in the console of `npm start`", () => {
  it("shows the meal's cost, posts the survey, reminds the manager to close, and reports the figures", async () => {
    tdb = await sqliteDatabase();
    const script = [
      "/setup Belleville",
      "/reglages prix-ingredients 3,50",
      "/reglages prix-fonctionnement 9",
      "/tick 2026-12-01T10:00",
      "1",
      "@alice: 1",
      "/tick 14:00",
      "2",
      "@alice: 2",
      "2",
      "/tick 14:35",
      "/cloturer couverts 40 recette 380,50 €",
      "@alice: /cloturer couverts 3",
      "/impact",
      "@alice: /impact",
    ].join("\n");
    const run = await npmStart(`${script}\n`, { DATABASE_URL: tdb.url, TABLEE_CLOCK_START: "2026-11-30T08:00:00+01:00" });
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toContain("bot> 💶 Prix libre — un repas coûte 12,50 € : 3,50 € d'ingrédients + 9 € de fonctionnement.");
    expect(out).toContain("bot> 💬 Belleville — comment c'était, le mardi 1er décembre ?");
    expect(out).toMatch(/\[1\] 1\. Oui {3}\[2\] 1\. Plutôt oui {3}\[3\] 1\. Plutôt non {3}\[4\] 1\. Non/);
    expect(out).toMatch(/\[9\] 3\. Oui {3}\[10\] 3\. Non/);
    expect(out.match(/Merci, ta réponse est comptée \(anonymement\) !/g)).toHaveLength(2);
    expect(out).toContain("Tu avais déjà répondu à cette question");
    expect(out).toMatch(/🔒 @you\nbot> 🧾 Belleville — clôturer le service du mardi 1er décembre\nbot> Le sondage comptait 2 couverts/);
    expect(out).toContain("[1] ✅ 2 couverts servis (mar. 1/12)");
    expect(out).toContain("bot> Couverts : 40 · Recette : 380,50 € · Courses : —");
    expect(out).toContain("Seul·es les gérant·es et le ou la chef·fe du mardi 1er décembre peuvent clôturer ce service.");
    const [manager, alice] = out.split("bot> 📊 Belleville — décembre 2026").slice(1);
    expect(manager).toContain("• Repas servis : 40");
    expect(manager).toContain("• Participation moyenne : 9,51 €");
    expect(manager).toContain("• Coût couvert : 76 %");
    // The two answers wait to be counted in a batch (src/features/survey/pool.ts): /impact says so.
    expect(manager).toContain("• Accueil : 0 réponse — trop peu pour afficher un pourcentage");
    expect(manager).toContain("2 réponses à l'enquête attendent d'être comptées");
    expect(alice).toContain("• Repas servis : 40");
    expect(alice).not.toContain("Recette");
  });
});
