// Properties of the network's figures (fast-check): a network is the sum of its canteens, small
// answer counts never show a percentage, and open services are never counted as zero.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MIN_SURVEY_ANSWERS,
  computeFigures,
  sumFigures,
  sumTotals,
  type CanteenRecords,
  type ServiceRecord,
  type SurveyCounts,
} from "../../src/features/impact/figures.ts";
import { networkFigures, renderNetworkReport } from "../../src/features/network/report.ts";
import type { Network } from "../../src/features/network/ports.ts";
import type { Store } from "../../src/kernel/ports.ts";
import { plainText } from "../../src/kernel/model.ts";
import { translator } from "../../src/kernel/i18n/index.ts";

const small = fc.integer({ min: 0, max: 3 });
const survey: fc.Arbitrary<SurveyCounts> = fc.record(
  {
    welcome: fc.record({ yes: small, "rather-yes": small, "rather-no": small, no: small }),
    confidence: fc.record({ yes: small, "rather-yes": small, "rather-no": small, no: small }),
    first: fc.record({ yes: small, no: small }),
  },
  { requiredKeys: [] },
);
const cents = fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: null });

const service = (date: string): fc.Arbitrary<ServiceRecord> =>
  fc
    .record({
      closed: fc.boolean(),
      covers: fc.integer({ min: 0, max: 400 }),
      takings: cents,
      spent: cents,
      forecast: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
      survey,
    })
    .map((s) => ({
      date,
      closed: s.closed,
      covers: s.closed ? s.covers : null,
      takings: s.closed ? s.takings : null,
      spent: s.closed ? s.spent : null,
      forecast: s.forecast,
      pollCovers: null,
      survey: s.survey,
    }));

const canteen = (id: number): fc.Arbitrary<CanteenRecords> =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: 28 }), { maxLength: 12 })
    .chain((days) => fc.tuple(...days.map((d) => service(`2026-11-${String(d).padStart(2, "0")}`))))
    .chain((services) =>
      fc
        .record({
          volunteers: fc.integer({ min: 0, max: 30 }),
          newcomers: fc.integer({ min: 0, max: 50 }),
          cost: fc.option(fc.tuple(fc.integer({ min: 1, max: 800 }), fc.integer({ min: 1, max: 1500 })), { nil: null }),
        })
        .map((x) => ({
          canteenId: id,
          canteenName: `Cantine ${id}`,
          currency: "EUR",
          ingredientCost: x.cost?.[0] ?? null,
          runningCost: x.cost?.[1] ?? null,
          services,
          volunteers: x.volunteers,
          newVolunteers: Math.floor(x.volunteers / 2),
          newcomers: x.newcomers,
          lunch: null,
        })),
    );

const network = fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => canteen(i + 1))));

const value = (f: { known: boolean; value?: number }) => (f.known ? f.value : "unknown");

describe("a network is the sum of its canteens", () => {
  it("counts, meals, money and answers add up, and survey shares come from the summed answers", () => {
    fc.assert(
      fc.property(network, (records) => {
        const parts = records.map(computeFigures);
        const total = sumFigures(parts);
        const sum = (get: (f: (typeof parts)[number]) => number) => parts.reduce((n, p) => n + get(p), 0);
        expect(total.services.held).toBe(sum((p) => p.services.held));
        expect(total.services.closed).toBe(sum((p) => p.services.closed));
        expect(total.services.open).toBe(sum((p) => p.services.open));
        expect(total.totals.covers).toBe(sum((p) => p.totals.covers));
        expect(total.totals.takings).toBe(sum((p) => p.totals.takings));
        for (const q of ["welcome", "confidence", "first"] as const) expect(total.answers[q]).toBe(sum((p) => p.answers[q]));
        const meals = total.figures["meals-served"];
        expect(meals.known).toBe(parts.some((p) => p.services.closed > 0));
        if (meals.known) expect(meals.value).toBe(sum((p) => (p.figures["meals-served"].known ? p.figures["meals-served"].value : 0)));
        const n = total.answers.welcome;
        const positive = sum((p) => (p.totals.survey.welcome["yes"] ?? 0) + (p.totals.survey.welcome["rather-yes"] ?? 0));
        expect(value(total.figures.welcome)).toBe(n >= MIN_SURVEY_ANSWERS ? positive / n : "unknown");
      }),
    );
  });

  it("does not depend on the canteens' order or grouping", () => {
    fc.assert(
      fc.property(network, fc.nat(), (records, cut) => {
        const parts = records.map(computeFigures);
        const reversed = sumFigures([...parts].reverse());
        // Two non-empty groups (an empty sum has no currency of its own).
        const k = parts.length < 2 ? 0 : 1 + (cut % (parts.length - 1));
        const groups = k === 0 ? [parts] : [parts.slice(0, k), parts.slice(k)];
        const grouped = sumTotals(groups.map((g) => sumTotals(g.map((p) => p.totals))));
        const straight = sumFigures(parts);
        expect(reversed.figures).toEqual(straight.figures);
        expect({ ...grouped, openDates: [...grouped.openDates].sort() }).toEqual({
          ...straight.totals,
          openDates: [...straight.totals.openDates].sort(),
        });
      }),
    );
  });
});

