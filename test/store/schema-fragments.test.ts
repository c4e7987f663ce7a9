// Guard: the data model is split into fragments — the kernel's (prisma/schema/kernel.prisma) and
// one per feature (src/features/<name>/schema.prisma). Each table is declared in exactly one of
// them, a feature's fragment holds only tables its own folder's code uses, and the committed
// schemas of both providers are what scripts/prisma/generate.mjs makes from the fragments today.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { assembleSchema, KERNEL_FRAGMENT, PROVIDERS, schemaFragments, type SchemaFragment } from "../../scripts/prisma/fragments.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const FRAGMENTS = schemaFragments(ROOT);

/** The models a fragment declares, in order. */
const modelsOf = (text: string): string[] => [...text.matchAll(/^model\s+(\w+)\s*\{/gm)].map((m) => m[1]!);

/** Models declared by more than one fragment, with the fragments that declare them. */
function declaredTwice(fragments: SchemaFragment[]): Record<string, string[]> {
  const where = new Map<string, string[]>();
  for (const f of fragments) for (const m of modelsOf(f.text)) where.set(m, [...(where.get(m) ?? []), f.path]);
  return Object.fromEntries([...where].filter(([, paths]) => paths.length > 1));
}

/** The TypeScript sources under a folder, concatenated. */
function sourcesUnder(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((path) => (statSync(path).isDirectory() ? sourcesUnder(path) : path.endsWith(".ts") ? readFileSync(path, "utf8") : ""))
    .join("\n");
}

/** Whether code reaches a model: through its Prisma delegate (`tx.lunchSeat.findMany(`) or by its table name in raw SQL. */
function uses(code: string, model: string): boolean {
  const delegate = model[0]!.toLowerCase() + model.slice(1);
  return new RegExp(`\\.${delegate}\\.\\w+\\(`).test(code) || code.includes(`"${model}"`);
}

/** A feature fragment's models that its own folder's code never uses (they belong elsewhere). */
function strangers(fragment: SchemaFragment, code: string): string[] {
  return modelsOf(fragment.text).filter((m) => !uses(code, m));
}

const featureFragments = FRAGMENTS.filter((f) => f.path !== KERNEL_FRAGMENT);
const folderOf = (f: SchemaFragment): string => join(ROOT, f.path, "..");

describe("schema fragments", () => {
  it("start with the kernel's, then the features' by folder name", () => {
    expect(FRAGMENTS[0]!.path).toBe(KERNEL_FRAGMENT);
    const names = featureFragments.map((f) => f.path.split("/")[2]!);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(["board", "lunch", "network", "sheet", "survey"]));
  });

  it("declare every model in exactly one fragment, and no fragment is empty", () => {
    expect(declaredTwice(FRAGMENTS)).toEqual({});
    expect(FRAGMENTS.filter((f) => modelsOf(f.text).length === 0).map((f) => f.path)).toEqual([]);
  });

  it("the kernel holds the tables every feature shares: canteens, people, chats, services, jobs, the delivery ledger", () => {
    expect(modelsOf(FRAGMENTS[0]!.text)).toEqual(
      expect.arrayContaining(["Canteen", "Person", "Identity", "Membership", "Group", "Invite", "Service", "Job", "Delivery"]),
    );
  });

  it("a feature's fragment holds only tables its own folder's code uses", () => {
    const found = Object.fromEntries(featureFragments.map((f) => [f.path, strangers(f, sourcesUnder(folderOf(f)))]));
    expect(found).toEqual(Object.fromEntries(featureFragments.map((f) => [f.path, []])));
  });

  it("the committed schemas of both providers are what generate.mjs makes from the fragments", () => {
    for (const name of Object.keys(PROVIDERS) as (keyof typeof PROVIDERS)[]) {
      const committed = readFileSync(join(ROOT, "prisma", name, "schema.prisma"), "utf8");
      expect(committed, `prisma/${name}/schema.prisma is stale: run npm run prisma:schemas`).toBe(assembleSchema(name, FRAGMENTS));
    }
  });

  it("fail for a model declared twice, and for a table a feature's folder never touches", () => {
    const twice = [...FRAGMENTS, { path: "src/features/kitchen/schema.prisma", text: "model SignUp {\n  id Int @id\n}\n" }];
    expect(declaredTwice(twice)).toEqual({ SignUp: ["src/features/sheet/schema.prisma", "src/features/kitchen/schema.prisma"] });
    const lunch = featureFragments.find((f) => f.path === "src/features/lunch/schema.prisma")!;
    const grown = { ...lunch, text: `${lunch.text}\nmodel KitchenRegister {\n  id Int @id\n}\n` };
    expect(strangers(grown, sourcesUnder(folderOf(lunch)))).toEqual(["KitchenRegister"]);
  });
});
