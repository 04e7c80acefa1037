/**
 * The scheduling decisions of one DAG run, as a pure state machine: which task may start, which
 * is skipped or upstream_failed by its trigger rule, when a failed try is retried. Trigger rules
 * follow Airflow's TriggerRuleDep (airflow/ti_deps/deps/trigger_rule_dep.py, with
 * flag_upstream_failed as the scheduler sets it); retries follow TaskInstance.handle_failure.
 */

/** Task instance states a local run uses (Airflow's names). */
export type TaskState = "none" | "running" | "up_for_retry" | "success" | "failed" | "upstream_failed" | "skipped" | "interrupted";

export const TERMINAL_STATES: ReadonlySet<TaskState> = new Set(["success", "failed", "upstream_failed", "skipped", "interrupted"]);

/** Every trigger rule dag.yaml accepts. */
export type TriggerRule =
  | "all_success"
  | "all_failed"
  | "all_done"
  | "all_skipped"
  | "one_success"
  | "one_failed"
  | "one_done"
  | "none_failed"
  | "none_failed_min_one_success"
  | "none_skipped"
  | "always";

/** Finished upstream tasks by state, and how many upstream tasks there are. */
export interface UpstreamCounts {
  upstream: number;
  success: number;
  failed: number;
  upstreamFailed: number;
  skipped: number;
}

/** What a trigger rule says now: start the task, wait, or settle it without running. */
export type RuleDecision = "run" | "wait" | "skipped" | "upstream_failed";

/** TriggerRuleDep._evaluate_direct_relatives for one task: the state change first, then whether it may run. */
export function evaluateTriggerRule(rule: TriggerRule, counts: UpstreamCounts): RuleDecision {
  const { upstream, success, failed, upstreamFailed, skipped } = counts;
  if (upstream === 0 || rule === "always") return "run";
  const done = success + failed + upstreamFailed + skipped;
  const upstreamDone = done >= upstream;
  switch (rule) {
    case "all_success":
      if (upstreamFailed || failed) return "upstream_failed";
      if (skipped) return "skipped";
      return upstream - success > 0 ? "wait" : "run";
    case "all_failed":
      if (success || skipped) return "skipped";
      return upstream - failed - upstreamFailed > 0 ? "wait" : "run";
    case "one_success":
      if (upstreamDone && done === skipped) return "skipped";
      if (upstreamDone && success <= 0) return "upstream_failed";
      return success <= 0 ? "wait" : "run";
    case "one_failed":
      if (upstreamDone && !(failed || upstreamFailed)) return "skipped";
      return !failed && !upstreamFailed ? "wait" : "run";
    case "one_done":
      if (upstreamDone && !(failed || success)) return "skipped";
      return success + failed <= 0 ? "wait" : "run";
    case "none_failed":
      if (upstreamFailed || failed) return "upstream_failed";
      return upstream - success - skipped > 0 ? "wait" : "run";
    case "none_failed_min_one_success":
      if (upstreamFailed || failed) return "upstream_failed";
      if (skipped === upstream) return "skipped";
      return upstream - success - skipped > 0 ? "wait" : "run";
    case "none_skipped":
      if (skipped) return "skipped";
      return !upstreamDone ? "wait" : "run";
    case "all_skipped":
      if (success || failed || upstreamFailed) return "skipped";
      return upstream - skipped > 0 ? "wait" : "run";
    case "all_done":
      return upstreamDone ? "run" : "wait";
  }
}

/** One task as the scheduler sees it. */
export interface ScheduledTask {
  taskId: string;
  upstream: readonly string[];
  triggerRule: TriggerRule;
  /** Tries allowed: retries + 1. */
  maxTries: number;
  retryDelaySeconds: number;
  /** Airflow's priority_weight_total (weight rule "downstream"): higher starts first. */
  priority: number;
}

/** The mutable record of one task in the run. */
export interface TaskRecord {
  state: TaskState;
  tries: number;
  /** Milliseconds since the run started at which an up_for_retry task may start again. */
  retryAt?: number;
}

/** Airflow's default retry_delay when a task sets retries but no delay. */
export const DEFAULT_RETRY_DELAY_SECONDS = 300;

/** The state of every task of a run, with the decisions over it. */
export class RunSchedule {
  readonly records = new Map<string, TaskRecord>();
  private readonly tasks: readonly ScheduledTask[];

