// Bundles the TypeScript sources into dist/main.mjs for `npm start` (about a second): running
// plain JavaScript instead of transpiling at load time saves ~35 MB of memory and start-up time.
// Dependencies stay in node_modules (not bundled). Development tools (tests, benchmarks) keep
// running the sources directly with tsx.
import { build, stop } from "esbuild";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const result = await build({
  entryPoints: [join(root, "src", "main.ts")],
  outfile: join(root, "dist", "main.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
  write: false,
  // Bundled code still needs `require` for the few CommonJS paths of the generated Prisma client.
  banner: { js: "import { createRequire as __tableeRequire } from 'node:module'; const require = __tableeRequire(import.meta.url);" },
});
// Each file is replaced in one step (write aside, then rename): a Tablée starting at the same
// moment from another terminal or test reads the old bundle or the new one, never half of one.
for (const file of result.outputFiles) {
  mkdirSync(dirname(file.path), { recursive: true });
  const aside = `${file.path}.${process.pid}.tmp`;
  writeFileSync(aside, file.contents);
  renameSync(aside, file.path);
}
// esbuild's helper process is not needed any more: end it so it holds no memory while Tablée runs.
await stop();
