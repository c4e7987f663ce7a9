// The /lunch · /dejeuner commands through the real core: opting in and out, pausing, the private
// "don't pair me with", the manager's programme settings, the report, and every mistake's reply.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness, type SendOptions } from "../helpers/harness.ts";

const ACME: SendOptions = { chat: "slack:C0ACME" };
const dm = (user: string): SendOptions => ({ chat: `slack:D0${user.toUpperCase()}`, private: true });

let h: Harness;
beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z"); // Monday 09:00 in Paris
  await h.say("Mona", "/setup Cantine de Belleville", ACME);
});
afterEach(() => h.close());

const say = (user: string, text: string, opts: SendOptions = ACME) => h.say(user, text, opts);

describe("setting a programme up", () => {
  it("a manager starts the lunches in the company's group, with Thursday tables of 4 closing the day before at 17:00", async () => {
    const text = await say("Mona", "/dejeuner installer");
    expect(text).toContain("🎉 Déjeuners inter-équipes lancés dans ce groupe !");
    expect(text).toContain("Chaque jeudi à 12:30 à Cantine de Belleville, par tables de 4 collègues");
    expect(text).toContain("Inscriptions closes la veille (mercredi) à 17:00 ; pas les mêmes voisin·es de table pendant 4 tours.");
    expect(text).toContain("Prochain déjeuner : jeudi 26 novembre.");
    expect(await say("Mona", "/lunch setup")).toContain("🔄 Les déjeuners inter-équipes de ce groupe sont relancés.");
  });

  it("only managers start a programme, and only from a group", async () => {
    await say("Alice", "/slots");
    expect(await say("Alice", "/lunch setup")).toBe("Cette commande est réservée aux gérant·es de la cantine.");
    expect(await say("Mona", "/lunch setup", dm("Mona"))).toContain("se lancent depuis le canal de l'entreprise");
  });

  it("a group without a programme says how to start one", async () => {
    expect(await say("Alice", "/dejeuner rejoindre")).toBe(
      "Pas de déjeuners inter-équipes dans ce groupe. Un·e gérant·e les lance avec /dejeuner installer.",
    );
  });

  it("managers change the weekday, table size, close time and rounds without repeats; anyone reads them", async () => {
    await say("Mona", "/lunch setup");
    const saved = await say("Mona", "/dejeuner reglages jour vendredi taille 5 cloture 18h30 repetitions 2");
    expect(saved).toContain("✅ Réglages enregistrés.");
    expect(saved).toContain("Chaque vendredi à 12:30 à Cantine de Belleville, par tables de 5");
    expect(saved).toContain("la veille (jeudi) à 18:30 ; pas les mêmes voisin·es de table pendant 2 tours");
    expect(await say("Alice", "/lunch settings")).toContain("Chaque vendredi");
    expect(await say("Alice", "/lunch settings size 6")).toBe("Cette commande est réservée aux gérant·es de la cantine.");
  });

  it("refuses settings that make no sense, saying what is possible", async () => {
    await say("Mona", "/lunch setup");
    expect(await say("Mona", "/lunch settings day saturday")).toBe(
      "La cantine n'ouvre pas ce jour-là (« saturday »). Elle ouvre : lundi, mardi, mercredi, jeudi, vendredi.",
    );
    expect(await say("Mona", "/lunch settings day someday")).toBe("Je ne comprends pas le jour « someday ». Exemple : jeudi.");
    expect(await say("Mona", "/lunch settings size 2")).toBe("Une table compte de 3 à 10 personnes.");
    expect(await say("Mona", "/lunch settings close 25h")).toBe("Je ne comprends pas l'heure « 25h ». Exemples : 17:00, 17h30.");
    expect(await say("Mona", "/lunch settings repeats 99")).toBe("Le nombre de tours sans se retrouver à table va de 0 à 12.");
    expect(await say("Mona", "/lunch settings colour blue")).toBe(
      "Je ne connais pas le réglage « colour ». Réglages : jour, taille, cloture, repetitions.",
    );
    expect(await say("Mona", "/lunch settings size")).toContain("Utilisation : /dejeuner reglages jour jeudi taille 4");
  });

  it("a stopped programme takes no new members until it is set up again", async () => {
    await say("Mona", "/lunch setup");
    expect(await say("Mona", "/lunch stop")).toContain("⏹️ Déjeuners inter-équipes arrêtés");
    expect(await say("Alice", "/lunch join")).toContain("Les déjeuners inter-équipes de ce groupe sont arrêtés.");
    expect(await say("Alice", "/lunch")).toContain("Ce programme est arrêté");
    await say("Mona", "/lunch setup");
    expect(await say("Alice", "/lunch join")).toContain("✅ Alice participe aux déjeuners inter-équipes.");
  });
});

