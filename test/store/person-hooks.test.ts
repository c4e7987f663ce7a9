// Guard: every model of the schema that refers to a person has person hooks — merged by /lier,
// forgotten by /oublier moi, exported by /mesdonnees — declared exactly once, by whoever owns the
// model: the kernel (src/store/person-hooks.ts) for the kernel's fragment, a feature (its
// `person`) for the tables of its own fragment. So no feature's table is lost or left pointing
// at a deleted person again.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { KERNEL_FRAGMENT, schemaFragments, type SchemaFragment } from "../../scripts/prisma/fragments.mjs";
import { FEATURES } from "../../src/app.ts";
import type { AppFeature } from "../../src/shells.ts";
import { KERNEL_PERSON_TABLES, personTables } from "../../src/store/person-hooks.ts";

const FRAGMENTS = schemaFragments(fileURLToPath(new URL("../..", import.meta.url)));

/** Who declares person hooks, with the fragment whose models they may name. */
interface HookOwner {
  fragment: string;
  models: readonly string[];
}

const features: readonly AppFeature[] = FEATURES;

/** The kernel and every feature of src/app.ts, each with the models its hooks name. */
const OWNERS: HookOwner[] = [
  { fragment: KERNEL_FRAGMENT, models: KERNEL_PERSON_TABLES.map((t) => t.model) },
  ...features.map((f) => ({ fragment: `src/features/${f.name}/schema.prisma`, models: (f.person ?? []).map((t) => t.model) })),
];

/** Scalar fields that hold a person's id without a relation (the survey marker, close-out history, codes' makers). */
const PERSON_ID_FIELD = /^(personId|createdBy|\w+PersonId)$/;

/** The models of a Prisma schema, with their fields' names and types. */
function models(schema: string): Map<string, { name: string; type: string }[]> {
  const out = new Map<string, { name: string; type: string }[]>();
  for (const m of schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const fields = m[2]!
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "" && !l.startsWith("//") && !l.startsWith("@@"))
      .map((l) => {
        const [name = "", type = ""] = l.split(/\s+/);
        return { name, type: type.replace(/[?[\]]/g, "") };
      });
    out.set(m[1]!, fields);
  }
  return out;
}

/** Models that refer to a person: a relation to Person, or a scalar person id. */
function personModels(schema: string): string[] {
  return [...models(schema)]
    .filter(([name]) => name !== "Person")
    .filter(([, fields]) => fields.some((f) => f.type === "Person" || (f.type === "Int" && PERSON_ID_FIELD.test(f.name))))
    .map(([name]) => name)
    .sort();
}

/** Models referring to a person that no owner's hooks name. */
function unhandled(fragments: SchemaFragment[], owners: HookOwner[]): string[] {
  const named = new Set(owners.flatMap((o) => o.models));
  return personModels(fragments.map((f) => f.text).join("\n")).filter((m) => !named.has(m));
}

/** Models whose hooks are declared more than once, with the fragments of who declares them. */
function hookedTwice(owners: HookOwner[]): Record<string, string[]> {
  const by = new Map<string, string[]>();
  for (const o of owners) for (const m of o.models) by.set(m, [...(by.get(m) ?? []), o.fragment]);
  return Object.fromEntries([...by].filter(([, who]) => who.length > 1));
}

/** Per owner, the models its hooks name that its own fragment does not declare (another's tables, or none). */
function strangers(fragments: SchemaFragment[], owners: HookOwner[]): Record<string, string[]> {
  const own = (path: string) => models(fragments.find((f) => f.path === path)?.text ?? "");
  return Object.fromEntries(
    owners.map((o) => [o.fragment, o.models.filter((m) => !own(o.fragment).has(m))] as const).filter(([, list]) => list.length > 0),
  );
}

describe("person hooks", () => {
  it("every model that refers to a person has hooks, in the kernel or in a feature", () => {
    expect(unhandled(FRAGMENTS, OWNERS)).toEqual([]);
  });

  it("no model's hooks are declared twice, and each owner names only models of its own fragment", () => {
    expect(hookedTwice(OWNERS)).toEqual({});
    expect(strangers(FRAGMENTS, OWNERS)).toEqual({});
  });

  it("every table merges, forgets and exports (none is covered by another's export today)", () => {
    const tables = personTables(FEATURES);
    expect(tables.length).toBe(OWNERS.flatMap((o) => o.models).length);
    for (const t of tables)
      expect([t.model, typeof t.merge, typeof t.forget, typeof t.export]).toEqual([t.model, "function", "function", "function"]);
  });

  it("runs the features' tables in the features' order, the sign-up sheet's first, then the kernel's, the delivery ledger last", () => {
    const order = personTables(FEATURES).map((t) => t.model);
    expect(order[0]).toBe("SignUp");
    expect(order.at(-1)).toBe("Delivery");
    expect(order.slice(-KERNEL_PERSON_TABLES.length)).toEqual(KERNEL_PERSON_TABLES.map((t) => t.model));
    expect(order.slice(0, -KERNEL_PERSON_TABLES.length)).toEqual(OWNERS.slice(1).flatMap((o) => o.models));
  });

  it("finds person ids kept without a relation too (survey markers, close-out history, codes' makers)", () => {
    const schema = FRAGMENTS.map((f) => f.text).join("\n");
    expect(personModels(schema)).toEqual(expect.arrayContaining(["SurveyMark", "ServiceChange", "Invite", "NetworkInvite", "LunchAvoid"]));
  });

  it("fails for a new table that refers to a person and that no hook handles", () => {
    const lunch = FRAGMENTS.find((f) => f.path === "src/features/lunch/schema.prisma")!;
    const grown = {
      ...lunch,
      text: `${lunch.text}\nmodel KitchenRegister {\n  id Int @id\n  personId Int\n}\nmodel Guest {\n  id Int @id\n  host Person @relation(fields: [hostId], references: [id])\n  hostId Int\n}\n`,
    };
    expect(unhandled([...FRAGMENTS.filter((f) => f !== lunch), grown], OWNERS)).toEqual(["Guest", "KitchenRegister"]);
  });

  it("fails for hooks declared twice, and for hooks naming another's table", () => {
    const lunch = OWNERS.find((o) => o.fragment === "src/features/lunch/schema.prisma")!;
    const greedy = { ...lunch, models: [...lunch.models, "SignUp", "Identity"] };
    const owners = [...OWNERS.filter((o) => o !== lunch), greedy];
    expect(hookedTwice(owners)).toEqual({
      SignUp: ["src/features/sheet/schema.prisma", "src/features/lunch/schema.prisma"],
      Identity: [KERNEL_FRAGMENT, "src/features/lunch/schema.prisma"],
    });
    expect(strangers(FRAGMENTS, owners)).toEqual({ "src/features/lunch/schema.prisma": ["SignUp", "Identity"] });
    const kernel = { ...OWNERS[0]!, models: [...OWNERS[0]!.models, "LunchSeat"] };
    expect(strangers(FRAGMENTS, [kernel])).toEqual({ [KERNEL_FRAGMENT]: ["LunchSeat"] });
    // A feature without a fragment of its own has no tables to hook.
    expect(strangers(FRAGMENTS, [{ fragment: "src/features/help/schema.prisma", models: ["Delivery"] }])).toEqual({
      "src/features/help/schema.prisma": ["Delivery"],
    });
  });
});
