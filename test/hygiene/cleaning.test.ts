// The cleaning plan: the managers set it (daily tasks, weekly ones on a weekday); today's tasks
// show as "done" buttons, a press records who and when once; the tasks left undone at the end of
// the service (lunch + 2 h, or the canteen's end time) are told to the managers privately; a
// closed date has nothing. The 14-hour training: recorded by a manager, shown for each service's team.
import { afterEach, describe, expect, it } from "vitest";
import { trainingAlertNeeds, trainingBriefLines } from "../../src/features/hygiene/training.ts";
import { plainText } from "../../src/kernel/model.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
afterEach(() => h.close());

const DATE = "2026-11-24"; // Tuesday

/** Belleville, set up by Mona on Tuesday 24 November 2026 at 9:00 in Paris, with Alice cooking today. */
async function kitchen(locale: "fr" | "en" = "fr"): Promise<Harness> {
  h = await createHarness("2026-11-24T08:00:00Z", { locale });
  await h.say("Mona", locale === "fr" ? "/installer Belleville" : "/setup Belleville");
  await h.say("Alice", locale === "fr" ? "/cuisiner aujourd'hui" : "/cook today");
  return h;
}

const canteen = async () => (await h.store.canteen(1))!;

/** The buttons of what `user` reads for `text`, as (label, command). */
async function buttons(user: string, text: string): Promise<{ label: string; command?: string }[]> {
  const out = await h.send(user, text);
  const messages = JSON.stringify(out);
  return [...messages.matchAll(/\{"label":"([^"]*)","command":"([^"]*)"/g)].map((m) => ({ label: m[1]!, command: m[2]! }));
}

describe("the cleaning plan", () => {
  it("is set by the managers: daily tasks, weekly ones on their weekday, and removed ones leave the plan", async () => {
    await kitchen();
    expect(await h.say("Mona", "/hygiene nettoyage ajouter Sols quotidien")).toBe(
      "✅ Sols ajouté au plan de nettoyage : chaque jour de service.",
    );
    expect(await h.say("Mona", "/hygiene nettoyage ajouter Hotte et filtres hebdo mardi")).toBe(
      "✅ Hotte et filtres ajouté au plan de nettoyage : chaque mardi.",
    );
    await h.say("Mona", "/hygiene nettoyage ajouter Chambre froide hebdo vendredi");
    const today = await h.say("Alice", "/hygiene nettoyage");
    expect(today).toContain("• Hotte et filtres : à faire");
    expect(today).toContain("• Sols : à faire");
    expect(today).toContain("Les autres jours : Chambre froide (chaque vendredi)");
    expect(await h.say("Mona", "/hygiene nettoyage retirer chambre")).toContain("Chambre froide retiré du plan de nettoyage");
    expect(await h.say("Alice", "/hygiene nettoyage")).not.toContain("Chambre froide");
  });

  it("is refused to a volunteer who tries to change it, and a weekly task needs a real weekday", async () => {
    await kitchen();
    expect(await h.say("Alice", "/hygiene nettoyage ajouter Sols quotidien")).toContain("gérant");
    expect(await h.store.cleaningTasks(1)).toEqual([]);
    expect(await h.say("Mona", "/hygiene nettoyage ajouter Hotte hebdo jourdi")).toContain("« jourdi » n'est pas un jour de la semaine");
  });

  it("shows today's undone tasks as buttons; a press records who and when, once, even pressed again", async () => {
    await kitchen();
    await h.say("Mona", "/hygiene nettoyage ajouter Sols quotidien");
    const [button] = await buttons("Alice", "/hygiene nettoyage");
    expect(button).toEqual({ label: "✅ Sols — fait", command: expect.stringMatching(/^\/hygiene cleaning-done \d+$/) });
    h.clock.set("2026-11-24T13:05:00Z");
    expect(await h.say("Alice", button!.command!)).toBe("📝 Noté — Sols : fait par Alice à 14:05 ✅");
    h.clock.set("2026-11-24T13:06:00Z");
    expect(await h.say("Alice", button!.command!)).toBe("Déjà noté — Sols : fait par Alice à 14:05 ✅");
    expect(await h.store.cleaningLog(1, DATE, DATE)).toEqual([
      expect.objectContaining({
        task: "Sols",
        date: DATE,
        at: new Date("2026-11-24T13:05:00Z"),
        by: expect.objectContaining({ name: "Alice" }),
      }),
    ]);
    expect(await buttons("Alice", "/hygiene nettoyage")).toEqual([]);
    expect(await h.say("Alice", "/hygiene nettoyage")).toContain("• Sols : fait par Alice à 14:05 ✅");
  });

  it("speaks English", async () => {
    await kitchen("en");
    expect(await h.say("Mona", "/hygiene cleaning add Floors daily")).toBe("✅ Floors added to the cleaning plan: every service day.");
    expect(await h.say("Mona", "/hygiene cleaning add Hood weekly tuesday")).toBe("✅ Hood added to the cleaning plan: every Tuesday.");
    const [first] = await buttons("Alice", "/hygiene cleaning");
    expect(first!.label).toBe("✅ Floors — done");
    expect(await h.say("Alice", first!.command!)).toBe("📝 Recorded — Floors: done by Alice at 09:00 ✅");
  });
});

describe("the cleaning left undone", () => {
  it("is checked at lunch time + 2 h, or at the canteen's end time; a closed date has no check", async () => {
    await kitchen();
    const c = await canteen();
    const at = async (over: object, date = DATE) =>
      (await h.core.rhythm.planFor({ ...c, ...over }, [date], new Map())).find((j) => j.kind === "hygiene-cleaning")?.runAt.toISOString();
    expect(await at({})).toBe("2026-11-24T13:30:00.000Z"); // 14:30 in Paris
    expect(await at({ endTime: "15:00" })).toBe("2026-11-24T14:00:00.000Z");
    await h.say("Mona", "/fermeture 25/11");
    expect(await at({}, "2026-11-25")).toBeUndefined();
  });

  it("is told to the managers privately, listing the tasks not done; nothing when all are done", async () => {
    await kitchen();
    await h.say("Mona", "/hygiene nettoyage ajouter Sols quotidien");
    await h.say("Mona", "/hygiene nettoyage ajouter Plans de travail quotidien");
    const [button] = await buttons("Alice", "/hygiene nettoyage");
    await h.say("Alice", button!.command!);
    h.clock.set("2026-11-24T13:30:00Z");
    await h.core.rhythm.execute(await canteen(), "hygiene-cleaning", DATE, h.clock.now());
    const rows = await h.db.prisma.delivery.findMany({ where: { kind: "hygiene-cleaning" } });
    expect(rows.map((r) => r.target)).toEqual(["console:mona"]);
    const m = await h.core.compose(1, "hygiene-cleaning", { date: DATE, personId: (await h.store.personOf("console:mona"))! });
    const text = plainText(m!);
    expect(text).toContain("1 tâche(s) du plan de nettoyage pas faite(s) à la fin du service");
    expect(text).toContain("Sols");
    expect(text).not.toContain("Plans de travail");
    await h.say("Alice", (await buttons("Alice", "/hygiene nettoyage"))[0]!.command!);
    expect(await h.core.compose(1, "hygiene-cleaning", { date: DATE, personId: (await h.store.personOf("console:mona"))! })).toBeNull();
  });
});

describe("the hygiene training", () => {
  it("is recorded by a manager for a person of the canteen, on a past day", async () => {
    await kitchen();
    expect(await h.say("Mona", "/hygiene formation Alice 12/03/2025")).toBe(
      "🎓 Noté : Alice a suivi la formation hygiène de 14 h le mercredi 12 mars 2025.",
    );
    expect(await h.say("Mona", "/hygiene formation Alice 12/03/2027")).toContain("Cette date est à venir");
    expect(await h.say("Mona", "/hygiene formation Personne 12/03/2025")).toContain("Je ne connais personne du nom de « Personne »");
    expect(await h.store.trainings(1)).toEqual([expect.objectContaining({ name: "Alice", day: "2025-03-12" })]);
  });

  it("shows in the kitchen brief whether a trained person is on the team, and the alert the day before says when none is", async () => {
    await kitchen();
    const c = await canteen();
    const v = { t: (k: string, p?: object) => `${k}${p ? JSON.stringify(p) : ""}`, locale: "fr" } as never;
    const rhythmDeps = { store: h.store } as never;
    expect(await trainingBriefLines(rhythmDeps, c, DATE, v)).toEqual([]); // no training recorded: the canteen keeps no such register yet
    await h.say("Bob", "/cuisiner demain");
    await h.say("Mona", "/hygiene formation Bob 12/03/2025");
    expect(await trainingBriefLines(rhythmDeps, c, DATE, v)).toEqual([{ style: "text", spans: ["hygiene.training.noneOnTeam"] }]);
    expect((await trainingAlertNeeds(rhythmDeps, c, DATE, v)).lines).toEqual(["hygiene.training.alertNone"]);
    await h.say("Mona", "/hygiene formation Alice 12/03/2025");
    expect(await trainingBriefLines(rhythmDeps, c, DATE, v)).toEqual([
      { style: "text", spans: ['hygiene.training.onTeam{"names":"Alice"}'] },
    ]);
    expect((await trainingAlertNeeds(rhythmDeps, c, DATE, v)).lines).toEqual([]);
  });
});

describe("a person forgotten", () => {
  it("leaves the cleaning done and the training in the register, shown as a former volunteer's", async () => {
    await kitchen();
    await h.say("Mona", "/hygiene nettoyage ajouter Sols quotidien");
    await h.say("Mona", "/hygiene formation Alice 12/03/2025");
    await h.say("Alice", (await buttons("Alice", "/hygiene nettoyage"))[0]!.command!);
    await h.say("Alice", "/oublier moi");
    expect(await h.store.cleaningLog(1, DATE, DATE)).toEqual([expect.objectContaining({ task: "Sols", by: { personId: null, name: "" } })]);
    expect(await h.store.trainings(1)).toEqual([expect.objectContaining({ personId: null, name: "", day: "2025-03-12" })]);
    expect(await h.say("Mona", "/hygiene nettoyage")).toContain("• Sols : fait par un·e ancien·ne bénévole à 09:00 ✅");
  });
});
