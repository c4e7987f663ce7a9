// /lier keeps every table of both accounts: after Alice joins her Slack account (the redeemer) to
// her Telegram one (the code's maker), what the Slack account had — lunch programme, "don't pair
// me with", lunch seat, network role, calendar cancellations, survey markers, close-out history,
// sign-ups, answers, queued messages — is the one person's, and nothing points at a deleted person.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness, type SendOptions } from "../helpers/harness.ts";

const ACME: SendOptions = { chat: "slack:C0ACME" };
const TG: SendOptions = { chat: "telegram:-100" };
const THURSDAY = "2026-11-26";

let h: Harness;
let slack: number;
let telegram: number;
beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z"); // Monday 09:00 in Paris
  await h.say("Mona", "/setup Belleville", ACME);
  const invite = /\/setup ([A-Z0-9]{8})/.exec(await h.say("Mona", "/invite", ACME))![1]!;
  await h.say("Mona", `/setup ${invite}`, TG);
  await h.say("Alice", "/cuisiner mardi", TG); // telegram:alice, the account that will make the code
  await h.say("Alice", "/slots", ACME); // slack:alice, a person of its own until the link
  slack = (await h.store.personOf("slack:alice"))!;
  telegram = (await h.store.personOf("telegram:alice"))!;
});
afterEach(() => h.close());

/** Alice makes a code on Telegram and confirms it on Slack. */
async function link(): Promise<void> {
  const code = /\/link ([A-Z0-9]{6})/.exec(await h.say("Alice", "/lier", { chat: "telegram:dm-alice", private: true }))![1]!;
  await h.say("Alice", `/lier ${code}`, { chat: "slack:D0ALICE", private: true });
  expect(await h.say("Alice", `/lier ${code} oui`, { chat: "slack:D0ALICE", private: true })).toContain("tes comptes sont reliés");
  expect(await h.store.personOf("slack:alice")).toBe(telegram);
  expect(await h.db.prisma.person.findUnique({ where: { id: slack } })).toBeNull();
}

