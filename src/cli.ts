/**
 * The command line: usage text, option tables and the validate, render, graph, plan and deploy
 * commands (the others load their own modules on demand). Over 300 lines with the usage text.
 */
import { stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { ParseArgsConfig } from "node:util";
import { parseBuildArgs, parseCommandArgs, parseJobs } from "./cli-args.js";
import type { DeployOptions } from "./deploy.js";
import { environmentError, formatProblem, messageOf, UserError, type Problem } from "./errors.js";
import { outputFolder } from "./fs-safety.js";
import { StreamLogger } from "./log.js";
import { assetUsesOf, compileProjects, compileRepositoryGraph, dagIdClashes, renderProject, withAssetWarnings } from "./pipeline.js";
import { resolveProfile, profileName, type Profile } from "./profile.js";
import { newCommand } from "./scaffold.js";
import { discoverProjects, projectFromPath, SPEC_FILE, type Project } from "./project.js";
import { SecretMask } from "./secrets.js";
import { graphJson, mermaidGraph } from "./render/graph.js";
import { repoGraphJson, repoGraphMermaid } from "./render/repo-graph.js";
import type { ProjectImage } from "./render/render.js";
import { imageProjects } from "./dagfile/model.js";
import { DEFAULT_LOCAL_FOLDER } from "./sync/destination.js";
import { importCheckNotes } from "./import-check/plan.js";
import { VERSION } from "./version.js";

import type { CliIo } from "./cli-io.js";

export type { CliIo } from "./cli-io.js";

const defaultIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
};

const USAGE = `dagship ${VERSION} - build, render and deploy containerised Airflow DAGs

Usage:
  dagship validate [PATH...]                 check dag.yaml files (default: every project below .)
  dagship render PROJECT_DIR --out DIR       write <dag_id>.py for one project
  dagship graph PROJECT_DIR                  print the task graph as Mermaid
  dagship graph --repo [DIR]                 print every DAG and the assets linking them
  dagship plan [--repo DIR] [--dest URI]     show what a deploy would change (writes nothing)
  dagship deploy [--repo DIR] [--dest URI]   build images, render every project, sync the DAGs
  dagship new NAME [--dir PROJECTS_DIR]      create a project (default folder: projects/NAME)
  dagship run PROJECT_DIR [TASK...]          run tasks locally in Docker, for one DAG run, as Composer would
  dagship history [PROJECT] [--env NAME]     what each environment runs per project: commits, times, digests
  dagship rollback PROJECT --to COMMIT       redeploy the render an earlier deploy of COMMIT had, byte for byte

Deploy and plan options (history and rollback take --env, --dest, --repo and --repo-name too):
  --env NAME            an environment of dagship.config.yaml: its destination, registry and profile
                        (a flag given as well wins); promote_from: deploy the digests that environment runs
  --dest URI            gs://BUCKET[/PATH], projects/P/locations/L/environments/E, or a folder
                        (default ${DEFAULT_LOCAL_FOLDER} in the repository)
  --registry REF        REGION-docker.pkg.dev/PROJECT/REPO, gcr.io/PROJECT or host[:port]/path;
                        without it, DAGs name local PROJECT:dev images and nothing is built
                        (plain registries: DAGSHIP_REGISTRY_USERNAME / DAGSHIP_REGISTRY_PASSWORD)
  --no-build            deploy only images that already exist for this build context
  --release-tag TAG     release deploy: promote the commit's image, allow a rollback
  --project NAME        deploy only this project (repeatable); all are still validated
  --repo-name NAME      middle part of each project's folder dags/NAME/PROJECT/ (default: folder name)
  --prune               remove the DAGs of projects whose folder is gone (only from folders
                        this repository deployed)
  --create-repository   create a missing Artifact Registry repository
  --build-arg KEY=VALUE docker build argument, part of the image's content hash (repeatable)
  --import-check        prove the DAG files import before deploying them (default for Composer:
  --no-import-check     the files are checked in the environment, from its bucket's data/ folder)
  --import-check-python PYTHON
                        run that check with a local Python that has Airflow (any destination)
  --jobs N              image builds at once (default: the number of CPUs); pushes at once: at most 4

Profile options (validate, render, plan, deploy):
  --composer 2|3|none   Cloud Composer major, or none for plain Kubernetes   (default 3;
                        plan/deploy: auto, from the Composer environment)
  --airflow 2|3         Airflow major                                        (default 2; auto)
  --namespace NS        namespace for plain Kubernetes                       (default "default")

Run options (dagship run; also --image, --build-arg, --no-build, --json and the profile options):
  --at TIME             the run triggered at TIME (the end of its data interval); default: now
  --logical-date DATE   the run with this logical date; times without an offset are in the DAG's zone
  --param NAME=VALUE    a run parameter, read as its declared type (repeatable)
  --dry-run             print each task's rendered image, cmds, arguments and env; run nothing
  --parallel N          tasks running at once (default 4, at most max_active_tasks)
  --secrets-file FILE   env file with the tasks' secrets (NAME=value or SECRET/KEY=value)
  --network MODE        docker network of the containers (e.g. none)
  --no-retries          one try per task, whatever retries says

Other options:
  --image REF           image for render (default PROJECT:dev, a local image)
  --json                machine-readable output on stdout
  --verbose             debug output
  -h, --help            this text
  --version             the version

Exit status: 0 success, 1 a problem in your input or setup, 2 an internal error.
`;

