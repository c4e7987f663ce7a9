// The managers' figures on the board, with plain requests: the services still open with a close
// form that IS /cloturer, the figures and charts from the core (unknown never 0), the funder
// report with the exact survey questions and definitions, the CSV export, the network's figures,
// and who may see what (volunteers: nothing; another canteen's manager: 404).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { boardWorld, type BoardWorld } from "./board-world.ts";
import { FIGURE_DEFINITIONS } from "../../src/features/impact/definitions.ts";
import { csvCell } from "../../src/features/impact/web/csv.ts";

const MARCHE = { chat: "telegram:-100" };
const LILAS = { chat: "telegram:-200" };
let w: BoardWorld;
const say = async (user: string, text: string, opts = MARCHE) => (await w.h.say(user, text, opts)).replace(/[\u202f\u00a0]/g, " ");
const text = async (res: Response) => (await res.text()).replace(/[\u202f\u00a0]/g, " ");

/** November 2026 at the Marché: Monday 2 closed, Tuesday 3 left open, Wednesday 4 closed; survey answers. */
beforeEach(async () => {
  w = await boardWorld("2026-11-02T08:00:00Z");
  await say("Mona", "/installer Cantine du Marché");
  await say("Mona", "/reglages prix-ingredients 3,50");
  await say("Mona", "/reglages prix-fonctionnement 9");
  await say("Alice", "/cuisiner aujourd'hui chef");
  await say("Bob", "/manger");
  await w.h.store.keepForecast(1, "2026-11-02", 1, 35);
  w.h.clock.set("2026-11-02T14:00:00Z");
  await say("Mona", "/cloturer couverts 40 recette 400 courses 120");
  w.h.clock.set("2026-11-03T08:00:00Z");
  await say("Carl", "/manger");
  w.h.clock.set("2026-11-04T14:00:00Z");
  await say("Mona", "/cloturer couverts 30 recette 270");
  const batch = (answers: string[]) => answers.map((a, i) => ({ personId: 100 + i, answer: a as never }));
  await w.h.store.countSurveyBatch(1, "2026-11-02", "welcome", batch(["yes", "yes", "rather-yes", "rather-yes", "no"]));
  await w.h.store.countSurveyBatch(1, "2026-11-02", "confidence", batch(["yes", "rather-no", "yes"]));
  w.h.clock.set("2026-11-05T09:00:00Z");
});
afterEach(() => w.h.close());

