import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Every feature's messages, for tests that translate without building a core.
    setupFiles: ["test/helpers/catalogues.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Two cores: more workers only make the database-heavy files fight for CPU.
    maxWorkers: 2,
  },
});
