// Takings by means of payment on the board: the close form takes cash, card and cheques apart
// (the same /cloturer), and the figures, the funder report, /impact and the CSV give the split
// where it is known, blank where it is not.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { boardWorld, type BoardWorld } from "./board-world.ts";

let w: BoardWorld;
const say = async (user: string, text: string) => (await w.h.say(user, text, { chat: "telegram:-100" })).replace(/[\u202f\u00a0]/g, " ");
const text = async (res: Response) => (await res.text()).replace(/[\u202f\u00a0]/g, " ");

/** November 2026 at the Marché: Monday 2 closed with the takings alone, Tuesday 3 left open. */
beforeEach(async () => {
  w = await boardWorld("2026-11-02T08:00:00Z");
  await say("Mona", "/installer Cantine du Marché");
  await say("Alice", "/cuisiner aujourd'hui chef");
  w.h.clock.set("2026-11-02T14:00:00Z");
  await say("Mona", "/cloturer couverts 40 recette 400");
  w.h.clock.set("2026-11-03T08:00:00Z");
  await say("Carl", "/manger");
  w.h.clock.set("2026-11-05T09:00:00Z");
});
afterEach(() => w.h.close());

describe("takings by means of payment on the board", () => {
  it("closes from the form with cash, card and cheques, and the figures, report and /impact show the split", async () => {
    const mona = await w.login("Mona");
    const page = await text(await mona.get("/c/1/figures"));
    expect(page).toContain(`name="cash"`);
    expect(page).toContain("dont espèces (EUR, facultatif)");
    const csrf = mona.csrfOf(page);
    const res = await mona.post("/c/1/close", {
      csrf,
      date: "2026-11-03",
      covers: "25",
      takings: "",
      cash: "120",
      card: "60",
      cheque: "7,40",
      spent: "",
    });
    expect(res.status).toBe(303);
    expect(await w.h.store.closeRecord(1, "2026-11-03")).toMatchObject({ takings: 18740, split: { cash: 12000, card: 6000, cheque: 740 } });

    const figures = await text(await mona.get("/c/1/figures?period=novembre"));
    expect(figures).toMatch(/<dt>Recette<\/dt><dd>587,40 €<\/dd>/);
    expect(figures).toMatch(/<dt>dont espèces<\/dt><dd>120 €<\/dd>/);
    expect(figures).toMatch(/<dt>dont chèques<\/dt><dd>7,40 €<\/dd>/);
    const report = await text(await mona.get("/c/1/report?period=novembre"));
    expect(report).toMatch(/<th scope="row">dont carte<\/th><td>60 €<\/td>/);
    const impact = await say("Mona", "/impact novembre");
    expect(impact).toContain("dont espèces : 120 €");
    // The per-service detail gives the split where it is known.
    expect(impact).toContain("recette 187,40 € (espèces 120 € · carte 60 € · chèques 7,40 €)");
    expect(impact).toMatch(/lun\. 2\/11 : 40 couverts · recette 400 € · courses/);
  });

  it("keeps the split out of the figures where no service recorded it", async () => {
    const mona = await w.login("Mona");
    const figures = await text(await mona.get("/c/1/figures?period=novembre"));
    expect(figures).toMatch(/<dt>Recette<\/dt><dd>400 €<\/dd>/);
    expect(figures).not.toContain("<dt>dont espèces</dt>");
    expect(await say("Mona", "/impact novembre")).not.toContain("dont espèces");
  });

  it("refuses a form whose takings are not the sum of its means, and records nothing", async () => {
    const mona = await w.login("Mona");
    const csrf = mona.csrfOf(await text(await mona.get("/c/1/figures")));
    await mona.post("/c/1/close", { csrf, date: "2026-11-03", covers: "25", takings: "200", cash: "120", card: "", cheque: "", spent: "" });
    const after = await text(await mona.get("/c/1/figures"));
    expect(after).toMatch(/role="alert"[^>]*><bdi>La recette \(200 €\) n&#39;est pas la somme des moyens de paiement \(120 €\)/);
    expect((await w.h.store.closeRecord(1, "2026-11-03")).covers).toBeNull();
  });

  it("gives the CSV a column per means: amounts where known, blank where not, and the month's sums", async () => {
    await say("Mona", "/cloturer 2026-11-03 couverts 25 especes 120 carte 60 cheque 7,40");
    const mona = await w.login("Mona");
    const rows = (await (await mona.get("/c/1/export.csv?period=novembre")).text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n")
      .map((l) => l.split(";"));
    const cols = ["recette", "recette_especes", "recette_carte", "recette_cheques"].map((c) => rows[0]!.indexOf(c));
    expect(cols.every((c) => c > 0)).toBe(true);
    const cells = (date: string) => cols.map((c) => rows.find((r) => r[1] === date)![c]);
    expect(cells("02/11/2026")).toEqual(["400,00", "", "", ""]);
    expect(cells("03/11/2026")).toEqual(["187,40", "120,00", "60,00", "7,40"]);
    const month = rows.find((r) => r[0] === "mois")!;
    expect(cols.map((c) => month[c])).toEqual(["587,40", "120,00", "60,00", "7,40"]);
  });
});
