/**
 * Line diffs for the PR preview, in unified format. Patience diff (lines unique on both sides
 * anchor the match, which suits generated code where every task has its own `task_id=` line),
 * with a plain LCS inside small gaps and a whole-block replacement for huge ones, so a
 * 2,000-task DAG diffs in milliseconds and never blows up.
 */

type Op = "=" | "-" | "+";

/** Largest gap (old lines x new lines) solved exactly; bigger gaps are shown as replaced. */
const LCS_CELLS = 1_000_000;

function lcsGap(a: readonly string[], aLo: number, aHi: number, b: readonly string[], bLo: number, bHi: number, out: Op[]): void {
  const n = aHi - aLo;
  const m = bHi - bLo;
  if (n * m > LCS_CELLS) {
    for (let i = 0; i < n; i++) out.push("-");
    for (let j = 0; j < m; j++) out.push("+");
    return;
  }
  // suffix[i][j]: LCS length of a[aLo+i..] and b[bLo+j..]
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        a[aLo + i] === b[bLo + j] ? (table[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[aLo + i] === b[bLo + j]) {
      out.push("=");
      i++;
      j++;
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) {
      out.push("-");
      i++;
    } else {
      out.push("+");
      j++;
    }
  }
  for (; i < n; i++) out.push("-");
  for (; j < m; j++) out.push("+");
}

/** Longest increasing run of b-indices among unique common lines (patience sorting). */
function anchors(pairs: readonly [number, number][]): [number, number][] {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const value = (pairs[k] as [number, number])[1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] as number] as [number, number])[1] < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1] as number;
    tails[lo] = k;
  }
  const result: [number, number][] = [];
  for (let k = tails.length > 0 ? (tails[tails.length - 1] as number) : -1; k >= 0; k = previous[k] as number) result.push(pairs[k] as [number, number]);
  return result.reverse();
}

function diffRange(a: readonly string[], aLo: number, aHi: number, b: readonly string[], bLo: number, bHi: number, out: Op[]): void {
  let start = 0;
  while (aLo + start < aHi && bLo + start < bHi && a[aLo + start] === b[bLo + start]) start++;
  let end = 0;
  while (aHi - end > aLo + start && bHi - end > bLo + start && a[aHi - end - 1] === b[bHi - end - 1]) end++;
  for (let k = 0; k < start; k++) out.push("=");
  const a0 = aLo + start;
  const a1 = aHi - end;
  const b0 = bLo + start;
  const b1 = bHi - end;
  if (a0 === a1 || b0 === b1) {
    for (let k = a0; k < a1; k++) out.push("-");
    for (let k = b0; k < b1; k++) out.push("+");
  } else {
    const countA = new Map<string, { count: number; index: number }>();
    for (let k = a0; k < a1; k++) {
      const line = a[k] as string;
      const seen = countA.get(line);
      if (seen) seen.count++;
      else countA.set(line, { count: 1, index: k });
    }
    const countB = new Map<string, { count: number; index: number }>();
    for (let k = b0; k < b1; k++) {
      const line = b[k] as string;
      const seen = countB.get(line);
      if (seen) seen.count++;
      else countB.set(line, { count: 1, index: k });
    }
    const pairs: [number, number][] = [];
    for (const [line, left] of countA) {
      const right = countB.get(line);
      if (left.count === 1 && right?.count === 1) pairs.push([left.index, right.index]);
    }
    pairs.sort((x, y) => x[0] - y[0]);
    const chain = anchors(pairs);
    if (chain.length === 0) {
      lcsGap(a, a0, a1, b, b0, b1, out);
    } else {
      let i = a0;
      let j = b0;
      for (const [ai, bj] of chain) {
        diffRange(a, i, ai, b, j, bj, out);
        out.push("=");
        i = ai + 1;
        j = bj + 1;
      }
      diffRange(a, i, a1, b, j, b1, out);
    }
  }
  for (let k = 0; k < end; k++) out.push("=");
}

/** Line counts of a diff. */
export interface DiffStats {
  added: number;
  removed: number;
}

/** A unified diff and its counts; `text` is "" when the sides are equal. */
export interface UnifiedDiff extends DiffStats {
  text: string;
}

function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/**
 * Unified diff of two texts (`---`/`+++` headers, `@@` hunks with `context` lines around each
 * change), as `diff -u` and git print it.
 */
export function unifiedDiff(before: string, after: string, names: { before: string; after: string }, context = 3): UnifiedDiff {
  const a = splitLines(before);
  const b = splitLines(after);
  const ops: Op[] = [];
  diffRange(a, 0, a.length, b, 0, b.length, ops);
  const added = ops.filter((op) => op === "+").length;
  const removed = ops.filter((op) => op === "-").length;
  if (added === 0 && removed === 0) return { text: "", added, removed };

  // Positions (in old and new) before each op, to cut hunks.
  const lines: string[] = [`--- ${names.before}`, `+++ ${names.after}`];
  const changeAt = ops.map((op) => op !== "=");
  let k = 0;
  let ai = 0;
  let bi = 0;
  const oldAt: number[] = [];
  const newAt: number[] = [];
  for (const op of ops) {
    oldAt.push(ai);
    newAt.push(bi);
    if (op !== "+") ai++;
    if (op !== "-") bi++;
  }
  while (k < ops.length) {
    if (!changeAt[k]) {
      k++;
      continue;
    }
    const start = Math.max(0, k - context);
    let end = k;
    // Extend while the next change is within 2*context equal lines.
    for (;;) {
      while (end < ops.length && changeAt[end]) end++;
      let next = end;
      while (next < ops.length && !changeAt[next] && next - end < 2 * context) next++;
      if (next < ops.length && changeAt[next]) end = next;
      else break;
    }
    const stop = Math.min(ops.length, end + context);
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    for (let x = start; x < stop; x++) {
      const op = ops[x] as Op;
      if (op === "=") {
        body.push(` ${a[oldAt[x] as number]}`);
        oldCount++;
        newCount++;
      } else if (op === "-") {
        body.push(`-${a[oldAt[x] as number]}`);
        oldCount++;
      } else {
        body.push(`+${b[newAt[x] as number]}`);
        newCount++;
      }
    }
    const oldStart = oldCount === 0 ? (oldAt[start] as number) : (oldAt[start] as number) + 1;
    const newStart = newCount === 0 ? (newAt[start] as number) : (newAt[start] as number) + 1;
    lines.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`, ...body);
    k = stop;
  }
  return { text: `${lines.join("\n")}\n`, added, removed };
}
