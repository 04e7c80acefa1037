/**
 * The action's inputs (action.yml), read once into one typed, validated settings object, and
 * with the runner's environment into the one settings object of a run. Every input problem names
 * the input it is about, so a workflow author knows which line to fix.
 */
import path from "node:path";
import { messageOf, UserError } from "../errors.js";
import { parseRegistryRef, type RegistryRef } from "../image/index.js";
import { didYouMean } from "../dagfile/suggest.js";
import { parseDestination, type Destination } from "../sync/index.js";
import { readRunnerEnvironment, type RunnerEnvironment } from "./environment.js";
import { ACTION_MODES, readFanOutSettings, type ActionMode, type FanOutSettings } from "./fan-out-inputs.js";

export type { ActionMode } from "./fan-out-inputs.js";

/** Every input of action.yml with the default the runner fills in when a workflow leaves it out. */
export const INPUT_DEFAULTS = {
  registry: "",
  "composer-environment": "",
  "dags-destination": "",
  projects: "",
  mode: "auto",
  "airflow-version": "auto",
  "composer-version": "auto",
  // action.yml defaults this to `${{ github.token }}`, which only the runner can expand.
  "github-token": "",
  comment: "true",
  prune: "true",
  "create-repository": "false",
  // Empty: the destination decides (on for a Composer environment).
  "import-check": "",
  "workload-identity-provider": "",
  "service-account": "",
  "working-directory": ".",
  jobs: "",
  project: "",
  digests: "",
  environment: "",
} as const;

/** The name of an action input. */
export type InputName = keyof typeof INPUT_DEFAULTS;

/** The action's settings, valid by construction. */
export interface ActionSettings extends FanOutSettings {
  /** The registry images go to, parsed once. */
  registry: RegistryRef;
  /** The destination as written, and which input named it. */
  destination: { input: "composer-environment" | "dags-destination"; value: string; parsed: Destination };
  /** Project globs; undefined means every project. */
  projects: string[] | undefined;
  mode: ActionMode;
  airflow: "auto" | "2" | "3";
  composer: "auto" | "2" | "3" | "none";
  /** Empty when the workflow supplies none (then no comment can be posted). */
  githubToken: string;
  comment: boolean;
  prune: boolean;
  createRepository: boolean;
  /** `import-check`; undefined when the destination decides. */
  importCheck?: boolean;
  /** Set when the action exchanges the workflow's OIDC token for Google credentials itself. */
  oidc?: { workloadIdentityProvider: string; serviceAccount: string };
  /** Absolute path of the folder holding the projects. */
  workingDirectory: string;
  /** Image builds at once; undefined means the runner's CPU count. */
  jobs: number | undefined;
}

/** A wrong input; its message starts with the input's name. */
export class InputError extends UserError {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`input "${input}": ${message}`);
  }
}

/** Reads one raw input value, "" when unset (the `core.getInput` contract). */
export type InputReader = (name: InputName) => string;

const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];

/** The YAML 1.2 core booleans, as `core.getBooleanInput` accepts them; anything else is an error. */
export function parseBoolean(name: InputName, raw: string): boolean {
  const value = raw.trim();
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new InputError(name, `expected true or false, got ${JSON.stringify(raw)}`);
}

function choice<T extends string>(name: InputName, raw: string, allowed: readonly T[]): T {
  const value = raw.trim();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const hint = didYouMean(value, allowed);
  throw new InputError(name, `expected one of ${allowed.join(", ")}, got ${JSON.stringify(raw)}${hint === "" ? "" : `.${hint}`}`);
}

// projects/NUMBER/locations/global/workloadIdentityPools/POOL/providers/PROVIDER, as
// `gcloud iam workload-identity-pools providers describe --format 'value(name)'` prints it.
const PROVIDER = /^projects\/\d+\/locations\/global\/workloadIdentityPools\/[a-z0-9-]{4,32}\/providers\/[a-z0-9-]{4,32}$/;
const SERVICE_ACCOUNT = /^[a-z][a-z0-9-]{4,28}[a-z0-9]@[a-z0-9.:-]+\.iam\.gserviceaccount\.com$/;

function oidcSettings(read: InputReader): ActionSettings["oidc"] {
  const provider = read("workload-identity-provider").trim();
  const account = read("service-account").trim();
  if (provider === "" && account === "") return undefined;
  if (provider === "" || account === "") {
    const missing = provider === "" ? "workload-identity-provider" : "service-account";
    throw new InputError(missing, 'is needed too: "workload-identity-provider" and "service-account" are set together or not at all');
  }
  if (!PROVIDER.test(provider)) {
    throw new InputError(
      "workload-identity-provider",
      `expected projects/PROJECT_NUMBER/locations/global/workloadIdentityPools/POOL/providers/PROVIDER, got ${JSON.stringify(provider)}`,
    );
  }
  if (!SERVICE_ACCOUNT.test(account)) {
    throw new InputError("service-account", `expected a service account email, NAME@PROJECT.iam.gserviceaccount.com, got ${JSON.stringify(account)}`);
  }
  return { workloadIdentityProvider: provider, serviceAccount: account };
}

