/**
 * Runs a planned DAG run in containers: the scheduler decides, this loop carries the decisions
 * out through the container seam (one attached `docker run --rm` per try), keeps a log file per task,
 * enforces execution timeouts, waits retry delays, and stops every container when interrupted.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { UserError } from "../errors.js";
import { containerName, type ContainerSpec } from "./docker-args.js";
import type { PlannedTask } from "./plan.js";
import type { ContainerRuntime } from "./runtime.js";
import { RunSchedule, type TaskState } from "./scheduler.js";
import { envFileText, secretValues, type Redactor } from "./secrets.js";
import type { Reporter, TaskRow } from "./status.js";

/** Everything a run needs besides its plan. */
export interface ExecuteOptions {
  dagId: string;
  runId: string;
  /** Distinguishes this run's containers from every other's (names and the dagship.run label). */
  runKey: string;
  runtime: ContainerRuntime;
  reporter: Reporter;
  redactor: Redactor;
  /** Entries of --secrets-file; undefined when none was given. */
  secrets: ReadonlyMap<string, string> | undefined;
  network: string | undefined;
  parallel: number;
  retries: boolean;
  logDir: string;
  /** Aborted on Ctrl-C: running containers are killed and removed. */
  signal: AbortSignal;
  now?: () => number;
}

/** How the run ended. */
export interface RunOutcome {
  rows: TaskRow[];
  interrupted: boolean;
  /** Containers that were running when the run was interrupted. */
  stopped: string[];
  failed: boolean;
}

function missingSecrets(tasks: readonly PlannedTask[], secrets: ReadonlyMap<string, string> | undefined): string[] {
  const problems: string[] = [];
  for (const task of tasks) {
    if (task.secrets.length === 0) continue;
    const { missing } = secretValues(task.secrets, secrets ?? new Map());
    for (const secret of missing) problems.push(`task ${task.taskId}: ${secret.env} (Kubernetes secret ${secret.secret}, key ${secret.key})`);
  }
  return problems;
}

