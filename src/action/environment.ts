/**
 * The run's environment: with a dagship.config.yaml in the working directory, the one the
 * `environment` input names, or else the one whose branches or tags select the event's ref. Its
 * destination, registry and versions stand in for the inputs a workflow leaves empty; an input
 * that is set wins. Without a config the inputs alone decide, as before.
 */
import path from "node:path";
import type { DeployDeps, DeployOptions } from "../deploy.js";
import { UserError } from "../errors.js";
import { CONFIG_FILE, loadRepositoryConfig, registryOf, type EnvironmentConfig, type RepositoryConfig } from "../environments/config.js";
import { promotionFrom } from "../environments/promote.js";
import { environmentForEvent, promotionSource } from "../environments/resolve.js";
import type { RunnerEnvironment } from "../github/environment.js";
import type { EventInfo } from "../github/event.js";
import { InputError, type InputName, type InputReader } from "../github/inputs.js";
import type { Logger } from "../log.js";
import { CliGit } from "../sync/index.js";
import type { RunContext, RunEnvironment } from "./context.js";

/** What the selection decided. */
export interface EnvironmentSelection {
  /** The inputs, completed by the environment where the workflow left them empty. */
  read: InputReader;
  environment?: RunEnvironment;
  /** Set when the config selects no environment and no input names a destination: the run does nothing. */
  skip?: string;
}

/** The inputs an environment can stand in for, and its value for each (undefined: it has none). */
export function environmentInputs(config: RepositoryConfig, env: EnvironmentConfig): Partial<Record<InputName, string>> {
  const registry = registryOf(env, new Map(config.environments.map((entry) => [entry.name, entry])));
  const composer = env.destination.parsed.kind === "composer";
  return {
    ...(registry === undefined ? {} : { registry: registry.raw }),
    [composer ? "composer-environment" : "dags-destination"]: env.destination.text,
    "composer-version": env.composer,
    "airflow-version": env.airflow,
  };
}

/**
 * An input reader where the environment's values fill what the workflow left empty. The
 * destination is the environment's only when neither destination input is set (one set wins
 * whole, whichever kind it is). Every input set over an environment value is logged.
 */
export function readerWithEnvironment(read: InputReader, values: Partial<Record<InputName, string>>, name: string, log: Logger): InputReader {
  const destinationGiven = read("composer-environment").trim() !== "" || read("dags-destination").trim() !== "";
  for (const input of Object.keys(values) as InputName[]) {
    if (read(input).trim() !== "") log.info(`input "${input}" is set: it wins over environment ${name}'s value in ${CONFIG_FILE}`);
  }
  return (input) => {
    const given = read(input);
    if (given.trim() !== "") return given;
    if ((input === "composer-environment" || input === "dags-destination") && destinationGiven) return given;
    return values[input] ?? given;
  };
}

/** The repository's environments and the `environment` input, read before the event. */
export interface ConfiguredEnvironments {
  config?: RepositoryConfig;
  /** The `environment` input ("" when unset). */
  named: string;
  workingDirectory: string;
}

/**
 * The config in the working directory, and the `environment` input.
 * @throws UserError for a config with problems; InputError for an `environment` input without one.
 */
export async function readConfiguredEnvironments(read: InputReader, runner: RunnerEnvironment): Promise<ConfiguredEnvironments> {
  const workingDirectory = path.resolve(runner.workspace, read("working-directory").trim() || ".");
  const named = read("environment").trim();
  const config = await loadRepositoryConfig(workingDirectory);
  if (config === undefined && named !== "")
    throw new InputError("environment", `is "${named}", but ${workingDirectory} has no ${CONFIG_FILE} naming environments`);
  return { ...(config === undefined ? {} : { config }), named, workingDirectory };
}

/**
 * Choose the run's environment from the config, the `environment` input and the event.
 * @throws InputError for an `environment` input naming no environment.
 */
export function selectEnvironment(configured: ConfiguredEnvironments, read: InputReader, event: EventInfo, log: Logger): EnvironmentSelection {
  const { config, named } = configured;
  if (config === undefined) return { read };
  let choice;
  try {
    choice = environmentForEvent(config, event, named);
  } catch (thrown) {
    if (named !== "" && thrown instanceof UserError) throw new InputError("environment", thrown.message);
    throw thrown;
  }
  if (choice.kind === "none") {
    const destinationGiven = read("composer-environment").trim() !== "" || read("dags-destination").trim() !== "";
    if (!destinationGiven) return { read, skip: `${choice.why}, and no destination input is set: nothing to deploy` };
    log.info(`${choice.why}: deploying to the destination the inputs name`);
    return { read };
  }
  const env = choice.environment;
  log.info(choice.why);
  const source = promotionSource(config, env);
  return {
    read: readerWithEnvironment(read, environmentInputs(config, env), env.name, log),
    environment: { environment: env, ...(source === undefined ? {} : { promoteFrom: source }) },
  };
}

/**
 * The deploy options of a promoting environment's deploy: the digests the source environment
 * runs, for every project in scope, and nothing built. Other runs' options stay as they are.
 */
export async function withRunEnvironment(ctx: RunContext, options: DeployOptions, deps: DeployDeps): Promise<DeployOptions> {
  const source = ctx.environment?.promoteFrom;
  if (source === undefined || options.dryRun) return options;
  const log = ctx.io.log;
  const scope = { repoRoot: ctx.settings.workingDirectory, repo: ctx.repoName, projects: ctx.inScope, folders: ctx.projects };
  const promotion = await promotionFrom(source, scope, { log, git: new CliGit(ctx.settings.workingDirectory), target: deps.target });
  // A promotion makes this environment run what the source runs: every project in scope.
  // Digests from the fan-out's build jobs are not what the source runs: the promotion's win.
  if (options.pinnedImages !== undefined)
    log.warn(`environment ${ctx.environment?.environment.name ?? ""} promotes from ${source.name}: the digests given by build jobs are not deployed`);
  const rest: DeployOptions = { ...options };
  delete rest.pinnedImages;
  return { ...rest, projects: ctx.inScope, includeImageUsers: false, noBuild: true, promotion };
}
