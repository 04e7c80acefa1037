import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  RunSchedule,
  containerName,
  envFileText,
  secretValues
} from "./chunk-WA3ZPQ4Z.js";
import {
  UserError
} from "./chunk-K7TMSU63.js";
import "./chunk-LHRLJ43V.js";

// src/run/executor.ts
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
function missingSecrets(tasks, secrets) {
  const problems = [];
  for (const task of tasks) {
    if (task.secrets.length === 0) continue;
    const { missing } = secretValues(task.secrets, secrets ?? /* @__PURE__ */ new Map());
    for (const secret of missing) problems.push(`task ${task.taskId}: ${secret.env} (Kubernetes secret ${secret.secret}, key ${secret.key})`);
  }
  return problems;
}
async function executeRun(tasks, options) {
  const missing = missingSecrets(tasks, options.secrets);
  if (missing.length > 0) {
    throw new UserError(
      `these secrets have no value${options.secrets ? " in the secrets file" : " (no --secrets-file given)"}:
  ${missing.join("\n  ")}
Add NAME=value lines (or SECRET/KEY=value) to an env file and pass --secrets-file FILE.`
    );
  }
  const now = options.now ?? (() => Date.now());
  const started = now();
  const clock = () => now() - started;
  const { runtime, reporter, redactor } = options;
  const schedule = new RunSchedule(tasks);
  const byId = new Map(tasks.map((task) => [task.taskId, task]));
  const rows = new Map(
    tasks.map((task) => [task.taskId, { taskId: task.taskId, state: "none", tries: 0, maxTries: task.maxTries, durationMs: 0 }])
  );
  const rowList = () => tasks.map((task) => rows.get(task.taskId));
  const running = /* @__PURE__ */ new Map();
  const logs = /* @__PURE__ */ new Map();
  await mkdir(options.logDir, { recursive: true });
  const logOf = (taskId) => {
    let stream = logs.get(taskId);
    if (!stream) {
      stream = createWriteStream(join(options.logDir, `${taskId.replace(/[/\\]/g, "_")}.log`), { flags: "a" });
      logs.set(taskId, stream);
    }
    return stream;
  };
  const abort = { interrupted: false };
  const interrupted = () => abort.interrupted;
  let wake = () => void 0;
  const onAbort = () => {
    abort.interrupted = true;
    wake();
  };
  options.signal.addEventListener("abort", onAbort);
  const runTry = async (task, attempt) => {
    const row = rows.get(task.taskId);
    const name = containerName(options.runKey, task.taskId, attempt);
    const log = logOf(task.taskId);
    log.write(`*** ${options.dagId} ${options.runId} task ${task.taskId}: try ${attempt} of ${task.maxTries}, container ${name}, image ${task.image}
`);
    let exitCode;
    const outcome = { timedOut: false };
    const tryStart = clock();
    try {
      const { values } = secretValues(task.secrets, options.secrets ?? /* @__PURE__ */ new Map());
      const spec = {
        name,
        image: task.image,
        command: task.cmds,
        args: task.arguments,
        env: task.env,
        labels: { "dagship.run": options.runKey, "dagship.dag": options.dagId, "dagship.task": task.taskId },
        ...options.network !== void 0 ? { network: options.network } : {},
        ...task.cpus !== void 0 ? { cpus: task.cpus } : {},
        ...task.memoryBytes !== void 0 ? { memoryBytes: task.memoryBytes } : {}
      };
      if (interrupted()) return;
      const timer = task.timeoutSeconds === void 0 ? void 0 : setTimeout(() => {
        outcome.timedOut = true;
        void runtime.kill(name);
      }, task.timeoutSeconds * 1e3);
      const secretsText = values.length > 0 ? envFileText(values) : void 0;
      exitCode = await runtime.run(spec, secretsText, (line) => {
        const shown = redactor.redact(line);
        log.write(`${shown}
`);
        reporter.output(task.taskId, shown);
      });
      if (timer) clearTimeout(timer);
    } catch (thrown) {
      exitCode = -1;
      const message = redactor.redact(thrown instanceof Error ? thrown.message : String(thrown));
      log.write(`*** could not run the container: ${message}
`);
      reporter.note(`${task.taskId}: could not run the container: ${message}`);
      await runtime.remove(name);
    }
    row.durationMs += clock() - tryStart;
    delete row.startedAt;
    if (interrupted()) return;
    if (outcome.timedOut) log.write(`*** timed out after ${task.timeoutSeconds}s (execution timeout)
`);
    const state = schedule.finished(task.taskId, exitCode === 0, clock(), options.retries);
    row.state = state;
    if (exitCode !== 0 && exitCode !== -1) row.exitCode = exitCode;
    log.write(`*** try ${attempt} ended: exit code ${exitCode}, task ${state}
`);
    reporter.update(rowList(), row, "finished");
  };
  const ticker = setInterval(() => reporter.update(rowList(), void 0, "tick"), 1e3);
  try {
    while (!interrupted() && !schedule.done()) {
      const { start, settled } = schedule.ready(clock());
      for (const [taskId, state] of settled) {
        const row = rows.get(taskId);
        row.state = state;
        reporter.update(rowList(), row, "settled");
      }
      for (const taskId of start) {
        if (running.size >= options.parallel || interrupted()) break;
        const task = byId.get(taskId);
        const attempt = schedule.started(taskId);
        const row = rows.get(taskId);
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
      if (running.size === 0 && retryAt === void 0 && schedule.ready(clock()).start.length === 0) {
        throw new Error("the run cannot make progress: no task is running, due or waiting on a retry");
      }
      await new Promise((resolve) => {
        wake = resolve;
        if (retryAt !== void 0) setTimeout(resolve, Math.max(0, retryAt - clock()));
      });
    }
  } finally {
    clearInterval(ticker);
    options.signal.removeEventListener("abort", onAbort);
  }
  const stopped = [];
  if (interrupted()) {
    for (const [taskId, entry] of running) {
      stopped.push(taskId);
      await runtime.kill(entry.name);
      await runtime.remove(entry.name);
    }
    await Promise.allSettled([...running.values()].map((entry) => entry.done));
    schedule.interrupt();
    for (const [taskId, record] of schedule.records) rows.get(taskId).state = record.state;
  }
  await Promise.all([...logs.values()].map((stream) => new Promise((resolve) => stream.end(resolve))));
  const finalRows = rowList();
  reporter.close(finalRows);
  return {
    rows: finalRows,
    interrupted: abort.interrupted,
    stopped,
    failed: finalRows.some((row) => row.state === "failed" || row.state === "upstream_failed" || row.state === "interrupted")
  };
}
export {
  executeRun
};
//# sourceMappingURL=executor-WKGWWXG2.js.map