/** Run the tasks; resolves when every task is settled or the run was interrupted. */
export async function executeRun(tasks: readonly PlannedTask[], options: ExecuteOptions): Promise<RunOutcome> {
  const missing = missingSecrets(tasks, options.secrets);
  if (missing.length > 0) {
    throw new UserError(
      `these secrets have no value${options.secrets ? " in the secrets file" : " (no --secrets-file given)"}:\n  ${missing.join("\n  ")}\n` +
        "Add NAME=value lines (or SECRET/KEY=value) to an env file and pass --secrets-file FILE.",
    );
  }
  const now = options.now ?? (() => Date.now());
  const started = now();
  const clock = () => now() - started;
  const { runtime, reporter, redactor } = options;
  const schedule = new RunSchedule(tasks);
  const byId = new Map(tasks.map((task) => [task.taskId, task]));
  const rows = new Map<string, TaskRow>(
    tasks.map((task) => [task.taskId, { taskId: task.taskId, state: "none", tries: 0, maxTries: task.maxTries, durationMs: 0 }]),
  );
  const rowList = () => tasks.map((task) => rows.get(task.taskId) as TaskRow);
  const running = new Map<string, { name: string; done: Promise<void> }>();
  const logs = new Map<string, WriteStream>();
  await mkdir(options.logDir, { recursive: true });
  const logOf = (taskId: string): WriteStream => {
    let stream = logs.get(taskId);
    if (!stream) {
      stream = createWriteStream(join(options.logDir, `${taskId.replace(/[/\\]/g, "_")}.log`), { flags: "a" });
      logs.set(taskId, stream);
    }
    return stream;
  };
  // An object, not a `let`: the abort listener sets it, which control-flow narrowing cannot see.
  const abort = { interrupted: false };
  const interrupted = (): boolean => abort.interrupted;
  let wake: () => void = () => undefined;
  const onAbort = () => {
    abort.interrupted = true;
    wake();
  };
  options.signal.addEventListener("abort", onAbort);

  const runTry = async (task: PlannedTask, attempt: number): Promise<void> => {
    const row = rows.get(task.taskId) as TaskRow;
    const name = containerName(options.runKey, task.taskId, attempt);
    const log = logOf(task.taskId);
    log.write(`*** ${options.dagId} ${options.runId} task ${task.taskId}: try ${attempt} of ${task.maxTries}, container ${name}, image ${task.image}\n`);
    let exitCode: number;
    // Set by the timer's callback, which control-flow narrowing cannot see.
    const outcome = { timedOut: false };
    const tryStart = clock();
    try {
      const { values } = secretValues(task.secrets, options.secrets ?? new Map());
      const spec: ContainerSpec = {
        name,
        image: task.image,
        command: task.cmds,
        args: task.arguments,
        env: task.env,
        labels: { "dagship.run": options.runKey, "dagship.dag": options.dagId, "dagship.task": task.taskId },
        ...(options.network !== undefined ? { network: options.network } : {}),
        ...(task.cpus !== undefined ? { cpus: task.cpus } : {}),
        ...(task.memoryBytes !== undefined ? { memoryBytes: task.memoryBytes } : {}),
      };
      if (interrupted()) return;
      const timer =
        task.timeoutSeconds === undefined
          ? undefined
          : setTimeout(() => {
              outcome.timedOut = true;
              void runtime.kill(name);
            }, task.timeoutSeconds * 1000);
      const secretsText = values.length > 0 ? envFileText(values) : undefined;
      exitCode = await runtime.run(spec, secretsText, (line) => {
        const shown = redactor.redact(line);
        log.write(`${shown}\n`);
        reporter.output(task.taskId, shown);
      });
      if (timer) clearTimeout(timer);
    } catch (thrown) {
      exitCode = -1;
      const message = redactor.redact(thrown instanceof Error ? thrown.message : String(thrown));
      log.write(`*** could not run the container: ${message}\n`);
      reporter.note(`${task.taskId}: could not run the container: ${message}`);
      // `docker run --rm` removes what it started; after a failure of docker itself, make sure.
      await runtime.remove(name);
    }
    row.durationMs += clock() - tryStart;
    delete row.startedAt;
    if (interrupted()) return;
    if (outcome.timedOut) log.write(`*** timed out after ${task.timeoutSeconds}s (execution timeout)\n`);
    const state: TaskState = schedule.finished(task.taskId, exitCode === 0, clock(), options.retries);
    row.state = state;
    if (exitCode !== 0 && exitCode !== -1) row.exitCode = exitCode;
    log.write(`*** try ${attempt} ended: exit code ${exitCode}, task ${state}\n`);
    reporter.update(rowList(), row, "finished");
  };

  const ticker = setInterval(() => reporter.update(rowList(), undefined, "tick"), 1000);
  try {
    while (!interrupted() && !schedule.done()) {
      const { start, settled } = schedule.ready(clock());
      for (const [taskId, state] of settled) {
        const row = rows.get(taskId) as TaskRow;
        row.state = state;
        reporter.update(rowList(), row, "settled");
      }
      for (const taskId of start) {
        if (running.size >= options.parallel || interrupted()) break;
        const task = byId.get(taskId) as PlannedTask;
        const attempt = schedule.started(taskId);
        const row = rows.get(taskId) as TaskRow;
        Object.assign(row, { state: "running", tries: attempt, startedAt: now() });
        reporter.update(rowList(), row, "started");
        const done = runTry(task, attempt).finally(() => {
          running.delete(taskId);
          wake();
        });
        running.set(taskId, { name: containerName(options.runKey, taskId, attempt), done });
      }
      if (schedule.done()) break;
      const retryAt = schedule.nextRetryAt();
      if (running.size === 0 && retryAt === undefined && schedule.ready(clock()).start.length === 0) {
        throw new Error("the run cannot make progress: no task is running, due or waiting on a retry");
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (retryAt !== undefined) setTimeout(resolve, Math.max(0, retryAt - clock()));
      });
    }
  } finally {
    clearInterval(ticker);
    options.signal.removeEventListener("abort", onAbort);
  }

  const stopped: string[] = [];
  if (interrupted()) {
    for (const [taskId, entry] of running) {
      stopped.push(taskId);
      await runtime.kill(entry.name);
      await runtime.remove(entry.name);
    }
    await Promise.allSettled([...running.values()].map((entry) => entry.done));
    schedule.interrupt();
    for (const [taskId, record] of schedule.records) (rows.get(taskId) as TaskRow).state = record.state;
  }
  await Promise.all([...logs.values()].map((stream) => new Promise<void>((resolve) => stream.end(resolve))));
  const finalRows = rowList();
  reporter.close(finalRows);
  return {
    rows: finalRows,
    interrupted: abort.interrupted,
    stopped,
    failed: finalRows.some((row) => row.state === "failed" || row.state === "upstream_failed" || row.state === "interrupted"),
  };
}
