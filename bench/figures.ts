// Shared by every benchmark: medians, a quiet logger, and one way to report a figure against its target so that
// scripts/bench.sh can end the run with a single table of every figure.
import { appendFileSync } from "node:fs";
import type { Logger } from "../src/log.js";

/** How a figure is compared with its target. */
export type Comparison = "<" | "<=" | ">" | ">=";

/** One measured figure, e.g. "1,000 tasks, dag.yaml to Python" = 26.9 ms, target < 50. */
export interface Figure {
  /** What was measured, in words. */
  name: string;
  value: number;
  /** "ms", "x" (a ratio against the naive way), "round trips", ... */
  unit: string;
  comparison: Comparison;
  target: number;
  /** Anything the reader needs to judge the figure (the baseline it is a ratio against). */
  note?: string;
}

/** The median of a non-empty list (NaN for an empty one). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Median wall time of `runs` calls of `work`, after one warm-up call. */
export function timeSync(work: () => void, runs: number): number {
  work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Whether a figure meets its target. */
export function meets(figure: Pick<Figure, "value" | "comparison" | "target">): boolean {
  switch (figure.comparison) {
    case "<":
      return figure.value < figure.target;
    case "<=":
      return figure.value <= figure.target;
    case ">":
      return figure.value > figure.target;
    case ">=":
      return figure.value >= figure.target;
  }
}

function formatValue(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(value >= 10 ? 1 : 2);
}

/**
 * Print a figure as a line and, under scripts/bench.sh, record it for the closing table
 * (DAGSHIP_BENCH_FIGURES names the file, one JSON object per line; DAGSHIP_BENCH_NAME the benchmark).
 */
export function report(figure: Figure): void {
  const verdict = meets(figure) ? "met" : "NOT met";
  console.log(
    `${figure.name}: ${formatValue(figure.value)} ${figure.unit} (target ${figure.comparison} ${figure.target} ${figure.unit}): ${verdict}${figure.note ? ` — ${figure.note}` : ""}`,
  );
  const file = process.env["DAGSHIP_BENCH_FIGURES"];
  if (file) appendFileSync(file, `${JSON.stringify({ bench: process.env["DAGSHIP_BENCH_NAME"] ?? "", ...figure })}\n`);
}

/** Keeps a benchmark's output to its results; warnings still show. */
export const quiet: Logger = {
  info: () => undefined,
  warn: (message) => console.warn(`warning: ${message}`),
  debug: () => undefined,
  group: (_title, body) => body(),
  mask: () => undefined,
};
