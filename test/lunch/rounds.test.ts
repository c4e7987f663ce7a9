// Lunch rounds on a fake clock: the real scheduler forms them when sign-up closes, the ledger
// announces each table once in the company's group, seats go into the kitchen's headcount, and
// confirming or dropping out updates tables and headcount, rebalancing tables that fall below 3.
import { afterEach, describe, expect, it } from "vitest";
import { plainText, type Outcome } from "../../src/kernel/model.ts";
import { Scheduler } from "../../src/schedule/scheduler.ts";
import type { SendOptions } from "../helpers/harness.ts";
import { createWorld, type World } from "../rhythm/world.ts";

const ACME: SendOptions = { chat: "slack:C0ACME" };
const THURSDAY = "2026-11-26";
/** Wednesday 17:00 in Paris: sign-up for Thursday's lunch closes. */
const CLOSE = "2026-11-25T16:00:00Z";

let w: World;
afterEach(() => w.close());

/** A canteen with a company group running a programme, and colleagues opted in with their teams. */
async function company(people: [string, string | null][], start = "2026-11-25T14:00:00Z"): Promise<World> {
  w = await createWorld(start);
  await w.say("Mona", "/setup Cantine de Belleville", ACME);
  await w.say("Mona", "/lunch setup", ACME);
  for (const [name, team] of people) await w.say(name, `/lunch join ${team ?? ""}`, ACME);
  return w;
}

const TEAMS = ["Compta", "Tech", "Ventes"];
const crew = (n: number): [string, string][] => Array.from({ length: n }, (_, i) => [`P${String(i + 1).padStart(2, "0")}`, TEAMS[i % 3]!]);

/** The table announcements the group received. */
const tableMessages = (chat = "slack:C0ACME") => w.platforms.slack.in(chat).filter((m) => m.text.startsWith("🍽️ Table"));

async function program(chat = "slack:C0ACME") {
  const found = await w.store.findChat(chat);
  return (await w.store.lunchProgramOfGroup(found!.group.id))!;
}

async function round(date = THURSDAY) {
  return (await w.store.lunchRound((await program()).id, date))!;
}

/** A button press on a table's message, as adapters send it. */
function press(user: string, command: string, tableId: number): Promise<Outcome> {
  return w.send(user, command, { ...ACME, action: true, refresh: `/lunch table ${tableId}` });
}

async function covers(date = THURSDAY): Promise<number> {
  return (await w.store.answers(1, date)).filter((a) => a.eating).length;
}