describe("taking part", () => {
  beforeEach(() => say("Mona", "/lunch setup"));

  it("colleagues join with their team, in French or English, whatever the case and accents", async () => {
    const joined = await say("Alice", "/DÉJEUNER Rejoindre Compta");
    expect(joined).toContain("✅ Alice participe aux déjeuners inter-équipes (équipe Compta).");
    expect(joined).toContain("Prochaines tables : jeudi 26 novembre — inscriptions closes mercredi 17:00.");
    expect(await say("Bob", "/lunch join")).toContain("✅ Bob participe aux déjeuners inter-équipes.");
    expect(await say("Alice", "/lunch join Tech")).toContain("👍 Alice, tu participes déjà (équipe Tech).");
    expect(await say("Alice", "/lunch")).toContain("✅ Tu participes (équipe Tech).");
  });

  it("a team name has a length limit", async () => {
    expect(await say("Alice", `/lunch join ${"x".repeat(41)}`)).toBe("Ce nom d'équipe est trop long (40 caractères au plus).");
  });

  it("/lunch alone tells a newcomer how to join, with a button", async () => {
    const out = await h.send("Bob", "/lunch", ACME);
    expect(out.replies[0]!.buttons[0]![0]).toMatchObject({ command: "/lunch join" });
    expect(await say("Bob", "/lunch")).toContain("Tu ne participes pas encore : /dejeuner rejoindre [équipe].");
  });

  it("people leave, and are told when they were not in", async () => {
    await say("Alice", "/lunch join");
    expect(await say("Alice", "/dejeuner quitter")).toContain("👋 Alice ne participe plus aux déjeuners inter-équipes.");
    expect(await say("Alice", "/lunch leave")).toBe("Tu ne participes pas aux déjeuners inter-équipes : /dejeuner rejoindre [équipe].");
  });

  it("a pause lasts weeks or days, inclusive, until resumed", async () => {
    await say("Alice", "/lunch join");
    expect(await say("Alice", "/lunch pause 2w")).toBe(
      "⏸️ Alice, pause jusqu'au lundi 7 décembre inclus. /dejeuner reprendre pour revenir plus tôt.",
    );
    expect(await say("Alice", "/dejeuner pause 10j")).toContain("jusqu'au jeudi 3 décembre inclus");
    expect(await say("Alice", "/lunch")).toContain("⏸️ En pause jusqu'au jeudi 3 décembre inclus");
    expect(await say("Alice", "/lunch resume")).toBe("▶️ Alice, te revoilà pour les prochaines tables.");
    expect(await say("Alice", "/lunch")).not.toContain("En pause");
  });

  it("explains a pause it cannot read", async () => {
    await say("Alice", "/lunch join");
    expect(await say("Alice", "/lunch pause")).toContain("Pour combien de temps ? Par exemple /dejeuner pause 2s");
    expect(await say("Alice", "/lunch pause forever")).toBe(
      "Je ne comprends pas la durée « forever ». Exemples : 2s, 10j, 3 semaines (un an au plus).",
    );
    expect(await say("Alice", "/lunch pause 400d")).toContain("Je ne comprends pas la durée « 400d »");
    expect(await say("Bob", "/lunch pause 1w")).toBe("Tu ne participes pas aux déjeuners inter-équipes : /dejeuner rejoindre [équipe].");
  });

  it("an unknown sub-command gets the list of the valid ones", async () => {
    expect(await say("Alice", "/lunch dance")).toBe(
      "Je ne connais pas « dance » pour /dejeuner. Possibles : rejoindre, quitter, pause, reprendre, eviter, autoriser, confirmer, desister, bilan, installer, reglages, arreter.",
    );
  });

  it("works from a private chat with the bot, for the programme the person takes part in", async () => {
    await say("Alice", "/lunch join Compta");
    expect(await say("Alice", "/lunch", dm("Alice"))).toContain("✅ Tu participes (équipe Compta).");
    expect(await say("Alice", "/lunch pause 1w", dm("Alice"))).toContain("pause jusqu'au lundi 30 novembre inclus");
    await say("Bob", "/slots");
    expect(await say("Bob", "/lunch", dm("Bob"))).toBe(
      "Tu ne participes à aucun déjeuner inter-équipes. Inscris-toi depuis le canal de ton entreprise : /dejeuner rejoindre [équipe].",
    );
  });

  it("in a private chat, asks which group when the person takes part in two companies' programmes", async () => {
    const code = /\/setup ([A-Z0-9]{8})/.exec(await say("Mona", "/invite"))![1]!;
    const globex: SendOptions = { chat: "slack:C0GLOBEX" };
    await say("Mona", `/setup ${code}`, globex);
    await say("Mona", "/lunch setup", globex);
    await say("Alice", "/lunch join", ACME);
    await say("Alice", "/lunch join", globex);
    expect(await say("Alice", "/lunch", dm("Alice"))).toBe(
      "Tu participes à plusieurs déjeuners inter-équipes (slack:C0ACME, slack:C0GLOBEX) : tape cette commande dans le canal concerné.",
    );
  });

  it("has a confirm and a drop-out that need a table first", async () => {
    await say("Alice", "/lunch join");
    expect(await say("Alice", "/lunch confirm")).toBe("Tu n'as pas de table à venir. Les tables sont formées la veille du déjeuner.");
    expect(await say("Alice", "/lunch drop 999")).toBe("Je ne trouve pas cette table.");
    expect(await say("Alice", "/lunch table abc")).toBe("Je ne trouve pas cette table.");
  });
});

