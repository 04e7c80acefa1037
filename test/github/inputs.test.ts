import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { INPUT_DEFAULTS, InputError, readSettings, type InputName } from "../../src/github/inputs.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const WORKSPACE = "/home/runner/work/etl/etl";
const GOOD: Partial<Record<InputName, string>> = { registry: "us-central1-docker.pkg.dev/acme/etl", "dags-destination": "gs://acme-composer/dags" };

const IMAGE = "us-central1-docker.pkg.dev/acme/etl";
const DIGEST = `sha256:${"0123456789abcdef".repeat(4)}`;

function settingsWith(inputs: Partial<Record<InputName, string>>) {
  const all = { ...GOOD, ...inputs };
  return readSettings((name) => all[name] ?? "", WORKSPACE);
}

function failure(inputs: Partial<Record<InputName, string>>): InputError {
  try {
    settingsWith(inputs);
  } catch (thrown) {
    if (thrown instanceof InputError) return thrown;
    throw thrown;
  }
  throw new Error("no error");
}

describe("action inputs", () => {
  it("reads a minimal configuration with every default", () => {
    const settings = settingsWith({});
    expect(settings).toMatchObject({
      registry: { raw: "us-central1-docker.pkg.dev/acme/etl", kind: "artifact-registry", host: "us-central1-docker.pkg.dev", path: "acme/etl", google: true },
      destination: { input: "dags-destination", value: "gs://acme-composer/dags", parsed: { kind: "gcs", bucket: "acme-composer", dagsFolder: "dags" } },
      projects: undefined,
      mode: "auto",
      airflow: "auto",
      composer: "auto",
      comment: true,
      prune: true,
      createRepository: false,
      workingDirectory: WORKSPACE,
    });
    expect(settings.oidc).toBeUndefined();
    expect(settings.importCheck).toBeUndefined();
  });

  it.each([
    ["true", true],
    ["False", false],
  ])("import-check: %s", (raw, expected) => {
    expect(settingsWith({ "import-check": raw }).importCheck).toBe(expected);
  });

  it("reads every input when given", () => {
    const settings = settingsWith({
      "dags-destination": "",
      "composer-environment": "projects/acme-data/locations/us-central1/environments/prod",
      projects: "projects/*\n!projects/legacy, sales_*",
      mode: "dry-run",
      "airflow-version": "3",
      "composer-version": "3",
      "github-token": "ghs_x",
      comment: "False",
      prune: "FALSE",
      "create-repository": "true",
      "workload-identity-provider": "projects/123456/locations/global/workloadIdentityPools/github/providers/etl-repo",
      "service-account": "dagship@acme-data.iam.gserviceaccount.com",
      "working-directory": "etl",
    });
    expect(settings).toMatchObject({
      destination: { input: "composer-environment", parsed: { kind: "composer", project: "acme-data" } },
      projects: ["projects/*", "!projects/legacy", "sales_*"],
      mode: "dry-run",
      airflow: "3",
      composer: "3",
      githubToken: "ghs_x",
      comment: false,
      prune: false,
      createRepository: true,
      oidc: { serviceAccount: "dagship@acme-data.iam.gserviceaccount.com" },
      workingDirectory: `${WORKSPACE}/etl`,
    });
  });

  const bad: [string, Partial<Record<InputName, string>>, string, RegExp][] = [
    ["an unknown mode", { mode: "deploy-all" }, "mode", /expected one of auto, deploy, dry-run, plan, build, got "deploy-all"/],
    ["a near-miss mode", { mode: "dryrun" }, "mode", /Did you mean "dry-run"/],
    ["prune: yes", { prune: "yes" }, "prune", /expected true or false, got "yes"/],
    ["a typo in a boolean", { comment: "ture" }, "comment", /expected true or false, got "ture"/],
    ["create-repository: 1", { "create-repository": "1" }, "create-repository", /expected true or false/],
    ["import-check: auto", { "import-check": "auto" }, "import-check", /expected true or false, got "auto"/],
    ["both destinations", { "composer-environment": "projects/acme-data/locations/us-central1/environments/prod" }, "dags-destination", /both set/],
    ["neither destination", { "dags-destination": "" }, "composer-environment", /neither is "dags-destination"/],
    [
      "a bucket as the Composer environment",
      { "dags-destination": "", "composer-environment": "gs://acme/dags" },
      "composer-environment",
      /expected projects\/PROJECT/,
    ],
    [
      "a Composer environment as dags-destination",
      { "dags-destination": "projects/acme-data/locations/us-central1/environments/prod" },
      "dags-destination",
      /put it in composer-environment/,
    ],
    ["a malformed gs:// destination", { "dags-destination": "gs://Bad_Bucket!/dags" }, "dags-destination", /not a valid bucket name/],
    ["a registry with a scheme", { registry: "https://us-docker.pkg.dev/acme/etl" }, "registry", /leave out the URL scheme/],
    ["a registry with a tag", { registry: "us-docker.pkg.dev/acme/etl:latest" }, "registry", /contains a tag/],
    ["a registry without a host", { registry: "acme/etl" }, "registry", /not a registry host/],
    ["no registry", { registry: "" }, "registry", /is required/],
    ["an unknown Airflow version", { "airflow-version": "2.10" }, "airflow-version", /expected one of auto, 2, 3/],
    ["an unknown Composer version", { "composer-version": "1" }, "composer-version", /expected one of auto, 2, 3, none/],
    [
      "a provider without a service account",
      { "workload-identity-provider": "projects/1/locations/global/workloadIdentityPools/pool/providers/prov" },
      "service-account",
      /set together/,
    ],
    [
      "a malformed provider",
      { "workload-identity-provider": "github-pool", "service-account": "a-user@p.iam.gserviceaccount.com" },
      "workload-identity-provider",
      /expected projects\/PROJECT_NUMBER/,
    ],
    [
      "a malformed service account",
      { "workload-identity-provider": "projects/1/locations/global/workloadIdentityPools/pool/providers/prov", "service-account": "dagship" },
      "service-account",
      /service account email/,
    ],
    ["mode: build without a project", { mode: "build" }, "project", /is required with mode: build/],
    ["a project with another mode", { mode: "deploy", project: "sales" }, "project", /is read only with mode: build \(mode is deploy\)/],
    ["digests with mode: plan", { mode: "plan", digests: "{}" }, "digests", /is read only by the deploy job .*not with mode: plan/],
    ["digests with mode: build", { mode: "build", project: "sales", digests: "{}" }, "digests", /not with mode: build/],
    ["digests that are not JSON", { digests: "sales=x" }, "digests", /is not JSON \(.*\): expected an object of project -> image reference with digest/],
    ["digests as a list", { digests: `["${IMAGE}/sales@${DIGEST}"]` }, "digests", /expected a JSON object .*, got an array/],
    ["a digest that is not a string", { digests: '{"sales": 1}' }, "digests", /the image of "sales" must be a string, got 1/],
    [
      "a reference by tag",
      { digests: `{"sales": "${IMAGE}/sales:latest"}` },
      "digests",
      /"sales": expected an image reference pinned by digest, IMAGE@sha256:<64 hex digits>, got ".*sales:latest"/,
    ],
    ["a short digest", { digests: `{"sales": "${IMAGE}/sales@sha256:abc"}` }, "digests", /expected an image reference pinned by digest/],
    [
      "another project's image",
      { digests: `{"sales": "${IMAGE}/weather@${DIGEST}"}` },
      "digests",
      /the image of project "sales" is us-central1-docker\.pkg\.dev\/acme\/etl\/sales, got ".*weather"/,
    ],
    [
      "another registry's image",
      { digests: `{"sales": "gcr.io/acme/sales@${DIGEST}"}` },
      "digests",
      /the image of project "sales" is .*, got "gcr\.io\/acme\/sales"/,
    ],
  ];
  it.each(bad)("rejects %s, naming the input", (_, inputs, input, message) => {
    const error = failure(inputs);
    expect(error.input).toBe(input);
    expect(error.message.startsWith(`input "${input}": `)).toBe(true);
    expect(error.message).toMatch(message);
  });

  it("reads the fan-out inputs with the modes they belong to", () => {
    expect(settingsWith({ mode: "build", project: " sales " })).toMatchObject({ mode: "build", project: "sales" });
    expect(settingsWith({ mode: "plan" })).toMatchObject({ mode: "plan" });
    const digests = { sales: `${IMAGE}/sales@${DIGEST}`, weather: `${IMAGE}/weather@${DIGEST}` };
    for (const mode of ["auto", "deploy", "dry-run"]) expect(settingsWith({ mode, digests: JSON.stringify(digests) }).digests, mode).toEqual(digests);
    expect(settingsWith({ digests: " {} " }).digests).toEqual({});
    expect(settingsWith({}).digests).toBeUndefined();
    expect(settingsWith({}).project).toBeUndefined();
  });

  it("has the same inputs and defaults as action.yml", () => {
    const action = parse(readFileSync(`${ROOT}/action.yml`, "utf8")) as { inputs: Record<string, { default?: string; required?: boolean }> };
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(INPUT_DEFAULTS).sort());
    for (const [name, spec] of Object.entries(action.inputs)) {
      const expected = name === "github-token" ? "${{ github.token }}" : INPUT_DEFAULTS[name as InputName];
      expect(spec.default ?? "", name).toBe(expected);
    }
  });
});
