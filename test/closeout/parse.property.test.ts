// The close-out and period readers over arbitrary input: every input is either read or refused
// with a translated reply (a UserError), never a crash; amounts round-trip to cents exactly.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarOf, UserError, type CanteenContext } from "../../src/kernel/context.ts";
import { parseCloseArgs } from "../../src/features/closeout/parse.ts";
import { MAX_AMOUNT_CENTS, parseAmount } from "../../src/kernel/amounts.ts";
import { parsePeriod } from "../../src/features/impact/period.ts";
import type { Canteen } from "../../src/kernel/ports.ts";
import { DEFAULT_ROLES } from "../../src/kernel/roles.ts";
import { translator } from "../../src/kernel/i18n/index.ts";

const canteen: Canteen = {
  id: 1,
  name: "Belleville",
  timezone: "Europe/Paris",
  locale: "fr",
  openDays: [1, 2, 3, 4, 5],
  cookTime: "09:30",
  lunchTime: "12:30",
  announceTime: "10:00",
  pollDeadline: "11:00",
  reminderTime: "18:00",
  alertTime: "16:00",
  covers: 40,
  currency: "EUR",
  ingredientCost: null,
  runningCost: null,
  closeOutTime: "14:30",
  surveyTime: "14:00",
  texts: { announce: null, reminder: null, help: null },
  roles: [...DEFAULT_ROLES],
};
const ctx = {
  canteen,
  calendar: calendarOf(canteen),
  t: translator("fr"),
  locale: "fr",
  now: new Date("2026-11-24T14:00:00Z"),
} as unknown as CanteenContext;

const words = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "couverts",
        "recette",
        "courses",
        "covers",
        "takings",
        "spent",
        "€",
        "eur",
        "mardi",
        "hier",
        "2026-11-24",
        "-5",
        "abc",
        "1e9",
        "12,5,0",
        "312,50",
        "€312.50",
        "__proto__",
        "constructor",
      ),
      fc.string({ maxLength: 8 }),
      fc.integer().map(String),
    ),
    { maxLength: 8 },
  )
  .map((ws) => ws.join(" "));

describe("reading /cloturer arguments", () => {
  it("reads or refuses with a clear reply, never crashes, and keeps every value in range", () => {
    fc.assert(
      fc.property(words, (args) => {
        try {
          const { values } = parseCloseArgs(ctx, args);
          if (values.covers !== undefined) expect(values.covers).toBeLessThanOrEqual(400);
          for (const v of [values.takings, values.spent])
            if (v !== undefined) expect(Number.isInteger(v) && v >= 0 && v <= MAX_AMOUNT_CENTS).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(UserError);
          expect(ctx.t((e as UserError).key, (e as UserError).params)).not.toBe((e as UserError).key);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("turns any amount written with a comma, a dot or a euro sign into the same cents", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 99 }), (units, cents) => {
        const c = String(cents).padStart(2, "0");
        const expected = units * 100 + cents;
        for (const s of [`${units},${c}`, `${units}.${c}`, `${units},${c}€`, `€${units}.${c}`]) expect(parseAmount(s), s).toBe(expected);
      }),
    );
  });
});

describe("reading /impact periods", () => {
  it("returns a period whose start is not after its end, or nothing", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 20 }),
          fc.constantFrom("mois", "mois dernier", "annee", "tout", "novembre", "2026-11", "2026-13", "1999", "décembre 2025"),
        ),
        (text) => {
          const p = parsePeriod(text, "2026-11-24");
          if (p) expect(p.from <= p.to).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
    expect(parsePeriod("novembre", "2026-02-10")).toMatchObject({ from: "2025-11-01", to: "2025-11-30" });
    expect(parsePeriod("last month", "2026-01-15")).toMatchObject({ from: "2025-12-01", to: "2025-12-31" });
  });
});
