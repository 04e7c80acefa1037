import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  UserError
} from "./chunk-K7TMSU63.js";

// src/run/docker-args.ts
function sorted(record) {
  return Object.entries(record).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
}
function buildInvocation(build) {
  const args = build.buildx ? ["buildx", "build", "--load", "--progress", "plain"] : ["build"];
  args.push("--file", build.dockerfile, "--tag", build.reference);
  for (const [name, value] of sorted(build.buildArgs)) args.push("--build-arg", `${name}=${value}`);
  if (build.target !== void 0) args.push("--target", build.target);
  for (const [name, value] of sorted(build.labels)) args.push("--label", `${name}=${value}`);
  args.push("-");
  return { args, env: build.buildx ? {} : { DOCKER_BUILDKIT: "0" } };
}
function runInvocation(spec) {
  const args = ["run", "--rm", "--name", spec.name];
  for (const [name, value] of sorted(spec.labels)) args.push("--label", `${name}=${value}`);
  if (spec.network !== void 0) args.push("--network", spec.network);
  if (spec.cpus !== void 0) args.push("--cpus", spec.cpus);
  if (spec.memoryBytes !== void 0) args.push("--memory", String(spec.memoryBytes));
  for (const [name, value] of spec.env) args.push("--env", `${name}=${value}`);
  if (spec.envFile !== void 0) args.push("--env-file", spec.envFile);
  const [entrypoint, ...rest] = spec.command;
  if (entrypoint !== void 0) args.push("--entrypoint", entrypoint);
  args.push(spec.image, ...rest, ...spec.args);
  return { args, env: {} };
}
var killInvocation = (name) => ({ args: ["kill", name], env: {} });
var removeInvocation = (name) => ({ args: ["rm", "--force", name], env: {} });
var imageExistsInvocation = (reference) => ({ args: ["image", "inspect", "--format", "{{.Id}}", reference], env: {} });
function cpusOf(quantity) {
  const cores = quantity.endsWith("m") ? Number(quantity.slice(0, -1)) / 1e3 : Number(quantity);
  return String(Math.round(cores * 1e3) / 1e3);
}
var BYTE_UNITS = {
  "": 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60
};
function bytesOf(quantity) {
  const match = /^(\d+(?:\.\d+)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/.exec(quantity);
  if (!match) throw new Error(`not a byte quantity: ${quantity}`);
  return Math.ceil(Number(match[1]) * (BYTE_UNITS[match[2] ?? ""] ?? 1));
}
function containerName(runKey, taskId, attempt) {
  const safe = taskId.replace(/[^a-zA-Z0-9_.-]+/g, "-").replace(/^[^a-zA-Z0-9]+/, "").slice(0, 80);
  return `dagship-${runKey}-${safe || "task"}-${attempt}`;
}

// src/run/scheduler.ts
var TERMINAL_STATES = /* @__PURE__ */ new Set(["success", "failed", "upstream_failed", "skipped", "interrupted"]);
function evaluateTriggerRule(rule, counts) {
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
var DEFAULT_RETRY_DELAY_SECONDS = 300;
var RunSchedule = class {
  records = /* @__PURE__ */ new Map();
  tasks;
  constructor(tasks) {
    this.tasks = [...tasks].sort((a, b) => b.priority - a.priority);
    for (const task of tasks) this.records.set(task.taskId, { state: "none", tries: 0 });
  }
  record(taskId) {
    const record = this.records.get(taskId);
    if (!record) throw new Error(`unknown task ${taskId}`);
    return record;
  }
  counts(task) {
    const counts = { upstream: task.upstream.length, success: 0, failed: 0, upstreamFailed: 0, skipped: 0 };
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
  ready(now) {
    const settled = [];
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
    const start = [];
    for (const task of this.tasks) {
      const record = this.record(task.taskId);
      if (record.state === "none" && evaluateTriggerRule(task.triggerRule, this.counts(task)) === "run") start.push(task.taskId);
      else if (record.state === "up_for_retry" && (record.retryAt ?? 0) <= now) start.push(task.taskId);
    }
    return { start, settled };
  }
  started(taskId) {
    const record = this.record(taskId);
    record.state = "running";
    record.tries += 1;
    delete record.retryAt;
    return record.tries;
  }
  /** A try ended: success, up_for_retry (with its due time) or failed. */
  finished(taskId, succeeded, now, retries) {
    const task = this.tasks.find((candidate) => candidate.taskId === taskId);
    const record = this.record(taskId);
    if (succeeded) record.state = "success";
    else if (retries && task && record.tries < task.maxTries) {
      record.state = "up_for_retry";
      record.retryAt = now + task.retryDelaySeconds * 1e3;
    } else record.state = "failed";
    return record.state;
  }
  /** Tasks not finished when the run is stopped. */
  interrupt() {
    const stopped = [];
    for (const [taskId, record] of this.records) {
      if (!TERMINAL_STATES.has(record.state)) {
        if (record.state === "running") stopped.push(taskId);
        record.state = record.state === "running" || record.tries > 0 ? "interrupted" : record.state;
      }
    }
    return stopped;
  }
  /** Earliest time an up_for_retry task becomes due, if any. */
  nextRetryAt() {
    const due = [...this.records.values()].filter((record) => record.state === "up_for_retry").map((record) => record.retryAt ?? 0);
    return due.length > 0 ? Math.min(...due) : void 0;
  }
  /** Whether every task has reached a final state. */
  done() {
    return [...this.records.values()].every((record) => TERMINAL_STATES.has(record.state));
  }
};
function priorityTotals(taskIds, edges, weights) {
  const downstream = new Map(taskIds.map((id) => [id, []]));
  for (const edge of edges) downstream.get(edge.upstream)?.push(edge.downstream);
  const totals = /* @__PURE__ */ new Map();
  for (const id of taskIds) {
    const seen = /* @__PURE__ */ new Set([id]);
    const stack = [id];
    while (stack.length > 0) {
      for (const next of downstream.get(stack.pop()) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(next);
      }
    }
    totals.set(
      id,
      [...seen].reduce((sum, member) => sum + (weights.get(member) ?? 1), 0)
    );
  }
  return totals;
}

// src/run/secrets.ts
function parseEnvFile(text, file, environment = process.env) {
  const entries = /* @__PURE__ */ new Map();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/^\s+/, "");
    if (line === "" || line.startsWith("#")) return;
    const equals = line.indexOf("=");
    const name = equals < 0 ? line.trimEnd() : line.slice(0, equals);
    if (name === "" || /\s/.test(name)) throw new UserError(`${file}:${index + 1}: "${name}" is not a variable name (expected NAME=value)`);
    if (equals >= 0) entries.set(name, line.slice(equals + 1));
    else if (environment[name] !== void 0) entries.set(name, environment[name]);
  });
  return entries;
}
function secretValues(secrets, file) {
  const values = [];
  const missing = [];
  for (const secret of secrets) {
    const value = file.get(`${secret.secret}/${secret.key}`) ?? file.get(secret.env);
    if (value === void 0) missing.push(secret);
    else values.push([secret.env, value]);
  }
  return { values, missing };
}
function envFileText(values) {
  for (const [name, value] of values) {
    if (/[\r\n]/.test(value)) throw new UserError(`secret ${name} holds a line break, which an env file cannot pass to docker`);
  }
  return values.map(([name, value]) => `${name}=${value}
`).join("");
}
var Redactor = class {
  secrets = [];
  add(value) {
    if (value.length > 0 && !this.secrets.includes(value)) {
      this.secrets.push(value);
      this.secrets.sort((a, b) => b.length - a.length);
    }
  }
  redact(line) {
    let out = line;
    for (const secret of this.secrets) if (out.includes(secret)) out = out.split(secret).join("***");
    return out;
  }
};

export {
  buildInvocation,
  runInvocation,
  killInvocation,
  removeInvocation,
  imageExistsInvocation,
  cpusOf,
  bytesOf,
  containerName,
  DEFAULT_RETRY_DELAY_SECONDS,
  RunSchedule,
  priorityTotals,
  parseEnvFile,
  secretValues,
  envFileText,
  Redactor
};
//# sourceMappingURL=chunk-WA3ZPQ4Z.js.map
