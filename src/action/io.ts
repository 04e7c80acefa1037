/**
 * The runner around the action, as one interface: @actions/core on a runner, something else in
 * tests and benchmarks. Nothing else in the action talks to @actions/core, except the error
 * funnel in run().
 */
import * as core from "@actions/core";
import type { Problem } from "../errors.js";
import type { InputName } from "../github/inputs.js";
import { ActionsLogger } from "../github/logger.js";
import type { ActionOutputs } from "../github/outputs.js";
import { MaskingLogger, type Logger } from "../log.js";
import { SecretMask } from "../secrets.js";

/**
 * Values a step keeps for its own post step (`core.saveState`, read back with `core.getState`
 * in the post step's process).
 */
export interface RunnerState {
  /** "" when never saved. */
  get(name: string): string;
  save(name: string, value: string): void;
}

/** The runner, as the action uses it. */
export interface ActionIo {
  /**
   * The process environment: read once, at the start of a run, into the run's settings; written
   * only to point Google's client libraries at credentials the action installs.
   */
  env: NodeJS.ProcessEnv;
  log: Logger;
  getInput(name: InputName): string;
  setOutput(name: keyof ActionOutputs, value: string): void;
  /** Append Markdown to the job summary. */
  summary(markdown: string): Promise<void>;
  /** A dag.yaml problem as an annotation on its file and line (path relative to the workspace). */
  annotate(problem: Problem, file: string): void;
  getIdToken(audience: string): Promise<string>;
  fetch: typeof fetch;
  state: RunnerState;
  /**
   * The run's secret mask, set by {@link withSecretMask}: what the sinks above redact, and what
   * text leaving through another channel (the PR comment) goes through, with {@link redactFor}.
   */
  secrets?: SecretMask;
}

const MASKED = new WeakSet<ActionIo>();

/**
 * The runner with every sink behind one secret mask: log lines and group titles, outputs, the
 * job summary and annotations. The mask starts with the environment's secrets (see
 * src/secrets.ts) and grows with every secret the run registers through `log.mask`. Idempotent.
 */
export function withSecretMask(io: ActionIo): ActionIo {
  if (MASKED.has(io)) return io;
  const secrets = io.secrets ?? SecretMask.fromEnvironment(io.env);
  const masked: ActionIo = {
    ...io,
    secrets,
    log: new MaskingLogger(io.log, secrets),
    setOutput: (name, value) => io.setOutput(name, secrets.redact(value)),
    summary: (markdown) => io.summary(secrets.redact(markdown)),
    annotate: (problem, file) => io.annotate({ ...problem, message: secrets.redact(problem.message) }, file),
  };
  MASKED.add(masked);
  return masked;
}

/** How text leaving the run by another way than the runner (a PR comment) is redacted. */
export function redactFor(io: ActionIo): (text: string) => string {
  const secrets = withSecretMask(io).secrets ?? new SecretMask();
  return (text) => secrets.redact(text);
}

/** The runner through @actions/core. */
export function coreIo(): ActionIo {
  return {
    env: process.env,
    log: new ActionsLogger(),
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    summary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
    annotate: (problem, file) => {
      const properties = { title: "dag.yaml", file, startLine: problem.line, startColumn: problem.column };
      if (problem.severity === "warning") core.warning(problem.message, properties);
      else core.error(problem.message, properties);
    },
    getIdToken: (audience) => core.getIDToken(audience),
    fetch: (input, init) => fetch(input, init),
    state: {
      get: (name) => core.getState(name),
      save: (name, value) => core.saveState(name, value),
    },
  };
}

/** Every output, through the runner. */
export function writeOutputs(io: ActionIo, outputs: ActionOutputs): void {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- predates the type-aware rules; to be fixed, not a pattern to copy
  for (const [name, value] of Object.entries(outputs)) if (value !== undefined) io.setOutput(name as keyof ActionOutputs, value);
}
