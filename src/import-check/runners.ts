/**
 * Where the import check's Airflow commands run: in the Composer environment through the
 * Composer API, or with a local Python that has Airflow installed (`PYTHON -m airflow ...`, with
 * an AIRFLOW_HOME of its own so the user's configuration and database are never touched).
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { UserError } from "../errors.js";
import { commandText, runAirflowCommand, type AirflowCommandOptions, type AirflowCommandRun } from "../google/airflow-command.js";
import type { Logger } from "../log.js";
import { pythonArgv, type AirflowCommand } from "./commands.js";

/** Runs Airflow CLI commands in one place. */
export interface AirflowRunner {
  readonly kind: "composer" | "local";
  /** For messages, e.g. "Composer environment projects/p/locations/l/environments/e". */
  readonly where: string;
  /** `env` is configuration for a local Airflow; a Composer environment takes none. */
  run(command: AirflowCommand, env?: Readonly<Record<string, string>>): Promise<AirflowCommandRun>;
  /** Frees what the runner made (a local AIRFLOW_HOME). */
  close(): Promise<void>;
}

/** Commands in a Composer environment, through executeAirflowCommand and pollAirflowCommand. */
export function composerRunner(environment: string, what: string, log: Logger, options: AirflowCommandOptions): AirflowRunner {
  return {
    kind: "composer",
    where: `Composer environment ${environment}`,
    run: (command) => runAirflowCommand(environment, command, what, log, options),
    close: () => Promise.resolve(),
  };
}

/** How a local Python is run; tests shorten the limit. */
export interface PythonRunnerOptions {
  /** Limit of one command (default 5 minutes). */
  timeoutMs?: number;
  /** The environment the Python starts from (default process.env). */
  env?: Readonly<NodeJS.ProcessEnv>;
}

function runProcess(
  file: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<AirflowCommandRun & { spawnError?: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const lines: string[] = [];
    const partial = { out: "", err: "" };
    const take = (stream: "out" | "err", chunk: Buffer): void => {
      const parts = (partial[stream] + chunk.toString("utf8")).split(/\r?\n/);
      partial[stream] = parts.pop() ?? "";
      lines.push(...parts);
    };
    const child = spawn(file, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => take("out", chunk));
    child.stderr.on("data", (chunk: Buffer) => take("err", chunk));
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ exitCode: -1, lines, spawnError: error.message, timedOut });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      for (const rest of [partial.out, partial.err]) if (rest !== "") lines.push(rest);
      resolve({ exitCode: code ?? -1, ...(signal ? { error: `ended by ${signal}` } : {}), lines, timedOut });
    });
  });
}

/**
 * Commands run as `python -m airflow ...` with a temporary AIRFLOW_HOME (examples off, a
 * throw-away SQLite database).
 * @throws UserError when the Python cannot be started.
 */
export async function pythonRunner(python: string, log: Logger, options: PythonRunnerOptions = {}): Promise<AirflowRunner> {
  const home = await mkdtemp(path.join(tmpdir(), "dagship-airflow-home-"));
  const timeoutMs = options.timeoutMs ?? 300_000;
  const base: NodeJS.ProcessEnv = {
    ...(options.env ?? process.env),
    AIRFLOW_HOME: home,
    AIRFLOW__CORE__LOAD_EXAMPLES: "False",
    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: `sqlite:///${path.join(home, "airflow.db")}`,
  };
  return {
    kind: "local",
    where: python,
    async run(command, env = {}) {
      const args = pythonArgv(command);
      log.debug(`import check: ${python} ${args.join(" ")}`);
      const result = await runProcess(python, args, { ...base, ...env }, timeoutMs);
      if (result.spawnError !== undefined) {
        throw new UserError(`--import-check-python ${python}: cannot run it (${result.spawnError}); name a Python that has Airflow installed`);
      }
      if (result.timedOut)
        throw new UserError(`\`${commandText(command)}\` with ${python} did not end within ${Math.round(timeoutMs / 1000)} s and was stopped`);
      return { exitCode: result.exitCode, ...(result.error ? { error: result.error } : {}), lines: result.lines };
    },
    close: () => rm(home, { recursive: true, force: true }),
  };
}
