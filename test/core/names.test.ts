// Names cleaned at the edge: control characters (NUL included) and bidi overrides, isolates and
// marks never reach the database or a message, on SQLite and PostgreSQL alike.
import { afterEach, describe, expect, it } from "vitest";
import { cleanName } from "../../src/kernel/text.ts";
import { STORE_PROVIDERS } from "../helpers/databases.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

describe("cleanName", () => {
  it("drops NUL and bidi controls, turns other controls into spaces, and keeps emoji sequences whole", () => {
    expect(cleanName("Zo\u202Eé gnp.exe\u202C")).toBe("Zoé gnp.exe");
    expect(cleanName("A\u0000lice")).toBe("Alice");
    expect(cleanName("\u2066Bob\u2069 \u200EM.\u200F\u061C")).toBe("Bob M.");
    expect(cleanName("Jeanne\n\tDupont\u0085")).toBe("Jeanne Dupont");
    expect(cleanName("Léa 👩‍🍳")).toBe("Léa 👩‍🍳");
  });
});

describe.each(STORE_PROVIDERS)("names from chat apps on $name", ({ create }) => {
  let h: Harness;
  afterEach(() => h.close());

  const as = (name: string) => ({ chat: "telegram:-100", author: { address: "telegram:42", name } });

  it("a NUL in a Telegram name no longer makes a command fail", async () => {
    h = await createHarness("2026-11-23T08:00:00Z", { database: await create() });
    await h.say("Mona", "/setup Belleville", { chat: "telegram:-100" });
    const reply = await h.say("ignored", "/cuisiner mardi", as("Ali\u0000ce"));
    expect(reply).toContain("Alice, c'est noté : Cuisine mardi 24 novembre");
    expect(h.log.lines.filter((l) => l.level === "error")).toEqual([]);
    expect((await h.store.members(1)).map((m) => m.name)).toContain("Alice");
  });

  it("bidi overrides in a name are stripped before it is stored and posted", async () => {
    h = await createHarness("2026-11-23T08:00:00Z", { database: await create() });
    await h.say("Mona", "/setup Belleville", { chat: "telegram:-100" });
    expect(await h.say("ignored", "/cuisiner mardi", as("Zo\u202Eé gnp.exe\u202C"))).toContain("Zoé gnp.exe, c'est noté");
    expect(await h.say("Mona", "/creneaux", { chat: "telegram:-100" })).toContain("Zoé gnp.exe");
    const stored = await h.db.prisma.identity.findUniqueOrThrow({ where: { address: "telegram:42" } });
    expect(stored.displayName).toBe("Zoé gnp.exe");
    // A rename with a control character is cleaned the same way.
    await h.say("ignored", "/slots", as("Zoé\u2066 B.\u2069"));
    expect((await h.store.members(1)).find((m) => m.addresses.includes("telegram:42"))?.name).toBe("Zoé B.");
  });

  it("a helper's name typed by a manager is cleaned too (a typed bidi override is refused with the whole command)", async () => {
    h = await createHarness("2026-11-23T08:00:00Z", { database: await create() });
    await h.say("Mona", "/setup Belleville", { chat: "telegram:-100" });
    await h.say("Mona", '/inscrire "Jeanne\t D." mardi', { chat: "telegram:-100" });
    expect((await h.store.members(1)).map((m) => m.name)).toContain("Jeanne D.");
    expect(await h.say("Mona", '/inscrire "Jea\u202Enne" mardi', { chat: "telegram:-100" })).toContain("caractères invisibles");
    expect((await h.store.members(1)).map((m) => m.name)).not.toContain("Jea\u202Enne");
  });
});
