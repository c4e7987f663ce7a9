// 10,000 fuzzed `/cloturer` and `/impact` arguments (and their aliases, the network report and
// the survey/period words) through `core.handle` on a real SQLite store, one at a time: no crash
// (nothing logged at error level, never the internal-error answer), a clear reply to each, and
// nothing changed by a rejected one — the close-out records and their history change only when
// the reply says "saved", and /impact never changes anything.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainText, type IncomingEvent } from "../../src/kernel/model.ts";
import { translator } from "../../src/kernel/i18n/index.ts";
import { sqliteDatabase } from "../helpers/databases.ts";
import { createHarness } from "../helpers/harness.ts";
import { HOSTILE } from "./support/fuzz-inputs.ts";
import { judge } from "./support/fuzz-run.ts";
import { runSeed } from "./support/random.ts";

const RUNS = 10_000;
const SAVED = [translator("fr")("closeout.saved"), translator("en")("closeout.saved")];

const COMMANDS = [
  "/cloturer",
  "/clôturer",
  "/close",
  "/CLOSE",
  "/impact",
  "/bilan",
  "/figures",
  "/chiffres",
  "/impact reseau",
  "/impact network",
  "/bilan réseau",
];
const WORDS = [
  "couverts",
  "covers",
  "recette",
  "takings",
  "courses",
  "spent",
  "couvert",
  "cover",
  "recettes",
  "depenses",
  "42",
  "0",
  "-5",
  "abc",
  "1e9",
  "12,5,0",
  "312,50",
  "312.50",
  "312,50 €",
  "€312.50",
  "€",
  "1 000",
  "1000000",
  "1000001",
  "400",
  "401",
  "999999999999",
  "NaN",
  "Infinity",
  "-0",
  "0x10",
  "+3",
  "3.",
  ",5",
  "1,234.56",
  "1.234,56",
  "12€50",
  "€-3",
  "💶",
  "٣",
  "१२",
  "mardi",
  "lundi",
  "hier",
  "yesterday",
  "aujourd'hui",
  "today",
  "demain",
  "2026-11-16",
  "2026-11-23",
  "2026-12-01",
  "2026-02-30",
  "16/11",
  "31/02",
  "mois",
  "month",
  "mois dernier",
  "last month",
  "annee",
  "année",
  "year",
  "2026",
  "2026-11",
  "2026-13",
  "1999",
  "2101",
  "novembre",
  "november",
  "décembre 2025",
  "tout",
  "all",
  "definitions",
  "reseau",
  "network",
  "réseau",
  "semaine",
  "week",
  "hier soir",
];
const word = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 10 }) },
  { weight: 1, arbitrary: fc.double().map(String) },
);
const line = fc
  .tuple(fc.constantFrom(...COMMANDS), fc.array(fc.tuple(fc.constantFrom(" ", "  ", "\t", "\u00A0"), word), { maxLength: 7 }))
  .map(([c, ws]) => c + ws.map(([s, w]) => s + w).join(""));
/** Close-outs as people type them, each value sometimes wrong: a wrong one must spoil the whole command. */
const value = (good: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: fc.constantFrom("-5", "abc", "1e9", "12,5,0", "9999", "€", "") });
const plausible = fc
  .tuple(
    fc.constantFrom("/cloturer", "/close"),
    fc.constantFrom("", " 2026-11-16", " 2026-11-17", " 2026-11-20", " hier", " yesterday", " lundi", " 2026-12-01"),
    fc.subarray([
      value(fc.integer({ min: 0, max: 400 }).map(String)).map((v) => ` couverts ${v}`),
      value(fc.integer({ min: 0, max: 99_999 }).map((c) => `${Math.floor(c / 100)},${String(c % 100).padStart(2, "0")}`)).map(
        (v) => ` recette ${v}`,
      ),
      value(fc.constantFrom("85", "85.20", "€12.50", "120,00 €")).map((v) => ` courses ${v}`),
    ]),
  )
  .chain(([c, d, parts]) => (parts.length === 0 ? fc.constant(c + d) : fc.tuple(...parts).map((ps) => c + d + ps.join(""))));
const input = fc.oneof({ weight: 3, arbitrary: line }, { weight: 2, arbitrary: plausible });
const who = fc.constantFrom("Mona", "Mona", "Mona", "Alice", "Bob", "Chef");

describe("fuzzing /cloturer and /impact", () => {
  it(`${RUNS} random arguments: no crash, a clear reply each, nothing changed by a rejected one`, { timeout: 600_000 }, async () => {
    const seed = runSeed(20261201);
    const database = await sqliteDatabase();
    const h = await createHarness("2026-11-23T15:00:00Z", { database });
    try {
      await h.say("Mona", "/installer Cantine A");
      await h.say("Chef", "/cuisiner 2026-11-23 chef");
      await h.say("Alice", "/cuisiner 2026-11-23");
      await h.say("Bob", "/setup Canteen B", { chat: "slack:C0B" });
      await h.say("Mona", "/reseau creer Réseau A");
      await h.say("Mona", "/cloturer 2026-11-16 couverts 40 recette 300");
      const state = async () =>
        JSON.stringify(
          await Promise.all([
            h.db.prisma.service.findMany({
              select: { canteenId: true, date: true, covers: true, takings: true, spent: true },
              orderBy: { id: "asc" },
            }),
            h.db.prisma.serviceChange.count(),
            h.db.prisma.networkCanteen.count(),
          ]),
        );
      let saved = 0;
      let rejected = 0;
      await fc.assert(
        fc.asyncProperty(input, who, fc.boolean(), async (text, author, inB) => {
          const before = await state();
          const chat = inB ? "slack:C0B" : "console:group";
          const platform = chat.split(":")[0] as IncomingEvent["platform"];
          const event: IncomingEvent = {
            platform,
            chat: { address: chat, title: "Fuzz", private: false },
            author: { address: `${platform}:${author.toLowerCase()}`, name: author },
            text,
            addressed: true,
          };
          const out = await h.core.handle(event);
          const wrong = judge(
            { text, author, chat: inB ? "linked-b" : "linked-a", addressed: true, action: false, platformAdmin: false },
            out,
          );
          if (wrong) throw new Error(`${wrong}\n  input: ${JSON.stringify(text)}`);
          const errors = h.log.lines.filter((l) => l.level === "error");
          if (errors.length > 0) throw new Error(`logged an error for ${JSON.stringify(text)}: ${errors[0]!.msg}`);
          const reply = out.replies.map(plainText).join("\n");
          const changed = (await state()) !== before;
          const says = SAVED.some((s) => reply.includes(s));
          if (changed && !says) throw new Error(`state changed without "saved": ${JSON.stringify(text)} → ${reply.slice(0, 200)}`);
          if (says) saved++;
          else rejected++;
        }),
        { numRuns: RUNS, seed, endOnFailure: true },
      );
      console.log(
        `fuzz (close-out and impact): seed ${seed}, ${RUNS} inputs, ${saved} saved, ${rejected} other replies (reports, refusals, errors)`,
      );
      expect(saved + rejected).toBe(RUNS);
      // The fuzzer reached both sides: many inputs saved values, more were reports or refusals.
      expect(saved).toBeGreaterThan(RUNS / 20);
      expect(rejected).toBeGreaterThan(saved);
    } finally {
      await h.close();
      await database.drop();
    }
  });
});
