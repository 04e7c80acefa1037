import { describe, expect, it } from "vitest";
import { closest, didYouMean, editDistance } from "../../src/dagfile/suggest.js";

/** The textbook Levenshtein distance, case-insensitive: the reference the fast search must agree with. */
function reference(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  const table = Array.from({ length: left.length + 1 }, (_, i) => Array.from({ length: right.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= left.length; i += 1) {
    for (let j = 1; j <= right.length; j += 1) {
      const row = table[i] as number[];
      const above = table[i - 1] as number[];
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + (left[i - 1] === right[j - 1] ? 0 : 1));
    }
  }
  return (table[left.length] as number[])[right.length] as number;
}

/** The first candidate at the smallest distance, if within the limit: what "did you mean" promises. */
function referenceClosest(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.min(Math.max(2, Math.floor(word.length / 3)), word.length - 1);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = reference(word, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= limit ? best : undefined;
}

describe("did you mean", () => {
  it.each([
    ["extrct", ["extract", "load"], ' Did you mean "extract"?'],
    ["Europe/Pariss", ["Europe/Paris", "Europe/Prague"], ' Did you mean "Europe/Paris"?'],
    ["shedule", ["schedule", "start_date"], ' Did you mean "schedule"?'],
    ["xyz", ["extract", "load"], ""],
    ["a", ["b"], ""],
    ["LOAD", ["load", "loads"], ' Did you mean "load"?'],
    ["İstanbul", ["istanbul", "Europe/Istanbul"], ' Did you mean "istanbul"?'],
  ] as const)("%s among %j", (word, candidates, expected) => {
    expect(didYouMean(word, candidates)).toBe(expected);
  });

  it("agrees with the textbook distance and the first-nearest rule on generated words", () => {
    let state = 7;
    const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const word = () => Array.from({ length: Math.floor(next() * 12) }, () => "abcdeABC_.İ"[Math.floor(next() * 11)]).join("");
    for (let round = 0; round < 2_000; round += 1) {
      const target = word();
      const candidates = Array.from({ length: Math.floor(next() * 8) }, word);
      expect(closest(target, candidates), `${target} in ${JSON.stringify(candidates)}`).toBe(referenceClosest(target, candidates));
      const other = candidates[0] ?? "";
      expect(editDistance(target, other)).toBe(reference(target, other));
    }
  });
});