describe("the managers' figures page", () => {
  it("lists the open service with a close form, and shows the figures /impact gives, unknown as unknown", async () => {
    const mona = await w.login("Mona");
    const sheet = await text(await mona.get("/c/1"));
    expect(sheet).toContain(`href="/c/1/figures"`);
    const html = await text(await mona.get("/c/1/figures"));
    expect(html).toContain("Services à clôturer");
    expect(html).toContain(`<input type="hidden" name="date" value="2026-11-03">`);
    expect(html).not.toContain(`name="date" value="2026-11-02"`);
    expect(html).toMatch(/<dt>Repas servis<\/dt><dd>70<\/dd>/);
    expect(html).toMatch(/<dt>Accueil<\/dt><dd>80 % \(5 réponses\)<\/dd>/);
    expect(html).toMatch(/<dt>Confiance<\/dt><dd>3 réponses — trop peu pour afficher un pourcentage<\/dd>/);
    expect(html).toMatch(/<dt>Recette<\/dt><dd>670 €<\/dd>/);
    expect(html).toContain("3 tenus, 2 clôturés, 1 ouvert");
    // The forecast's gap has its unit, and a month is never read as a day ("nov. 26").
    expect(html).toMatch(/<dt>Écart prévision \/ servis<\/dt><dd>5 couverts<\/dd>/);
    expect(html).toContain("nov. 2026");
    expect(html).not.toContain("nov. 26<");
    // Charts are SVG with a title and description, and a table of the same numbers.
    expect(html.match(/<svg [^>]*role="img"/g)?.length).toBe(5);
    expect(html).toContain("Repas par service : prévision et servis");
    // The open Tuesday reads as open in the table and as "?" in the chart, never as 0.
    expect(html).toMatch(
      /<th scope="row">mar\. 3\/11<\/th><td class="unknown">pas de prévision<\/td><td class="unknown">ouvert \(inconnu\)<\/td>/,
    );
    expect(html).toMatch(/<th scope="row">lun\. 2\/11<\/th><td>35<\/td><td>40<\/td>/);
    expect(html).toMatch(/class="unknown-mark"[^>]*>\?<\/text>/);
    // Confidence below 5 answers is hidden in the month chart, with its number of answers.
    expect(html).toMatch(
      /<td>80 %<\/td><td class="unknown">3 réponses — trop peu pour afficher un pourcentage<\/td><td>5<\/td><td>3<\/td>/,
    );
    expect(html).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
    // The page points to the written definitions, not to a chat command.
    expect(html).not.toContain("/impact definitions");
    expect(html).toMatch(/<a href="\/c\/1\/report\?period=[^"]*#definitions">Chaque chiffre a une définition écrite/);
  });

  it("closes a service from the form as /cloturer does, and /impact in the chat changes", async () => {
    const mona = await w.login("Mona");
    const page = await text(await mona.get("/c/1/figures"));
    const res = await mona.post("/c/1/close", { csrf: mona.csrfOf(page), date: "2026-11-03", covers: "25", takings: "212,50", spent: "" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/c/1/figures");
    const after = await text(await mona.get("/c/1/figures"));
    expect(after).toMatch(/role="status"[^>]*><bdi>[^<]*25/);
    expect(after).not.toContain(`name="date" value="2026-11-03"`);
    expect(after).toContain("Tous les services de l&#39;année passée sont clôturés.");
    const impact = await say("Mona", "/impact");
    expect(impact).toContain("Repas servis : 95");
    expect(impact).toContain("Recette : 882,50 €");
    // The record's history names who closed it, as the chat's would.
    expect(await say("Mona", "/cloturer 2026-11-03")).toContain("Mona");
  });

  it("refuses a close form without its token, with a value that is not a number, or from a volunteer", async () => {
    const mona = await w.login("Mona");
    const csrf = mona.csrfOf(await text(await mona.get("/c/1/figures")));
    expect((await mona.post("/c/1/close", { date: "2026-11-03", covers: "25" })).status).toBe(403);
    const bad = await mona.post("/c/1/close", { csrf, date: "2026-11-03", covers: "25 recette 9999" });
    expect(bad.status).toBe(303);
    expect(await text(await mona.get("/c/1/figures"))).toMatch(/role="alert"[^>]*><bdi>Le formulaire de clôture n&#39;est pas valide/);
    const alice = await w.login("Alice");
    const aliceCsrf = alice.csrfOf(await text(await alice.get("/c/1")));
    expect((await alice.post("/c/1/close", { csrf: aliceCsrf, date: "2026-11-03", covers: "99" })).status).toBe(403);
    expect(await say("Mona", "/impact")).toContain("Repas servis : 70");
  });

  it("is closed to volunteers: figures, report and export answer 403 and show no money", async () => {
    const alice = await w.login("Alice");
    expect(await text(await alice.get("/c/1"))).not.toContain("/c/1/figures");
    for (const p of ["/c/1/figures", "/c/1/report", "/c/1/export.csv", "/c/1/network", "/c/1/report?scope=network"]) {
      const res = await alice.get(p);
      expect(res.status, p).toBe(403);
      expect(await text(res), p).not.toMatch(/Recette|670/);
    }
  });

  it("takes /impact's periods and explains one it does not know", async () => {
    const mona = await w.login("Mona");
    expect(await text(await mona.get("/c/1/figures?period=annee"))).toContain("Année 2026");
    expect(await text(await mona.get("/c/1/figures?period=2026-10"))).toContain("Aucun service tenu sur cette période.");
    const bad = await mona.get("/c/1/figures?period=bientot");
    expect(bad.status).toBe(400);
    expect(await text(bad)).toContain("bientot");
    expect((await mona.get(`/c/1/figures?period=${"x".repeat(50)}`)).status).toBe(400);
  });
});

describe("the funder report", () => {
  it("has the figures, the exact questions with their answers, and one definition per figure", async () => {
    const mona = await w.login("Mona");
    const html = await text(await mona.get("/c/1/report?period=novembre"));
    expect(html).toContain("Rapport d&#39;impact · <bdi>Cantine du Marché</bdi>");
    expect(html).toContain("Novembre 2026");
    expect(html).toContain("Novembre 2026 · du 1er novembre 2026 au 5 novembre 2026");
    // One canteen's report has no "Cantines 1" row.
    expect(html).not.toContain(">Cantines<");
    expect(html).toMatch(/<th scope="row">Repas servis<\/th><td>70<\/td>/);
    expect(html).toMatch(/<th scope="row">Repas par service<\/th><td>35<\/td>/);
    expect(html).toMatch(/<th scope="row">Coût couvert<\/th><td>77 %<\/td>/);
    expect(html).toContain(
      "« Tu t&#39;es senti·e accueilli·e comme tu es, sans avoir à jouer un rôle ? »</th><td>2</td><td>2</td><td>0</td><td>1</td><td>5</td>",
    );
    expect(html).toContain("« Te sens-tu en confiance avec les autres convives, y compris celles et ceux que tu ne connaissais pas ? »");
    // French quotes hold their question with non-breaking spaces.
    expect(await (await mona.get("/c/1/report?period=novembre")).text()).toContain("«\u00a0Te sens-tu");
    for (const id of ["meals-served", "welcome", "costs-covered", "newcomers", "volunteers"] as const) {
      expect(html).toContain(
        `<dt>${FIGURE_DEFINITIONS[id].fr.name}</dt><dd>${FIGURE_DEFINITIONS[id].fr.definition.replace(/'/g, "&#39;").replace(/"/g, "&quot;")}</dd>`,
      );
    }
  });
});

describe("the CSV export", () => {
  it("has a row per service and per month, unknown cells empty, never 0, and no survey counts of a question under five answers", async () => {
    const mona = await w.login("Mona");
    const res = await mona.get("/c/1/export.csv?period=novembre");
    expect(res.headers.get("content-type")).toContain("text/csv");
    // Named after the canteen and the period's real dates.
    expect(res.headers.get("content-disposition")).toContain('filename="tablee-cantine-du-marche-2026-11-01-2026-11-30.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 with a BOM: Excel reads the accents right
    const body = new TextDecoder().decode(bytes);
    const lines = body
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    // A French canteen's file is for French spreadsheets: `;`, decimal commas, French names, jj/mm/aaaa.
    expect(lines[0]).toBe(
      "ligne;date;mois;cantine;devise;prevision;servis;recette;recette_especes;recette_carte;recette_cheques;depenses;gaspillage_kg;gaspillage_g_par_couvert;accueil_oui;accueil_plutot_oui;accueil_plutot_non;accueil_non;confiance_oui;confiance_plutot_oui;confiance_plutot_non;confiance_non;premier_repas_oui;premier_repas_non;services_tenus;services_clotures;services_ouverts;benevoles;nouveaux_benevoles;nouvelles_personnes",
    );
    expect(lines[1]).toBe("service;02/11/2026;11/2026;Cantine du Marché;EUR;35;40;400,00;;;;120,00;;;2;2;0;1;;;;;;;;;;;;");
    expect(lines[2]).toBe("service;03/11/2026;11/2026;Cantine du Marché;EUR;;;;;;;;;;;;;;;;;;;;;;;;;");
    expect(lines[3]).toBe("service;04/11/2026;11/2026;Cantine du Marché;EUR;;30;270,00;;;;;;;;;;;;;;;;;;;;;;");
    expect(lines[4]).toMatch(/^mois;;11\/2026;Cantine du Marché;EUR;;70;670,00;;;;120,00;;;2;2;0;1;;;;;;;3;2;1;1;1;\d+$/);
    expect(lines[5]).toMatch(/^note;;;Case vide : inconnu\. .*au moins 5\.$/);
    expect(lines).toHaveLength(6);
  });

  it("reads back in a French spreadsheet: split on `;`, decimal commas, the services' takings sum to the month's", async () => {
    const mona = await w.login("Mona");
    const rows = (await (await mona.get("/c/1/export.csv?period=novembre")).text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n")
      .map((l) => l.split(";"));
    const col = rows[0]!.indexOf("recette");
    const amount = (cell: string | undefined) => (cell ? Number(cell.replace(",", ".")) : 0);
    const services = rows.filter((r) => r[0] === "service").reduce((sum, r) => sum + amount(r[col]), 0);
    const month = rows.find((r) => r[0] === "mois")!;
    expect(services).toBeCloseTo(670, 2);
    expect(amount(month[col])).toBeCloseTo(services, 2);
  });

  it("gives an English canteen commas, dots and ISO dates, and names a whole-history file from its first service", async () => {
    await say("Mona", "/reglages langue en");
    const mona = await w.login("Mona");
    const res = await mona.get("/c/1/export.csv?period=tout");
    expect(res.headers.get("content-disposition")).toContain('filename="tablee-cantine-du-marche-2026-11-02-');
    const lines = (await res.text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toMatch(
      /^row,date,month,canteen,currency,forecast,served,takings,takings_cash,takings_card,takings_cheque,spent,waste_kg,waste_g_per_cover,welcome_yes,welcome_rather_yes,/,
    );
    expect(lines[1]).toBe("service,2026-11-02,2026-11,Cantine du Marché,EUR,35,40,400.00,,,,120.00,,,2,2,0,1,,,,,,,,,,,,");
  });

  it("quotes text cells and defuses those a spreadsheet would read as a formula", async () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("+33 6")).toBe("'+33 6");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("Chez Nous, Lilas")).toBe(`"Chez Nous, Lilas"`);
    expect(csvCell(-1)).toBe("-1");
    expect(csvCell(null)).toBe("");
    await say("Zed", "/installer =cmd|' /C calc'!A0", LILAS);
    await say("Zed", "/cloturer 2026-11-04 couverts 12", LILAS);
    const zed = await w.login("Zed", LILAS);
    const body = await (await zed.get("/c/2/export.csv?period=novembre")).text();
    expect(body).toContain(";'=cmd|' /C calc'!A0;");
    expect(body).not.toMatch(/;=cmd/);
  });
});

describe("the network's figures", () => {
  beforeEach(async () => {
    await say("Zed", "/installer Cantine des Lilas", LILAS);
    await say("Yann", "/cuisiner jeudi", LILAS);
    await say("Mona", "/reseau creer Les Petites Cantines");
    const code = /rejoindre ([A-Z0-9]{8})/.exec(await say("Mona", "/reseau inviter"))![1];
    await say("Zed", `/reseau rejoindre ${code}`, LILAS);
    await say("Zed", "/cloturer 2026-11-04 couverts 25 recette 150", LILAS);
  });

  it("shows its manager the sum and a row per canteen, naming canteens, never their people", async () => {
    const mona = await w.login("Mona");
    expect(await text(await mona.get("/c/1/figures"))).toContain(`href="/c/1/network?period=mois"`);
    const html = await text(await mona.get("/c/1/network"));
    expect(html).toContain("Chiffres · <bdi>Les Petites Cantines</bdi>");
    expect(html).toMatch(/<dt>Repas servis<\/dt><dd>95<\/dd>/);
    expect(html).toMatch(/<th scope="row"><bdi>Cantine des Lilas<\/bdi><\/th><td>2 tenus, 1 clôturé, 1 ouvert<\/td><td>25<\/td>/);
    expect(html).toMatch(/<th scope="row"><bdi>Cantine du Marché<\/bdi><\/th><td>3 tenus, 2 clôturés, 1 ouvert<\/td><td>70<\/td>/);
    expect(html).not.toMatch(/Zed|Yann|-200/);
    const report = await text(await mona.get("/c/1/report?scope=network&period=novembre"));
    expect(report).toMatch(/<th scope="row">Cantines<\/th><td>2<\/td>/);
    expect(report).not.toMatch(/Zed|Yann/);
    const csv = await (await mona.get("/c/1/export.csv?scope=network&period=novembre")).text();
    expect(csv).toContain("service;04/11/2026;11/2026;Cantine des Lilas;EUR;;25;150,00;");
    expect(csv).toMatch(/mois;;11\/2026;Les Petites Cantines;EUR;;95;820,00;/);
  });

  it("is refused to a canteen's manager who does not manage the network", async () => {
    const zed = await w.login("Zed", LILAS);
    const res = await zed.get("/c/2/network");
    expect(res.status).toBe(403);
    expect(await text(res)).not.toContain("Cantine du Marché");
    expect((await zed.get("/c/2/report?scope=network")).status).toBe(403);
    expect((await zed.get("/c/2/figures")).status).toBe(200);
  });
});
