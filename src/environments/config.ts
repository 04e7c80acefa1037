/**
 * The repository config, `dagship.config.yaml` at the repository root: the environments dagship
 * deploys to (destination, registry, profile), which refs deploy to each, and promotion.
 *
 * Its name says "dagship's config", so it cannot be taken for a project's `dag.yaml` (which
 * describes one DAG, and whose folder is a project): a `dagship.yaml` would sit one letter-run
 * away from `dag.yaml` in every listing. It is read with dag.yaml's machinery: the YAML 1.2 core
 * schema, the precompiled JSON Schema (schema/dagship.config.schema.json), and located problems.
 */
import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { messageOf, UserError, formatProblem, type Problem } from "../errors.js";
import { parseRegistryRef, type RegistryRef } from "../image/reference.js";
import { loadSpecText } from "../dagfile/load.js";
import { schemaProblems } from "../dagfile/schema.js";
import { problemAt, type SourceDocument } from "../dagfile/source.js";
import { didYouMean } from "../dagfile/suggest.js";
import { parseDestination, type Destination } from "../sync/destination.js";
// Precompiled from schema/dagship.config.schema.json by scripts/generate-validator.mjs.
import { validate } from "./config-validator.generated.js";

/** The repository config's file name, at the repository root. */
export const CONFIG_FILE = "dagship.config.yaml";

/** One environment, parsed and checked. */
export interface EnvironmentConfig {
  name: string;
  /** The destination as written, and parsed (a relative folder from the repository root). */
  destination: { text: string; parsed: Destination };
  registry?: RegistryRef;
  composer: "auto" | "2" | "3" | "none";
  airflow: "auto" | "2" | "3";
  namespace?: string;
  /** Branch globs whose pushes deploy here. */
  branches: readonly string[];
  /** Tag globs whose pushes deploy here. */
  tags: readonly string[];
  /** The environment whose running digests this one deploys. */
  promoteFrom?: string;
}

/** The repository config: its environments in the order written. */
export interface RepositoryConfig {
  /** The file as shown in messages, relative to the repository root. */
  file: string;
  environments: readonly EnvironmentConfig[];
}

