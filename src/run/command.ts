/**
 * `dagship run PROJECT_DIR [TASK...]`: run tasks of a DAG in the local Docker daemon as Composer
 * would run them for one DAG run. Planning (run, params, rendering) is pure and happens first;
 * `--dry-run` stops there.
 */
import { randomBytes } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { ParseArgsConfig } from "node:util";
import { parseBuildArgs, parseCommandArgs } from "../cli-args.js";
import { UserError } from "../errors.js";
import { compileProjects } from "../pipeline.js";
import { resolveProfile } from "../profile.js";
import { discoverProjects, projectFromPath, type Project } from "../project.js";
import type { NormalisedDag, NormalisedTask } from "../dagfile/model.js";
import { ensureLocalImage, localImage, type LocalImage } from "./image.js";
import { parseParamOptions, resolveParams } from "./params.js";
import { dryRunJson, planRun, selectTasks, type PlannedTask } from "./plan.js";
import { formatInstant } from "./pydate.js";
import { DockerRuntime, type ContainerRuntime } from "./runtime.js";
import { parseEnvFile, Redactor } from "./secrets.js";
import { PlainReporter, summaryTable, TtyReporter } from "./status.js";
import { chooseRun, type DagRunInfo, type RunRequest } from "./timetable.js";
import { instantOf, isKnownZone, wallOf, type Micros } from "./zone.js";

/** Where the command writes, and the seams tests replace. */
export interface RunIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  runtime?: ContainerRuntime;
  /** Show the live status block (default: standard error is a terminal). */
  tty?: boolean;
  now?: () => number;
}

const OPTIONS = {
  at: { type: "string" },
  "logical-date": { type: "string" },
  param: { type: "string", multiple: true },
  "dry-run": { type: "boolean", default: false },
  json: { type: "boolean", default: false },
  parallel: { type: "string" },
  "secrets-file": { type: "string" },
  network: { type: "string" },
  "no-build": { type: "boolean", default: false },
  "no-retries": { type: "boolean", default: false },
  image: { type: "string" },
  "build-arg": { type: "string", multiple: true },
  composer: { type: "string" },
  airflow: { type: "string" },
  namespace: { type: "string" },
  verbose: { type: "boolean", default: false },
} as const satisfies ParseArgsConfig["options"];

/** Default for --parallel: what a laptop runs comfortably, never above the DAG's max_active_tasks. */
const DEFAULT_PARALLEL = 4;

const TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** A time given on the command line; without an offset it is read in the DAG's time zone. */
export function parseTimeOption(text: string, zone: string, flag: string): Micros {
  const match = TIME.exec(text.trim());
  if (!match) throw new UserError(`${flag} "${text}" is not a date or time: use 2024-05-09, 2024-05-09T06:00 or 2024-05-09T06:00:00+02:00`);
  const [, year, month, day, hour = "0", minute = "0", second = "0", fraction = "0", offset] = match;
  const wallMs = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  if (new Date(wallMs).getUTCDate() !== Number(day)) throw new UserError(`${flag} "${text}" is not a calendar date`);
  const wall = wallMs * 1000 + Number(fraction.padEnd(6, "0"));
  if (offset !== undefined) {
    if (offset === "Z") return wall;
    const digits = offset.replace(":", "");
    const seconds = (Number(digits.slice(1, 3)) * 3600 + Number(digits.slice(3, 5)) * 60) * (digits.startsWith("-") ? -1 : 1);
    return wall - seconds * 1_000_000;
  }
  const late = instantOf(zone, wall, 1);
  if (wallOf(zone, late) !== wall) throw new UserError(`${flag} "${text}" does not exist in ${zone} (clocks go forward): pick a time outside the gap`);
  if (instantOf(zone, wall, 0) !== late)
    throw new UserError(
      `${flag} "${text}" happens twice in ${zone} (clocks go back): add the UTC offset, e.g. ${formatInstant(instantOf(zone, wall, 0), zone)}`,
    );
  return late;
}

