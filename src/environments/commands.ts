/**
 * The command line of environments: `--env NAME` for deploy and plan, `dagship history` and
 * `dagship rollback`. Loaded only when one of them runs.
 */
import { basename, resolve } from "node:path";
import type { ParseArgsConfig } from "node:util";
import { parseCommandArgs } from "../cli-args.js";
import type { CliIo } from "../cli-io.js";
import type { DeployOptions } from "../deploy.js";
import { UserError } from "../errors.js";
import { projectFolders } from "../github/glob.js";
import { StreamLogger, type Logger } from "../log.js";
import { discoverProjects } from "../project.js";
import {
  CliGit,
  formatSummary,
  openTarget,
  parseDestination,
  readRepositoryIdentity,
  DEFAULT_LOCAL_FOLDER,
  type Destination,
  type IGit,
  type OpenTargetOptions,
} from "../sync/index.js";
import { CONFIG_FILE, loadRepositoryConfig, type RepositoryConfig } from "./config.js";
import { formatHistories, historiesJson, readHistories, type EnvironmentHistory } from "./history.js";
import { promotionFrom } from "./promote.js";
import { environmentFields, environmentNamed, promotionSource, type ExplicitSettings } from "./resolve.js";
import { NeverDeployedError, rollbackProject } from "./rollback.js";

async function requireConfig(root: string, why: string): Promise<RepositoryConfig> {
  const config = await loadRepositoryConfig(root);
  if (config === undefined) throw new UserError(`${why} needs ${CONFIG_FILE} at the repository root (${root}); see schema/dagship.config.schema.json`);
  return config;
}

/** Collaborators of {@link withEnvironment}. */
export interface EnvironmentDeps {
  log: Logger;
  git: IGit;
  target?: OpenTargetOptions;
}

/**
 * `deploy --env NAME` / `plan --env NAME`: the environment's destination, registry and profile in
 * `options`, except where a flag was given (`explicit`: the flag wins, and the log says so). An
 * environment with promote_from deploys the digests its source environment runs: the options
 * then pin them, and nothing is built.
 * @throws UserError without a config, for an unknown environment, or when the promotion is refused.
 */
export async function withEnvironment(options: DeployOptions, name: string, explicit: ExplicitSettings, deps: EnvironmentDeps): Promise<DeployOptions> {
  const config = await requireConfig(options.repoRoot, `--env ${name}`);
  const env = environmentNamed(config, name);
  const { fields, overridden } = environmentFields(config, env, explicit);
  for (const key of overridden) deps.log.info(`--${key === "destination" ? "dest" : key} given: it wins over environment ${name}'s ${key} in ${CONFIG_FILE}`);
  const next: DeployOptions = { ...options, ...fields };
  const source = promotionSource(config, env);
  if (source === undefined) return next;

  const discovered = options.discovered ? [...options.discovered] : await discoverProjects(options.repoRoot);
  const scope = {
    repoRoot: options.repoRoot,
    repo: options.repoName ?? basename(options.repoRoot),
    projects: options.projects ?? discovered.map((project) => project.name),
    folders: projectFolders(options.repoRoot, discovered),
  };
  const promotion = await promotionFrom(source, scope, deps);
  return { ...next, discovered, promotion, noBuild: true };
}

/** The flags of deploy and plan that, given, win over the environment's settings. */
export function explicitSettings(
  options: DeployOptions,
  given: { dest?: unknown; registry?: unknown; composer?: unknown; airflow?: unknown; namespace?: unknown },
): ExplicitSettings {
  return {
    ...(given.dest === undefined ? {} : { destination: options.destination }),
    ...(given.registry === undefined || options.registry === undefined ? {} : { registry: options.registry }),
    ...(given.composer === undefined ? {} : { composer: options.composer }),
    ...(given.airflow === undefined ? {} : { airflow: options.airflow }),
    ...(given.namespace === undefined || options.namespace === undefined ? {} : { namespace: options.namespace }),
  };
}

const WHERE_OPTIONS = {
  repo: { type: "string" },
  "repo-name": { type: "string" },
  env: { type: "string" },
  dest: { type: "string" },
  json: { type: "boolean", default: false },
  verbose: { type: "boolean", default: false },
} as const satisfies ParseArgsConfig["options"];

