import { describe, expect, it } from "vitest";
import { createLimiter, settleBounded, sleep } from "../../src/util/async.js";

/** Runs settleBounded over `count` items, each taking `durations[i % length]` ms; `failing` items throw. */
async function measured(count: number, limit: number, durations: readonly number[], failing: ReadonlySet<number>) {
  let inFlight = 0;
  let maxInFlight = 0;
  const started: number[] = [];
  const results = await settleBounded(
    Array.from({ length: count }, (_unused, index) => index),
    limit,
    async (item, index) => {
      expect(index).toBe(item);
      started.push(item);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        await sleep(durations[item % durations.length] ?? 0);
        if (failing.has(item)) throw new Error(`item ${item} failed`);
        return item * 10;
      } finally {
        inFlight--;
      }
    },
  );
  return { results, maxInFlight, started };
}

describe("settleBounded", () => {
  it.each([
    { name: "fewer items than the limit", count: 3, limit: 5, durations: [5], failing: [] },
    { name: "limit 1 runs one at a time", count: 4, limit: 1, durations: [3], failing: [] },
    { name: "many items, uneven durations", count: 12, limit: 3, durations: [15, 1, 7, 3], failing: [] },
    { name: "the first item fails: every other still runs", count: 6, limit: 2, durations: [2, 8], failing: [0] },
    { name: "several failures, kept where they are", count: 9, limit: 4, durations: [6, 1, 3], failing: [1, 4, 8] },
    { name: "every item fails", count: 5, limit: 2, durations: [1], failing: [0, 1, 2, 3, 4] },
  ])("$name", async ({ count, limit, durations, failing }) => {
    const failed = new Set(failing);
    const { results, maxInFlight, started } = await measured(count, limit, durations, failed);

    // Never above the limit, and the limit is used when there is enough work.
    expect(maxInFlight).toBe(Math.min(limit, count));
    // Every item ran exactly once, started in the order given.
    expect(started).toEqual(Array.from({ length: count }, (_unused, index) => index));
    // Outcomes in input order, whatever finished first; failures collected, not thrown.
    expect(results).toEqual(
      Array.from({ length: count }, (_unused, index) =>
        failed.has(index) ? { status: "rejected", reason: new Error(`item ${index} failed`) } : { status: "fulfilled", value: index * 10 },
      ),
    );
  });

  it("turns a synchronous throw into that item's failure", async () => {
    const results = await settleBounded(["a", "b"], 1, (item) => {
      if (item === "a") throw new Error("sync");
      return Promise.resolve(item);
    });
    expect(results).toEqual([
      { status: "rejected", reason: new Error("sync") },
      { status: "fulfilled", value: "b" },
    ]);
  });

  it("returns nothing for no items", async () => {
    expect(await settleBounded([], 3, () => Promise.resolve(1))).toEqual([]);
  });
});

describe("createLimiter", () => {
  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses the limit %s", (limit) => {
    expect(() => createLimiter(limit)).toThrow(RangeError);
  });

  it("hands a freed slot to the longest waiting task, so the limit holds at every instant", async () => {
    const limiter = createLimiter(2);
    const events: string[] = [];
    let inFlight = 0;
    const task = (name: string, ms: number) =>
      limiter.run(async () => {
        inFlight++;
        events.push(`start ${name} (${inFlight})`);
        await sleep(ms);
        inFlight--;
        events.push(`end ${name}`);
        return name;
      });
    const done = await Promise.all([task("a", 200), task("b", 5), task("c", 5), task("d", 5)]);
    expect(done).toEqual(["a", "b", "c", "d"]);
    expect(events).toEqual(["start a (1)", "start b (2)", "end b", "start c (2)", "end c", "start d (2)", "end d", "end a"]);
  });

  it("frees the slot of a failed task", async () => {
    const limiter = createLimiter(1);
    await expect(limiter.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await limiter.run(() => Promise.resolve("next"))).toBe("next");
  });
});
