// `npm run lint` step: every message key the code names exists in both catalogues, and both
// catalogues have the same keys. Literal keys (`t("errors.unknownDay")`) must exist (or exist as
// plurals, `_one`/`_other`); a template key (`t(\`survey.answers.${a}\`)`) must name an existing
// group before its first `${`. Exits 1 listing what is missing.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { FEATURES } from "../../src/app.ts";
import { catalogueKeys, useCatalogues } from "../../src/kernel/i18n/index.ts";

const root = join(import.meta.dirname, "..", "..");
// The kernel's catalogues with every feature's, as the running core has them.
useCatalogues(FEATURES);
const keys = { fr: new Set(catalogueKeys("fr")), en: new Set(catalogueKeys("en")) };
const problems: string[] = [];

for (const [a, b] of [
  ["fr", "en"],
  ["en", "fr"],
] as const)
  for (const k of keys[a]) if (!keys[b].has(k)) problems.push(`"${k}" is in the ${a} catalogue but not in ${b}`);

/** Whether a key (or its plural forms) is in a catalogue. */
const has = (set: Set<string>, key: string) => set.has(key) || set.has(`${key}_one`) || set.has(`${key}_other`);
/** Whether some key starts with this group ("survey.answers."). */
const hasGroup = (set: Set<string>, prefix: string) => [...set].some((k) => k.startsWith(prefix));

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === "generated" || name === "node_modules") continue;
    if (statSync(p).isDirectory()) yield* files(p);
    else if (p.endsWith(".ts")) yield p;
  }
}

// A call of a translator: t(…), ctx.t(…), v.t(…), me.t(…), translator(l)(…), tr(…).
const LITERAL = /\b(?:t|tr|translate)\(\s*"([a-zA-Z][\w-]*(?:\.[\w-]+)+)"/g;
const TEMPLATE = /\b(?:t|tr|translate)\(\s*`([a-zA-Z][\w.-]*\.)\$\{/g;
for (const dir of ["src", "adapters"])
  for (const file of files(join(root, dir))) {
    if (/(^|[/.])(fr|en)\.ts$/.test(file)) continue; // a catalogue itself
    const text = readFileSync(file, "utf8");
    const where = relative(root, file);
    for (const m of text.matchAll(LITERAL))
      for (const l of ["fr", "en"] as const) if (!has(keys[l], m[1]!)) problems.push(`${where}: "${m[1]}" is not in the ${l} catalogue`);
    for (const m of text.matchAll(TEMPLATE))
      for (const l of ["fr", "en"] as const)
        if (!hasGroup(keys[l], m[1]!)) problems.push(`${where}: no key of "${m[1]}…" in the ${l} catalogue`);
  }

if (problems.length > 0) {
  console.error(`message keys: ${problems.length} problem(s)\n${[...new Set(problems)].join("\n")}`);
  process.exit(1);
}
console.log(`message keys: ${keys.fr.size} keys in each catalogue, every key the code names is there`);
