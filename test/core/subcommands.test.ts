// Subcommands as data: the kernel picks a command's subcommand from its first word, in French or
// English, answers an unknown word with the valid ones (and the nearest), and keeps the
// command's own handler for the command alone.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness, type SendOptions } from "../helpers/harness.ts";
import { CommandTable, type CommandSpec } from "../../src/kernel/commands/registry.ts";
import { message, plainText, say } from "../../src/kernel/model.ts";
import { commandMenu } from "../../src/kernel/commands/platform-menu.ts";

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

describe("the help, from the subcommands the commands declare", () => {
  it("details a command's subcommands with what each does and who may run it, leaving out those only buttons send", async () => {
    const help = await h.say("Alice", "/aide dejeuner", GROUP);
    expect(help).toContain("Sous-commandes :");
    expect(help).toContain("• /dejeuner rejoindre [équipe] — participer, en disant ton équipe");
    expect(help).toContain("• /dejeuner installer — lancer les déjeuners dans ce groupe (gérant·es)");
    expect(help).toContain(
      "• /dejeuner reglages [jour jeudi taille 4 cloture 17h repetitions 4] — voir ou changer les réglages du programme (pour changer : gérant·es)",
    );
    expect(help).not.toContain("/dejeuner table");
    expect(await h.say("Alice", "/aide reseau inviter", GROUP)).toContain(
      "• /reseau inviter — un code à usage unique (48 h) pour qu'une autre cantine rejoigne le réseau (gérant·es d'un réseau)",
    );
  });

  it("lists /tableau deconnexion, /calendrier nouveau and /impact reseau like the others", async () => {
    expect(await h.say("Alice", "/aide tableau", GROUP)).toContain(
      "• /tableau deconnexion — fermer tes sessions du tableau web, sur tous tes appareils",
    );
    expect(await h.say("Alice", "/aide calendrier", GROUP)).toContain(
      "• /calendrier nouveau — de nouveaux liens, en privé : les anciens ne marchent plus",
    );
    expect(await h.say("Alice", "/aide impact", GROUP)).toContain(
      "• /impact reseau [période] — les chiffres de ton réseau, une ligne par cantine (en privé) (gérant·es d'un réseau)",
    );
    const menu = commandMenu(h.core.commands);
    const subs = (key: string) => menu.find((e) => e.key === key)!.subcommands.map((s) => s.name.fr);
    expect([subs("board"), subs("calendar"), subs("impact")]).toEqual([["deconnexion"], ["nouveau"], ["definitions", "reseau"]]);
  });

  it("lists each command with the subcommands of its section: everyone's, then the managers'", async () => {
    const help = await h.say("Alice", "/aide", GROUP);
    const [everyone, managers] = help.split("Pour les gérant·es :");
    expect(everyone).toContain(
      "• /dejeuner [rejoindre · quitter · pause · reprendre · eviter · autoriser · confirmer · desister · bilan · reglages] — déjeuners",
    );
    expect(managers).toContain("• /dejeuner [installer · arreter] — déjeuners");
    expect(managers).toContain("• /reseau [creer · inviter · rejoindre · quitter · liste] — réseau de cantines");
  });

  it("speaks English in an English canteen", async () => {
    await h.say("Mona", "/settings language en", GROUP);
    const help = await h.say("Alice", "/help lunch", GROUP);
    expect(help).toContain("• /lunch join [team] — take part, saying which team you work in");
    expect(help).toContain("• /lunch stop — stop this group's lunches (managers)");
    expect(await h.say("Alice", "/help close", GROUP)).toContain("/close");
  });

  it("has a usage and a description in both languages for every subcommand it shows", () => {
    for (const entry of commandMenu(h.core.commands)) {
      for (const sub of entry.subcommands) {
        for (const locale of ["fr", "en"] as const) {
          expect(sub.usage[locale], `${entry.key} ${sub.key} ${locale}`).toMatch(/^\//);
          expect(sub.description[locale], `${entry.key} ${sub.key} ${locale}`).not.toMatch(/^commands\./);
        }
        expect(sub.usage.fr).toContain(`/${entry.name.fr} ${sub.name.fr}`);
        expect(sub.usage.en).toContain(`/${entry.name.en} ${sub.name.en}`);
      }
    }
  });
});

describe("who sees a subcommand's answer", () => {
  const TG: SendOptions = { chat: "telegram:-100" };
  const english = (name: string, platform = "console"): SendOptions => ({
    author: { address: `${platform}:${name.toLowerCase()}`, name, language: "en" },
  });

  it("is its own declared audience: /tableau deconnexion's count for the group, in the group's language", async () => {
    const out = await h.send("Alice", "/tableau deconnexion", { ...GROUP, ...english("Alice") });
    expect(out.replies.map(plainText)).toEqual(["C'est fait : 0 session du tableau fermée."]);
    expect(out.personal).toBeUndefined();
  });

  it("goes to its author alone when the subcommand says so, even where its command answers the group, as /inviter's code does", async () => {
    await h.say("Mona", "/reseau creer Les Cantines", GROUP);
    const here = await h.send("Mona", "/reseau inviter", GROUP);
    expect(here.replies).toEqual([]);
    expect(plainText(here.personal!)).toMatch(/\/reseau rejoindre [A-Z0-9]{8}/);
    // /inviter's code likewise, sent privately where the platform has no answer only its author sees.
    const code = /[A-Z0-9]{8}/.exec(await h.say("Mona", "/invite"))![0];
    await h.say("Mona", `/setup ${code}`, TG);
    const admin: SendOptions = { ...TG, author: { address: "telegram:mona", name: "Mona", platformAdmin: true } };
    const telegram = await h.send("Mona", "/inviter", admin);
    expect(telegram.replies).toEqual([]);
    expect(plainText(telegram.direct!.sent)).toBe("Mona, je t'ai répondu en privé.");
    expect(telegram.direct!.messages.map(plainText).join("\n")).toMatch(/\/setup [A-Z0-9]{8}/);
  });

  it("keeps a command's own first word where it reads one: /impact novembre is a period, /impact reseau a subcommand", async () => {
    expect(await h.say("Mona", "/impact novembre", GROUP)).toContain("novembre 2026");
    expect(await h.say("Mona", "/impact definitions", GROUP)).toContain("Repas servis");
    expect(await h.say("Mona", "/impact reseau", GROUP)).toContain("Cette commande est réservée aux gérant·es d'un réseau.");
    await h.say("Mona", "/reseau creer Les Cantines", GROUP);
    const network = await h.send("Mona", "/impact reseau novembre", GROUP);
    expect(network.replies).toEqual([]);
    expect(plainText(network.personal!)).toContain("Réseau « Les Cantines » — novembre 2026");
  });

  it("speaks its author's language when only they read it", async () => {
    await h.say("Mona", "/reseau creer Les Cantines", GROUP);
    const out = await h.send("Mona", "/reseau inviter", { ...GROUP, ...english("Mona") });
    expect(plainText(out.personal!)).toContain("Les Cantines");
    const demo: CommandSpec = {
      key: "demo",
      names: { en: ["demo"], fr: ["demo"] },
      hidden: true,
      needsCanteen: false,
      run: async (ctx) => message().text(ctx.t("audience.openPrivateChat")).build(),
      subcommands: [
        {
          key: "mine",
          names: { en: ["mine"], fr: ["moi"] },
          audience: "person",
          run: async (ctx) => say(ctx.t("audience.openPrivateChat")),
        },
      ],
    };
    const w = await createHarness("2026-11-23T08:00:00Z", { extra: [demo] });
    try {
      await w.say("Mona", "/setup Cantine de Belleville", GROUP);
      expect(plainText((await w.send("Alice", "/demo", { ...GROUP, ...english("Alice") })).replies[0]!)).toBe(
        "Ouvrir la conversation privée",
      );
      const mine = await w.send("Alice", "/demo moi", { ...GROUP, ...english("Alice") });
      expect(mine.replies).toEqual([]);
      expect(plainText(mine.personal!)).toBe("Open the private chat");
    } finally {
      await w.close();
    }
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
