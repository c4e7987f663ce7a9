// Seeds a database through the real Store, the way `/setup` and `/setup CODE` would: one canteen
// created from its first group, every other group linked with a one-time invite code.
import type { Platform } from "../../src/kernel/model.ts";
import type { Canteen, Store } from "../../src/kernel/ports.ts";
import { DEFAULT_ROLES } from "../../src/kernel/roles.ts";
import { slugify } from "../../src/kernel/text.ts";
import { openDatabase, type Database } from "../../src/store/database.ts";
import { migrate } from "../../src/store/migrate.ts";
import { createPrismaStore } from "../../src/store/prisma-store.ts";
import { FEATURES } from "../../src/app.ts";

/** A chat to link. */
export interface SeedChat {
  address: string;
  title?: string;
}

/** A migrated database with its store, closed by `close()`. */
export interface SeededDatabase {
  db: Database;
  store: Store;
  close(): Promise<void>;
}

/** Migrates `url` and opens it. */
export async function openStore(url: string): Promise<SeededDatabase> {
  await migrate(url);
  const db = await openDatabase(url);
  return { db, store: createPrismaStore(db, FEATURES), close: () => db.close() };
}

const platformOf = (address: string) => address.split(":")[0] as Platform;

/** Creates a canteen from `chats[0]` founded by `founder`, then links every other chat with an invite. */
export async function seedCanteen(
  store: Store,
  name: string,
  chats: SeedChat[],
  founder: { address: string; name: string },
  now = new Date("2026-11-20T12:00:00Z"),
): Promise<Canteen> {
  const [first, ...others] = chats;
  if (!first) throw new Error("a canteen needs a first chat");
  const person = { ...founder, platform: platformOf(founder.address) };
  const res = await store.setupCanteen({
    name,
    slug: slugify(name),
    timezone: "Europe/Paris",
    locale: "fr",
    roles: DEFAULT_ROLES,
    chat: { address: first.address, platform: platformOf(first.address), title: first.title },
    founder: person,
  });
  if (res.kind !== "created") throw new Error(`could not create ${name}: ${res.kind}`);
  const founderId = (await store.personOf(founder.address))!;
  for (const chat of others) {
    const code = await store.createInvite(res.canteen.id, founderId, new Date(now.getTime() + 48 * 3_600_000));
    const joined = await store.redeemInvite(code, {
      chat: { address: chat.address, platform: platformOf(chat.address), title: chat.title },
      person,
      now,
    });
    if (!joined) throw new Error(`could not link ${chat.address}`);
  }
  return res.canteen;
}
