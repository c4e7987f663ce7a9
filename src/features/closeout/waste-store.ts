// The waste weighed at close-out, in the closeout-owned ServiceWaste table, each change in the
// close-out history (ServiceChange, in grams).
import type { Tx } from "../../store/tx.ts";
import { WASTE_FIELDS, WASTE_PARTS, type WasteField, type WasteRecord } from "./ports.ts";
import { mergeParts } from "./parts.ts";

type WasteRow = Record<WasteField, number | null>;

/** A ServiceWaste row as the record's waste (null: never weighed). */
export function wasteOf(row: WasteRow | null): WasteRecord | null {
  if (!row) return null;
  return { waste: row.waste, wastePlates: row.wastePlates, wasteUnserved: row.wasteUnserved, wastePrep: row.wastePrep };
}

/** Records the waste given (grams) for a held service row, with one history line per value that changed. */
export async function recordWaste(
  tx: Tx,
  serviceId: number,
  given: Partial<Record<WasteField, number>>,
  actor: { personId: number; name: string },
  at: Date,
): Promise<void> {
  if (!WASTE_FIELDS.some((f) => given[f] !== undefined)) return;
  const row = await tx.serviceWaste.findUnique({ where: { serviceId } });
  const old: WasteRow = wasteOf(row) ?? { waste: null, wastePlates: null, wasteUnserved: null, wastePrep: null };
  const { total, parts } = mergeParts(WASTE_PARTS, given.waste, given, row);
  const next: WasteRow = { ...old, ...(parts ?? {}), ...(total !== undefined ? { waste: total } : {}) };
  const changed = WASTE_FIELDS.filter((f) => next[f] !== old[f]);
  if (changed.length === 0) return;
  await tx.serviceWaste.upsert({ where: { serviceId }, create: { serviceId, ...next }, update: next });
  await tx.serviceChange.createMany({
    data: changed.map((f) => ({
      serviceId,
      personId: actor.personId,
      actorName: actor.name,
      field: f,
      oldValue: old[f],
      newValue: next[f],
      at,
    })),
  });
}
