// Replacement races through the real core: for each of several requests, 20 people press
// "Je prends la place" at the same instant, each press delivered twice (a platform redelivery),
// split across two cores with their own database connections (two instances). Exactly one
// takes the seat, the requester is released once and told once, nobody is overbooked, and every
// other press is told the place is taken. Where someone joined the waitlist after the call went
// out, the place is theirs whoever presses first: nobody skips the waitlist.
import { describe, expect, it } from "vitest";
import type { IncomingEvent } from "../../src/kernel/model.ts";
import { STORE_PROVIDERS } from "../helpers/databases.ts";
import { twoInstances } from "../helpers/two-instances.ts";
import { RecordingAdapter } from "../helpers/recording-adapter.ts";
import { sheetViolations } from "./support/sheet-invariants.ts";

const PRESSERS = 20;
const REQUESTS = ["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-30", "2026-12-01"];

describe.each(STORE_PROVIDERS)("replacement races on $name", (provider) => {
  it(
    `${PRESSERS} people press at once, every press redelivered: one taker, one release, no overbooking`,
    { timeout: 120_000 },
    async () => {
      const { h, other, close } = await twoInstances(await provider.create(), "2026-11-23T08:00:00Z");
      const dms = new RecordingAdapter("console");
      h.ledger.attach(dms);
      try {
        await h.say("Mona", "/installer Cantine des courses");
        const canteenId = (await h.store.findChat("console:group"))!.canteen.id;
        let n = 0;
        for (const [i, date] of REQUESTS.entries()) {
          // The cook role is full (3/3); on every other date someone waits: a taker must not skip them, nor overbook.
          const waiting = i % 2 === 0;
          for (const who of ["Asker", "Cook2", "Cook3"]) await h.say(`${who}-${date}`, `/cuisiner ${date}`);
          await h.say(`Asker-${date}`, `/remplacer ${date}`);
          if (waiting) await h.say(`Waiting-${date}`, `/cuisiner ${date}`);
          const request = (await h.store.openReplacements(canteenId, date))[0]!;
          const presses = Array.from({ length: PRESSERS }, (_, i) => {
            const who = `Taker${i}-${date}`;
            const event = (deliveryId: string): IncomingEvent => ({
              platform: "console",
              deliveryId,
              chat: { address: "console:group", private: false },
              author: { address: `console:${who.toLowerCase()}`, name: who },
              text: `/take ${request.id}`,
              action: true,
            });
            const id = `console:press:${++n}`;
            // The same press arrives twice, on both instances, at the same time.
            return [h.core.handle(event(id)), other.handle(event(id))];
          });
          const outcomes = await Promise.all(presses.flat());
          const toasts = outcomes.map((o) => o.toast).filter((t): t is string => t !== undefined);
          expect(toasts).toHaveLength(PRESSERS); // each press answered once, its redelivery ignored
          const won = (t: string) => (waiting ? t.startsWith(`🙏 Merci ! Waiting-${date} attendait`) : t === "Place prise : merci !");
          expect(toasts.filter(won)).toHaveLength(1);
          expect(toasts.filter((t) => t.startsWith("Trop tard :"))).toHaveLength(PRESSERS - 1);

          const sheet = await h.store.sheet(canteenId, [date]);
          const cooks = sheet.filter((s) => s.role === "cook" && s.status === "confirmed");
          expect(cooks).toHaveLength(3);
          expect(cooks.map((s) => s.name)).not.toContain(`Asker-${date}`);
          expect(cooks.filter((s) => s.name.startsWith("Taker"))).toHaveLength(waiting ? 0 : 1);
          if (waiting) expect(cooks.map((s) => s.name)).toContain(`Waiting-${date}`);
          expect(sheet.filter((s) => s.status === "waitlist")).toEqual([]);
          const done = (await h.store.replacement(canteenId, request.id))!;
          expect(done.status).toBe("taken");
          expect(cooks.map((s) => s.name)).toContain(done.taker!.name);
        }
        await h.ledger.drain();
        for (const [i, date] of REQUESTS.entries()) {
          expect(dms.dms.filter((m) => m.chat === `console:asker-${date}`)).toHaveLength(1);
          if (i % 2 === 0) expect(dms.dms.filter((m) => m.chat === `console:waiting-${date}`)).toHaveLength(1);
        }
        expect(await sheetViolations(h.db)).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});
