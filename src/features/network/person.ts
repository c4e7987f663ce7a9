// How networks' rows follow a person: a network's managers (never carried over by /link, gone
// with /forget me) and the network invites they made; /mydata lists the one, counts the other.
import type { AppPersonTable } from "../../shells.ts";
import { count, keep, rows } from "../../store/person-hooks.ts";

/** The network feature's tables that refer to a person. */
export const networkPersonTables: readonly AppPersonTable[] = [
  {
    model: "NetworkManager",
    // A network `from` managed stays managed only if `to` already managed it: `from`'s rows go.
    merge: (tx, from) => tx.networkManager.deleteMany({ where: { personId: from } }).then(keep),
    // They no longer manage any network (the networks and their canteens stay).
    forget: (tx, f) => tx.networkManager.deleteMany({ where: { personId: f.personId } }).then(keep),
    export: async (tx, personId) =>
      rows(
        (await tx.networkManager.findMany({ where: { personId }, select: { createdAt: true, network: { select: { name: true } } } })).map(
          (n) => ({ network: n.network.name, since: n.createdAt }),
        ),
      ),
  },
  {
    model: "NetworkInvite",
    merge: (tx, from, to) => tx.networkInvite.updateMany({ where: { createdBy: from }, data: { createdBy: to } }).then(keep),
    // Kept: the code's maker is the anonymised person.
    forget: keep,
    export: async (tx, personId) => count(await tx.networkInvite.count({ where: { createdBy: personId } })),
  },
];
