/** Edit distance (Levenshtein), case-insensitive, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  return boundedDistance(a.toLowerCase(), b.toLowerCase(), Number.POSITIVE_INFINITY);
}

/**
 * Levenshtein distance of two (already lowercased) words, or any number above `cap` as soon as
 * every cell of a row exceeds it: the distance can only grow from there.
 */
function boundedDistance(left: string, right: string, cap: number): number {
  let previous = new Uint32Array(right.length + 1);
  let current = new Uint32Array(right.length + 1);
  for (let j = 0; j <= right.length; j += 1) previous[j] = j;
  for (let i = 1; i <= left.length; i += 1) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= right.length; j += 1) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      const cell = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current[j] = cell;
      if (cell < rowMinimum) rowMinimum = cell;
    }
    if (rowMinimum > cap) return cap + 1;
    [previous, current] = [current, previous];
  }
  return previous[right.length] as number;
}

/** The closest candidate within a sensible distance, if any (the first one, on a tie). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  // A suggestion that replaces the whole word is no suggestion at all.
  const limit = Math.min(Math.max(2, Math.floor(word.length / 3)), word.length - 1);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    // Only a candidate nearer than the best so far, and within the limit, can change the answer;
    // the length difference is a lower bound of the distance.
    const cap = Math.min(limit, bestDistance - 1);
    const other = candidate.toLowerCase();
    if (Math.abs(other.length - lower.length) > cap) continue;
    const distance = boundedDistance(lower, other, cap);
    if (distance <= cap) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** ` Did you mean "x"?` or the empty string. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const match = closest(word, candidates);
  return match === undefined ? "" : ` Did you mean "${match}"?`;
}
