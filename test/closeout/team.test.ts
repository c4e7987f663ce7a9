// Who really came: closing a service shows its team with a came / didn't come toggle each and
// lets a closer add someone else who helped; no-shows are told to the closer alone, never to a group.
import { afterEach, describe, expect, it } from "vitest";
import { plainText, type Outcome } from "../../src/kernel/model.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
afterEach(() => h?.close());

const TG = "telegram:-100";
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");
/** Everything the group may read of an outcome (on Telegram: the line sent once the answer went privately). */
const groupText = (o: Outcome) =>
  plain([...o.replies, ...(o.direct ? [o.direct.sent, o.direct.unreachable] : [])].map(plainText).join("\n"));
const buttons = (o: Outcome) => (o.direct?.messages ?? (o.personal ? [o.personal] : o.replies)).flatMap((m) => m.buttons.flat());

/** Tuesday 24 November 2026 in Paris: Alice head cook, Bob and Léa Martin cooks, Carol on the dishes. */
async function tuesday(locale: "fr" | "en" = "fr") {
  h = await createHarness("2026-11-24T07:00:00Z", { locale });
  await h.say("Mona", locale === "fr" ? "/installer Belleville" : "/setup Belleville");
  const code = /\/setup ([A-Z0-9]{8})/.exec(await h.say("Mona", "/invite"))![1];
  await h.say("Tom", `/setup ${code}`, { chat: TG });
  await h.say("Alice", "/cook today head");
  await h.say("Bob", "/cook today");
  await h.say("Léa Martin", "/cook today");
  await h.say("Carol", "/cook today dishes");
  h.clock.set("2026-11-24T13:30:00Z");
}

