// How /link's own codes follow a person: a merged person keeps both accounts' codes, a forgotten
// one has none left, /mydata only counts them (they are secrets).
import type { AppPersonTable } from "../../shells.ts";
import { count, keep } from "../../store/person-hooks.ts";

/** The link feature's tables that refer to a person. */
export const linkPersonTables: readonly AppPersonTable[] = [
  {
    model: "LinkCode",
    merge: (tx, from, to) => tx.linkCode.updateMany({ where: { personId: from }, data: { personId: to } }).then(keep),
    forget: (tx, f) => tx.linkCode.deleteMany({ where: { personId: f.personId } }).then(keep),
    export: async (tx, personId) => count(await tx.linkCode.count({ where: { personId } })),
  },
];
