// Subcommands as data: the kernel picks a command's subcommand from its first word, in French or
// English, answers an unknown word with the valid ones (and the nearest), and keeps the
// command's own handler for the command alone.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness, type SendOptions } from "../helpers/harness.ts";
import { CommandTable, type CommandSpec } from "../../src/core/commands/registry.ts";
import { message } from "../../src/core/model.ts";

const GROUP: SendOptions = { chat: "console:group" };

let h: Harness;
beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z"); // Monday 09:00 in Paris
  await h.say("Mona", "/setup Cantine de Belleville", GROUP);
});
afterEach(() => h.close());

describe("a command's subcommands", () => {
  it("are picked from the first word in either language, whatever its case and accents", async () => {
    expect(await h.say("Alice", "/dejeuner installer", GROUP)).toContain("réservée aux gérant·es");
    await h.say("Mona", "/lunch SETUP", GROUP);
    expect(await h.say("Alice", "/dejeuner join Compta", GROUP)).toContain("Compta");
    expect(await h.say("Alice", "/lunch Quitter", GROUP)).toContain("Alice");
    expect(await h.say("Alice", "/lunch rejoindre", GROUP)).toContain("Alice");
    expect(await h.say("Mona", "/réseau créer Les Cantines", GROUP)).toContain("Réseau « Les Cantines » créé");
  });

  it("leave the command alone to its own answer", async () => {
    await h.say("Mona", "/lunch setup", GROUP);
    expect(await h.say("Alice", "/lunch", GROUP)).toContain("Tu ne participes pas");
    expect(await h.say("Mona", "/reseau", GROUP)).toContain("ne fait partie d'aucun réseau");
  });

  it("answer an unknown word with the valid subcommands in the chat's language, and the nearest one", async () => {
    expect(await h.say("Alice", "/dejeuner rejoidre Compta", GROUP)).toBe(
      "Je ne connais pas « rejoidre » pour /dejeuner. Tu voulais dire /dejeuner rejoindre ? Possibles : rejoindre, quitter, pause, reprendre, eviter, autoriser, confirmer, desister, bilan, installer, reglages, arreter.",
    );
    await h.say("Mona", "/settings language en", GROUP);
    expect(await h.say("Alice", "/network craete Us", GROUP)).toBe(
      'I don\'t know "craete" for /network. Did you mean /network create? You can use: create, invite, join, leave, list.',
    );
  });
});

describe("the command table", () => {
  const noop = async () => message().text("ok").build();
  const spec = (subs: { key: string; en: string[]; fr: string[] }[]): CommandSpec => ({
    key: "demo",
    names: { en: ["demo"], fr: ["demo"] },
    needsCanteen: false,
    run: noop,
    subcommands: subs.map((s) => ({ key: s.key, names: { en: s.en, fr: s.fr }, run: noop })),
  });

  it("refuses two subcommands of one command answering to the same word", () => {
    expect(
      () =>
        new CommandTable([
          spec([
            { key: "a", en: ["start"], fr: ["debut"] },
            { key: "b", en: ["begin"], fr: ["Début"] },
          ]),
        ]),
    ).toThrow(/debut.*used by a and b|Début: used by a and b/);
  });

  it("accepts one subcommand whose French and English words are the same", () => {
    expect(() => new CommandTable([spec([{ key: "pause", en: ["pause"], fr: ["pause"] }])])).not.toThrow();
  });
});
