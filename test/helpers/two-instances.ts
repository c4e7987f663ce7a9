// Two instances of Tablée on one database, as two processes behind one bot would be: the
// harness's core, and a second core with its own connection (pool) and store, sharing the
// harness's clock, logger and delivery ledger. Race tests send each command to one or the other.
import { FEATURES } from "../../src/app.ts";
import { createCore, type Core } from "../../src/kernel/core.ts";
import type { Outcome } from "../../src/kernel/model.ts";
import { openDatabase } from "../../src/store/database.ts";
import { createPrismaStore } from "../../src/store/prisma-store.ts";
import type { TestDatabase } from "./databases.ts";
import { createHarness, type Harness } from "./harness.ts";

export interface TwoInstances {
  h: Harness;
  /** The second instance's core. */
  other: Core;
  /** A command typed by `who` in the console group, handled by instance 0 (the harness) or 1. */
  sendVia(instance: number, who: string, text: string): Promise<Outcome>;
  /** Closes both instances and drops the database. */
  close(): Promise<void>;
}

export async function twoInstances(database: TestDatabase, now: string): Promise<TwoInstances> {
  const h = await createHarness(now, { database });
  const otherDb = await openDatabase(database.url);
  const other = createCore({
    features: FEATURES,
    store: createPrismaStore(otherDb, FEATURES),
    clock: h.clock,
    log: h.log,
    outbox: h.ledger,
    defaults: { timezone: "Europe/Paris", locale: "fr" },
  });
  return {
    h,
    other,
    sendVia: (instance, who, text) =>
      instance === 0
        ? h.send(who, text)
        : other.handle({
            platform: "console",
            chat: { address: "console:group", private: false },
            author: { address: `console:${who.toLowerCase()}`, name: who },
            text,
          }),
    close: async () => {
      await otherDb.close();
      await h.close();
      await database.drop();
    },
  };
}
