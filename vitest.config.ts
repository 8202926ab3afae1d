import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const engineTests = ["tests/search/engine/**/*.test.ts", "tests/search/store/**/*.test.ts"];

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // Tests import lib/content directly: outside Next's server layer the `server-only` guard
      // would throw, and there is no client bundle here for it to guard. Its own server build is empty.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          globalSetup: ["tests/temp-dir-setup.ts"],
          include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
          exclude: ["tests/e2e/**", "node_modules/**", ...engineTests],
        },
      },
      {
        // The library search runs against PGlite and a real PostgreSQL server, which this
        // project's global setup starts (or TEST_DATABASE_URL names) only when its tests run.
        extends: true,
        test: {
          name: "engine",
          include: engineTests,
          globalSetup: ["tests/temp-dir-setup.ts", "tests/search/engine/postgres-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