describe("after /lier, both accounts' rows are the one person's", () => {
  it("lunch tables: /lunch still says she takes part, from either app", async () => {
    await h.say("Mona", "/lunch setup", ACME);
    await h.say("Alice", "/lunch join Compta", ACME);
    await link();
    expect(await h.say("Alice", "/lunch", ACME)).toContain("✅ Tu participes (équipe Compta).");
    expect(await h.say("Alice", "/lunch", { chat: "telegram:dm-alice", private: true })).toContain("✅ Tu participes (équipe Compta).");
  });

  it("'don't pair me with' both ways follows her: whom she avoids, and who avoids her", async () => {
    await h.say("Mona", "/lunch setup", ACME);
    await h.say("Bob", "/lunch join", ACME);
    await h.say("Alice", "/lunch avoid Bob", { chat: "slack:D0ALICE", private: true });
    await h.say("Carol", "/lunch avoid @Alice", { ...ACME, mentions: [{ address: "slack:alice", name: "Alice" }] });
    await link();
    expect(await h.say("Alice", "/lunch avoid", { chat: "slack:D0ALICE", private: true })).toContain("Bob");
    const carol = (await h.store.personOf("slack:carol"))!;
    const rows = await h.db.prisma.lunchAvoid.findMany({ select: { personId: true, avoidId: true }, orderBy: { id: "asc" } });
    expect(rows).toEqual([
      { personId: telegram, avoidId: (await h.store.personOf("slack:bob"))! },
      { personId: carol, avoidId: telegram },
    ]);
  });

  it("a seat at a formed lunch table is hers, with its place in the headcount", async () => {
    await h.say("Mona", "/lunch setup", ACME);
    for (const who of ["Alice", "Bob", "Carol"]) await h.say(who, "/lunch join", ACME);
    h.clock.set("2026-11-25T16:01:00Z");
    await h.core.rhythm.execute((await h.store.canteen(1))!, "lunch@17:00", THURSDAY, h.clock.now());
    await link();
    expect(await h.db.prisma.lunchSeat.count({ where: { personId: telegram } })).toBe(1);
    expect((await h.store.answers(1, THURSDAY)).filter((a) => a.personId === telegram && a.eating)).toHaveLength(1);
    expect(await h.say("Alice", "/lunch", ACME)).toContain("jeudi 26 novembre");
  });

  it("a network both accounts managed: /reseau still says she manages it", async () => {
    await h.say("Alice", "/setup Cantine Slack", { chat: "slack:C0MINE" });
    await h.say("Alice", "/reseau creer Les Petites Cantines", { chat: "slack:C0MINE" });
    const network = await h.db.prisma.network.findFirstOrThrow();
    await h.db.prisma.networkManager.create({ data: { networkId: network.id, personId: telegram } });
    await link();
    expect(await h.say("Alice", "/reseau", { chat: "telegram:dm-alice", private: true })).toContain("/impact reseau");
  });

  it("calendar cancellations of both accounts are kept", async () => {
    await h.say("Alice", "/cuisiner mercredi", ACME);
    await h.say("Alice", "/annuler mercredi", ACME);
    await h.say("Alice", "/annuler mardi", TG);
    await link();
    const kept = await h.db.prisma.calendarCancellation.findMany({ select: { personId: true, date: true }, orderBy: { date: "asc" } });
    expect(kept).toEqual([
      { personId: telegram, date: "2026-11-24" },
      { personId: telegram, date: "2026-11-25" },
    ]);
  });

  it("survey markers follow her, one per service and question, and the anonymous counts stay as they are", async () => {
    await h.db.prisma.service.upsert({
      where: { canteenId_date: { canteenId: 1, date: "2026-11-20" } },
      create: { canteenId: 1, date: "2026-11-20" },
      update: {},
    });
    await h.store.countSurveyBatch(1, "2026-11-20", "welcome", [{ personId: slack, answer: "yes" }]);
    await h.store.countSurveyBatch(1, "2026-11-20", "welcome", [{ personId: telegram, answer: "no" }]);
    await h.store.countSurveyBatch(1, "2026-11-20", "first", [{ personId: slack, answer: "yes" }]);
    await link();
    const marks = await h.db.prisma.surveyMark.findMany({ select: { personId: true, question: true }, orderBy: { question: "asc" } });
    expect(marks).toEqual([
      { personId: telegram, question: "first" },
      { personId: telegram, question: "welcome" },
    ]);
    expect(await h.store.surveyCounts(1, "2026-11-20")).toEqual({ welcome: { yes: 1, no: 1 }, first: { yes: 1 } });
    expect(await h.store.surveyAnswered(1, "2026-11-20", telegram, "first")).toBe(true);
  });

  it("close-out history keeps her as its author, under the name she had", async () => {
    await h.store.recordClose({
      canteenId: 1,
      date: "2026-11-20",
      values: { covers: 30 },
      currency: "EUR",
      actor: { personId: slack, name: "Alice" },
      at: h.clock.now(),
    });
    await link();
    expect(await h.db.prisma.serviceChange.findMany({ select: { personId: true, actorName: true } })).toEqual([
      { personId: telegram, actorName: "Alice" },
    ]);
  });

  it("sign-ups and answers of both accounts are kept; the same service twice keeps one place and frees the other", async () => {
    await h.say("Mona", "/postes cuisine 1 plonge 2", ACME);
    await h.say("Alice", "/cuisiner jeudi plonge", ACME);
    await h.say("Alice", "/cuisiner jeudi plonge", TG);
    await h.say("Zoé", "/cuisiner jeudi plonge", ACME); // waiting
    await h.say("Alice", "/manger mercredi", ACME);
    await link();
    const thursday = await h.store.sheet(1, [THURSDAY]);
    expect(thursday.map((s) => [s.name, s.status])).toEqual([
      ["Alice", "confirmed"],
      ["Zoé", "confirmed"],
    ]);
    expect((await h.store.sheet(1, ["2026-11-24"])).map((s) => s.personId)).toEqual([telegram]);
    expect((await h.store.answers(1, "2026-11-25")).map((a) => a.personId)).toEqual([telegram]);
  });

  it("messages queued about the Slack account (a reminder, a board link) are composed for the one person", async () => {
    await h.ledger.enqueue([
      {
        key: "test:reminder",
        canteenId: 1,
        kind: "reminder",
        subject: { date: "2026-11-24", personId: slack },
        target: { kind: "person", address: "slack:alice" },
      },
    ]);
    await link();
    const row = await h.db.prisma.delivery.findUniqueOrThrow({ where: { key: "test:reminder" } });
    expect(JSON.parse(row.subject)).toEqual({ date: "2026-11-24", personId: telegram });
  });

  it("memberships of both accounts are kept, in every canteen", async () => {
    await h.say("Sam", "/setup Cantine Sud", { chat: "slack:C0SUD" });
    await h.say("Alice", "/slots", { chat: "slack:C0SUD" });
    await link();
    expect((await h.store.canteensOf("telegram:alice")).map((c) => c.name).sort()).toEqual(["Belleville", "Cantine Sud"]);
  });
});
