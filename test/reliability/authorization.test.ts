// Authorization through the real core: volunteers cannot post menus, change roles or settings,
// link groups, name managers, or sign others up or off — typed or pressed as a button — and a
// group linked to canteen A can neither read nor change canteen B. "Cannot" means the database
// is byte-for-byte the same afterwards; each refusal has a manager's success beside it, so the
// comparison is shown to notice a change. Each describe shares one world (refusals change
// nothing; the tests that do change it come last, in order), so the PostgreSQL run stays short.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plainText } from "../../src/kernel/model.ts";
import { translator } from "../../src/kernel/i18n/index.ts";
import { createHarness, type Harness, type SendOptions } from "../helpers/harness.ts";
import { canteenState } from "./support/snapshot.ts";

const fr = translator("fr");
const MANAGERS_ONLY = fr("errors.managersOnly");
const A = "console:group";
const B = "slack:C0VAISE";

let h: Harness;
let a: number;
let b: number;

async function world(): Promise<void> {
  h = await createHarness("2026-11-23T08:00:00Z"); // Monday 09:00 in Paris
  await h.say("Mona", "/installer Cantine A");
  await h.say("Alice", "/cuisiner mardi");
  await h.say("Mona", "/cuisiner mardi plonge");
  await h.say("Bob", "/setup Canteen B", { chat: B });
  await h.say("Carole", "/cuisiner mardi", { chat: B });
  await h.say("Bob", "/menu mardi Soupe de B", { chat: B });
  await h.say("Carole", "/manger mardi +2", { chat: B });
  a = (await h.store.findChat(A))!.canteen.id;
  b = (await h.store.findChat(B))!.canteen.id;
}

/** Runs `text` as `who` and returns the reply, checking that neither canteen changed. */
async function refused(who: string, text: string, opts: SendOptions = {}): Promise<string> {
  const before = [await canteenState(h.db, a), await canteenState(h.db, b)];
  const out = await h.send(who, text, opts);
  const reply = [...out.replies.map(plainText), out.toast ?? ""].join("\n");
  expect([await canteenState(h.db, a), await canteenState(h.db, b)]).toEqual(before);
  return reply;
}

/** Runs `text` as `who` and says whether canteen `id` changed. */
async function changes(who: string, text: string, id: number, opts: SendOptions = {}): Promise<boolean> {
  const before = await canteenState(h.db, id);
  await h.send(who, text, opts);
  return (await canteenState(h.db, id)) !== before;
}

describe("volunteers cannot act as managers", () => {
  beforeAll(world);
  afterAll(() => h.close());
  const managerCommands = [
    ["post a menu", "/menu mardi Dahl de lentilles"],
    ["tag allergens", "/allergenes mardi gluten lait"],
    ["change role capacities", "/postes cuisine 5 plonge 0"],
    ["change a time", "/reglages annonce 9h"],
    ["change the canteen's language", "/reglages langue en"],
    ["change the opening days", "/reglages jours lun-sam"],
    ["invite another group", "/inviter"],
    ["sign someone else up", "/inscrire Bob mardi plonge"],
    ["sign an outside helper up", '/inscrire "Jeanne D." mardi'],
    ["take someone else off the sheet", "/annuler mardi Mona"],
    ["make themselves a manager", "/gerant Alice"],
    ["list the managers", "/gerant"],
  ] as const;

  it.each(managerCommands)("a volunteer cannot %s (%s): refused, nothing changes", async (_what, text) => {
    expect(await refused("Alice", text)).toContain(MANAGERS_ONLY);
  });

  it.each(managerCommands)("a button carrying the command cannot either: %s", async (_what, text) => {
    expect(await refused("Alice", text, { action: true, refresh: "/creneaux" })).toContain(MANAGERS_ONLY);
  });

  it("a newcomer's first message does not make them a manager of an existing canteen", async () => {
    await h.say("Zoé", "/creneaux");
    expect(await refused("Zoé", "/postes cuisine 9")).toContain(MANAGERS_ONLY);
  });

  it("a volunteer who gets an invite code by other means still cannot relink their own group", async () => {
    const code = /\/setup ([A-Z0-9]{8})/.exec(await h.say("Bob", "/invite", { chat: B }))![1]!;
    expect(await refused("Alice", `/installer ${code}`)).toContain(fr("setup.alreadyLinked", { canteen: "Cantine A" }));
  });

  it("a manager of canteen A is a volunteer in canteen B's group", async () => {
    await h.say("Mona", "/creneaux", { chat: B });
    expect(await refused("Mona", "/roles cook 9", { chat: B })).toContain(MANAGERS_ONLY);
    expect(await refused("Mona", "/menu mardi Autre chose", { chat: B })).toContain(MANAGERS_ONLY);
    expect(await refused("Mona", "/uncook mardi Carole", { chat: B })).toContain(MANAGERS_ONLY);
  });

  // Last, as they change the world: each one changes it given the ones before.
  it.each([
    ["post a menu", "/menu mardi Dahl de lentilles"],
    ["tag allergens", "/allergenes mardi gluten lait"],
    ["sign someone else up", "/inscrire Bob mardi plonge"],
    ["sign an outside helper up", '/inscrire "Jeanne D." mardi'],
    ["take someone else off the sheet", "/annuler mardi Mona"],
    ["make someone a manager", "/gerant Alice"],
    ["invite another group", "/inviter"],
    ["change a time", "/reglages annonce 9h"],
    ["change the opening days", "/reglages jours lun-sam"],
    ["change role capacities", "/postes cuisine 5 plonge 0"],
    ["change the canteen's language", "/reglages langue en"],
  ])("the manager can %s (%s) — the same check sees the change", async (_what, text) => {
    expect(await changes("Mona", text, a)).toBe(true);
  });
});