describe("don't pair me with …", () => {
  beforeEach(async () => {
    await say("Mona", "/lunch setup");
    for (const who of ["Alice", "Bob"]) await say(who, "/lunch join");
  });

  it("is recorded from a private chat, and listed there only", async () => {
    expect(await say("Alice", "/lunch avoid Bob", dm("Alice"))).toBe(
      "🤫 C'est noté : tu ne seras pas à table avec Bob. Personne d'autre ne le saura.",
    );
    expect(await say("Alice", "/dejeuner eviter bob", dm("Alice"))).toBe("🤫 C'était déjà noté pour Bob.");
    expect(await say("Alice", "/lunch avoid", dm("Alice"))).toBe("🤫 Tu as demandé à ne pas être à table avec : Bob.");
    expect(await say("Alice", "/lunch", dm("Alice"))).toContain("ne pas être à table avec : Bob");
    expect(await say("Alice", "/lunch")).not.toContain("Bob"); // status in the group
    expect(await h.store.lunchAvoidPairs([await personId("Alice"), await personId("Bob")])).toHaveLength(1);
  });

  it("in a Slack group, is answered to its author only, errors included", async () => {
    const saved = await h.send("Alice", "/lunch avoid Bob", ACME);
    expect(saved.replies).toEqual([]);
    expect(saved.toast).toBe("🤫 C'est noté : tu ne seras pas à table avec Bob. Personne d'autre ne le saura.");
    const unknown = await h.send("Alice", "/lunch avoid Zorro", ACME);
    expect(unknown.replies).toEqual([]);
    expect(unknown.toast).toContain("Zorro");
  });

  it("in a Telegram group, where answers are public, is refused without naming anyone and records nothing", async () => {
    await say("Mona", "/invite");
    const code = /\/setup ([A-Z0-9]{8})/.exec(await say("Mona", "/invite"))![1]!;
    await say("Mona", `/setup ${code}`, { chat: "telegram:-100" });
    await say("Mona", "/lunch setup", { chat: "telegram:-100" });
    const text = await say("Alice", "/lunch avoid Bob", { chat: "telegram:-100" });
    expect(text).toBe(
      "🤫 Par discrétion, envoie-moi cette demande en message privé : /dejeuner eviter <nom>. Rien n'a été enregistré ici.",
    );
    expect(text).not.toContain("Bob");
    expect(await h.store.lunchAvoidsOf(await personId("Alice"))).toEqual([]);
  });

  it("can be taken back, and refuses oneself and unknown people", async () => {
    await say("Alice", "/lunch avoid Bob", dm("Alice"));
    expect(await say("Alice", "/lunch unavoid Bob", dm("Alice"))).toBe("C'est noté : tu peux de nouveau être à table avec Bob.");
    expect(await say("Alice", "/dejeuner autoriser Bob", dm("Alice"))).toBe("Tu n'avais pas demandé à éviter Bob.");
    expect(await say("Alice", "/lunch avoid", dm("Alice"))).toBe(
      "Tu n'as demandé à éviter personne. Par exemple : /dejeuner eviter @karim",
    );
    expect(await say("Alice", "/lunch avoid Alice", dm("Alice"))).toBe("Tu ne risques pas d'être à table avec toi-même 🙂");
    expect(await say("Alice", "/lunch avoid Zorro", dm("Alice"))).toContain("Je ne trouve personne qui s'appelle « Zorro »");
    expect(await say("Alice", "/lunch unavoid", dm("Alice"))).toBe("Utilisation : /dejeuner autoriser <nom>");
  });

  it("is never shown to the person avoided", async () => {
    await say("Alice", "/lunch avoid Bob", dm("Alice"));
    expect(await say("Bob", "/lunch", dm("Bob"))).not.toContain("Alice");
    expect(await say("Bob", "/lunch avoid", dm("Bob"))).toBe("Tu n'as demandé à éviter personne. Par exemple : /dejeuner eviter @karim");
  });
});

