// Waste on the board: the close form takes the waste in kilograms, whole or apart (the same
// /cloturer), the report gives it, and the CSV has its columns (blank where it was not weighed).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { boardWorld, type BoardWorld } from "./board-world.ts";

let w: BoardWorld;
const say = async (user: string, text: string) => (await w.h.say(user, text, { chat: "telegram:-100" })).replace(/[\u202f\u00a0]/g, " ");
const text = async (res: Response) => (await res.text()).replace(/[\u202f\u00a0]/g, " ");

/** November 2026 at the Marché: Monday 2 closed without weighing, Tuesday 3 left open. */
beforeEach(async () => {
  w = await boardWorld("2026-11-02T08:00:00Z");
  await say("Mona", "/installer Cantine du Marché");
  w.h.clock.set("2026-11-02T14:00:00Z");
  await say("Mona", "/cloturer couverts 40 recette 400");
  w.h.clock.set("2026-11-03T08:00:00Z");
  await say("Carl", "/manger");
  w.h.clock.set("2026-11-05T09:00:00Z");
});
afterEach(() => w.h.close());

const form = { takings: "", cash: "", card: "", cheque: "", spent: "", waste: "", wastePlates: "", wasteUnserved: "", wastePrep: "" };

describe("waste on the board", () => {
  it("closes from the form with the waste apart, and the report gives kilos and grams per cover", async () => {
    const mona = await w.login("Mona");
    const page = await text(await mona.get("/c/1/figures"));
    expect(page).toContain(`name="wastePlates"`);
    expect(page).toContain("dont assiettes (kg, facultatif)");
    const res = await mona.post("/c/1/close", {
      ...form,
      csrf: mona.csrfOf(page),
      date: "2026-11-03",
      covers: "25",
      wastePlates: "1,5",
      wastePrep: "0.5",
    });
    expect(res.status).toBe(303);
    expect((await w.h.store.closeRecord(1, "2026-11-03")).waste).toEqual({
      waste: 2000,
      wastePlates: 1500,
      wasteUnserved: null,
      wastePrep: 500,
    });
    const report = await text(await mona.get("/c/1/report?period=novembre"));
    expect(report).toMatch(/<th scope="row">Gaspillage<\/th><td>2 kg<\/td>/);
    expect(report).toMatch(/<th scope="row">Gaspillage par couvert<\/th><td>80 g<\/td>/);
  });

  it("refuses a form whose waste is not the sum of its parts, and records nothing", async () => {
    const mona = await w.login("Mona");
    const csrf = mona.csrfOf(await text(await mona.get("/c/1/figures")));
    await mona.post("/c/1/close", { ...form, csrf, date: "2026-11-03", covers: "25", waste: "3", wastePlates: "1" });
    const after = await text(await mona.get("/c/1/figures"));
    expect(after).toMatch(/role="alert"[^>]*><bdi>Le gaspillage \(3 kg\) n&#39;est pas la somme de ses parts \(1 kg\)/);
    expect((await w.h.store.closeRecord(1, "2026-11-03")).covers).toBeNull();
  });

  it("gives the CSV waste columns: kilos and grams per cover where weighed, blank where not", async () => {
    await say("Mona", "/cloturer 2026-11-03 couverts 25 gaspillage 2,5");
    const mona = await w.login("Mona");
    const rows = (await (await mona.get("/c/1/export.csv?period=novembre")).text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n")
      .map((l) => l.split(";"));
    const cols = ["gaspillage_kg", "gaspillage_g_par_couvert"].map((c) => rows[0]!.indexOf(c));
    expect(cols.every((c) => c > 0)).toBe(true);
    const cells = (date: string) => cols.map((c) => rows.find((r) => r[1] === date)![c]);
    expect(cells("02/11/2026")).toEqual(["", ""]);
    expect(cells("03/11/2026")).toEqual(["2,5", "100"]);
    const month = rows.find((r) => r[0] === "mois")!;
    expect(cols.map((c) => month[c])).toEqual(["2,5", "100"]);
  });
});
