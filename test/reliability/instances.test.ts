// Three real Tablée processes on one PostgreSQL database, sharing one fake Telegram and one fake
// Slack workspace (two instances run both, the third Telegram only), through a compressed day on
// the accelerated clock: the evening alert and reminders, the announcement, answers, the poll's
// close and the kitchen summaries. Inbound traffic is spread over the instances like a load
// balancer would; every group must get each message once, every person each private message
// once, every command one reply, and every job must run once (one "job done" over all processes).
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { FakeTelegram } from "../fakes/telegram/server.ts";
import type { TgUser } from "../fakes/telegram/state.ts";
import { BOT_TOKEN, SIGNING_SECRET } from "../fakes/slack/harness.ts";
import { SlackRequester } from "../fakes/slack/signed-client.ts";
import { FakeSlackApi } from "../fakes/slack/web-api.ts";
import { POSTGRES_URL, postgresDatabase, type TestDatabase } from "../helpers/databases.ts";
import { startAppProcess, until, type AppProcess } from "./support/app-process.ts";
import { openStore, seedCanteen, type SeededDatabase } from "../helpers/seed.ts";
import { sheetViolations } from "./support/sheet-invariants.ts";

const TELEGRAM_GROUPS = 12;
const SERVICE = "2026-11-25"; // Wednesday
/**
 * Tuesday 23:30 in Paris, one virtual minute per real second: the instances start well before
 * the first job (a job first planned more than a minute after its time would be skipped).
 */
const START = "2026-11-24T22:30:00Z";
const SPEED = "60";
/** The day squeezed into the hour around midnight; the scheduler ticks every 15 virtual minutes. */
const TIMES = {
  alertTime: "23:45",
  reminderTime: "23:46",
  announceTime: "00:00",
  pollDeadline: "00:16",
  cookTime: "00:20",
  lunchTime: "00:25",
};

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

let telegram: FakeTelegram | undefined;
let slack: FakeSlackApi | undefined;
let database: TestDatabase | undefined;
let seeded: SeededDatabase | undefined;
const apps: AppProcess[] = [];

afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.stop(5_000)));
  await seeded?.close();
  await telegram?.close();
  await slack?.stop();
  await database?.drop();
});