/** The destinations a command reads: --dest, --env, every environment of the config, or the default folder. */
async function destinationsOf(
  values: { dest?: string; env?: string },
  root: string,
  cwd: string,
  all: boolean,
): Promise<{ environment?: string; destination: Destination }[]> {
  if (values.dest !== undefined) return [{ ...(values.env === undefined ? {} : { environment: values.env }), destination: parseDestination(values.dest, cwd) }];
  if (values.env !== undefined) {
    const env = environmentNamed(await requireConfig(root, `--env ${values.env}`), values.env);
    return [{ environment: env.name, destination: env.destination.parsed }];
  }
  const config = await loadRepositoryConfig(root);
  if (config === undefined) return [{ destination: parseDestination(DEFAULT_LOCAL_FOLDER, root) }];
  if (!all && config.environments.length > 1) {
    throw new UserError(`name the environment to roll back: --env ${config.environments.map((env) => env.name).join("|")} (environments of ${CONFIG_FILE})`);
  }
  return config.environments.map((env) => ({ environment: env.name, destination: env.destination.parsed }));
}

function parse<T extends NonNullable<ParseArgsConfig["options"]>>(args: readonly string[], options: T) {
  return parseCommandArgs(args, options, 'Run "dagship --help" for usage.');
}

/** `dagship history [PROJECT] [--env E | --dest URI] [--json]`. */
export async function historyCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, WHERE_OPTIONS);
  if (positionals.length > 1) throw new UserError(`dagship history takes at most one project, got ${positionals.join(", ")}`);
  const root = resolve(io.cwd, values.repo ?? ".");
  const log = new StreamLogger((line) => io.stderr(`${line}\n`), values.verbose, io.secrets);
  const repo = values["repo-name"] ?? basename(root);
  const histories: EnvironmentHistory[] = [];
  for (const { environment, destination } of await destinationsOf(values, root, io.cwd, true)) {
    const target = await openTarget(destination, log);
    const projects = await readHistories(target, repo, positionals[0], { log });
    histories.push({ ...(environment === undefined ? {} : { environment }), destination: target.display, projects });
  }
  io.stdout(values.json ? `${JSON.stringify(historiesJson(histories), null, 2)}\n` : formatHistories(histories));
  if (values["repo-name"] === undefined && histories.every((history) => history.projects.length === 0)) io.stderr(`${actionFolderHint(repo)}\n`);
  return 0;
}

/**
 * What to try when nothing is found under the folder's name: the CLI deploys to `dags/<folder>/`,
 * the GitHub Action to `dags/OWNER__NAME/`, so reading the action's deploys needs --repo-name.
 */
function actionFolderHint(repo: string): string {
  return `nothing found under dags/${repo}/ (the repository folder's name, where dagship deploy writes); the GitHub Action deploys to dags/OWNER__NAME/: pass --repo-name OWNER__NAME to read those`;
}

/** `dagship rollback PROJECT --to COMMIT [--env E | --dest URI] [--dry-run] [--json]`. */
export async function rollbackCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { ...WHERE_OPTIONS, to: { type: "string" }, "dry-run": { type: "boolean", default: false } });
  const [project, ...rest] = positionals;
  if (project === undefined || rest.length > 0) throw new UserError("dagship rollback takes one project: dagship rollback PROJECT --to COMMIT [--env NAME]");
  if (values.to === undefined) throw new UserError(`dagship rollback needs --to COMMIT: a commit deployed before (dagship history ${project} lists them)`);
  const root = resolve(io.cwd, values.repo ?? ".");
  const log = new StreamLogger((line) => io.stderr(`${line}\n`), values.verbose, io.secrets);
  const [{ destination }] = (await destinationsOf(values, root, io.cwd, false)) as [{ destination: Destination }];
  const target = await openTarget(destination, log);
  const git = new CliGit(root);
  const repo = values["repo-name"] ?? basename(root);
  let result;
  try {
    result = await rollbackProject(
      { target, repo, identity: await readRepositoryIdentity(git), project, to: values.to, dryRun: values["dry-run"] },
      { git, log },
    );
  } catch (thrown) {
    if (thrown instanceof NeverDeployedError && values["repo-name"] === undefined) throw new UserError(`${thrown.message}. ${actionFolderHint(repo)}`);
    throw thrown;
  }
  if (values.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  io.stderr(`${formatSummary(result)}\n`);
  return 0;
}