  constructor(tasks: readonly ScheduledTask[]) {
    this.tasks = [...tasks].sort((a, b) => b.priority - a.priority);
    for (const task of tasks) this.records.set(task.taskId, { state: "none", tries: 0 });
  }

  record(taskId: string): TaskRecord {
    const record = this.records.get(taskId);
    if (!record) throw new Error(`unknown task ${taskId}`);
    return record;
  }

  private counts(task: ScheduledTask): UpstreamCounts {
    const counts: UpstreamCounts = { upstream: task.upstream.length, success: 0, failed: 0, upstreamFailed: 0, skipped: 0 };
    for (const id of task.upstream) {
      const state = this.record(id).state;
      if (state === "success") counts.success += 1;
      else if (state === "failed" || state === "interrupted") counts.failed += 1;
      else if (state === "upstream_failed") counts.upstreamFailed += 1;
      else if (state === "skipped") counts.skipped += 1;
    }
    return counts;
  }

  /**
   * Settles what the trigger rules decide (repeatedly, as settling one task can settle its
   * downstream) and returns the tasks that may start at `now`, highest priority first.
   */
  ready(now: number): { start: string[]; settled: [string, TaskState][] } {
    const settled: [string, TaskState][] = [];
    for (let changed = true; changed; ) {
      changed = false;
      for (const task of this.tasks) {
        const record = this.record(task.taskId);
        if (record.state !== "none") continue;
        const decision = evaluateTriggerRule(task.triggerRule, this.counts(task));
        if (decision === "skipped" || decision === "upstream_failed") {
          record.state = decision;
          settled.push([task.taskId, decision]);
          changed = true;
        }
      }
    }
    const start: string[] = [];
    for (const task of this.tasks) {
      const record = this.record(task.taskId);
      if (record.state === "none" && evaluateTriggerRule(task.triggerRule, this.counts(task)) === "run") start.push(task.taskId);
      else if (record.state === "up_for_retry" && (record.retryAt ?? 0) <= now) start.push(task.taskId);
    }
    return { start, settled };
  }

  started(taskId: string): number {
    const record = this.record(taskId);
    record.state = "running";
    record.tries += 1;
    delete record.retryAt;
    return record.tries;
  }

  /** A try ended: success, up_for_retry (with its due time) or failed. */
  finished(taskId: string, succeeded: boolean, now: number, retries: boolean): TaskState {
    const task = this.tasks.find((candidate) => candidate.taskId === taskId);
    const record = this.record(taskId);
    if (succeeded) record.state = "success";
    else if (retries && task && record.tries < task.maxTries) {
      record.state = "up_for_retry";
      record.retryAt = now + task.retryDelaySeconds * 1000;
    } else record.state = "failed";
    return record.state;
  }

  /** Tasks not finished when the run is stopped. */
  interrupt(): string[] {
    const stopped: string[] = [];
    for (const [taskId, record] of this.records) {
      if (!TERMINAL_STATES.has(record.state)) {
        if (record.state === "running") stopped.push(taskId);
        record.state = record.state === "running" || record.tries > 0 ? "interrupted" : record.state;
      }
    }
    return stopped;
  }

  /** Earliest time an up_for_retry task becomes due, if any. */
  nextRetryAt(): number | undefined {
    const due = [...this.records.values()].filter((record) => record.state === "up_for_retry").map((record) => record.retryAt ?? 0);
    return due.length > 0 ? Math.min(...due) : undefined;
  }

  /** Whether every task has reached a final state. */
  done(): boolean {
    return [...this.records.values()].every((record) => TERMINAL_STATES.has(record.state));
  }
}

/** priority_weight_total with the "downstream" weight rule: a task's weight plus all its descendants'. */
export function priorityTotals(
  taskIds: readonly string[],
  edges: readonly { upstream: string; downstream: string }[],
  weights: ReadonlyMap<string, number>,
): Map<string, number> {
  const downstream = new Map<string, string[]>(taskIds.map((id) => [id, []]));
  for (const edge of edges) downstream.get(edge.upstream)?.push(edge.downstream);
  const totals = new Map<string, number>();
  for (const id of taskIds) {
    const seen = new Set<string>([id]);
    const stack = [id];
    while (stack.length > 0) {
      for (const next of downstream.get(stack.pop() as string) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(next);
      }
    }
    totals.set(
      id,
      [...seen].reduce((sum, member) => sum + (weights.get(member) ?? 1), 0),
    );
  }
  return totals;
}