function destinationSettings(read: InputReader, workingDirectory: string): ActionSettings["destination"] {
  const composer = read("composer-environment").trim();
  const folder = read("dags-destination").trim();
  if (composer !== "" && folder !== "") {
    throw new InputError("dags-destination", 'and "composer-environment" are both set: set one of them (the environment\'s bucket is looked up from it)');
  }
  if (composer === "" && folder === "") {
    throw new InputError(
      "composer-environment",
      'is not set, and neither is "dags-destination": set composer-environment to projects/P/locations/L/environments/E, or dags-destination to gs://BUCKET/dags',
    );
  }
  const input = composer !== "" ? "composer-environment" : "dags-destination";
  const value = composer !== "" ? composer : folder;
  let parsed: Destination;
  try {
    parsed = parseDestination(value, workingDirectory);
  } catch (thrown) {
    throw new InputError(input, messageOf(thrown));
  }
  if (input === "composer-environment" && parsed.kind !== "composer") {
    throw new InputError(
      input,
      `expected projects/PROJECT/locations/REGION/environments/NAME, got ${JSON.stringify(composer)} (a bucket or folder goes in dags-destination)`,
    );
  }
  if (input === "dags-destination" && parsed.kind === "composer") {
    throw new InputError(input, `${JSON.stringify(folder)} is a Composer environment: put it in composer-environment instead`);
  }
  return { input, value, parsed };
}

function registrySetting(raw: string): RegistryRef {
  if (raw === "") {
    throw new InputError("registry", "is required: the registry images are pushed to, e.g. us-central1-docker.pkg.dev/PROJECT/REPO or gcr.io/PROJECT");
  }
  try {
    return parseRegistryRef(raw);
  } catch (thrown) {
    throw new InputError("registry", messageOf(thrown));
  }
}

/** `jobs`: empty for the CPU count, else a positive integer written as digits only. */
function jobsSetting(raw: string): number | undefined {
  const value = raw.trim();
  if (value === "") return undefined;
  const jobs = /^[1-9][0-9]*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(jobs)) {
    throw new InputError("jobs", `expected a positive integer (image builds at once), or nothing for the runner's CPU count; got ${JSON.stringify(raw)}`);
  }
  return jobs;
}

function projectGlobs(raw: string): string[] | undefined {
  const globs = raw
    .split(/[\n,]/)
    .map((glob) => glob.trim())
    .filter((glob) => glob !== "");
  return globs.length === 0 ? undefined : globs;
}

/**
 * Reads and checks every input once. `workspace` is where relative paths start
 * (GITHUB_WORKSPACE on a runner).
 * @throws InputError naming the input, what was wrong and what is expected.
 */
export function readSettings(read: InputReader, workspace: string): ActionSettings {
  const value = (name: InputName): string => {
    const raw = read(name);
    return raw.trim() === "" ? INPUT_DEFAULTS[name] : raw;
  };
  const workingDirectory = path.resolve(workspace, value("working-directory").trim());
  const settings: ActionSettings = {
    registry: registrySetting(read("registry").trim()),
    destination: destinationSettings(read, workingDirectory),
    projects: projectGlobs(read("projects")),
    mode: choice("mode", value("mode"), ACTION_MODES),
    airflow: choice("airflow-version", value("airflow-version"), ["auto", "2", "3"] as const),
    composer: choice("composer-version", value("composer-version"), ["auto", "2", "3", "none"] as const),
    githubToken: read("github-token").trim(),
    comment: parseBoolean("comment", value("comment")),
    prune: parseBoolean("prune", value("prune")),
    createRepository: parseBoolean("create-repository", value("create-repository")),
    workingDirectory,
    jobs: jobsSetting(read("jobs")),
  };
  const importCheck = value("import-check");
  if (importCheck.trim() !== "") settings.importCheck = parseBoolean("import-check", importCheck);
  const oidc = oidcSettings(read);
  if (oidc) settings.oidc = oidc;
  const fanOut = readFanOutSettings(settings.mode, { project: read("project"), digests: read("digests") }, settings.registry);
  if ("problem" in fanOut) throw new InputError(fanOut.problem.input, fanOut.problem.message);
  return { ...settings, ...fanOut };
}

/** Everything a run is configured by: its inputs and the runner's environment, each read once. */
export interface RunSettings {
  inputs: ActionSettings;
  runner: RunnerEnvironment;
}

/**
 * Reads the runner's environment and every input, once, in that order (relative inputs start at
 * the workspace).
 * @throws InputError naming the input, what was wrong and what is expected.
 */
export function readRunSettings(read: InputReader, env: Readonly<NodeJS.ProcessEnv>, cwd: string): RunSettings {
  const runner = readRunnerEnvironment(env, cwd);
  return { inputs: readSettings(read, runner.workspace), runner };
}