describe("a lunch round", () => {
  it("is formed once when sign-up closes, even with two scheduler instances, one message per table, booked into the kitchen's headcount", async () => {
    await company(crew(11));
    const other = new Scheduler(w.db, w.store, () => w.core.rhythm, w.clock, w.log);
    await w.runUntil("2026-11-25T15:45:00Z");
    expect(tableMessages()).toEqual([]);
    w.clock.set(CLOSE);
    await Promise.all([w.scheduler.tick(), other.tick(), w.scheduler.tick()]);
    await w.ledger.drain();
    await w.runUntil("2026-11-25T18:00:00Z");

    const posted = tableMessages();
    expect(posted.map((m) => m.text.split(" — ")[0])).toEqual(["🍽️ Table 1", "🍽️ Table 2", "🍽️ Table 3"]);
    expect(posted.map((m) => (m.text.match(/^• @/gm) ?? []).length)).toEqual([4, 4, 3]);
    const seated = posted.flatMap((m) => [...m.text.matchAll(/^• @(P\d\d)/gm)].map((x) => x[1]));
    expect([...seated].sort()).toEqual(crew(11).map(([n]) => n));
    for (const m of posted) {
      expect(m.text).toContain("jeudi 26 novembre, 12:30 · Cantine de Belleville");
      expect(m.text).toContain("💬 Pour briser la glace : ");
    }
    expect(new Set(posted.map((m) => m.text.split("💬")[1])).size).toBe(3); // a different icebreaker per table
    const jobs = await w.db.prisma.job.findMany({ where: { kind: { startsWith: "lunch@" } } });
    expect(jobs.map((j) => [j.kind, j.date, j.status])).toEqual([["lunch@17:00", THURSDAY, "done"]]);

    // Running the job again (a crash before it was marked done) announces nothing twice.
    const canteen = (await w.store.canteen(1))!;
    await w.core.rhythm.execute(canteen, "lunch@17:00", THURSDAY, w.clock.now());
    await w.ledger.drain();
    expect(tableMessages()).toHaveLength(3);

    // The kitchen counts the seats: the headcount and, at the poll's deadline, the summary.
    expect(await covers()).toBe(11);
    expect(await w.say("Mona", "/couverts jeudi", ACME)).toContain("11 couverts");
    await w.runUntil("2026-11-26T10:15:00Z");
    const summary = w.platforms.slack.dms.find((d) => d.chat === "slack:mona" && d.text.includes("Brief cuisine"));
    expect(summary?.text).toContain("11 couverts (11 personnes + 0 invité·e)");
  });

  it("mixes teams and, the next week, seats nobody with someone they just lunched with", async () => {
    await company(crew(16));
    await w.runUntil("2026-11-25T16:15:00Z");
    const first = await round();
    for (const t of first.tables) expect(new Set(t.seats.map((s) => s.team)).size).toBeGreaterThan(1);
    await w.runUntil("2026-12-02T16:15:00Z");
    const second = await round("2026-12-03");
    expect(second.tables).toHaveLength(4);
    const metBefore = new Set(first.tables.flatMap((t) => t.seats.flatMap((a) => t.seats.map((b) => `${a.personId}:${b.personId}`))));
    for (const t of second.tables) {
      for (const a of t.seats) for (const b of t.seats) if (a !== b) expect(metBefore.has(`${a.personId}:${b.personId}`)).toBe(false);
    }
  });

  it("leaves out people on pause and people who said they will not eat that day", async () => {
    await company(crew(5));
    await w.say("P01", "/lunch pause 1w", ACME);
    await w.say("P02", "/pasmanger jeudi", ACME);
    await w.runUntil("2026-11-25T16:15:00Z");
    const r = await round();
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]!.seats.map((s) => s.name).sort()).toEqual(["P03", "P04", "P05"]);
    expect(await covers()).toBe(3);
  });

  it("is called off with fewer than 3 people, and they are told in the group", async () => {
    await company([
      ["Alice", "Compta"],
      ["Bob", "Tech"],
    ]);
    await w.runUntil("2026-11-25T16:15:00Z");
    const notice = w.platforms.slack.in("slack:C0ACME").filter((m) => m.text.startsWith("😕"));
    expect(notice.map((m) => m.text)).toEqual([
      "😕 Pas de déjeuner inter-équipes jeudi 26 novembre : 2 inscrit·es seulement, il en faut au moins 3.\n@Alice, @Bob\nInvitez des collègues : /dejeuner rejoindre [équipe].",
    ]);
    expect((await round()).status).toBe("skipped");
    expect(tableMessages()).toEqual([]);
    expect(await covers()).toBe(0);
  });

  it("runs for each company at the same canteen, each in its own group", async () => {
    await company(crew(3));
    const code = /\/setup ([A-Z0-9]{8})/.exec(await w.say("Mona", "/invite", ACME))![1]!;
    const globex: SendOptions = { chat: "slack:C0GLOBEX" };
    await w.say("Gina", `/setup ${code}`, globex);
    await w.say("Gina", "/lunch setup", globex);
    for (const name of ["Gina", "Hugo", "Ines"]) await w.say(name, "/lunch join", globex);
    await w.runUntil("2026-11-25T16:15:00Z");
    expect(tableMessages("slack:C0ACME").map((m) => [...m.text.matchAll(/^• @(\w+)/gm)].map((x) => x[1]).sort())).toEqual([
      ["P01", "P02", "P03"],
    ]);
    expect(tableMessages("slack:C0GLOBEX").map((m) => [...m.text.matchAll(/^• @(\w+)/gm)].map((x) => x[1]).sort())).toEqual([
      ["Gina", "Hugo", "Ines"],
    ]);
    expect(await covers()).toBe(6);
  });
});