describe("the team at the close-out", () => {
  it("shows everyone on the sheet as came by default, with one toggle each", async () => {
    await tuesday();
    const o = await h.send("Mona", "/cloturer", { private: true });
    const text = plain(plainText(o.replies[0]!));
    expect(text).toContain("L'équipe qui a vraiment cuisiné");
    for (const name of ["Alice", "Bob", "Léa Martin", "Carol"]) expect(text).toContain(`✅ ${name}`);
    const bob = (await h.store.members(1)).find((m) => m.name === "Bob")!;
    expect(buttons(o).map((b) => b.command?.split(" canteen:")[0])).toContain(`/close 2026-11-24 absent #${bob.personId}`);
  });

  it("records a no-show typed by first name and a helper with their role, and the toggle undoes the no-show", async () => {
    await tuesday();
    const o = await h.send("Mona", "/cloturer mardi absent lea couverts 40 aide Sam plonge", { private: true });
    expect(plain(plainText(o.replies[0]!))).toContain("❌ Léa Martin (Cuisine) — pas venu·e");
    expect(await h.store.closeRecord(1, "2026-11-24")).toMatchObject({ covers: 40 });
    const team = await h.store.team(1, "2026-11-24");
    expect(team.map((p) => [p.name, p.role, p.came, p.helper])).toEqual([
      ["Alice", "headcook", true, false],
      ["Bob", "cook", true, false],
      ["Léa Martin", "cook", false, false],
      ["Carol", "dishes", true, false],
      ["Sam", "dishes", true, true],
    ]);
    const toggle = buttons(o).find((b) => b.label.includes("Léa Martin"))!;
    expect(toggle.command).toMatch(/^\/close 2026-11-24 present #\d+\b/);
    await h.send("Mona", toggle.command!, { private: true, action: true });
    expect((await h.store.team(1, "2026-11-24")).find((p) => p.name === "Léa Martin")!.came).toBe(true);
  });

  it("a helper's name ends at the next close-out word: means of payment and waste after it are read as such", async () => {
    await tuesday();
    await h.send("Mona", "/cloturer mardi couverts 32 aide Sam gaspillage 2,5 carte 60 absent lea especes 20", { private: true });
    expect((await h.store.team(1, "2026-11-24")).find((p) => p.helper)?.name).toBe("Sam");
    expect(await h.store.closeRecord(1, "2026-11-24")).toMatchObject({ covers: 32, takings: 8000 });
    expect(plain(await h.say("Mona", "/cloturer mardi", { private: true }))).toContain("Gaspillage : 2,5 kg");
  });

  it("never names a no-show in the group: the closer reads the team privately", async () => {
    await tuesday();
    // Tom, a manager, in the Telegram group (no ephemeral answers there: the team goes privately).
    const o = await h.send("Tom", "/cloturer absent bob couverts 38", { chat: TG });
    expect(groupText(o)).toContain("38");
    expect(groupText(o)).not.toMatch(/Bob|pas venu/);
    const own = plain((o.direct?.messages ?? [o.personal!]).map(plainText).join("\n"));
    expect(own).toContain("❌ Bob (Cuisine) — pas venu·e");
  });

  it("puts the team's toggles in the managers' private close-out reminder, under its one-press close", async () => {
    await tuesday();
    const reminder = (await h.core.compose(1, "closeout", { date: "2026-11-24" }, { kind: "person", address: "console:mona" }))!;
    expect(plain(plainText(reminder))).toContain("✅ Carol (Plonge) — venu·e");
    const commands = reminder.buttons.flat().map((b) => b.command ?? "");
    expect(commands[0]).toMatch(/^\/close 2026-11-24 covers \d+/);
    expect(commands.filter((c) => / absent #\d+/.test(c))).toHaveLength(4);
    // The reminder may fall back to a group: a no-show marked before it is counted, not named.
    await h.say("Mona", "/cloturer absent carol");
    const again = plain(plainText((await h.core.compose(1, "closeout", { date: "2026-11-24" }))!));
    expect(again).not.toContain("Carol");
    expect(again).toContain("1 personne déjà marquée absente");
    // Pressing its one-press close answers with the team and a toggle each, too (Carol's now says present).
    const pressed = await h.send("Mona", commands[0]!, { private: true, action: true });
    expect(plain(plainText(pressed.replies[0]!))).toContain("✅ Enregistré.");
    expect(buttons(pressed).filter((b) => / absent #\d+/.test(b.command ?? ""))).toHaveLength(3);
  });

  it("forgets a no-show a year later, on the app's daily sweep", async () => {
    await tuesday();
    await h.say("Mona", "/cloturer absent bob couverts 40");
    await h.core.sweep(new Date("2027-11-24T03:00:00Z"));
    expect((await h.store.team(1, "2026-11-24")).find((p) => p.name === "Bob")?.came).toBe(false);
    await h.core.sweep(new Date("2027-11-25T03:00:00Z"));
    const team = await h.store.team(1, "2026-11-24");
    expect(team.some((p) => p.name === "Bob")).toBe(false);
    expect(team.filter((p) => !p.came).map((p) => p.personId)).toEqual([null]);
  });

  it("lets the day's head cook mark a no-show, but only managers read the name", async () => {
    await tuesday();
    const alice = plain(await h.say("Alice", "/cloturer absent bob", { private: true }));
    expect(alice).not.toContain("Bob");
    expect(alice).toContain("1 personne marquée absente : seul·es les gérant·es voient qui");
    expect(plain(await h.say("Mona", "/cloturer", { private: true }))).toContain("❌ Bob (Cuisine) — pas venu·e");
  });

  it("refuses a name not on the team and changes nothing", async () => {
    await tuesday();
    const reply = plain(await h.say("Mona", "/cloturer absent zorro couverts 40"));
    expect(reply).toContain("« zorro » n'est pas dans l'équipe de ce service (Alice, Bob, Léa Martin, Carol)");
    expect((await h.store.closeRecord(1, "2026-11-24")).covers).toBeNull();
    expect((await h.store.team(1, "2026-11-24")).every((p) => p.came)).toBe(true);
  });

  it("speaks English: /close tuesday absent Carol helper Sam", async () => {
    await tuesday("en");
    const reply = plain(await h.say("Mona", "/close tuesday absent carol helper Sam covers 41", { private: true }));
    expect(reply).toContain("❌ Carol (Dishes) — didn't come");
    expect(reply).toContain("✅ Sam (Cook, helper) — came");
    // Head cook and cooks from 09:30, dishes from 12:30, to 14:30: 5 + 5 + 5 + 5 (Sam, a cook) h.
    expect(reply).toContain("Volunteer hours of this service: 20 h.");
  });
});
