/**
 * Pure resolution over the repository config: which environment a ref (or a workflow event)
 * deploys to, and what an environment sets of a deploy's options, with explicit settings (CLI
 * flags, action inputs) winning field by field.
 */
import type { DeployOptions } from "../deploy.js";
import { UserError } from "../errors.js";
import type { EventInfo } from "../github/event.js";
import { selectByGlobs } from "../github/glob.js";
import { didYouMean } from "../dagfile/suggest.js";
import type { RegistryRef } from "../image/reference.js";
import type { Destination } from "../sync/destination.js";
import { CONFIG_FILE, registryOf, type EnvironmentConfig, type RepositoryConfig } from "./config.js";

/** A branch or a tag, by its short name. */
export interface GitRef {
  kind: "branch" | "tag";
  name: string;
}

/** `refs/heads/x` and `refs/tags/y`; anything else (a pull request's merge ref) is none. */
export function parseGitRef(ref: string): GitRef | undefined {
  if (ref.startsWith("refs/heads/")) return { kind: "branch", name: ref.slice("refs/heads/".length) };
  if (ref.startsWith("refs/tags/")) return { kind: "tag", name: ref.slice("refs/tags/".length) };
  return undefined;
}

/** Whether a ref name is selected by globs (as GitHub's branch and tag filters: later patterns win, `!` excludes). */
function refMatches(globs: readonly string[], name: string): boolean {
  return globs.length > 0 && selectByGlobs(globs, [{ name, path: name }]).length > 0;
}

/** Every environment whose branches (for a branch) or tags (for a tag) select the ref, in config order. */
export function environmentsForRef(config: RepositoryConfig, ref: GitRef): EnvironmentConfig[] {
  return config.environments.filter((env) => refMatches(ref.kind === "branch" ? env.branches : env.tags, ref.name));
}

/** The environment of that name. @throws UserError listing the environments (with a did-you-mean). */
export function environmentNamed(config: RepositoryConfig, name: string): EnvironmentConfig {
  const found = config.environments.find((env) => env.name === name);
  if (found !== undefined) return found;
  const names = config.environments.map((env) => env.name);
  throw new UserError(`${config.file} has no environment "${name}".${didYouMean(name, names)} Environments: ${names.join(", ")}`);
}

/** The environment a promotion reads from. */
export function promotionSource(config: RepositoryConfig, env: EnvironmentConfig): EnvironmentConfig | undefined {
  return env.promoteFrom === undefined ? undefined : environmentNamed(config, env.promoteFrom);
}

/** Settings given explicitly (CLI flags, action inputs); each one set wins over the environment's. */
export interface ExplicitSettings {
  destination?: Destination;
  registry?: RegistryRef;
  composer?: DeployOptions["composer"];
  airflow?: DeployOptions["airflow"];
  namespace?: string;
}

/** The deploy options an environment sets. */
export type EnvironmentFields = Pick<DeployOptions, "destination" | "registry" | "composer" | "airflow" | "namespace">;

/**
 * The environment's destination, registry (its own, else the one it promotes from) and profile,
 * with every explicitly given setting in place of the environment's; `overridden` names those
 * that replaced a value of the environment, for the log.
 */
export function environmentFields(
  config: RepositoryConfig,
  env: EnvironmentConfig,
  explicit: ExplicitSettings,
): { fields: EnvironmentFields; overridden: string[] } {
  const registry = registryOf(env, new Map(config.environments.map((entry) => [entry.name, entry])));
  const ours: EnvironmentFields = {
    destination: env.destination.parsed,
    ...(registry === undefined ? {} : { registry }),
    composer: env.composer,
    airflow: env.airflow,
    ...(env.namespace === undefined ? {} : { namespace: env.namespace }),
  };
  const overridden = (Object.keys(explicit) as (keyof ExplicitSettings)[]).filter(
    (key) => explicit[key] !== undefined && ours[key] !== undefined && key in ours,
  );
  const given = Object.fromEntries(Object.entries(explicit).filter(([, value]) => value !== undefined)) as ExplicitSettings;
  return { fields: { ...ours, ...given }, overridden };
}

/** Which environment a workflow run deploys to, and why. */
export type EnvironmentChoice = { kind: "environment"; environment: EnvironmentConfig; why: string } | { kind: "none"; why: string };

const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_target"]);

/**
 * The environment of a workflow run: the one named (the `environment` input) if any; else the one
 * whose branches or tags select the pushed ref (a pull request: its base branch, the environment
 * it would deploy to once merged). No match is a choice too (`none`): the caller then uses its
 * inputs, or skips.
 * @throws UserError when the named environment does not exist, or when several match (a run
 *   deploys to one: name it, one step or job per environment).
 */
export function environmentForEvent(config: RepositoryConfig, event: Pick<EventInfo, "name" | "ref" | "payload">, named: string): EnvironmentChoice {
  if (named !== "") return { kind: "environment", environment: environmentNamed(config, named), why: `environment ${named} (the environment input)` };
  const base = event.payload.pull_request?.base.ref;
  const ref: GitRef | undefined = PULL_REQUEST_EVENTS.has(event.name) && base !== undefined ? { kind: "branch", name: base } : parseGitRef(event.ref);
  if (ref === undefined) return { kind: "none", why: `${event.ref || event.name} is neither a branch nor a tag: no environment of ${CONFIG_FILE} selects it` };
  const words = ref.kind === "branch" ? `branch ${ref.name}` : `tag ${ref.name}`;
  const matches = environmentsForRef(config, ref);
  if (matches.length === 0)
    return { kind: "none", why: `no environment of ${CONFIG_FILE} lists ${words} in its ${ref.kind === "branch" ? "branches" : "tags"}` };
  if (matches.length > 1) {
    throw new UserError(
      `${words} is selected by ${matches.length} environments of ${CONFIG_FILE} (${matches.map((env) => env.name).join(", ")}): ` +
        'a run deploys to one. Set the action\'s "environment" input, one step (or matrix job) per environment.',
    );
  }
  const environment = matches[0] as EnvironmentConfig;
  return { kind: "environment", environment, why: `environment ${environment.name} (${CONFIG_FILE}: ${words})` };
}