describe("small counts stay hidden", () => {
  it("a share under 5 answers is unknown, and the network report shows no percentage for it", () => {
    fc.assert(
      fc.asyncProperty(network, async (records) => {
        const store = { networkRecords: async (ids: number[]) => ids.map((id) => records[id - 1]!) } as unknown as Store;
        const net: Network = {
          id: 1,
          name: "Réseau",
          canteens: records.map((r) => ({ canteenId: r.canteenId, name: r.canteenName, joinedAt: new Date(0) })),
        };
        const nf = await networkFigures(store, net, { from: "2026-11-01", to: "2026-11-30" }, "2026-11-30");
        const text = plainText(
          renderNetworkReport({ t: translator("fr"), locale: "fr", now: new Date("2026-11-30T12:00:00Z") }, nf, "titre"),
        );
        for (const f of [nf.total, ...nf.canteens.map((c) => c.figures)]) {
          for (const q of ["welcome", "confidence"] as const) {
            if (f.answers[q] < MIN_SURVEY_ANSWERS) expect(f.figures[q]).toMatchObject({ known: false, why: "too-few-answers" });
          }
        }
        for (const c of nf.canteens) {
          const line = text.split("\n").find((l) => l.startsWith(`• ${c.name} :`));
          if (nf.total.services.held === 0) continue;
          expect(line).toBeDefined();
          const shown = (line!.match(/%/g) ?? []).length;
          const allowed = (["welcome", "confidence"] as const).filter((q) => c.figures.answers[q] >= MIN_SURVEY_ANSWERS).length;
          expect(shown).toBe(allowed);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("open services are never counted as zero", () => {
  it("an open service adds to the services held and open, and changes no meal, money or average", () => {
    fc.assert(
      fc.property(canteen(1), fc.integer({ min: 29, max: 30 }), (records, day) => {
        const before = computeFigures(records);
        const open: ServiceRecord = {
          date: `2026-11-${day}`,
          closed: false,
          covers: null,
          takings: null,
          spent: null,
          forecast: null,
          pollCovers: null,
          survey: {},
        };
        const after = computeFigures({ ...records, services: [...records.services, open] });
        expect(after.services.held).toBe(before.services.held + 1);
        expect(after.services.open).toBe(before.services.open + 1);
        for (const id of [
          "meals-served",
          "meals-per-service",
          "takings",
          "average-contribution",
          "costs-covered",
          "ingredients-covered",
          "forecast-error",
        ] as const) {
          expect(after.figures[id]).toEqual(before.figures[id]);
        }
      }),
    );
  });

  it("a network whose services are all open knows no meals, rather than zero", () => {
    fc.assert(
      fc.property(network, (records) => {
        const allOpen = records.map((r) => ({ ...r, services: r.services.map((s) => ({ ...s, closed: false, covers: null })) }));
        const total = sumFigures(allOpen.map(computeFigures));
        expect(total.figures["meals-served"]).toMatchObject({ known: false, why: "no-closed-service" });
        expect(total.figures["meals-per-service"].known).toBe(false);
        expect(total.services.open).toBe(total.services.held);
      }),
    );
  });
});
