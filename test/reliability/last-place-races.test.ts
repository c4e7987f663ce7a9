// Last-place races through the real core: for each of more than 1,000 (service, role) pairs,
// more people than there are places type `/cuisiner <date> <poste>` at the same instant, with at
// least 50 commands in flight at once. The commands go to two cores, each with its own database
// connection (two instances), so claims race inside one instance's batches and across instances
// in the database. Nobody may be overbooked and nobody lost: each claimant ends up confirmed or
// waitlisted exactly once, seats are 1..capacity, and replies match the sheet.
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { plainText } from "../../src/kernel/model.ts";
import { twoInstances } from "../helpers/two-instances.ts";
import { STORE_PROVIDERS } from "../helpers/databases.ts";
import { runSeed, seeded, shuffled } from "./support/random.ts";
import { sheetRows, sheetViolations } from "./support/sheet-invariants.ts";

/** The default roles of a new canteen, as people type them, and their places. */
const ROLES = [
  { key: "headcook", word: "chef", capacity: 1 },
  { key: "cook", word: "cuisine", capacity: 3 },
  { key: "dishes", word: "plonge", capacity: 2 },
] as const;

const RACES = 1_002; // 334 services × 3 roles
/** Services whose claims are fired together: 6 services make about 60 commands in flight. */
const SERVICES_PER_ROUND = 6;
const PEOPLE = 80;

interface Race {
  date: string;
  role: (typeof ROLES)[number];
  claimants: string[];
}

/** `n` opening days (Monday to Friday) from `first` on, as ISO dates. */
function openDates(first: string, n: number): string[] {
  const out: string[] = [];
  for (let d = DateTime.fromISO(first); out.length < n; d = d.plus({ days: 1 })) if (d.weekday <= 5) out.push(d.toISODate()!);
  return out;
}

describe.each(STORE_PROVIDERS)("last-place races on $name", (provider) => {
  it(`${RACES} races for the last places with 50+ claims in flight: no overbooking, no lost sign-up`, { timeout: 300_000 }, async () => {
    const seed = runSeed(7);
    const random = seeded(seed);
    // A second instance: its own connection (pool), store and core on the same database.
    const { h, sendVia, close } = await twoInstances(await provider.create(), "2026-11-23T08:00:00Z");
    try {
      expect(await h.say("Mona", "/installer Cantine des courses")).toContain("est créée");
      // 334 opening days in a row take sign-ups, public holidays too.
      await h.say("Mona", "/reglages feries aucun");
      const dates = openDates("2026-11-24", RACES / ROLES.length);
      const people = Array.from({ length: PEOPLE }, (_, i) => `Racer${i}`);
      // Distinct people on each service; each role gets 1 to 3 more claimants than places.
      const races: Race[] = dates.flatMap((date) => {
        const pool = shuffled(people, random);
        return ROLES.map((role) => ({ date, role, claimants: pool.splice(0, role.capacity + 1 + Math.floor(random() * 3)) }));
      });

      let inFlight = 0;
      let maxInFlight = 0;
      const replies = new Map<string, string>();
      for (let i = 0; i < dates.length; i += SERVICES_PER_ROUND) {
        const round = new Set(dates.slice(i, i + SERVICES_PER_ROUND));
        const claims = shuffled(
          races.filter((r) => round.has(r.date)).flatMap((r) => r.claimants.map((who) => ({ who, race: r }))),
          random,
        );
        await Promise.all(
          claims.map(async ({ who, race }) => {
            inFlight++;
            maxInFlight = Math.max(maxInFlight, inFlight);
            const out = await sendVia(random() < 0.5 ? 0 : 1, who, `/cuisiner ${race.date} ${race.role.word}`);
            inFlight--;
            replies.set(`${race.date}/${race.role.key}/${who}`, out.replies.map(plainText).join("\n"));
          }),
        );
      }

      const rows = await sheetRows(h.db);
      const members = await h.store.members((await h.store.findChat("console:group"))!.canteen.id);
      const personOf = new Map(members.map((m) => [m.name, m.personId]));
      const problems: string[] = [];
      let confirmed = 0;
      let waiting = 0;
      for (const race of races) {
        const where = `${race.date} ${race.role.key}`;
        const mine = rows.filter((r) => r.date === race.date && r.role === race.role.key);
        const places = Math.min(race.role.capacity, race.claimants.length);
        // The sheet: exactly the claimants, seats 1..places, everyone else waiting.
        const ids = race.claimants.map((who) => personOf.get(who));
        if (mine.length !== ids.length || !ids.every((id) => mine.filter((r) => r.personId === id).length === 1)) {
          problems.push(`${where}: sheet holds persons ${mine.map((r) => r.personId).join(",")} for claimants ${ids.join(",")}`);
        }
        const seats = mine
          .filter((r) => r.status === "confirmed")
          .map((r) => r.seat)
          .sort((a, b) => a! - b!);
        if (seats.join(",") !== Array.from({ length: places }, (_, k) => k + 1).join(","))
          problems.push(`${where}: seats ${seats.join(",")} for ${places} places`);
        // The replies: as many confirmations as places, each "n/capacity" once; waitlist numbers 1..k once.
        const texts = race.claimants.map((who) => replies.get(`${race.date}/${race.role.key}/${who}`) ?? "");
        const taken = texts.flatMap((t) => [...t.matchAll(/c'est noté : .* \((\d+)\/\d+\)/g)].map((m) => Number(m[1])));
        const positions = texts.flatMap((t) => [...t.matchAll(/tu es n°(\d+) sur la liste d'attente/g)].map((m) => Number(m[1])));
        if (taken.length + positions.length !== texts.length) problems.push(`${where}: unexpected replies ${JSON.stringify(texts)}`);
        if (taken.sort((a, b) => a - b).join(",") !== seats.join(",")) problems.push(`${where}: confirmations say ${taken.join(",")}`);
        const expectedPositions = Array.from({ length: race.claimants.length - places }, (_, k) => k + 1).join(",");
        if (positions.sort((a, b) => a - b).join(",") !== expectedPositions)
          problems.push(`${where}: waitlist replies say ${positions.join(",")}`);
        confirmed += taken.length;
        waiting += positions.length;
      }

      const claims = races.reduce((n, r) => n + r.claimants.length, 0);
      console.log(
        `races (${provider.name}): ${races.length} races, ${claims} claims, up to ${maxInFlight} in flight, ${confirmed} confirmed, ${waiting} waitlisted, ${problems.length} problems (seed ${seed})`,
      );
      expect({ seed, problems: problems.slice(0, 10) }).toEqual({ seed, problems: [] });
      expect(await sheetViolations(h.db)).toEqual([]);
      expect(races.filter((r) => r.claimants.length > r.role.capacity)).toHaveLength(RACES);
      expect(maxInFlight).toBeGreaterThanOrEqual(50);
      expect(confirmed + waiting).toBe(claims);
      expect(rows).toHaveLength(claims);
      expect(confirmed).toBe(races.reduce((n, r) => n + r.role.capacity, 0));
    } finally {
      await close();
    }
  });
});
