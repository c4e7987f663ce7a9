// Writes one Prisma schema per database provider from prisma/schema.base.prisma, then generates
// both clients. Runs on `npm install` (postinstall) so the project is ready to start offline.
// Usage: node scripts/prisma/generate.mjs [--schemas-only]
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const base = readFileSync(join(root, "prisma", "schema.base.prisma"), "utf8");

/** The two providers Tablée supports, with a placeholder URL the CLI needs to be present. */
export const providers = {
  sqlite: { provider: "sqlite", placeholderUrl: "file:./placeholder.db" },
  postgres: { provider: "postgresql", placeholderUrl: "postgresql://localhost:5432/placeholder" },
};

for (const [name, { provider }] of Object.entries(providers)) {
  const header = `// GENERATED from prisma/schema.base.prisma by scripts/prisma/generate.mjs — do not edit.

generator client {
  provider   = "prisma-client"
  output     = "../../src/store/generated/${name}"
  engineType = "client"
  moduleFormat = "esm"
}

datasource db {
  provider = "${provider}"
  url      = env("DATABASE_URL")
}
`;
  mkdirSync(join(root, "prisma", name), { recursive: true });
  writeFileSync(join(root, "prisma", name, "schema.prisma"), `${header}\n${base}`);
}

if (!process.argv.includes("--schemas-only")) {
  const cli = join(root, "node_modules", "prisma", "build", "index.js");
  for (const [name, { placeholderUrl }] of Object.entries(providers)) {
    execFileSync(process.execPath, [cli, "generate", "--schema", join("prisma", name, "schema.prisma")], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      // The CLI only checks the variable exists; generation never connects to a database.
      env: { ...process.env, DATABASE_URL: placeholderUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
  }
}