const PROFILE_OPTIONS = {
  composer: { type: "string" },
  airflow: { type: "string" },
  namespace: { type: "string" },
  json: { type: "boolean", default: false },
  verbose: { type: "boolean", default: false },
} as const satisfies ParseArgsConfig["options"];

function parse<T extends NonNullable<ParseArgsConfig["options"]>>(args: readonly string[], options: T) {
  return parseCommandArgs(args, options, 'Run "dagship --help" for usage.');
}

function profileFrom(values: { composer?: string | undefined; airflow?: string | undefined; namespace?: string | undefined }): Profile {
  const options: { composer?: string; airflow?: string; namespace?: string } = {};
  if (values.composer !== undefined) options.composer = values.composer;
  if (values.airflow !== undefined) options.airflow = values.airflow;
  if (values.namespace !== undefined) options.namespace = values.namespace;
  return resolveProfile(options);
}

function reportProblems(io: CliIo, problems: readonly Problem[]): void {
  for (const problem of problems) io.stderr(`${formatProblem(problem)}\n`);
}

async function projectsFor(paths: readonly string[], cwd: string, repository: readonly Project[]): Promise<Project[]> {
  if (paths.length === 0) return [...repository];
  const projects: Project[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    if (absolute.endsWith(SPEC_FILE)) projects.push(await projectFromPath(absolute, cwd));
    else projects.push(...(await discoverProjects(absolute, absolute.startsWith(resolve(cwd)) ? cwd : absolute)));
  }
  return projects;
}

async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, PROFILE_OPTIONS);
  const profile = profileFrom(values);
  // `image: other-project` may name any project of the repository, not only the ones validated;
  // without paths the repository is what is validated, so its problems (a refused symlink) are too.
  const repository = positionals.length === 0 ? await discoverProjects(io.cwd) : await discoverProjects(io.cwd).catch((): Project[] => []);
  const projects = await projectsFor(positionals, io.cwd, repository);
  if (projects.length === 0) throw new UserError(`no ${SPEC_FILE} found below ${positionals.join(", ") || io.cwd}`);
  const knownProjects = [...new Set([...repository, ...projects].map((project) => project.name))];
  // The repository's other projects may update the assets the validated ones wait for.
  const rest = repository.filter((project) => !projects.some((validated) => validated.name === project.name));
  const compiled = withAssetWarnings(await compileProjects(projects, profile, { knownProjects }), await assetUsesOf(rest));
  const clashes = dagIdClashes(compiled);
  const problems = [...compiled.flatMap((entry) => entry.problems), ...clashes];
  const failed = problems.some((problem) => problem.severity === "error");
  if (values.json) {
    io.stdout(
      `${JSON.stringify({ ok: !failed, profile: profileName(profile), files: compiled.map((entry) => ({ file: entry.project.specPath, project: entry.project.name, dagId: entry.dag?.dagId ?? null, problems: entry.problems })), problems: clashes }, null, 2)}\n`,
    );
  } else {
    reportProblems(io, problems);
    const bad = new Set(problems.filter((problem) => problem.severity === "error").map((problem) => problem.file)).size;
    io.stderr(
      failed ? `${bad} of ${projects.length} dag.yaml file(s) have errors.\n` : `${projects.length} dag.yaml file(s) valid for ${profileName(profile)}.\n`,
    );
  }
  return failed ? 1 : 0;
}