function runRequest(at: string | undefined, logicalDate: string | undefined, dag: NormalisedDag, now: number): RunRequest {
  if (at !== undefined && logicalDate !== undefined) throw new UserError("give --at TRIGGER_TIME or --logical-date DATE, not both");
  if (!isKnownZone(dag.timezone)) throw new UserError(`time zone "${dag.timezone}" is not known to this machine`);
  if (at !== undefined) return { kind: "at", at: parseTimeOption(at, dag.timezone, "--at") };
  if (logicalDate !== undefined) return { kind: "logical-date", date: parseTimeOption(logicalDate, dag.timezone, "--logical-date") };
  return { kind: "now", now: now * 1000 };
}

/** The repository root: the nearest folder above the project holding `.git`, else the current folder. */
async function repositoryRoot(projectDir: string, cwd: string): Promise<string> {
  for (let dir = projectDir; ; dir = dirname(dir)) {
    if (await stat(join(dir, ".git")).catch(() => undefined)) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

async function projectImages(
  dag: NormalisedDag,
  project: Project,
  root: string,
  override: string | undefined,
  buildArgs: Record<string, string>,
): Promise<Map<string, LocalImage | string>> {
  const images = new Map<string, LocalImage | string>();
  const needed = new Set(dag.tasks.flatMap((task) => (task.image.kind === "project" ? [task.image.project] : [])));
  const others = [...needed].filter((name) => name !== project.name);
  const repository = others.length > 0 ? await discoverProjects(root) : [];
  for (const name of needed) {
    if (name === project.name && override !== undefined) {
      images.set(name, override);
      continue;
    }
    const dir = name === project.name ? project.dir : repository.find((candidate) => candidate.name === name)?.dir;
    if (dir === undefined) throw new UserError(`a task uses the image of project "${name}", which is not in the repository at ${root}`);
    images.set(name, await localImage(name, dir, buildArgs));
  }
  return images;
}

function describeRun(run: DagRunInfo, dag: NormalisedDag): string {
  const interval =
    run.dataIntervalStart === run.dataIntervalEnd ? "" : `, data interval ${formatInstant(run.dataIntervalStart)} to ${formatInstant(run.dataIntervalEnd)}`;
  return `${dag.dagId}: ${run.runType} run ${run.runId} (logical date ${formatInstant(run.logicalDate)}${interval})`;
}

function plainPlan(tasks: readonly PlannedTask[]): string {
  return tasks
    .map((task) => {
      const lines = [`${task.taskId}  (${task.image})`, `  cmds:      ${JSON.stringify(task.cmds)}`, `  arguments: ${JSON.stringify(task.arguments)}`];
      for (const [name, value] of task.env) lines.push(`  env ${name}=${value}`);
      for (const secret of task.secrets) lines.push(`  secret ${secret.env} (from ${secret.secret}/${secret.key})`);
      return lines.join("\n");
    })
    .join("\n");
}

/** Run the command; returns the exit code (0 ok, 1 a task failed, 130 interrupted). */
export async function runCommand(argv: readonly string[], io: RunIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'Run "dagship --help" for usage.');
  const [projectPath, ...taskNames] = positionals;
  if (projectPath === undefined) throw new UserError("dagship run needs a project folder: dagship run PROJECT_DIR [TASK...]");
  const profileOptions: { composer?: string; airflow?: string; namespace?: string } = {};
  if (values.composer !== undefined) profileOptions.composer = values.composer;
  if (values.airflow !== undefined) profileOptions.airflow = values.airflow;
  if (values.namespace !== undefined) profileOptions.namespace = values.namespace;
  const profile = resolveProfile(profileOptions);
  const project = await projectFromPath(resolve(io.cwd, projectPath), io.cwd);
  const [compiled] = await compileProjects([project], profile, { knownProjects: null });
  if (!compiled?.dag) throw new UserError(`${project.specPath} has errors; nothing was run`, compiled?.problems ?? []);
  const dag = compiled.dag;
  const parallel = values.parallel === undefined ? Math.min(DEFAULT_PARALLEL, dag.maxActiveTasks ?? DEFAULT_PARALLEL) : Number(values.parallel);
  if (!Number.isInteger(parallel) || parallel < 1) throw new UserError(`--parallel must be a whole number of 1 or more, not "${values.parallel}"`);
  const now = io.now ?? (() => Date.now());

  const run = chooseRun(dag, runRequest(values.at, values["logical-date"], dag, now()));
  const params = resolveParams(dag.params, parseParamOptions(values.param ?? []));
  const root = await repositoryRoot(project.dir, io.cwd);
  const buildArgs = parseBuildArgs(values["build-arg"] ?? []);
  const images = await projectImages(dag, project, root, values.image, buildArgs);
  const imageOf = (task: NormalisedTask): string => {
    if (task.image.kind === "reference") return task.image.reference;
    const image = images.get(task.image.project);
    return typeof image === "string" ? image : (image?.reference ?? task.image.project);
  };
  const only = taskNames.length > 0 ? selectTasks(dag, taskNames) : undefined;
  const tasks = planRun({ dag, run, params, imageOf, retries: !values["no-retries"], ...(only ? { only } : {}) });

  if (values["dry-run"]) {
    io.stdout(values.json ? `${JSON.stringify(dryRunJson(run, dag.dagId, tasks), null, 2)}\n` : `${describeRun(run, dag)}\n${plainPlan(tasks)}\n`);
    return 0;
  }

  const runtime = io.runtime ?? new DockerRuntime();
  const log = (text: string) => io.stderr(`${text}\n`);
  log(describeRun(run, dag));
  for (const image of images.values()) {
    if (typeof image === "string") continue;
    const outcome = await ensureLocalImage(image, buildArgs, runtime, {
      noBuild: values["no-build"],
      onBuild: () => log(`building ${image.reference} (the content tag deploy would use)`),
      onLine: (line) => (values.verbose ? log(`  ${line}`) : undefined),
    });
    if (outcome === "present") log(`image ${image.reference} is up to date`);
  }

  const redactor = new Redactor();
  let secrets: Map<string, string> | undefined;
  if (values["secrets-file"] !== undefined) {
    const file = resolve(io.cwd, values["secrets-file"]);
    const text = await readFile(file, "utf8").catch((thrown: unknown) => {
      const error = thrown as NodeJS.ErrnoException;
      throw new UserError(`cannot read --secrets-file ${file}: ${error.code ?? error.message}`);
    });
    secrets = parseEnvFile(text, file);
    for (const value of secrets.values()) redactor.add(value);
  }
  const logDir = join(root, ".dagship", "runs", run.runId);
  const tty = io.tty ?? (process.stderr.isTTY && !values.json);
  const reporter = tty ? new TtyReporter(io.stderr, now) : new PlainReporter(io.stderr, true);
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.on("SIGINT", onSigint);
  let outcome;
  try {
    const { executeRun } = await import("./executor.js");
    outcome = await executeRun(tasks, {
      dagId: dag.dagId,
      runId: run.runId,
      runKey: randomBytes(4).toString("hex"),
      runtime,
      reporter,
      redactor,
      secrets,
      network: values.network,
      parallel,
      retries: !values["no-retries"],
      logDir,
      signal: controller.signal,
      now,
    });
  } finally {
    process.off("SIGINT", onSigint);
  }
  if (outcome.interrupted)
    log(`interrupted: ${outcome.stopped.length > 0 ? `stopped and removed the containers of ${outcome.stopped.join(", ")}` : "no container was running"}`);
  log(summaryTable(outcome.rows));
  log(`logs: ${logDir}`);
  if (values.json) {
    io.stdout(
      `${JSON.stringify({ dag_id: dag.dagId, run_id: run.runId, interrupted: outcome.interrupted, log_dir: logDir, tasks: outcome.rows.map((row) => ({ task_id: row.taskId, state: row.state, tries: row.tries, duration_ms: row.durationMs, ...(row.exitCode !== undefined ? { exit_code: row.exitCode } : {}) })) }, null, 2)}\n`,
    );
  }
  return outcome.interrupted ? 130 : outcome.failed ? 1 : 0;
}
