import { stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { ParseArgsConfig } from "node:util";
import { parseCommandArgs } from "./cli-args.js";
import type { DeployOptions } from "./deploy.js";
import { environmentError, formatProblem, messageOf, UserError, type Problem } from "./errors.js";
import { outputFolder } from "./fs-safety.js";
import { StreamLogger } from "./log.js";
import { compileProjects, dagIdClashes, renderProject } from "./pipeline.js";
import { resolveProfile, profileName, type Profile } from "./profile.js";
import { newCommand } from "./scaffold.js";
import { discoverProjects, projectFromPath, SPEC_FILE, type Project } from "./project.js";
import { SecretMask } from "./secrets.js";
import { graphJson, mermaidGraph } from "./render/graph.js";
import type { ProjectImage } from "./render/render.js";
import { imageProjects } from "./dagfile/model.js";
import { DEFAULT_LOCAL_FOLDER } from "./sync/destination.js";
import { VERSION } from "./version.js";

/** Where the CLI writes; tests pass in-memory sinks. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /**
   * The secrets no output may show; default: the environment's (see src/secrets.ts). {@link main}
   * masks both sinks with it, and the deploy's logger registers the tokens it obtains in it.
   */
  secrets?: SecretMask;
}

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
  dagship plan [--repo DIR] [--dest URI]     show what a deploy would change (writes nothing)
  dagship deploy [--repo DIR] [--dest URI]   build images, render every project, sync the DAGs
  dagship new NAME [--dir PROJECTS_DIR]      create a project (default folder: projects/NAME)

Deploy and plan options:
  --dest URI            gs://BUCKET[/PATH], projects/P/locations/L/environments/E, or a folder
                        (default ${DEFAULT_LOCAL_FOLDER} in the repository)
  --registry REF        REGION-docker.pkg.dev/PROJECT/REPO, gcr.io/PROJECT or host[:port]/path;
                        without it, DAGs name local PROJECT:dev images and nothing is built
                        (plain registries: DAGSHIP_REGISTRY_USERNAME / DAGSHIP_REGISTRY_PASSWORD)
  --no-build            deploy only images that already exist for this build context
  --release-tag TAG     release deploy: promote the commit's image, allow a rollback
  --project NAME        deploy only this project (repeatable); all are still validated
  --repo-name NAME      middle part of each project's folder dags/NAME/PROJECT/ (default: folder name)
  --create-repository   create a missing Artifact Registry repository
  --build-arg KEY=VALUE docker build argument, part of the image's content hash (repeatable)

Profile options (validate, render, plan, deploy):
  --composer 2|3|none   Cloud Composer major, or none for plain Kubernetes   (default 3;
                        plan/deploy: auto, from the Composer environment)
  --airflow 2|3         Airflow major                                        (default 2; auto)
  --namespace NS        namespace for plain Kubernetes                       (default "default")

Other options:
  --image REF           image for render (default PROJECT:dev, a local image)
  --commit SHA          commit named in the generated header and pod labels
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
  commit: { type: "string" },
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
  const compiled = await compileProjects(projects, profile, { knownProjects });
  const clashes = dagIdClashes(compiled);
  const problems = [...compiled.flatMap((entry) => entry.problems), ...clashes];
  const failed = problems.some((problem) => problem.severity === "error");
  if (values.json) {
    io.stdout(`${JSON.stringify({ ok: !failed, profile: profileName(profile), files: compiled.map((entry) => ({ file: entry.project.specPath, project: entry.project.name, dagId: entry.dag?.dagId ?? null, problems: entry.problems })), problems: clashes }, null, 2)}\n`);
  } else {
    reportProblems(io, problems);
    const bad = new Set(problems.filter((problem) => problem.severity === "error").map((problem) => problem.file)).size;
    io.stderr(failed ? `${bad} of ${projects.length} dag.yaml file(s) have errors.\n` : `${projects.length} dag.yaml file(s) valid for ${profileName(profile)}.\n`);
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
  const rendered = renderProject(dag, profile, images, values.commit);
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
  const { values, positionals } = parse(args, PROFILE_OPTIONS);
  const profile = profileFrom(values);
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
} as const satisfies ParseArgsConfig["options"];

/** `KEY=VALUE` pairs of --build-arg, as docker takes them; a bare KEY is refused (it would read the environment). */
export function parseBuildArgs(pairs: readonly string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (const pair of pairs) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(pair);
    if (!match?.[1]) throw new UserError(`--build-arg "${pair}" is not KEY=VALUE (e.g. --build-arg BASE_IMAGE=python:3.12-slim)`);
    args[match[1]] = match[2] ?? "";
  }
  return args;
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
    const [{ deployRepository, reportJson }, { deployImageDeps, readRegistryLogin }, { parseRegistryRef }, { CliGit, formatSummary, parseDestination }] = await Promise.all([
      import("./deploy.js"),
      import("./deploy-deps.js"),
      import("./image/index.js"),
      import("./sync/index.js"),
    ]);
    const options: DeployOptions = {
      repoRoot,
      // A --dest the user typed is relative to where they are; the default lives in the repository.
      destination: values.dest === undefined ? parseDestination(DEFAULT_LOCAL_FOLDER, repoRoot) : parseDestination(values.dest, io.cwd),
      composer: versionChoice(values.composer, ["2", "3", "none"] as const, "composer"),
      airflow: versionChoice(values.airflow, ["2", "3"] as const, "airflow"),
      dryRun,
      noBuild: values["no-build"],
      createRepository: values["create-repository"],
    };
    if (values["repo-name"] !== undefined) options.repoName = values["repo-name"];
    if (values.registry !== undefined) options.registry = parseRegistryRef(values.registry);
    if (values.project !== undefined) options.projects = values.project;
    if (values.namespace !== undefined) options.namespace = values.namespace;
    if (values["release-tag"] !== undefined) options.releaseTag = values["release-tag"];
    if (values["build-arg"] !== undefined) options.buildArgs = parseBuildArgs(values["build-arg"]);
    const log = new StreamLogger((line) => io.stderr(`${line}\n`), values.verbose, io.secrets);
    const images = options.registry === undefined ? undefined : deployImageDeps({ log, login: readRegistryLogin(process.env) });
    const report = await deployRepository(options, { log, git: new CliGit(repoRoot), ...(images ? { images } : {}) });
    if (values.json) io.stdout(`${JSON.stringify(reportJson(report), null, 2)}\n`);
    for (const project of report.projects) io.stderr(`${formatSummary(project.sync)}\n`);
    if (report.airflowUri) io.stderr(`Airflow UI: ${report.airflowUri}\n`);
    return 0;
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
