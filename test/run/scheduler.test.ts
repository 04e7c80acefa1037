/**
 * Trigger rules and retries as Airflow's scheduler applies them. Expectations follow
 * airflow/ti_deps/deps/trigger_rule_dep.py (_evaluate_direct_relatives, flag_upstream_failed=True:
 * first the state it sets, then whether the task may run) and the trigger rule table of the
 * Airflow docs (core-concepts/dags, "Trigger Rules").
 */
import { describe, expect, test } from "vitest";
import { evaluateTriggerRule, priorityTotals, RunSchedule, type RuleDecision, type TriggerRule, type UpstreamCounts } from "../../src/run/scheduler.js";

const counts = (upstream: number, state: Partial<Omit<UpstreamCounts, "upstream">> = {}): UpstreamCounts => ({
  upstream,
  success: 0,
  failed: 0,
  upstreamFailed: 0,
  skipped: 0,
  ...state,
});

const RULES: [TriggerRule, UpstreamCounts, RuleDecision][] = [
  ["all_success", counts(2, { success: 1 }), "wait"],
  ["all_success", counts(2, { success: 2 }), "run"],
  ["all_success", counts(2, { failed: 1 }), "upstream_failed"],
  ["all_success", counts(2, { upstreamFailed: 1 }), "upstream_failed"],
  ["all_success", counts(2, { skipped: 1, success: 1 }), "skipped"],
  ["all_failed", counts(2, { failed: 1 }), "wait"],
  ["all_failed", counts(2, { failed: 1, upstreamFailed: 1 }), "run"],
  ["all_failed", counts(2, { success: 1 }), "skipped"],
  ["all_done", counts(2, { failed: 1 }), "wait"],
  ["all_done", counts(2, { failed: 1, skipped: 1 }), "run"],
  ["all_skipped", counts(2, { skipped: 2 }), "run"],
  ["all_skipped", counts(2, { success: 1 }), "skipped"],
  ["one_success", counts(3, { success: 1 }), "run"],
  ["one_success", counts(2, { failed: 1 }), "wait"],
  ["one_success", counts(2, { failed: 2 }), "upstream_failed"],
  ["one_success", counts(2, { skipped: 2 }), "skipped"],
  ["one_failed", counts(3, { failed: 1 }), "run"],
  ["one_failed", counts(3, { upstreamFailed: 1 }), "run"],
  ["one_failed", counts(2, { success: 2 }), "skipped"],
  ["one_failed", counts(2, { success: 1 }), "wait"],
  ["one_done", counts(3, { success: 1 }), "run"],
  ["one_done", counts(3, { failed: 1 }), "run"],
  ["one_done", counts(2, { skipped: 2 }), "skipped"],
  ["one_done", counts(2, { skipped: 1 }), "wait"],
  ["none_failed", counts(2, { success: 1, skipped: 1 }), "run"],
  ["none_failed", counts(2, { failed: 1 }), "upstream_failed"],
  ["none_failed", counts(2, { skipped: 1 }), "wait"],
  ["none_failed_min_one_success", counts(2, { skipped: 2 }), "skipped"],
  ["none_failed_min_one_success", counts(2, { success: 1, skipped: 1 }), "run"],
  ["none_failed_min_one_success", counts(2, { upstreamFailed: 1 }), "upstream_failed"],
  ["none_skipped", counts(2, { success: 1, failed: 1 }), "run"],
  ["none_skipped", counts(2, { success: 1 }), "wait"],
  ["none_skipped", counts(2, { skipped: 1 }), "skipped"],
  ["always", counts(2), "run"],
  ["all_success", counts(0), "run"],
];

describe("evaluateTriggerRule", () => {
  test.each(RULES)("%s with %o -> %s", (rule, upstream, expected) => {
    expect(evaluateTriggerRule(rule, upstream)).toBe(expected);
  });
});

describe("RunSchedule", () => {
  const task = (taskId: string, upstream: string[], triggerRule: TriggerRule = "all_success", maxTries = 1) => ({
    taskId,
    upstream,
    triggerRule,
    maxTries,
    retryDelaySeconds: 60,
    priority: 1,
  });

  test("a failed task stops all_success dependents and lets all_done ones run; settling cascades", () => {
    const schedule = new RunSchedule([task("extract", []), task("load", ["extract"]), task("publish", ["load"]), task("report", ["load"], "all_done")]);
    expect(schedule.ready(0).start).toEqual(["extract"]);
    schedule.started("extract");
    expect(schedule.finished("extract", false, 10, true)).toBe("failed");
    const { start, settled } = schedule.ready(10);
    expect(settled).toEqual([
      ["load", "upstream_failed"],
      ["publish", "upstream_failed"],
    ]);
    expect(start).toEqual(["report"]);
  });

  test("retries: up_for_retry until the delay has passed, then failed after the last try", () => {
    const schedule = new RunSchedule([task("flaky", [], "all_success", 2)]);
    schedule.started("flaky");
    expect(schedule.finished("flaky", false, 1000, true)).toBe("up_for_retry");
    expect(schedule.ready(1000 + 59_999).start).toEqual([]);
    expect(schedule.nextRetryAt()).toBe(61_000);
    expect(schedule.ready(61_000).start).toEqual(["flaky"]);
    expect(schedule.started("flaky")).toBe(2);
    expect(schedule.finished("flaky", false, 62_000, true)).toBe("failed");
    expect(schedule.done()).toBe(true);
  });

  test("--no-retries: the first failure is final", () => {
    const schedule = new RunSchedule([task("flaky", [], "all_success", 3)]);
    schedule.started("flaky");
    expect(schedule.finished("flaky", false, 0, false)).toBe("failed");
  });

  test("always runs at once, before its upstream finished", () => {
    const schedule = new RunSchedule([task("a", []), task("watch", ["a"], "always")]);
    expect(schedule.ready(0).start.sort()).toEqual(["a", "watch"]);
  });

  test("priority_weight_total with the downstream weight rule (a task plus all its descendants)", () => {
    const totals = priorityTotals(
      ["a", "b", "c", "d"],
      [
        { upstream: "a", downstream: "b" },
        { upstream: "b", downstream: "c" },
        { upstream: "a", downstream: "d" },
      ],
      new Map([["d", 5]]),
    );
    expect(Object.fromEntries(totals)).toEqual({ a: 8, b: 2, c: 1, d: 5 });
  });
});
