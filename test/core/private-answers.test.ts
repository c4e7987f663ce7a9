// Personal data and money never land in a group: a profile, a diet, allergies, calendar and
// board links reach only their person; a manager's figures with money, a network's rows of other
// canteens and a service's amounts and history reach only whoever asked, the group reading the
// figures everyone may see (or that the answer was sent privately).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness, type SendOptions } from "../helpers/harness.ts";
import { plainText, type Outcome } from "../../src/kernel/model.ts";
import { boardAct } from "../../src/features/board/act.ts";

const EST: SendOptions = { chat: "console:est" };
const TG: SendOptions = { chat: "telegram:-100" };
const SLACK: SendOptions = { chat: "slack:C1" };
const OUEST: SendOptions = { chat: "console:ouest" };

/** Everything a group can read of an outcome, on any platform. */
function groupReads(o: Outcome): string {
  return [...o.replies, ...(o.direct ? [o.direct.sent, o.direct.unreachable] : [])].map(plainText).join("\n");
}
/** Everything only the author reads. */
function authorReads(o: Outcome): string {
  return [...(o.personal ? [o.personal] : []), ...(o.direct?.messages ?? [])].map(plainText).join("\n");
}

let h: Harness;
beforeEach(async () => {
  h = await createHarness("2026-11-23T15:00:00Z", { boardUrl: "https://tablee.example.org" }); // Monday, after lunch
  await h.say("Mona", "/setup Cantine Est", EST);
  for (const chat of [TG, SLACK]) {
    const code = /[A-Z0-9]{8}/.exec(await h.say("Mona", "/inviter", EST))![0];
    await h.say("Mona", `/setup ${code}`, chat);
  }
  await h.say("Mona", "/cloturer 2026-11-16 couverts 40 recette 300 courses 120", EST);
  await h.say("Mona", "/cloturer 2026-11-16 recette 312,50", EST);
});
afterEach(() => h.close());

describe("a person's own data", () => {
  it("/allergies, /regime and /profil in a group answer only their author, on every platform", async () => {
    for (const chat of [EST, TG, SLACK]) {
      for (const text of ["/allergies gluten lait", "/regime vegetarien", "/profil"]) {
        const out = await h.send("Carol", text, chat);
        expect(groupReads(out)).not.toMatch(/gluten|lait|Végétarien|Profil de/i);
        expect(authorReads(out)).toContain("Profil de Carol");
      }
    }
    expect(authorReads(await h.send("Carol", "/profil", TG))).toContain("Allergies : gluten, lait");
  });

  it("on Telegram the group reads that the answer was sent, or a button to the private chat that asks for the profile again", async () => {
    const out = await h.send("Carol", "/allergies gluten", TG);
    expect(plainText(out.direct!.sent)).toBe("Carol, je t'ai répondu en privé.");
    expect(out.direct!.unreachable.buttons.flat()).toEqual([
      { label: "Ouvrir la conversation privée", start: `profile-${(await h.store.allCanteens())[0]!.id}`, style: "primary" },
    ]);
  });
});

describe("money and histories", () => {
  it("a manager's /impact gives the group the figures without money, and the manager the money privately", async () => {
    const out = await h.send("Mona", "/impact novembre", SLACK);
    expect(groupReads(out)).toContain("Repas servis : 40");
    expect(groupReads(out)).not.toMatch(/€|Recette|Participation moyenne|Détail par service/);
    expect(groupReads(out)).toContain("🔒 L'argent et le détail par service ne vont qu'aux gérant·es, en privé.");
    expect(authorReads(out)).toMatch(/Recette : 312,50\s€/u);
    expect(authorReads(out)).toContain("Détail par service");
  });

  it("a volunteer's /impact is the group's figures, answered in the group", async () => {
    const out = await h.send("Carol", "/impact novembre", TG);
    expect(out.replies.map(plainText).join("\n")).toContain("Repas servis : 40");
    expect(out.direct).toBeUndefined();
  });

  it("/cloturer <day> shows the group the covers only; the amounts and who changed them go to the manager", async () => {
    const out = await h.send("Mona", "/cloturer 2026-11-16", TG);
    expect(groupReads(out)).toContain("Couverts : 40");
    expect(groupReads(out)).not.toMatch(/€|300|312|Mona ·|Historique/);
    expect(authorReads(out)).toContain("Historique des changements");
    expect(authorReads(out)).toMatch(/Recette : 300\s€ → 312,50\s€/u);
  });

  it("/impact reseau: other canteens' rows reach the network's manager alone", async () => {
    await h.say("Bruno", "/setup Cantine Ouest", OUEST);
    await h.say("Mona", "/reseau creer Les Petites Cantines", EST);
    const code = /rejoindre ([A-Z0-9]{8})/.exec(await h.say("Mona", "/reseau inviter", EST))![1];
    await h.say("Bruno", `/reseau rejoindre ${code}`, OUEST);
    const out = await h.send("Mona", "/impact reseau novembre", EST);
    expect(groupReads(out)).not.toMatch(/Cantine Ouest|Par cantine|€/);
    expect(authorReads(out)).toContain("Cantine Ouest");
  });

  it("the board's close form shows its manager the whole record, as the chat's private answer", async () => {
    const mona = (await h.store.personOf("console:mona"))!;
    const est = (await h.store.allCanteens()).find((c) => c.name === "Cantine Est")!;
    const result = await boardAct(h.core.deps, h.core.handle, {
      personId: mona,
      canteenId: est.id,
      command: "/cloturer 2026-11-16 courses 130",
    });
    expect(result!.text).toMatch(/Courses : 130\s€/u);
  });
});

describe("links", () => {
  it("calendar and board links never reach a group", async () => {
    for (const chat of [EST, TG, SLACK]) {
      for (const text of ["/calendrier", "/tableau"]) {
        const out = await h.send("Carol", text, chat);
        const group = [...out.replies, ...(out.direct ? [out.direct.sent, out.direct.unreachable] : [])];
        expect(JSON.stringify(group)).not.toContain("https://tablee.example.org/");
        expect(JSON.stringify([out.personal, out.direct?.messages])).toContain("https://tablee.example.org/");
      }
    }
  });
});
