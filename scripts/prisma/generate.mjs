// Writes one Prisma schema per database provider from the schema's fragments (kernel first, then
// each feature's src/features/<name>/schema.prisma; see fragments.mjs), then generates both
// clients. Runs on `npm install` (postinstall) so the project is ready to start offline.
// Usage: node scripts/prisma/generate.mjs [--schemas-only]
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PROVIDERS, assembleSchema, schemaFragments } from "./fragments.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const fragments = schemaFragments(root);

for (const name of Object.keys(PROVIDERS)) {
  mkdirSync(join(root, "prisma", name), { recursive: true });
  writeFileSync(join(root, "prisma", name, "schema.prisma"), assembleSchema(name, fragments));
}

if (!process.argv.includes("--schemas-only")) {
  const cli = join(root, "node_modules", "prisma", "build", "index.js");
  for (const [name, { placeholderUrl }] of Object.entries(PROVIDERS)) {
    execFileSync(process.execPath, [cli, "generate", "--schema", join("prisma", name, "schema.prisma")], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      // The CLI only checks the variable exists; generation never connects to a database.
      env: { ...process.env, DATABASE_URL: placeholderUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
  }
}