describe("confirming and dropping out", () => {
  it("a confirmation shows on the table; a drop-out frees the seat and pulls someone in from a bigger table", async () => {
    await company(crew(11));
    await w.runUntil("2026-11-25T16:15:00Z");
    const small = (await round()).tables.find((t) => t.seats.length === 3)!;
    const [stay, leave] = small.seats;

    const confirmed = await press(stay!.name, `/lunch confirm ${small.id}`, small.id);
    expect(confirmed.toast).toBe(`✅ Merci ${stay!.name}, à jeudi 26 novembre à 12:30 !`);
    expect(plainText(confirmed.update!)).toMatch(new RegExp(`• @${stay!.name} · \\w+ ✅`));

    const dropped = await press(leave!.name, `/lunch drop ${small.id}`, small.id);
    expect(dropped.toast).toBe(`👋 C'est noté ${leave!.name} : ta place du jeudi 26 novembre est libérée et ta table est prévenue.`);
    const table = plainText(dropped.update!);
    expect(table).not.toContain(`@${leave!.name}`);
    expect(table.match(/^• @/gm)).toHaveLength(3); // someone was pulled in
    expect(await covers()).toBe(10);

    await w.ledger.drain();
    const notice = w.platforms.slack.in("slack:C0ACME").at(-1)!.text;
    expect(notice).toContain(`👋 ${leave!.name} ne pourra pas venir à la table 3 (jeudi 26 novembre).`);
    expect(notice).toMatch(/➡️ @P\d\d passe de la table [12] à la table 3\./);
    expect(notice).toMatch(/• Table 3 : @P\d\d, @P\d\d, @P\d\d/);

    expect(await w.say(leave!.name, "/lunch drop", ACME)).toBe("Tu t'es déjà désisté·e de ce déjeuner.");
    expect(await w.say(leave!.name, `/lunch confirm ${small.id}`, ACME)).toBe("Tu t'es déjà désisté·e de ce déjeuner.");
    expect(await w.say("Mona", `/lunch drop ${small.id}`, ACME)).toBe("Tu n'as pas de place à ce déjeuner.");
  });

  it("when no table can spare anyone, the people left join other tables, and are told", async () => {
    await company(crew(6));
    await w.runUntil("2026-11-25T16:15:00Z");
    const [first, second] = (await round()).tables;
    expect([first!.seats.length, second!.seats.length]).toEqual([3, 3]);
    await w.say(first!.seats[0]!.name, "/dejeuner desister", ACME);
    await w.ledger.drain();
    const after = await round();
    expect(after.tables[0]!.seats.filter((s) => s.status !== "dropped")).toEqual([]);
    expect(after.tables[1]!.seats.filter((s) => s.status !== "dropped")).toHaveLength(5);
    const notice = w.platforms.slack.in("slack:C0ACME").at(-1)!.text;
    expect(notice.match(/passe de la table 1 à la table 2/g)).toHaveLength(2);
    expect(await w.say("Mona", `/lunch table ${first!.id}`, ACME)).toContain("Cette table n'existe plus");
  });

  it("shows the person's table in /lunch, and stops taking changes once lunch has started", async () => {
    await company(crew(4));
    await w.runUntil("2026-11-25T16:15:00Z");
    expect(await w.say("P01", "/lunch", ACME)).toMatch(/🍽️ jeudi 26 novembre, table 1 avec @P0\d, @P0\d, @P0\d/);
    expect(await w.say("P01", "/lunch report", ACME)).toContain("Prochain déjeuner : jeudi 26 novembre, 4 personnes à 1 table.");
    w.clock.set("2026-11-26T11:30:00Z");
    expect(await w.say("P01", "/lunch confirm", ACME)).toBe("Tu n'as pas de table à venir. Les tables sont formées la veille du déjeuner.");
    const id = (await round()).tables[0]!.id;
    expect(await w.say("P01", `/lunch drop ${id}`, ACME)).toBe("Le déjeuner du jeudi 26 novembre a déjà commencé.");
    await w.runUntil("2026-11-27T09:00:00Z");
    const report = await w.say("P01", "/lunch report", ACME);
    expect(report).toContain("Déjeuners tenus : 1");
    expect(report).toContain("Participant·es : 4 · tables : 1");
    expect(report).toContain("Collègues qui se sont rencontré·es : 6 paires");
    expect(report).toMatch(/Paires inter-équipes : 83 % \(5 sur 6 paires/);
  });
});
