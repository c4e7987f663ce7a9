// Properties of the figures layer, over generated canteens: open services are never counted as
// zero, small survey counts are hidden, and a network's figures are the sum of its canteens'.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  computeFigures,
  MIN_SURVEY_ANSWERS,
  sumFigures,
  type CanteenRecords,
  type ServiceRecord,
  type SurveyCounts,
} from "../../src/features/impact/figures.ts";

const four = fc.record({ yes: fc.nat(4), "rather-yes": fc.nat(4), "rather-no": fc.nat(4), no: fc.nat(4) });
const survey: fc.Arbitrary<SurveyCounts> = fc.record(
  { welcome: four, confidence: four, first: fc.record({ yes: fc.nat(3), no: fc.nat(3) }) },
  { requiredKeys: [] },
);
const money = fc.option(fc.integer({ min: 0, max: 500_000 }), { nil: null });

const service = (date: string): fc.Arbitrary<ServiceRecord> =>
  fc
    .record({
      closed: fc.boolean(),
      covers: fc.integer({ min: 0, max: 200 }),
      takings: money,
      spent: money,
      forecast: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
      pollCovers: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
      survey,
    })
    .map((s) => ({ ...s, date, covers: s.closed ? s.covers : null }));

const canteen = (id: number, currency: fc.Arbitrary<string> = fc.constant("EUR")): fc.Arbitrary<CanteenRecords> =>
  fc
    .record({
      currency,
      ingredientCost: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
      runningCost: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null }),
      services: fc
        .uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 12 })
        .chain((days) => fc.tuple(...days.map((d) => service(`2026-11-${String(d).padStart(2, "0")}`)))),
      volunteers: fc.nat(20),
      newcomers: fc.nat(20),
    })
    .map((r) => ({
      ...r,
      canteenId: id,
      canteenName: `C${id}`,
      newVolunteers: Math.floor(r.volunteers / 2),
      lunch: null,
      services: [...r.services],
    }));

const value = (f: { known: boolean } & ({ value: number } | object)) => ("value" in f ? f.value : undefined);

describe("figures of one canteen", () => {
  it("count only closed services: meals are the sum of their covers, open ones are counted apart, never as zero", () => {
    fc.assert(
      fc.property(canteen(1), (r) => {
        const f = computeFigures(r);
        const closed = r.services.filter((s) => s.closed);
        expect(f.services).toMatchObject({ held: r.services.length, closed: closed.length, open: r.services.length - closed.length });
        expect(f.services.openDates.sort()).toEqual(
          r.services
            .filter((s) => !s.closed)
            .map((s) => s.date)
            .sort(),
        );
        if (closed.length === 0) {
          for (const id of [
            "meals-served",
            "meals-per-service",
            "takings",
            "average-contribution",
            "costs-covered",
            "ingredients-covered",
          ] as const) {
            expect(f.figures[id].known, id).toBe(false);
          }
        } else {
          expect(value(f.figures["meals-served"])).toBe(closed.reduce((n, s) => n + s.covers!, 0));
        }
      }),
    );
  });

  it("an open service added to a canteen changes no figure but the held and open counts", () => {
    fc.assert(
      fc.property(
        canteen(1),
        service("2026-11-31").filter((s) => !s.closed),
        (r, open) => {
          const before = computeFigures(r);
          const after = computeFigures({ ...r, services: [...r.services, { ...open, survey: {} }] });
          expect(after.services.open).toBe(before.services.open + 1);
          expect(after.services.held).toBe(before.services.held + 1);
          const shown = (f: typeof before) =>
            Object.fromEntries(
              Object.entries(f.figures)
                .filter(([id]) => id !== "services-held")
                .map(([id, x]) => [id, x.known ? x.value : x.why]),
            );
          expect(shown(after)).toEqual(shown(before));
        },
      ),
    );
  });

  it("shows a survey percentage only from 5 answers, and then it is yes + rather yes over all answers", () => {
    fc.assert(
      fc.property(canteen(1), (r) => {
        const f = computeFigures(r);
        for (const q of ["welcome", "confidence"] as const) {
          const counts = r.services.map((s) => s.survey[q] ?? {});
          const n = counts.reduce((a, c) => a + Object.values(c).reduce((x: number, y) => x + (y ?? 0), 0), 0);
          const positive = counts.reduce((a, c) => a + (c.yes ?? 0) + (c["rather-yes"] ?? 0), 0);
          expect(f.answers[q]).toBe(n);
          if (n < MIN_SURVEY_ANSWERS) expect(f.figures[q]).toEqual({ known: false, why: "too-few-answers", basis: n });
          else expect(f.figures[q]).toEqual({ known: true, value: positive / n, basis: n });
        }
      }),
    );
  });

  it("computes money only from services where it was recorded", () => {
    fc.assert(
      fc.property(canteen(1), (r) => {
        const f = computeFigures(r);
        const withTakings = r.services.filter((s) => s.closed && s.takings !== null);
        if (withTakings.length === 0) expect(f.figures.takings.known).toBe(false);
        else {
          expect(value(f.figures.takings)).toBe(withTakings.reduce((n, s) => n + s.takings!, 0));
          const covers = withTakings.reduce((n, s) => n + s.covers!, 0);
          if (covers > 0)
            expect(value(f.figures["average-contribution"])).toBeCloseTo(withTakings.reduce((n, s) => n + s.takings!, 0) / covers);
        }
        if (r.ingredientCost === null || r.runningCost === null) expect(f.figures["costs-covered"].known).toBe(false);
      }),
    );
  });
});

