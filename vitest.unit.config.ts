import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

/**
 * `npm run test:unit`: every test that needs no local service (Docker daemon, registry, storage
 * emulator, a GitHub Action run). Tests that need one say so in their file name:
 * `*.integration.test.ts` (the services of scripts/test-env), `*.e2e.test.ts` (the action run
 * through @github/local-action) and `*.docker.test.ts` (the Docker daemon). `npm test` runs all.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      // One module cache per worker instead of one per file: importing the sources again for each
      // of ~85 files cost more than running their tests.
      isolate: false,
      exclude: ["**/node_modules/**", "**/*.integration.test.ts", "**/*.e2e.test.ts", "**/*.docker.test.ts"],
    },
  }),
);
