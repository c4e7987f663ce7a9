// The monthly digest: on the first opening day of a month, at announcement time, each canteen's
// managers get last month's figures privately and the network's managers the network's — once,
// even with two instances ticking together; nothing for an empty month.
import { afterEach, describe, expect, it } from "vitest";
import { Ledger } from "../../src/delivery/ledger.ts";
import { Scheduler } from "../../src/schedule/scheduler.ts";
import { isFirstOpenDayOfMonth, previousMonth } from "../../src/features/network/digest.ts";
import type { Canteen } from "../../src/kernel/ports.ts";
import { createWorld, nextEvent, type World } from "../rhythm/world.ts";

const EST = { chat: "console:est" };
const OUEST = { chat: "console:ouest" };

let w: World | undefined;
afterEach(() => w?.close());

/** Runs two instances (scheduler + ledger each) side by side until `iso`. */
async function twoInstancesUntil(world: World, iso: string): Promise<void> {
  const second = new Ledger(world.db, world.store, world.clock, world.log, (d) => world.core.compose(d.canteenId, d.kind, d.subject));
  for (const p of Object.values(world.platforms)) second.attach(p);
  const other = new Scheduler(world.db, world.store, () => world.core.rhythm, world.clock, world.log);
  const end = Date.parse(iso);
  while (world.clock.now().getTime() < end) {
    const now = world.clock.now().getTime();
    world.clock.set(new Date(Math.min(end, now + 3_600_000, Math.max(now + 1, await nextEvent(world, now)))));
    await Promise.all([world.scheduler.tick(), other.tick()]);
    await Promise.all([world.ledger.drain(), second.drain()]);
  }
  await second.stop();
  await other.stop();
}

const dmsOf = (world: World, user: string) => world.platforms.console.dms.filter((m) => m.chat.endsWith(user.toLowerCase()));

describe("when the digest is due", () => {
  const canteen = (openDays: number[]) => ({ timezone: "Europe/Paris", openDays }) as Pick<Canteen, "timezone" | "openDays">;

  it("is the first opening day of the month", () => {
    expect(isFirstOpenDayOfMonth(canteen([1, 2, 3, 4, 5]), "2026-12-01")).toBe(true);
    expect(isFirstOpenDayOfMonth(canteen([1, 2, 3, 4, 5]), "2026-12-02")).toBe(false);
    expect(isFirstOpenDayOfMonth(canteen([3, 4]), "2026-12-01")).toBe(false);
    expect(isFirstOpenDayOfMonth(canteen([3, 4]), "2026-12-02")).toBe(true);
    expect(isFirstOpenDayOfMonth(canteen([1]), "2027-03-01")).toBe(true);
  });

  it("covers the calendar month before, across a year's end", () => {
    expect(previousMonth("2027-01-04")).toEqual({ period: { from: "2026-12-01", to: "2026-12-31" }, month: "2026-12" });
    expect(previousMonth("2026-03-02").period).toEqual({ from: "2026-02-01", to: "2026-02-28" });
  });
});

describe("the monthly digest", () => {
  it("goes once to each canteen's managers and once to the network's, at announcement time, with two instances", async () => {
    w = await createWorld("2026-11-30T20:00:00Z");
    await w.say("Alice", "/setup Cantine Est", EST);
    await w.say("Bruno", "/setup Cantine Ouest", OUEST);
    await w.say("Zoé", "/slots", OUEST);
    await w.say("Alice", "/reseau creer Les Petites Cantines", EST);
    const code = /rejoindre ([A-Z0-9]{8})/.exec(await w.say("Alice", "/reseau inviter", EST))![1];
    await w.say("Bruno", `/reseau rejoindre ${code}`, OUEST);
    await w.say("Alice", "/cloturer 2026-11-16 couverts 40 recette 300", EST);
    await w.say("Alice", "/cloturer 2026-11-17 couverts 35", EST);
    // Thursday 19 November was polled but never closed.
    await w.store.keepForecast(1, "2026-11-19", 3, null);

    await twoInstancesUntil(w, "2026-12-01T08:59:00Z");
    expect(dmsOf(w, "Alice").filter((m) => m.text.includes("novembre 2026"))).toHaveLength(0);
    await twoInstancesUntil(w, "2026-12-01T09:30:00Z");

    const alice = dmsOf(w, "Alice");
    const own = alice.filter((m) => m.text.includes("📊 Cantine Est — le mois de novembre 2026"));
    const network = alice.filter((m) => m.text.includes("🕸️ Réseau « Les Petites Cantines » — le mois de novembre 2026"));
    expect(own).toHaveLength(1);
    expect(network).toHaveLength(1);
    expect(own[0]!.text).toContain("Repas servis : 75");
    expect(own[0]!.text).toContain("Services à clôturer : jeu. 19/11 (/cloturer <jour> couverts N).");
    expect(network[0]!.text).toContain("• Cantine Est : 75 repas · 2/3 services clôturés");
    // A canteen with nothing closed reads as one plain sentence.
    expect(network[0]!.text).toContain("• Cantine Ouest : aucun service tenu ni clôturé sur la période");
    // Open services are named with a date, and the network's managers are not asked to close them.
    expect(network[0]!.text).toContain("Pas encore clôturés (chaque cantine clôture les siens) : Cantine Est jeu. 19/11.");
    expect(network[0]!.text).not.toMatch(/2026-11-19|\/cloturer/);
    // Ouest held no service in November: its managers get nothing; volunteers never get a digest.
    expect(dmsOf(w, "Bruno").filter((m) => m.text.includes("novembre 2026"))).toHaveLength(0);
    expect(dmsOf(w, "Zoé")).toHaveLength(0);
    const jobs = await w.db.prisma.job.findMany({ where: { kind: "digest" } });
    expect(jobs.filter((j) => j.date === "2026-12-01" && j.status === "done")).toHaveLength(2);
    expect(jobs.find((j) => j.date === "2026-12-01" && j.note?.includes("empty month: no canteen digest"))).toBeDefined();
  });

  it("sends nothing for a month without any service", async () => {
    w = await createWorld("2026-11-30T20:00:00Z");
    await w.say("Alice", "/setup Cantine Est", EST);
    await w.runUntil("2026-12-01T09:30:00Z", 60);
    expect(dmsOf(w, "Alice").filter((m) => m.text.includes("novembre 2026"))).toHaveLength(0);
    const job = await w.db.prisma.job.findFirst({ where: { kind: "digest", date: "2026-12-01" } });
    expect(job?.status).toBe("done");
    expect(job?.note).toContain("empty month");
  });

  it("is planned only on the first opening day of a month", async () => {
    w = await createWorld("2026-11-30T20:00:00Z");
    await w.say("Alice", "/setup Cantine Est", EST);
    const c = (await w.store.allCanteens())[0]!;
    expect(w.core.rhythm.jobsFor(c, "2026-12-01", new Map()).map((j) => j.kind)).toContain("digest");
    expect(w.core.rhythm.jobsFor(c, "2026-12-02", new Map()).map((j) => j.kind)).not.toContain("digest");
    const due = w.core.rhythm.jobsFor(c, "2026-12-01", new Map()).find((j) => j.kind === "digest")!;
    expect(due.runAt.toISOString()).toBe("2026-12-01T09:00:00.000Z");
  });
});