describe("several instances on one PostgreSQL", () => {
  it.skipIf(!POSTGRES_URL)("three processes run a day: each message delivered once, each job run once", { timeout: 300_000 }, async () => {
    telegram = await FakeTelegram.start();
    slack = new FakeSlackApi(BOT_TOKEN);
    await slack.start();
    const tg = telegram;
    const sl = slack;
    const groups = Array.from({ length: TELEGRAM_GROUPS }, (_, i) => tg.state.addGroup(`Cantine ${i}`));
    const channels = [sl.addChannel("C0CANTINE", "cantine").id, sl.addChannel("C0CUISINE", "cuisine").id];
    const [mona, alice, chloe] = ["Mona", "Alice", "Chloé"].map((n) => tg.state.addUser({ first_name: n, language_code: "fr" })) as [
      TgUser,
      TgUser,
      TgUser,
    ];
    for (const u of [mona, alice, chloe]) tg.state.privateChat(u);
    const sam = sl.addUser({ id: "U0SAM", name: "Sam", locale: "fr-FR" });

    database = await postgresDatabase();
    seeded = await openStore(database.url);
    const canteen = await seedCanteen(
      seeded.store,
      "Cantine de Belleville",
      [
        ...groups.map((g) => ({ address: `telegram:${g.id}`, title: g.title! })),
        ...channels.map((c) => ({ address: `slack:${c}`, title: c })),
      ],
      { address: `telegram:${mona.id}`, name: "Mona" },
    );
    await seeded.store.updateCanteen(canteen.id, TIMES);
    // The crew signed up earlier in the week, on both platforms.
    const crew = [
      { who: { address: `telegram:${alice.id}`, name: "Alice", platform: "telegram" as const }, role: "cook", capacity: 3 },
      { who: { address: `telegram:${chloe.id}`, name: "Chloé", platform: "telegram" as const }, role: "headcook", capacity: 1 },
      { who: { address: `slack:${sam.id}`, name: "Sam", platform: "slack" as const }, role: "dishes", capacity: 2 },
    ];
    for (const c of crew) {
      const m = await seeded.store.ensureMember(canteen.id, c.who);
      await seeded.store.claimSeat({ canteenId: canteen.id, date: SERVICE, role: c.role, personId: m.personId, capacity: c.capacity });
    }
    await seeded.store.setMenu(canteen.id, SERVICE, { text: "Dahl de lentilles, riz", diets: ["vegetarian"], allergens: [] });

    const ports = await Promise.all([freePort(), freePort(), freePort()]);
    const hooks = ports.map((p) => `http://127.0.0.1:${p}/telegram/hook`);
    const common = {
      DATABASE_URL: database.url,
      TABLEE_CLOCK_START: START,
      TABLEE_CLOCK_SPEED: SPEED,
      TELEGRAM_BOT_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
      TELEGRAM_WEBHOOK_SECRET: "shared-secret",
    };
    const withSlack = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: sl.apiUrl };
    apps.push(
      ...(await Promise.all([
        startAppProcess("one", { ...common, ...withSlack, PORT: String(ports[0]), TELEGRAM_WEBHOOK_URL: hooks[0]! }),
        startAppProcess("two", { ...common, ...withSlack, PORT: String(ports[1]), TELEGRAM_WEBHOOK_URL: hooks[1]! }),
        startAppProcess("three", { ...common, PORT: String(ports[2]), TELEGRAM_WEBHOOK_URL: hooks[2]! }),
      ])),
    );
    const slackAt = ports
      .slice(0, 2)
      .map((p) => new SlackRequester({ url: `http://127.0.0.1:${p}/slack/events`, signingSecret: SIGNING_SECRET, api: sl }));

    // The load balancer: each inbound Telegram update goes to the next instance.
    let turn = 0;
    const viaTelegram = async (chat: number, user: TgUser, text: string) => {
      tg.webhook = { ...tg.webhook!, url: hooks[turn++ % hooks.length]! };
      await tg.handled(tg.userSays(chat, user, text));
    };
    const viaSlack = async (channel: string, text: string) => {
      const [command, ...rest] = text.split(" ");
      const before = sl.messages(channel).length;
      const res = await slackAt[turn++ % slackAt.length]!.send(slackAt[0]!.slashCommand(channel, sam, command!, rest.join(" ")));
      expect(res.status).toBe(200);
      await until(() => sl.messages(channel).length > before, `a reply to ${text} in ${channel}`, 30_000, 20);
    };

    const db = seeded.db;
    const jobDone = (kind: string) =>
      db.prisma.job.count({ where: { canteenId: canteen.id, date: SERVICE, kind, status: "done" } }).then((n) => n === 1);
    await until(() => jobDone("announce"), "the announcement job", 120_000, 200);
    await until(
      () => groups.every((g) => tg.messages(g.id).some((m) => m.includes("menu du"))),
      "the announcement in every Telegram group",
      60_000,
      50,
    );

    // While the poll is open, spread over the instances: a late sign-up and answers.
    await viaTelegram(groups[0]!.id, mona, "/cuisiner aujourd'hui");
    await viaTelegram(groups[2]!.id, mona, "/manger");
    await viaTelegram(groups[3]!.id, alice, "/manger +1");
    await viaSlack(channels[1]!, "/eat");
    await until(() => jobDone("close"), "the poll to close", 120_000, 200);
    await until(
      // Sends and edits: the poll's close edits every announcement a few (virtual) seconds later.
      async () =>
        (await db.prisma.delivery.count({
          where: { OR: [{ status: { in: ["pending", "claimed", "sending"] } }, { editAfter: { not: null } }] },
        })) === 0,
      "every delivery and edit to be done",
      60_000,
      200,
    );
    await Promise.all(apps.map((a) => a.stop()));

    // Each group: one call for help, one announcement. Each person: one of each private message.
    // By the words of each message's first line (the fake Slack drops emoji joiners, as Slack's text does).
    const titled = (texts: string[], words: string) => texts.filter((t) => t.split("\n")[0]!.includes(words)).length;
    const everywhere = [...groups.map((g) => tg.messages(g.id)), ...channels.map((c) => sl.messages(c))];
    expect(everywhere.map((m) => titled(m, "Renfort demandé pour"))).toEqual(everywhere.map(() => 1));
    expect(everywhere.map((m) => titled(m, "Cantine de Belleville — menu du"))).toEqual(everywhere.map(() => 1));
    const dms = { mona: tg.messages(mona.id), alice: tg.messages(alice.id), chloe: tg.messages(chloe.id), sam: sl.messages("D0SAM") };
    expect(Object.values(dms).map((m) => titled(m, "Brief cuisine —"))).toEqual([1, 1, 1, 1]);
    expect(Object.values(dms).map((m) => titled(m, "Rappel :"))).toEqual([0, 1, 1, 1]);
    expect(Object.values(dms).map((m) => titled(m, "il manque encore"))).toEqual([1, 0, 0, 0]);
    // One reply per command, wherever it was handled.
    expect(tg.messages(groups[0]!.id).filter((m) => m.includes("c'est noté"))).toHaveLength(1);
    expect(tg.messages(groups[2]!.id).filter((m) => m.includes("Mona mange"))).toHaveLength(1);
    expect(tg.messages(groups[3]!.id).filter((m) => m.includes("Alice mange"))).toHaveLength(1);
    expect(sl.messages(channels[1]!).filter((m) => m.includes("Sam mange"))).toHaveLength(1);
    // The live announcement was edited everywhere to the final count and the closed poll.
    for (const texts of everywhere) {
      const announcement = texts.find((t) => t.includes("Cantine de Belleville — menu du"))!;
      expect(announcement).toContain("🙋 4 couverts");
      expect(announcement).toMatch(/Cuisine : (Alice, Mona|Mona, Alice)/);
      expect(announcement).toContain("Sondage clos");
    }

    // Each job ran once over the three processes; the sheet is sound.
    const done = apps.flatMap((a) =>
      a.logs.filter((l) => l.msg === "job done" && l.date === SERVICE).map((l) => `${String(l.kind)}@${a.name}`),
    );
    // The kitchen's records' jobs (opening checks at cooking time, with no equipment here) are
    // looked at apart below: whether the checks are due yet depends on when the day starts.
    const kitchen = (kind: string) => kind.startsWith("hygiene-");
    const kinds = done.map((d) => d.split("@")[0]!);
    expect(kinds.filter((k) => !kitchen(k)).sort()).toEqual(["alert", "announce", "close", "remind"]);
    expect(new Set(kinds.filter(kitchen)).size).toBe(kinds.filter(kitchen).length);
    const jobs = await db.prisma.job.findMany({ where: { canteenId: canteen.id, date: SERVICE } });
    // The after-lunch jobs (welcome survey 14:00, close-out reminder 14:30) are planned once and
    // not yet due when the processes stop, after the poll's close; the kitchen's, once each.
    expect(
      jobs
        .filter((j) => !kitchen(j.kind))
        .map((j) => `${j.kind}:${j.status}`)
        .sort(),
    ).toEqual(["alert:done", "announce:done", "close:done", "closeout:pending", "remind:done", "survey:pending"]);
    expect(
      jobs
        .filter((j) => kitchen(j.kind))
        .map((j) => j.kind)
        .sort(),
    ).toEqual(["hygiene-checks", "hygiene-cleaning", "hygiene-missing"]);
    const statuses = await db.prisma.delivery.groupBy({ by: ["status"], _count: true });
    console.log(`instances: jobs run by ${done.join(", ")}; deliveries ${statuses.map((s) => `${s.status} ${s._count}`).join(", ")}`);
    expect(statuses.filter((s) => !["sent", "skipped"].includes(s.status))).toEqual([]);
    expect(await sheetViolations(db)).toEqual([]);
  });
});