async function compileOne(path: string | undefined, profile: Profile, io: CliIo, command: string) {
  if (path === undefined) throw new UserError(`dagship ${command} needs a project folder: dagship ${command} PROJECT_DIR`);
  const project = await projectFromPath(resolve(io.cwd, path), io.cwd);
  // A single folder has no repository around it: `image: other-project` cannot be checked here.
  const [compiled] = await compileProjects([project], profile, { knownProjects: null });
  if (!compiled?.dag) {
    reportProblems(io, compiled?.problems ?? []);
    throw new UserError(`${project.specPath} has errors; nothing was written`);
  }
  return { project, dag: compiled.dag };
}

async function renderCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { ...PROFILE_OPTIONS, out: { type: "string" }, image: { type: "string" } });
  if (values.out === undefined) throw new UserError("dagship render needs --out DIR: the folder to write <dag_id>.py into");
  if (positionals.length > 1) throw new UserError(`dagship render takes one project folder, got ${positionals.length}`);
  const profile = profileFrom(values);
  const { project, dag } = await compileOne(positionals[0], profile, io, "render");
  const images: Record<string, ProjectImage> = { [project.name]: { reference: values.image ?? `${project.name}:dev` } };
  for (const other of imageProjects(dag)) images[other] ??= { reference: `${other}:dev` };
  const rendered = renderProject(dag, profile, images);
  const outDir = await outputFolder(resolve(io.cwd, values.out), "--out");
  const target = join(outDir, rendered.fileName);
  // Opening a pipe for writing would wait for a reader forever; a folder or a socket cannot be written.
  const existing = await stat(target).catch(() => undefined);
  if (existing !== undefined && !existing.isFile()) throw new UserError(`${target} exists and is not a file: remove it, or pass another --out`);
  await writeFile(target, rendered.content);
  if (values.json) io.stdout(`${JSON.stringify({ dagId: rendered.dagId, file: target, profile: profileName(profile) })}\n`);
  else io.stderr(`wrote ${target} (${profileName(profile)})\n`);
  return 0;
}

async function graphCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { ...PROFILE_OPTIONS, repo: { type: "boolean", default: false } });
  const profile = profileFrom(values);
  if (values.repo) {
    if (positionals.length > 1) throw new UserError(`dagship graph --repo takes one repository folder, got ${positionals.length}`);
    const graph = await compileRepositoryGraph(resolve(io.cwd, positionals[0] ?? "."), profile);
    io.stdout(values.json ? `${JSON.stringify(repoGraphJson(graph))}\n` : repoGraphMermaid(graph));
    return 0;
  }
  const { dag } = await compileOne(positionals[0], profile, io, "graph");
  io.stdout(values.json ? `${JSON.stringify(graphJson(dag))}\n` : mermaidGraph(dag));
  return 0;
}

const DEPLOY_OPTIONS = {
  ...PROFILE_OPTIONS,
  repo: { type: "string" },
  "repo-name": { type: "string" },
  dest: { type: "string" },
  registry: { type: "string" },
  project: { type: "string", multiple: true },
  "release-tag": { type: "string" },
  "no-build": { type: "boolean", default: false },
  "create-repository": { type: "boolean", default: false },
  "build-arg": { type: "string", multiple: true },
  "import-check": { type: "boolean" },
  "no-import-check": { type: "boolean" },
  "import-check-python": { type: "string" },
  jobs: { type: "string" },
  prune: { type: "boolean", default: false },
  env: { type: "string" },
} as const satisfies ParseArgsConfig["options"];

export { parseBuildArgs } from "./cli-args.js";

/** --import-check / --no-import-check / --import-check-python as the deploy's setting. */
export function importCheckSetting(values: {
  "import-check"?: boolean | undefined;
  "no-import-check"?: boolean | undefined;
  "import-check-python"?: string | undefined;
}): NonNullable<DeployOptions["importCheck"]> {
  if (values["import-check"] && values["no-import-check"]) throw new UserError("--import-check and --no-import-check contradict each other: pass one of them");
  const enabled = values["no-import-check"] ? false : values["import-check"] ? true : undefined;
  const python = values["import-check-python"];
  return { ...(enabled === undefined ? {} : { enabled }), ...(python === undefined ? {} : { python }) };
}

function versionChoice<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | "auto" {
  if (value === undefined || value === "auto") return "auto";
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`--${flag} must be ${allowed.join(", ")} or auto, not "${value}"`);
}

