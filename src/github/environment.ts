/**
 * The runner's environment, read once at the start of a run into one typed object: where the
 * checkout and the scratch space are, the event, the OIDC endpoint, the GitHub API, and which
 * credentials earlier steps of the job set up. The rest of the action takes what it needs from
 * here and reads no environment variable itself.
 */
import { tmpdir } from "node:os";
import path from "node:path";
import { readRegistryLogin, type RegistryLogin } from "../deploy-deps.js";
import type { IdTokenSource } from "../google/workload-identity.js";

/** The GitHub API of github.com; GitHub Enterprise Server sets GITHUB_API_URL to its own. */
export const DEFAULT_GITHUB_API_URL = "https://api.github.com";

/** github.com; GitHub Enterprise Server sets GITHUB_SERVER_URL to its own. */
export const DEFAULT_GITHUB_SERVER_URL = "https://github.com";

/** Where the runner describes the event: the `GITHUB_*` variables, read with the rest of the environment. */
export interface EventSource {
  /** GITHUB_EVENT_NAME; "" outside a workflow. */
  name: string;
  /** GITHUB_EVENT_PATH; "" when there is no payload file. */
  path: string;
  ref: string;
  sha: string;
  repository: string;
}

/** What the action reads from the runner's environment. */
export interface RunnerEnvironment {
  /** GITHUB_WORKSPACE, absolute; the current folder outside a runner. Relative inputs start here. */
  workspace: string;
  /** RUNNER_TEMP, else the system's temporary folder: scratch renders and the credentials file go here. */
  temp: string;
  /** GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_REF, GITHUB_SHA, GITHUB_REPOSITORY. */
  event: EventSource;
  /** ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN; absent when the job may not request an OIDC token. */
  idTokenSource?: IdTokenSource;
  /** GITHUB_API_URL. */
  githubApiUrl: string;
  /** GITHUB_SERVER_URL (github.com, or a GitHub Enterprise Server): the host of the repository's identity. */
  githubServerUrl: string;
  /** Google credentials an earlier step set up: GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_GHA_CREDS_PATH or CLOUDSDK_AUTH_ACCESS_TOKEN. */
  googleCredentials: boolean;
  /** STORAGE_EMULATOR_HOST: buckets live in a local emulator, which needs no credentials. */
  storageEmulator: boolean;
  /** DAGSHIP_REGISTRY_USERNAME and _PASSWORD. */
  registryLogin: RegistryLogin;
}

/**
 * Reads every variable the action uses, once. An empty variable counts as unset.
 * @param cwd the folder the workspace defaults to outside a runner.
 */
export function readRunnerEnvironment(env: Readonly<NodeJS.ProcessEnv>, cwd: string): RunnerEnvironment {
  const value = (name: string): string => env[name] ?? "";
  const requestUrl = value("ACTIONS_ID_TOKEN_REQUEST_URL");
  const requestToken = value("ACTIONS_ID_TOKEN_REQUEST_TOKEN");
  const runner: RunnerEnvironment = {
    workspace: path.resolve(cwd, value("GITHUB_WORKSPACE")),
    temp: value("RUNNER_TEMP") || tmpdir(),
    event: {
      name: value("GITHUB_EVENT_NAME"),
      path: value("GITHUB_EVENT_PATH"),
      ref: value("GITHUB_REF"),
      sha: value("GITHUB_SHA"),
      repository: value("GITHUB_REPOSITORY"),
    },
    githubApiUrl: value("GITHUB_API_URL") || DEFAULT_GITHUB_API_URL,
    githubServerUrl: value("GITHUB_SERVER_URL") || DEFAULT_GITHUB_SERVER_URL,
    googleCredentials: ["GOOGLE_APPLICATION_CREDENTIALS", "GOOGLE_GHA_CREDS_PATH", "CLOUDSDK_AUTH_ACCESS_TOKEN"].some((name) => value(name) !== ""),
    storageEmulator: value("STORAGE_EMULATOR_HOST") !== "",
    registryLogin: readRegistryLogin(env),
  };
  if (requestUrl !== "" && requestToken !== "") runner.idTokenSource = { requestUrl, requestToken };
  return runner;
}
