// The board's close form records who really cooked, as /cloturer does: a checkbox per person of
// the sheet (ticked: came), someone else who helped with their role; unticked means a no-show.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { boardWorld, type BoardWorld } from "./board-world.ts";

const MARCHE = { chat: "telegram:-100" };
let w: BoardWorld;
const say = async (user: string, text: string) => (await w.h.say(user, text, MARCHE)).replace(/[\u202f\u00a0]/g, " ");
const text = async (res: Response) => (await res.text()).replace(/[\u202f\u00a0]/g, " ");

/** Tuesday 3 November 2026 at the Marché: Alice head cook, Bob a cook; left open. */
beforeEach(async () => {
  w = await boardWorld("2026-11-03T07:00:00Z");
  await say("Mona", "/installer Cantine du Marché");
  await say("Alice", "/cuisiner aujourd'hui chef");
  await say("Bob", "/cuisiner aujourd'hui");
  w.h.clock.set("2026-11-04T09:00:00Z");
});
afterEach(() => w.h.close());

describe("the board's close form", () => {
  it("shows the team with a ticked box each, and records an unticked one as a no-show and a helper by name", async () => {
    const mona = await w.login("Mona");
    const page = await text(await mona.get("/c/1/figures"));
    const members = await w.h.store.members(1);
    const [alice, bob] = ["Alice", "Bob"].map((n) => members.find((m) => m.name === n)!.personId);
    expect(page).toContain(`name="came" value="#${alice}" checked`);
    expect(page).toContain(`name="came" value="#${bob}" checked`);
    expect(page).toContain("Quelqu&#39;un d&#39;autre a aidé");
    const res = await mona.post("/c/1/close", {
      csrf: mona.csrfOf(page),
      date: "2026-11-03",
      covers: "25",
      team: [`#${alice}`, `#${bob}`],
      came: [`#${alice}`],
      helper: "Sam Lee",
      helperRole: "dishes",
    });
    expect(res.status).toBe(303);
    const team = await w.h.store.team(1, "2026-11-03");
    expect(team.map((p) => [p.name, p.role, p.came, p.helper])).toEqual([
      ["Alice", "headcook", true, false],
      ["Bob", "cook", false, false],
      ["Sam Lee", "dishes", true, true],
    ]);
    expect((await w.h.store.closeRecord(1, "2026-11-03")).covers).toBe(25);
    // Alice 5 h (cooking time to lunch + 2 h), Sam 2 h on the dishes, Bob none: on the figures and the funder report.
    await say("Mona", "/reglages valorisation 10");
    const figures = await text(await mona.get("/c/1/figures?period=novembre"));
    expect(figures).toMatch(/<dt>Heures bénévoles<\/dt><dd>7<\/dd>/);
    const report = await text(await mona.get("/c/1/report?period=novembre"));
    expect(report).toMatch(/<th scope="row">Heures bénévoles<\/th><td>7<\/td>/);
    expect(report).toMatch(/<th scope="row">Contributions volontaires \(valorisation du bénévolat\)<\/th><td>70 €<\/td>/);
    expect(report).toContain("<dt>Heures bénévoles</dt><dd>la somme, sur les services clôturés");
  });

  it("refuses a team entry that is not a person or a name, and records nothing", async () => {
    const mona = await w.login("Mona");
    const page = await text(await mona.get("/c/1/figures"));
    await mona.post("/c/1/close", { csrf: mona.csrfOf(page), date: "2026-11-03", covers: "25", team: ["x couverts 9"], came: [] });
    expect((await w.h.store.closeRecord(1, "2026-11-03")).covers).toBeNull();
  });
});
