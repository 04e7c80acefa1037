/**
 * The setting of an end-to-end scenario of the action, for a describe block: its own registry
 * namespace and bucket in the local services, a fixture repository, the GitHub API stand-in.
 */
import { afterAll, beforeAll } from "vitest";
import { testEnv, type TestEnv } from "../helpers/test-env.js";
import { RawRegistry } from "../image/registry-tools.js";
import { GitHubApiStandIn } from "./github-api-stand-in.js";
import { FixtureRepo, uniqueName } from "./harness.js";

/** What an end-to-end scenario of the action runs against: its own registry namespace and bucket, a fixture repository, the GitHub API stand-in. */
export interface ActionScenario {
  env: TestEnv;
  /** The registry as the scenario reads it back, outside dagship. */
  registry: RawRegistry;
  namespace: string;
  /** The `registry` input: the shared registry, below the scenario's namespace. */
  registryPath: string;
  bucket: string;
  repo: FixtureRepo;
  standIn: GitHubApiStandIn;
  /** registry, dags-destination (the bucket) and github-token. */
  inputs: Record<string, string>;
  /** The step's environment: registry credentials, the storage emulator and the stand-in (once it runs). */
  credentials(): Record<string, string>;
}

/**
 * A scenario for the enclosing describe block: the stand-in starts before its tests and stops,
 * with the fixture repository removed, after them.
 */
export function actionScenario(prefix: string, token: string): ActionScenario {
  const env = testEnv();
  const namespace = uniqueName(prefix);
  const bucket = uniqueName(`dagship-${prefix}`);
  const repo = new FixtureRepo();
  const standIn = new GitHubApiStandIn(token);
  const registryPath = `${env.registry}/${namespace}`;
  let started = false;
  beforeAll(async () => {
    await standIn.start();
    started = true;
  });
  afterAll(async () => {
    await standIn.stop();
    repo.cleanup();
  });
  return {
    env,
    registry: new RawRegistry(env.registry, env.registryUser, env.registryPassword),
    namespace,
    registryPath,
    bucket,
    repo,
    standIn,
    inputs: { registry: registryPath, "dags-destination": `gs://${bucket}/dags`, "github-token": token },
    credentials: () => {
      if (!started) throw new Error("the GitHub API stand-in is not running yet: read the credentials inside a test");
      return {
        DAGSHIP_REGISTRY_USERNAME: env.registryUser,
        DAGSHIP_REGISTRY_PASSWORD: env.registryPassword,
        STORAGE_EMULATOR_HOST: env.storageEmulatorHost,
        GITHUB_API_URL: standIn.url,
      };
    },
  };
}
