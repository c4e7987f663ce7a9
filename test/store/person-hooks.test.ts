// Guard: every model of the schema that refers to a person is handled by the person hooks that
// /lier (merge) and /oublier moi (forget) share, so no feature's table is lost or left pointing
// at a deleted person again.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { schemaFragments } from "../../scripts/prisma/fragments.mjs";
import { PERSON_HOOKS, PERSON_MODELS } from "../../src/store/person-hooks.ts";

/** The whole data model: the kernel's fragment and every feature's. */
const SCHEMA = schemaFragments(fileURLToPath(new URL("../..", import.meta.url)))
  .map((f) => f.text)
  .join("\n");

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

const unhandled = (schema: string): string[] => personModels(schema).filter((m) => !PERSON_MODELS.includes(m));

describe("person hooks", () => {
  it("every model that refers to a person is merged and forgotten by the one list", () => {
    expect(unhandled(SCHEMA)).toEqual([]);
  });

  it("the list names each model once, and only models the schema has", () => {
    const all = models(SCHEMA);
    expect(new Set(PERSON_MODELS).size).toBe(PERSON_MODELS.length);
    expect(PERSON_MODELS.filter((m) => !all.has(m))).toEqual([]);
    for (const h of PERSON_HOOKS) expect([typeof h.merge, typeof h.forget]).toEqual(["function", "function"]);
  });

  it("finds person ids kept without a relation too (survey markers, close-out history, codes' makers)", () => {
    expect(personModels(SCHEMA)).toEqual(expect.arrayContaining(["SurveyMark", "ServiceChange", "Invite", "NetworkInvite", "LunchAvoid"]));
  });

  it("fails for a new table that refers to a person and that no hook handles", () => {
    const grown = `${SCHEMA}\nmodel KitchenRegister {\n  id Int @id\n  personId Int\n}\nmodel Guest {\n  id Int @id\n  host Person @relation(fields: [hostId], references: [id])\n  hostId Int\n}\n`;
    expect(unhandled(grown)).toEqual(["Guest", "KitchenRegister"]);
  });
});