function deployCommand(dryRun: boolean): Command {
  return async (args, io) => {
    const { values, positionals } = parse(args, DEPLOY_OPTIONS);
    if (positionals.length > 0) throw new UserError(`unexpected argument "${positionals[0]}": pass the repository with --repo DIR`);
    const repoRoot = resolve(io.cwd, values.repo ?? ".");
    // Loaded here, not at the top: the storage, auth and registry clients would otherwise slow
    // every `validate` and `render` start-up.
    const [
      { deployRepository, exitStatus, formatReport, reportJson },
      { deployImageDeps, readRegistryLogin },
      { parseRegistryRef },
      { CliGit, parseDestination },
    ] = await Promise.all([import("./deploy.js"), import("./deploy-deps.js"), import("./image/index.js"), import("./sync/index.js")]);
    let options: DeployOptions = {
      repoRoot,
      // A --dest the user typed is relative to where they are; the default lives in the repository.
      destination: values.dest === undefined ? parseDestination(DEFAULT_LOCAL_FOLDER, repoRoot) : parseDestination(values.dest, io.cwd),
      composer: versionChoice(values.composer, ["2", "3", "none"] as const, "composer"),
      airflow: versionChoice(values.airflow, ["2", "3"] as const, "airflow"),
      dryRun,
      noBuild: values["no-build"],
      createRepository: values["create-repository"],
      importCheck: importCheckSetting(values),
      prune: values.prune,
    };
    if (values["repo-name"] !== undefined) options.repoName = values["repo-name"];
    if (values.registry !== undefined) options.registry = parseRegistryRef(values.registry);
    if (values.project !== undefined) options.projects = values.project;
    if (values.namespace !== undefined) options.namespace = values.namespace;
    if (values["release-tag"] !== undefined) options.releaseTag = values["release-tag"];
    if (values["build-arg"] !== undefined) options.buildArgs = parseBuildArgs(values["build-arg"]);
    if (values.jobs !== undefined) options.jobs = parseJobs(values.jobs);
    const log = new StreamLogger((line) => io.stderr(`${line}\n`), values.verbose, io.secrets);
    if (values.env !== undefined) {
      const { explicitSettings, withEnvironment } = await import("./environments/commands.js");
      options = await withEnvironment(options, values.env, explicitSettings(options, values), { log, git: new CliGit(repoRoot) });
    }
    const images = options.registry === undefined ? undefined : deployImageDeps({ log, login: readRegistryLogin(process.env) });
    const report = await deployRepository(options, { log, git: new CliGit(repoRoot), ...(images ? { images } : {}) });
    if (values.json) io.stdout(`${JSON.stringify(reportJson(report), null, 2)}\n`);
    io.stderr(`${formatReport(report)}\n`);
    for (const note of importCheckNotes(report.importCheck)) io.stderr(`${note}\n`);
    return exitStatus(report);
  };
}

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  render: renderCommand,
  graph: graphCommand,
  plan: deployCommand(true),
  deploy: deployCommand(false),
  new: newCommand,
  run: async (args, io) => (await import("./run/command.js")).runCommand(args, io),
  history: async (args, io) => (await import("./environments/commands.js")).historyCommand(args, io),
  rollback: async (args, io) => (await import("./environments/commands.js")).rollbackCommand(args, io),
};

/**
 * The dagship command line. Returns the exit code: 0 ok, 1 user error, 2 internal error. Every
 * byte written to `io` goes through the run's secret mask.
 */
export async function main(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  const secrets = io.secrets ?? SecretMask.fromEnvironment(process.env);
  const masked: CliIo = { cwd: io.cwd, secrets, stdout: (text) => io.stdout(secrets.redact(text)), stderr: (text) => io.stderr(secrets.redact(text)) };
  return runCommand(argv, masked);
}

async function runCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    io.stdout(USAGE);
    return name === undefined ? 1 : 0;
  }
  if (name === "--version") {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UserError(`unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(", ")}. Run "dagship --help".`);
    return await command(rest, io);
  } catch (thrown) {
    // A file-system failure of the user's machine (permissions, a full disk) is theirs to fix, not a bug.
    const problem = thrown instanceof UserError ? thrown : environmentError(thrown);
    if (problem) {
      reportProblems(io, problem.problems);
      io.stderr(`dagship: ${problem.message}\n`);
      return 1;
    }
    io.stderr(`dagship: internal error: ${messageOf(thrown)}\nThis is a bug in dagship; please report it with the command you ran.\n`);
    if (argv.includes("--verbose") && thrown instanceof Error && thrown.stack) io.stderr(`${thrown.stack}\n`);
    return 2;
  }
}
