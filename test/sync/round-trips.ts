/**
 * Counting sequential round trips to a store: the longest chain of calls in which each call was
 * sent only after the one before it had answered. That chain, not the number of calls, is what a
 * deploy waits for when every request costs network latency: calls in flight together cost one
 * round trip between them.
 *
 * The count is exact, not inferred from wall time: a call's depth is one more than the deepest
 * call that had answered when it was sent, and the counter keeps the deepest. The store wrapper
 * (`LatencyStore` in stores.ts) and the HTTP proxy in front of the storage emulator
 * (precondition-proxy.ts) both count through this one class. No test framework here: the
 * benchmarks use it too.
 */

/** One counted call: what it was and at which depth of the chain it was sent. */
export interface CountedCall {
  what: string;
  /** 1 for a call sent before any other answered; one more than the deepest answered call otherwise. */
  depth: number;
}

export class RoundTripCounter {
  private answeredDepth = 0;
  private deepest = 0;
  private readonly log: CountedCall[] = [];
  private firstSent = Number.NaN;
  private lastAnswered = Number.NaN;

  /** Marks a call as sent; the function it returns marks it answered (failures answer too). */
  begin(what: string): () => void {
    const depth = this.answeredDepth + 1;
    this.deepest = Math.max(this.deepest, depth);
    this.log.push({ what, depth });
    if (Number.isNaN(this.firstSent)) this.firstSent = performance.now();
    let answered = false;
    return () => {
      if (answered) return;
      answered = true;
      this.answeredDepth = Math.max(this.answeredDepth, depth);
      this.lastAnswered = performance.now();
    };
  }

  /** Milliseconds from the first call sent to the last one answered (NaN before any): for benchmarks, never for a count. */
  get spanMs(): number {
    return this.lastAnswered - this.firstSent;
  }

  /** Sequential round trips so far: the length of the longest chain of dependent calls. */
  get rounds(): number {
    return this.deepest;
  }

  /** Every call so far, in the order sent. */
  get calls(): readonly CountedCall[] {
    return this.log;
  }

  /** The calls by depth, e.g. `["1: list dags/ + read dags/a/m.json", "2: write dags/a/a.py"]`: what a failing count shows. */
  describe(): string[] {
    const byDepth: string[][] = [];
    for (const call of this.log) (byDepth[call.depth - 1] ??= []).push(call.what);
    return byDepth.map((calls, index) => `${index + 1}: ${summarise(calls)}`);
  }
}

/** A round's calls in a line: few are listed, many are counted by kind. */
function summarise(calls: readonly string[]): string {
  if (calls.length <= 4) return calls.join(" + ");
  const kinds = new Map<string, number>();
  for (const call of calls) {
    const kind = call.split(" ")[0] ?? call;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  return [...kinds].map(([kind, count]) => `${count} ${kind}`).join(" + ");
}

/** The pause that plays one request's network latency. */
export function latency(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
}