describe("the report", () => {
  it("starts at zero and counts members and pauses", async () => {
    await say("Mona", "/lunch setup");
    await say("Alice", "/lunch join Compta");
    await say("Bob", "/lunch join Tech");
    await say("Bob", "/lunch pause 1w");
    const report = await say("Alice", "/dejeuner bilan");
    expect(report).toContain("📊 Déjeuners inter-équipes — bilan de slack:C0ACME");
    expect(report).toContain("Déjeuners tenus : 0 (annulés faute de monde : 0)");
    expect(report).toContain("Collègues qui se sont rencontré·es : 0 paires");
    expect(report).toContain("Paires inter-équipes : — (aucune équipe indiquée)");
    expect(report).toContain("Inscrit·es aujourd'hui : 2 (dont 1 en pause)");
  });
});

describe("in an English canteen", () => {
  it("answers in English, and /help explains the command", async () => {
    const en = await createHarness("2026-11-23T08:00:00Z", { locale: "en" });
    try {
      await en.say("Mona", "/setup Acme Canteen", ACME);
      expect(await en.say("Mona", "/lunch setup", ACME)).toContain(
        "Every Thursday at 12:30 at Acme Canteen, at tables of 4 colleagues who haven't met yet.",
      );
      expect(await en.say("Alice", "/lunch join Sales", ACME)).toContain("✅ Alice joins the internal-link lunches (team Sales).");
      expect(await en.say("Alice", "/lunch pause 3 weeks", ACME)).toContain("on pause until Monday 14 December included");
      expect(await en.say("Alice", "/help lunch", ACME)).toContain(
        "internal-link lunches: a table with colleagues you haven't met yet (/dejeuner)",
      );
    } finally {
      await en.close();
    }
  });
});

async function personId(name: string): Promise<number> {
  return (await h.store.personOf(`slack:${name.toLowerCase()}`))!;
}
