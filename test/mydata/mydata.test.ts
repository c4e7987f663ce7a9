// /mesdonnees · /mydata: everything Tablée keeps about the person who asks, only to them — a
// summary in a private chat, the whole as JSON on the board — with no secret and no survey answer.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { plainText } from "../../src/kernel/model.ts";
import { FEATURES } from "../../src/app.ts";
import { personTables } from "../../src/store/person-hooks.ts";
import { boardWorld, type BoardWorld } from "../web/board-world.ts";

let w: BoardWorld;
const say = async (user: string, text: string, opts = {}) => (await w.h.say(user, text, opts)).replace(/[\u202f\u00a0]/g, " ");

beforeEach(async () => {
  w = await boardWorld("2026-11-23T08:00:00Z");
  await say("Mona", "/installer Belleville");
  await say("Carol", "/allergies gluten lait");
  await say("Carol", "/regime vegetarien");
  await say("Carol", "/cuisiner mardi");
  await say("Carol", "/manger");
  await say("Carol", "/calendrier", { private: true });
});
afterEach(() => w.h.close());

describe("/mesdonnees", () => {
  it("in a Telegram group, the group reads only that it was answered privately; the data goes to its person", async () => {
    await say("Mona", "/installer Lilas", { chat: "telegram:-100" });
    await say("Carol", "/creneaux", { chat: "telegram:-100" });
    const out = await w.h.send("Carol", "/mesdonnees", { chat: "telegram:-100" });
    const group = [...out.replies, ...(out.direct ? [out.direct.sent, out.direct.unreachable] : [])].map(plainText).join("\n");
    expect(group).not.toMatch(/gluten|milk|lait|vegetarian|inscription/i);
    expect((out.direct?.messages ?? []).map(plainText).join("\n")).toContain("Ce que Tablée garde sur toi");
  });

  it("in a private chat lists the profile and what each table holds, and says survey answers are not there", async () => {
    const text = await say("Carol", "/mesdonnees", { private: true });
    expect(text).toContain("Profil — régime : végétarien · allergies : gluten, lait");
    expect(text).toContain("1 inscription en cuisine");
    expect(text).toContain("1 réponse au sondage « qui mange »");
    expect(text).toContain("1 cantine où tu participes");
    expect(text).toMatch(/liens? d'agenda secrets?/);
    expect(text).toContain("Tes réponses à l'enquête n'y sont pas");
    // The English name answers too, in the person's own language (French here).
    expect(await say("Carol", "/mydata", { private: true })).toContain("1 inscription en cuisine");
  });

  it("has an export for every table the person hooks know, and the export holds no secret", async () => {
    const tables = personTables(FEATURES);
    expect(tables.filter((t) => !t.export).map((t) => t.model)).toEqual([]);
    const carol = (await w.h.store.personOf("console:carol"))!;
    const data = (await w.h.store.personData(carol, w.h.clock.now()))!;
    expect(Object.keys(data.tables).sort()).toEqual(tables.map((t) => t.exportAs ?? t.model).sort());
    const json = JSON.stringify(data);
    const secrets = [
      ...(await w.h.db.prisma.calendarFeed.findMany({ select: { tokenHash: true } })).map((r) => r.tokenHash),
      ...(await w.h.db.prisma.boardSession.findMany({ select: { idHash: true } })).map((r) => r.idHash),
      ...(await w.h.db.prisma.boardLogin.findMany({ select: { tokenHash: true } })).map((r) => r.tokenHash),
    ];
    expect(secrets.length).toBeGreaterThan(0);
    for (const s of secrets) expect(json).not.toContain(s);
    expect(json).not.toMatch(/tokenHash|idHash|codeHash/);
    expect(data.tables.SignUp!.rows).toEqual([expect.objectContaining({ canteen: "Belleville", date: "2026-11-24", status: "confirmed" })]);
  });

  it("downloads as a JSON file from the board for the logged-in person only", async () => {
    const carol = await w.login("Carol", { chat: "console:group" });
    const res = await carol.get("/me/data.json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="tablee-my-data-2026-11-23\.json"/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const data = (await res.json()) as { person: { name: string; allergies: string[] } };
    expect(data.person).toMatchObject({ name: "Carol", allergies: ["gluten", "milk"] });
    const anonymous = await w.visitor().get("/me/data.json");
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain("gluten");
  });
});
