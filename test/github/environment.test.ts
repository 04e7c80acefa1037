import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { readRegistryLogin } from "../../src/deploy-deps.js";
import { DEFAULT_GITHUB_API_URL, DEFAULT_GITHUB_SERVER_URL, readRunnerEnvironment, type RunnerEnvironment } from "../../src/github/environment.js";
import { readRunSettings, type InputName } from "../../src/github/inputs.js";

const CWD = "/home/me/etl";

describe("the runner's environment, read once", () => {
  it("outside a runner: the current folder, the system's temporary folder, github.com, no credentials", () => {
    expect(readRunnerEnvironment({}, CWD)).toEqual({
      workspace: CWD,
      temp: tmpdir(),
      event: { name: "", path: "", ref: "", sha: "", repository: "" },
      githubApiUrl: DEFAULT_GITHUB_API_URL,
      githubServerUrl: DEFAULT_GITHUB_SERVER_URL,
      googleCredentials: false,
      storageEmulator: false,
      registryLogin: {},
    } satisfies RunnerEnvironment);
  });

  it("on a runner: every variable the action uses", () => {
    const runner = readRunnerEnvironment(
      {
        GITHUB_WORKSPACE: "/home/runner/work/etl/etl",
        RUNNER_TEMP: "/home/runner/work/_temp",
        GITHUB_EVENT_NAME: "pull_request",
        GITHUB_EVENT_PATH: "/home/runner/work/_temp/_github_workflow/event.json",
        GITHUB_REF: "refs/pull/5/merge",
        GITHUB_SHA: "a".repeat(40),
        GITHUB_REPOSITORY: "acme/etl",
        GITHUB_API_URL: "https://github.example.com/api/v3",
        GITHUB_SERVER_URL: "https://github.example.com",
        ACTIONS_ID_TOKEN_REQUEST_URL: "https://token.actions.example/id?x=1",
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: "request-token",
        STORAGE_EMULATOR_HOST: "http://127.0.0.1:9199",
        DAGSHIP_REGISTRY_USERNAME: "ci",
        DAGSHIP_REGISTRY_PASSWORD: "secret",
        UNRELATED: "ignored",
      },
      CWD,
    );
    expect(runner).toEqual({
      workspace: "/home/runner/work/etl/etl",
      temp: "/home/runner/work/_temp",
      event: {
        name: "pull_request",
        path: "/home/runner/work/_temp/_github_workflow/event.json",
        ref: "refs/pull/5/merge",
        sha: "a".repeat(40),
        repository: "acme/etl",
      },
      idTokenSource: { requestUrl: "https://token.actions.example/id?x=1", requestToken: "request-token" },
      githubApiUrl: "https://github.example.com/api/v3",
      githubServerUrl: "https://github.example.com",
      googleCredentials: false,
      storageEmulator: true,
      registryLogin: { username: "ci", password: "secret" },
    } satisfies RunnerEnvironment);
  });

  const table: [string, NodeJS.ProcessEnv, Partial<RunnerEnvironment>][] = [
    ["a relative workspace resolves against the current folder", { GITHUB_WORKSPACE: "checkout" }, { workspace: `${CWD}/checkout` }],
    ["an empty RUNNER_TEMP counts as unset", { RUNNER_TEMP: "" }, { temp: tmpdir() }],
    ["an empty GITHUB_API_URL counts as unset", { GITHUB_API_URL: "" }, { githubApiUrl: DEFAULT_GITHUB_API_URL }],
    ["an empty GITHUB_SERVER_URL counts as unset", { GITHUB_SERVER_URL: "" }, { githubServerUrl: DEFAULT_GITHUB_SERVER_URL }],
    ["google-github-actions/auth's credentials file", { GOOGLE_GHA_CREDS_PATH: "/tmp/creds.json" }, { googleCredentials: true }],
    ["Application Default Credentials", { GOOGLE_APPLICATION_CREDENTIALS: "/tmp/adc.json" }, { googleCredentials: true }],
    ["a gcloud access token", { CLOUDSDK_AUTH_ACCESS_TOKEN: "ya29.x" }, { googleCredentials: true }],
    ["an empty credentials variable is none", { GOOGLE_APPLICATION_CREDENTIALS: "" }, { googleCredentials: false }],
    ["a password alone (the deploy refuses it later, naming both)", { DAGSHIP_REGISTRY_PASSWORD: "p" }, { registryLogin: { password: "p" } }],
    ["an empty registry login is none", { DAGSHIP_REGISTRY_USERNAME: "", DAGSHIP_REGISTRY_PASSWORD: "" }, { registryLogin: {} }],
  ];
  it.each(table)("%s", (_, env, expected) => {
    expect(readRunnerEnvironment(env, CWD)).toMatchObject(expected);
  });

  it.each([
    ["no token", { ACTIONS_ID_TOKEN_REQUEST_URL: "https://token.actions.example/id" }],
    ["no URL", { ACTIONS_ID_TOKEN_REQUEST_TOKEN: "t" }],
    ["an empty token", { ACTIONS_ID_TOKEN_REQUEST_URL: "https://token.actions.example/id", ACTIONS_ID_TOKEN_REQUEST_TOKEN: "" }],
  ])("no OIDC token source with %s (no id-token: write, or a fork)", (_, env) => {
    expect(readRunnerEnvironment(env, CWD).idTokenSource).toBeUndefined();
  });

  it("the CLI reads the registry login the same way", () => {
    expect(readRegistryLogin({ DAGSHIP_REGISTRY_USERNAME: "ci", DAGSHIP_REGISTRY_PASSWORD: "secret" })).toEqual({ username: "ci", password: "secret" });
    expect(readRegistryLogin({ DAGSHIP_REGISTRY_USERNAME: "" })).toEqual({});
  });

  it("a run's settings: inputs relative to the workspace from the environment", () => {
    const inputs: Partial<Record<InputName, string>> = { registry: "127.0.0.1:5000/etl", "dags-destination": "out/dags", "working-directory": "etl" };
    const settings = readRunSettings((name) => inputs[name] ?? "", { GITHUB_WORKSPACE: "/w" }, CWD);
    expect(settings.runner.workspace).toBe("/w");
    expect(settings.inputs.workingDirectory).toBe("/w/etl");
    expect(settings.inputs.destination.parsed).toEqual({ kind: "local", folder: "/w/etl/out/dags" });
    expect(settings.inputs.registry).toMatchObject({ kind: "plain", host: "127.0.0.1:5000", path: "etl", google: false });
  });
});
