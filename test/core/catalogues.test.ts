// Each feature's help text sits in its own catalogue (issue 23 §1): every command's
// `commands.<key>` (and each subcommand's) is in the catalogue of the feature that declares the
// command, in French and English; no feature carries another's; the kernel's carries none.
import { describe, expect, it } from "vitest";
import { FEATURES } from "../../src/app.ts";
import type { Catalogue } from "../../src/kernel/feature.ts";
import { en } from "../../src/kernel/i18n/en.ts";
import { fr } from "../../src/kernel/i18n/fr.ts";
import { LOCALES } from "../../src/kernel/i18n/index.ts";
import type { AppFeature } from "../../src/shells.ts";

const features: readonly AppFeature[] = FEATURES;

/** A feature's `commands` group in one language (empty when it has none). */
function helpOf(f: AppFeature, locale: "fr" | "en"): Record<string, Record<string, unknown>> {
  const cat: Catalogue | undefined = f.messages?.[locale];
  return (cat?.commands ?? {}) as Record<string, Record<string, unknown>>;
}

describe("each feature's command help", () => {
  for (const f of features)
    for (const spec of f.commands ?? [])
      it(`${f.name}: /${spec.names.en[0]} has its help in ${f.name}'s own catalogue, in French and English`, () => {
        for (const l of LOCALES) {
          const help = helpOf(f, l)[spec.key];
          expect(help, `${l} commands.${spec.key}`).toBeDefined();
          expect(typeof help!.description, `${l} commands.${spec.key}.description`).toBe("string");
          // A command with subcommands shows theirs; one without shows its own usage line.
          if (!spec.subcommands) expect(typeof help!.usage, `${l} commands.${spec.key}.usage`).toBe("string");
          const subs = (help!.subcommands ?? {}) as Record<string, Record<string, unknown>>;
          // Hidden subcommands (reached by buttons) are in no help, so they need no text.
          for (const sub of (spec.subcommands ?? []).filter((s) => !s.hidden))
            expect(typeof subs[sub.key]?.description, `${l} commands.${spec.key}.subcommands.${sub.key}.description`).toBe("string");
        }
      });

  it("is carried by no other feature", () => {
    const strays = features.flatMap((f) => {
      const own = new Set((f.commands ?? []).map((c) => c.key));
      return LOCALES.flatMap((l) =>
        Object.keys(helpOf(f, l))
          .filter((k) => !own.has(k))
          .map((k) => `${f.name} ${l} commands.${k}`),
      );
    });
    expect(strays).toEqual([]);
  });
});

describe("the kernel's catalogue", () => {
  it("has no commands' help: each is its feature's", () => {
    expect(Object.keys(fr)).not.toContain("commands");
    expect(Object.keys(en)).not.toContain("commands");
  });
});
