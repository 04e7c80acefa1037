// Shared by the benchmarks (not itself one: bench.sh runs bench/*.bench.ts).
import type { Logger } from "../src/log.js";

/** Keeps a benchmark's output to its results; warnings still show. */
export const quiet: Logger = {
  info: () => undefined,
  warn: (message) => console.warn(`warning: ${message}`),
  debug: () => undefined,
  group: (_title, body) => body(),
  mask: () => undefined,
};
