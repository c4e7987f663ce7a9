// How the board's logins follow a person: sessions and one-time login links move with /link, go
// with /forget me, and /mydata only counts them (they are secrets).
import type { AppPersonTable } from "../../shells.ts";
import { count, keep } from "../../store/person-hooks.ts";

/** The board's tables that refer to a person. */
export const boardPersonTables: readonly AppPersonTable[] = [
  {
    model: "BoardSession",
    // Logged in from either app, still logged in.
    merge: (tx, from, to) => tx.boardSession.updateMany({ where: { personId: from }, data: { personId: to } }).then(keep),
    forget: (tx, f) => tx.boardSession.deleteMany({ where: { personId: f.personId } }).then(keep),
    export: async (tx, personId) => count(await tx.boardSession.count({ where: { personId } })),
  },
  {
    model: "BoardLogin",
    merge: (tx, from, to) => tx.boardLogin.updateMany({ where: { personId: from }, data: { personId: to } }).then(keep),
    forget: (tx, f) => tx.boardLogin.deleteMany({ where: { personId: f.personId } }).then(keep),
    export: async (tx, personId) => count(await tx.boardLogin.count({ where: { personId } })),
  },
];
