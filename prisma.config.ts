// Prisma CLI configuration (generate, migrate status/diff, studio). The provider follows
// DATABASE_URL: a postgres:// URL selects prisma/postgres, anything else prisma/sqlite.
// Uses the Wasm schema engine through driver adapters: no native engine download (offline-safe).
import "dotenv/config";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { createPgAdapter } from "./src/store/pg-adapter.ts";

const url = process.env.DATABASE_URL ?? "file:./data/tablee.db";
const postgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "prisma/postgres/schema.prisma" : "prisma/sqlite/schema.prisma",
  migrations: { path: postgres ? "prisma/postgres/migrations" : "prisma/sqlite/migrations" },
  adapter: async () => (postgres ? createPgAdapter(url) : new PrismaBetterSQLite3({ url })),
});
