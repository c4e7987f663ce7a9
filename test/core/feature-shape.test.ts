// Guard: a capability is one folder. Outside src/features/<name>/, only src/app.ts (the feature list)
// imports a feature's files; features reach each other through index.ts; the kernel imports none.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { FEATURES } from "../../src/app.ts";

const root = resolve(import.meta.dirname, "..", "..");

/** Every hand-written TypeScript file under `dir` (generated clients left out). */
function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const p = join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(join(root, p)).isDirectory()) return sources(p);
    return p.endsWith(".ts") ? [p] : [];
  });
}

const SPEC = /(?:\bfrom\s*|\bimport\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g;

/** The files `file` imports, relative to the root. */
function importsOf(file: string): string[] {
  return [...readFileSync(join(root, file), "utf8").matchAll(SPEC)].map((m) => relative(root, resolve(root, dirname(file), m[1]!)));
}

const FILES = [...sources("src"), ...sources("adapters")];

/** The files outside a feature's folder that import from it. */
function importersOf(feature: string): string[] {
  const dir = `src/features/${feature}/`;
  return FILES.filter((f) => !f.startsWith(dir) && importsOf(f).some((t) => t.startsWith(dir))).sort();
}

describe("one feature, one folder", () => {
  it("every folder of src/features is a feature of the list, named as its folder", () => {
    const folders = readdirSync(join(root, "src", "features")).filter((n) => statSync(join(root, "src", "features", n)).isDirectory());
    expect(FEATURES.map((f) => f.name).sort()).toEqual(folders.sort());
  });

  it("replace, closeout, survey, calendar, lunch and network are imported by src/app.ts alone", () => {
    for (const f of ["replace", "closeout", "survey", "calendar", "lunch", "network"])
      expect({ feature: f, importers: importersOf(f) }).toEqual({ feature: f, importers: ["src/app.ts"] });
  });

  it("a feature reaches another feature through its index.ts only", () => {
    const inside = FILES.filter((f) => f.startsWith("src/features/"));
    const reaches = inside.flatMap((f) => {
      const own = f.split("/")[2];
      return importsOf(f)
        .filter((t) => t.startsWith("src/features/") && t.split("/")[2] !== own && !/^src\/features\/[\w-]+\/index\.ts$/.test(t))
        .map((t) => `${f} → ${t}`);
    });
    expect(reaches).toEqual([]);
  });

  it("the kernel imports no feature, and lint refuses it", async () => {
    const kernel = FILES.filter((f) => f.startsWith("src/kernel/"));
    expect(
      kernel.flatMap((f) =>
        importsOf(f)
          .filter((t) => t.startsWith("src/features/"))
          .map((t) => `${f} → ${t}`),
      ),
    ).toEqual([]);
    const [result] = await new ESLint().lintText('import { lunch } from "../features/lunch/index.ts";\nexport const x = lunch;\n', {
      filePath: "src/kernel/example.ts",
    });
    expect(result!.messages.map((m) => m.ruleId)).toContain("no-restricted-imports");
  });
});