/** An environment as written (after the JSON Schema passed). */
interface RawEnvironment {
  destination: string;
  registry?: string;
  composer?: string | number;
  airflow?: string | number;
  namespace?: string;
  branches?: string[];
  tags?: string[];
  promote_from?: string;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;

/** What an empty config should have held. */
const CONFIG_EXPECTED = "a mapping with `environments:` (see schema/dagship.config.schema.json)";

/**
 * Parse and check config text: the schema, then what it cannot say (names, destinations and
 * registries that parse, promotion between existing environments, one registry per promotion).
 * Never throws on bad input; every problem is located.
 * @param root the repository root, where relative destination folders start.
 */
export function parseRepositoryConfig(file: string, text: string, root: string): { config?: RepositoryConfig; problems: Problem[] } {
  const loaded = loadSpecText(file, text, CONFIG_EXPECTED);
  if (loaded.value === undefined) return { problems: loaded.problems };
  const problems = schemaProblems(loaded.source, loaded.value, validate);
  const byPlace = (): Problem[] => problems.sort((a, b) => a.line - b.line || a.column - b.column);
  if (problems.length > 0) return { problems: byPlace() };
  const raw = (loaded.value as { environments: Record<string, RawEnvironment> }).environments;
  const environments = Object.entries(raw).map(([name, env]) => environmentOf(loaded.source, name, env, root, problems));
  checkPromotion(loaded.source, environments, problems);
  return problems.length > 0 ? { problems: byPlace() } : { config: { file, environments }, problems };
}

function environmentOf(source: SourceDocument, name: string, env: RawEnvironment, root: string, problems: Problem[]): EnvironmentConfig {
  const at = (key: string, message: string): number => problems.push(problemAt(source, ["environments", name, key], message));
  if (!NAME.test(name)) {
    problems.push(
      problemAt(source, ["environments", name], `environment name "${name}" is not valid: use letters, digits, '_', '-' or '.' (at most 63), e.g. prod`, {
        anchor: "key",
      }),
    );
  }
  let destination: Destination = { kind: "local", folder: "" };
  try {
    destination = parseDestination(env.destination, root);
  } catch (thrown) {
    at("destination", `environments.${name}.destination: ${messageOf(thrown)}`);
  }
  let registry: RegistryRef | undefined;
  if (env.registry !== undefined) {
    try {
      registry = parseRegistryRef(env.registry);
    } catch (thrown) {
      at("registry", `environments.${name}.registry: ${messageOf(thrown)}`);
    }
  }
  return {
    name,
    destination: { text: env.destination, parsed: destination },
    ...(registry === undefined ? {} : { registry }),
    composer: String(env.composer ?? "auto") as EnvironmentConfig["composer"],
    airflow: String(env.airflow ?? "auto") as EnvironmentConfig["airflow"],
    ...(env.namespace === undefined ? {} : { namespace: env.namespace }),
    branches: env.branches ?? [],
    tags: env.tags ?? [],
    ...(env.promote_from === undefined ? {} : { promoteFrom: env.promote_from }),
  };
}

/** promote_from names another existing environment, without a cycle, in the same registry. */
function checkPromotion(source: SourceDocument, environments: readonly EnvironmentConfig[], problems: Problem[]): void {
  const byName = new Map(environments.map((env) => [env.name, env]));
  for (const env of environments) {
    if (env.promoteFrom === undefined) continue;
    const at = (key: string, message: string): number => problems.push(problemAt(source, ["environments", env.name, key], message));
    const from = byName.get(env.promoteFrom);
    if (from === undefined) {
      at(
        "promote_from",
        `environments.${env.name}.promote_from: no environment "${env.promoteFrom}".${didYouMean(env.promoteFrom, [...byName.keys()])} Environments: ${[...byName.keys()].join(", ")}.`,
      );
      continue;
    }
    const chain = [env.name];
    for (let step: EnvironmentConfig | undefined = from; step !== undefined; step = step.promoteFrom === undefined ? undefined : byName.get(step.promoteFrom)) {
      if (chain.includes(step.name)) {
        at(
          "promote_from",
          `environments.${env.name}.promote_from: promotion goes round in a circle (${[...chain, step.name].join(" <- ")}); one environment must build its images.`,
        );
        break;
      }
      chain.push(step.name);
    }
    const theirs = registryOf(from, byName);
    if (env.registry !== undefined && theirs !== undefined && env.registry.raw !== theirs.raw) {
      at(
        "registry",
        `environments.${env.name}.registry: "${env.registry.raw}" is not the registry of ${from.name} ("${theirs.raw}"): a promotion deploys ${from.name}'s digests, ` +
          "which live in its registry. Leave registry out here, or give both environments the same one.",
      );
    }
  }
}

/** The registry an environment's images are in: its own, or that of the environment it promotes from. */
export function registryOf(
  env: EnvironmentConfig,
  byName: ReadonlyMap<string, EnvironmentConfig>,
  seen: ReadonlySet<string> = new Set(),
): RegistryRef | undefined {
  if (env.registry !== undefined || env.promoteFrom === undefined || seen.has(env.name)) return env.registry;
  const from = byName.get(env.promoteFrom);
  return from === undefined ? undefined : registryOf(from, byName, new Set([...seen, env.name]));
}

/**
 * The repository config at `root`, or undefined when there is none. A symlink is followed only
 * inside the repository. A `dagship.config.yml` is pointed at the right name rather than ignored.
 * @throws UserError with every located problem of the file.
 */
export async function loadRepositoryConfig(root: string): Promise<RepositoryConfig | undefined> {
  const file = path.join(root, CONFIG_FILE);
  const found = await stat(file).catch(() => undefined);
  if (found === undefined) {
    const misnamed = CONFIG_FILE.replace(/\.yaml$/, ".yml");
    if (await stat(path.join(root, misnamed)).catch(() => undefined)) {
      throw new UserError(`${misnamed} is not read: dagship's repository config is ${CONFIG_FILE}; rename it`);
    }
    return undefined;
  }
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
  if (!realFile.startsWith(`${realRoot}${path.sep}`)) {
    throw new UserError(
      `${CONFIG_FILE} leads outside the repository through a symlink: dagship reads only the repository's own files. Put the file itself at the root.`,
    );
  }
  if (!found.isFile()) throw new UserError(`${file} is not a file`);
  const text = await readFile(realFile, "utf8");
  const parsed = parseRepositoryConfig(CONFIG_FILE, text, root);
  if (parsed.config === undefined) {
    throw new UserError(`${parsed.problems.length} problem(s) in ${CONFIG_FILE}:\n${parsed.problems.map(formatProblem).join("\n")}`, parsed.problems);
  }
  return parsed.config;
}
