// Downtime and crashes: a job missed while the bot was down runs once on restart if still
// useful, and is skipped (and logged) otherwise; a job whose instance died mid-run is taken over.
import { afterEach, describe, expect, it } from "vitest";
import { Scheduler } from "../../src/schedule/scheduler.ts";
import { createWorld, type World } from "./world.ts";

let w: World | undefined;
afterEach(() => w?.close());

describe("restarting after downtime", () => {
  it("an announcement missed at 10:00 goes out once at 10:40 on restart; a poll closing missed past its deadline is skipped and logged", async () => {
    w = await createWorld("2026-11-23T07:00:00Z"); // Monday 08:00 in Paris
    await w.say("Mona", "/setup Belleville");
    await w.say("Alice", "/cook today");
    await w.runUntil("2026-11-23T08:30:00Z");
    const jobs = (await w.db.prisma.job.findMany({ where: { date: "2026-11-23" }, select: { kind: true } })).map((j) => j.kind).sort();
    // announce, close, remind, alert, the close-out reminder and welcome survey after lunch, and
    // the kitchen's records: opening checks, missing readings at the meal, the cleaning check.
    expect(jobs).toEqual(
      ["alert", "announce", "close", "closeout", "remind", "survey", "hygiene-checks", "hygiene-missing", "hygiene-cleaning"].sort(),
    );

    // The process is down from 09:30 to 10:40 (Paris). A new process starts.
    w.clock.set("2026-11-23T09:40:00Z");
    const restarted = new Scheduler(w.db, w.store, () => w!.core.rhythm, w.clock, w.log);
    await restarted.tick();
    await restarted.tick();
    await w.ledger.drain();
    const announced = w.platforms.console.in("console:group").filter((m) => m.text.includes("— menu du lundi 23 novembre"));
    expect(announced.map((m) => new Date(m.at).toISOString())).toEqual(["2026-11-23T09:40:00.000Z"]);

    // Down again from 10:40 to 13:50: the 11:00 poll closing is useless after 13:30.
    w.clock.set("2026-11-23T12:50:00Z");
    await restarted.tick();
    await w.ledger.drain();
    const close = await w.db.prisma.job.findFirstOrThrow({ where: { date: "2026-11-23", kind: "close" } });
    expect(close).toMatchObject({ status: "skipped", note: "missed: past its deadline" });
    expect(w.platforms.console.dms.filter((m) => m.text.includes("Brief cuisine"))).toHaveLength(0);
    expect(w.log.lines.some((l) => l.level === "warn" && l.msg === "missed job skipped: no longer useful")).toBe(true);
  });

  it("a job whose instance crashed mid-run is taken over once its lease expires, and runs once", async () => {
    w = await createWorld("2026-11-23T07:00:00Z");
    await w.say("Mona", "/setup Belleville");
    await w.scheduler.plan(w.clock.now());
    // Another instance claimed the 10:00 announcement at 10:00 and died.
    await w.db.prisma.job.updateMany({
      where: { date: "2026-11-23", kind: "announce" },
      data: { status: "running", lockedBy: "dead-instance", lockedUntil: new Date("2026-11-23T09:02:00Z") },
    });
    await w.runUntil("2026-11-23T09:01:00Z", 1);
    expect(w.platforms.console.in("console:group")).toHaveLength(0);
    await w.runUntil("2026-11-23T09:05:00Z", 1);
    // Taken over the moment its lease (until 10:02) ran out.
    expect(w.platforms.console.in("console:group").map((m) => new Date(m.at).toISOString())).toEqual(["2026-11-23T09:02:00.001Z"]);
    expect(await w.db.prisma.job.findFirstOrThrow({ where: { date: "2026-11-23", kind: "announce" } })).toMatchObject({ status: "done" });
  });

  it("changing the announcement time moves the planned job; closing a day cancels its jobs", async () => {
    w = await createWorld("2026-11-23T07:00:00Z");
    await w.say("Mona", "/setup Belleville");
    await w.scheduler.plan(w.clock.now());
    await w.say("Mona", "/reglages annonce 9h15");
    await w.say("Mona", "/reglages jours lun mer jeu ven");
    await w.runUntil("2026-11-24T12:00:00Z");
    const posted = w.platforms.console
      .in("console:group")
      .filter((m) => m.text.includes("— menu du"))
      .map((m) => new Date(m.at).toISOString());
    expect(posted).toEqual(["2026-11-23T08:15:00.000Z"]);
    expect(await w.db.prisma.job.findFirstOrThrow({ where: { date: "2026-11-24", kind: "announce" } })).toMatchObject({
      status: "skipped",
    });
  });
});
