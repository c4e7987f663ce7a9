// Calendar feed cost (not part of `npm run bench`; run `npx tsx scripts/bench/calendar-feed.ts`):
// a canteen with a year of services (menus, 5 cooks each) and a volunteer on every other one;
// how long reading and rendering each feed takes (p50/p99 over repeated requests) and its size.
import { DateTime } from "luxon";
import { readFeed } from "../../src/features/calendar/feed.ts";
import { issueCalendarLinks } from "../../src/features/calendar/links.ts";
import { renderIcs } from "../../src/features/calendar/web/ics.ts";
import { quantile } from "./util.ts";
import { openWorld } from "./world.ts";

const READS = 200;
const start = new Date("2026-12-01T08:00:00Z");
const world = await openWorld(start);
try {
  const said = await world.core.handle({
    platform: "console",
    chat: { address: "console:g", private: false },
    author: { address: "console:mona", name: "Mona" },
    text: "/setup Cantine des Pentes",
  });
  if (said.replies.length === 0) throw new Error("setup failed");
  const canteen = (await world.store.canteensOf("console:mona"))[0]!;
  const people = [];
  for (let i = 0; i < 6; i++)
    people.push(await world.store.ensureMember(canteen.id, { address: `console:p${i}`, name: `P${i}`, platform: "console" }));
  let services = 0;
  for (
    let d = DateTime.fromJSDate(start).minus({ days: 364 });
    d <= DateTime.fromJSDate(start).plus({ days: 56 });
    d = d.plus({ days: 1 })
  ) {
    if (!canteen.openDays.includes(d.weekday)) continue;
    const date = d.toISODate()!;
    services++;
    await world.store.setMenu(canteen.id, date, { text: `Menu du ${date}: soupe, plat, dessert`, diets: [], allergens: [] });
    for (const [i, p] of people.entries()) {
      if (i === 0 && services % 2 === 1) continue; // the volunteer comes every other service
      await world.store.claimSeat({ canteenId: canteen.id, date, role: i < 1 ? "dishes" : "cook", personId: p.personId, capacity: 6 });
    }
    if (services % 10 === 0)
      await world.store.releaseSeat({ canteenId: canteen.id, date, personId: people[0]!.personId, capacity: () => 6 });
  }
  const links = await issueCalendarLinks(world.store, {
    personId: people[0]!.personId,
    canteenId: canteen.id,
    baseUrl: "https://b.test",
    reset: false,
  });
  const token = (url: string) =>
    url
      .split("/")
      .at(-1)!
      .replace(/\.ics$/, "");
  const out: Record<string, unknown> = { services };
  for (const [name, url] of [
    ["shifts", links.shifts],
    ["canteen", links.canteen],
  ] as const) {
    const times: number[] = [];
    const renders: number[] = [];
    let bytes = 0;
    let events = 0;
    for (let i = 0; i < READS; i++) {
      const t = performance.now();
      const feed = (await readFeed({ store: world.store, clock: world.clock, offered: (p) => world.core.deps.offered(p) }, token(url)))!;
      const t2 = performance.now();
      const ics = await renderIcs(feed);
      times.push(performance.now() - t);
      renders.push(performance.now() - t2);
      bytes = Buffer.byteLength(ics);
      events = feed.events.length;
    }
    out[name] = {
      events,
      kB: Math.round(bytes / 1024),
      p50_ms: +quantile(times, 0.5).toFixed(1),
      p99_ms: +quantile(times, 0.99).toFixed(1),
      render_p50_ms: +quantile(renders, 0.5).toFixed(1),
    };
  }
  console.log(JSON.stringify(out));
} finally {
  await world.close();
}