describe("figures of a network", () => {
  const network = fc
    .array(canteen(0), { minLength: 1, maxLength: 6 })
    .map((cs) => cs.map((c, i) => ({ ...c, canteenId: i + 1, canteenName: `C${i + 1}` })));

  it("are the sum of its canteens: services, meals, takings, volunteers and survey answers add up", () => {
    fc.assert(
      fc.property(network, (cs) => {
        const parts = cs.map(computeFigures);
        const sum = sumFigures(
          parts,
          cs.map((c) => c.canteenName),
        );
        const add = (get: (f: (typeof parts)[number]) => number) => parts.reduce((n, p) => n + get(p), 0);
        expect(sum.services.held).toBe(add((p) => p.services.held));
        expect(sum.services.open).toBe(add((p) => p.services.open));
        expect(sum.services.openDates).toHaveLength(sum.services.open);
        expect(value(sum.figures.volunteers)).toBe(add((p) => value(p.figures.volunteers)!));
        expect(value(sum.figures.newcomers)).toBe(add((p) => value(p.figures.newcomers)!));
        const meals = parts.filter((p) => p.figures["meals-served"].known);
        if (meals.length === 0) expect(sum.figures["meals-served"].known).toBe(false);
        else expect(value(sum.figures["meals-served"])).toBe(meals.reduce((n, p) => n + value(p.figures["meals-served"])!, 0));
        const takings = parts.filter((p) => p.figures.takings.known);
        if (takings.length > 0) expect(value(sum.figures.takings)).toBe(takings.reduce((n, p) => n + value(p.figures.takings)!, 0));
        for (const q of ["welcome", "confidence", "first"] as const) expect(sum.answers[q]).toBe(add((p) => p.answers[q]));
      }),
    );
  });

  it("recomputes survey percentages from the summed counts, never by averaging canteens' percentages", () => {
    fc.assert(
      fc.property(network, (cs) => {
        const sum = sumFigures(cs.map(computeFigures));
        const all = computeFigures({
          ...cs[0]!,
          services: cs.flatMap((c, i) => c.services.map((s) => ({ ...s, date: `${s.date}#${i}` }))),
        });
        expect(sum.figures.welcome).toEqual(all.figures.welcome);
        expect(sum.figures.confidence).toEqual(all.figures.confidence);
      }),
    );
  });

  it("hides a percentage while the network has fewer than 5 answers, even summed", () => {
    fc.assert(
      fc.property(network, (cs) => {
        const sum = sumFigures(cs.map(computeFigures));
        if (sum.answers.welcome < MIN_SURVEY_ANSWERS) expect(sum.figures.welcome.known).toBe(false);
        else expect(sum.figures.welcome.known).toBe(true);
      }),
    );
  });

  it("does not depend on the order of its canteens", () => {
    fc.assert(
      fc.property(network, (cs) => {
        const a = sumFigures(cs.map(computeFigures));
        const b = sumFigures([...cs].reverse().map(computeFigures));
        expect(b.figures).toEqual(a.figures);
      }),
    );
  });

  it("leaves money unknown when its canteens keep different currencies", () => {
    fc.assert(
      fc.property(canteen(1, fc.constant("EUR")), canteen(2, fc.constant("CHF")), (a, b) => {
        const sum = sumFigures([computeFigures(a), computeFigures(b)]);
        expect(sum.figures.takings).toMatchObject({ known: false, why: "mixed-currencies" });
        expect(sum.figures["meals-served"].known).toBe(a.services.some((s) => s.closed) || b.services.some((s) => s.closed));
      }),
    );
  });
});