describe("a group linked to canteen A cannot read or change canteen B", () => {
  beforeAll(world);
  afterAll(() => h.close());

  it("the sheet, the menu, the headcount and the settings read in A are A's", async () => {
    const sheet = await h.say("Alice", "/creneaux");
    expect(sheet).toContain("Alice");
    expect(sheet).not.toContain("Carole");
    expect(await h.say("Alice", "/menu mardi")).not.toContain("Soupe de B");
    expect(await h.say("Carole", "/couverts mardi", { chat: B })).toMatch(/\b3\b/);
    expect(await h.say("Alice", "/couverts mardi")).not.toMatch(/\b3\b/);
    expect(await h.say("Alice", "/reglages")).toContain("Cantine A");
    expect(await h.say("Alice", "/reglages")).not.toContain("Canteen B");
  });

  it("A's manager cannot take B's volunteer off B's sheet, name them manager, or reach them by name", async () => {
    expect(await refused("Mona", "/annuler mardi Carole")).toContain(fr("errors.unknownPerson", { name: "Carole" }));
    expect(await refused("Mona", "/gerant Carole")).toContain(fr("errors.unknownPerson", { name: "Carole" }));
  });

  it("signing up a name that exists in B creates a helper in A and leaves B alone", async () => {
    const before = await canteenState(h.db, b);
    expect(await h.say("Mona", "/inscrire Carole mercredi")).toContain("Carole");
    expect(await canteenState(h.db, b)).toBe(before);
    const inA = (await h.store.members(a)).find((m) => m.name === "Carole")!;
    expect(inA.placeholder).toBe(true);
  });

  it("a linked group cannot be relinked to B, not with B's invite code nor by B's name", async () => {
    const code = /\/setup ([A-Z0-9]{8})/.exec(await h.say("Bob", "/invite", { chat: B }))![1]!;
    expect(await refused("Mona", `/setup ${code}`)).toContain(fr("setup.alreadyLinked", { canteen: "Cantine A" }));
    expect(await refused("Mona", "/installer Canteen B")).toContain(fr("setup.alreadyLinked", { canteen: "Cantine A" }));
    expect((await h.store.findChat(A))!.canteen.id).toBe(a);
  });

  it("a new group cannot join B by typing B's name, only with a code, which works once", async () => {
    expect(await refused("Zoé", "/setup Canteen B", { chat: "telegram:-99" })).toContain(fr("setup.nameTaken", { canteen: "Canteen B" }));
    expect(await h.store.findChat("telegram:-99")).toBeNull();
    const code = /\/setup ([A-Z0-9]{8})/.exec(await h.say("Bob", "/invite", { chat: B }))![1]!;
    expect(await h.say("Zoé", `/setup ${code}`, { chat: "telegram:-99" })).toContain("Canteen B");
    expect(await refused("Yann", `/setup ${code}`, { chat: "telegram:-98" })).toContain(fr("setup.badCode"));
  });

  it("in a private chat, a person acts on the one canteen they belong to, and on neither once they belong to two", async () => {
    const before = await canteenState(h.db, b);
    expect(await changes("Alice", "/manger mardi", a, { chat: "console:alice", private: true })).toBe(true);
    expect(await canteenState(h.db, b)).toBe(before);
    // Alice now speaks in B's group too, with the same account: she belongs to both canteens.
    await h.send("Alice", "/creneaux", { chat: B, author: { address: "console:alice", name: "Alice" } });
    const reply = await refused("Alice", "/annuler mardi", { chat: "console:alice", private: true });
    expect(reply).toMatch(/Cantine A, Canteen B|Canteen B, Cantine A/);
    expect(reply).toContain(fr("errors.severalCanteens", { canteens: "" }).slice(0, 20));
  });

  // Last: it switches canteen A to English.
  it("A's manager changing menus, roles, settings and the poll in A never changes B", async () => {
    const before = await canteenState(h.db, b);
    for (const text of [
      "/menu mardi Dahl",
      "/postes cuisine 5",
      "/reglages langue en",
      "/manger mardi +3",
      "/noeat mardi",
      "/allergenes mardi lait",
    ]) {
      expect(await changes("Mona", text, a)).toBe(true);
    }
    expect(await canteenState(h.db, b)).toBe(before);
  });
});
