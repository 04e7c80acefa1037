import { describe, expect, it } from "vitest";
import { parseRepositoryConfig, type RepositoryConfig } from "../../src/environments/config.js";
import { environmentFields, environmentForEvent, environmentsForRef, parseGitRef } from "../../src/environments/resolve.js";
import { parseRegistryRef } from "../../src/image/reference.js";
import { parseDestination } from "../../src/sync/destination.js";

const TEXT = `environments:
  dev:
    destination: gs://dev-bucket/dags
    registry: europe-west1-docker.pkg.dev/acme/etl
    composer: 3
    airflow: 2
    branches: [main, "release/**", "!release/old"]
  staging:
    destination: gs://staging-bucket/dags
    tags: ["v*-rc*"]
    promote_from: dev
  prod:
    destination: projects/acme-prod/locations/europe-west1/environments/prod
    tags: ["v*", "!v*-rc*"]
    promote_from: staging
  sandbox:
    destination: ./airflow/dags
    composer: none
    namespace: etl
`;

const config = parseRepositoryConfig("dagship.config.yaml", TEXT, "/repo").config as RepositoryConfig;

describe("ref -> environments", () => {
  const rows: [string, string | undefined, string[]][] = [
    ["refs/heads/main", "branch main", ["dev"]],
    ["refs/heads/feature/x", "branch feature/x", []],
    ["refs/heads/release/2024/q1", "branch release/2024/q1 (** crosses /)", ["dev"]],
    ["refs/heads/release/old", "branch release/old (excluded by !)", []],
    ["refs/tags/v1.2.0", "tag v1.2.0", ["prod"]],
    ["refs/tags/v1.3.0-rc1", "tag v1.3.0-rc1 (release candidates only to staging)", ["staging"]],
    ["refs/tags/nightly", "tag nightly", []],
    ["refs/pull/7/merge", undefined, []],
  ];
  it.each(rows)("%s", (ref, _words, expected) => {
    const parsed = parseGitRef(ref);
    expect(parsed === undefined ? [] : environmentsForRef(config, parsed).map((env) => env.name)).toEqual(expected);
  });
});

describe("workflow event -> the environment of the run", () => {
  const event = (name: string, ref: string, baseRef?: string) => ({
    name,
    ref,
    payload:
      baseRef === undefined ? {} : { pull_request: { number: 7, base: { sha: "b".repeat(40), ref: baseRef }, head: { sha: "h".repeat(40), ref: "feature" } } },
  });
  const rows: [string, ReturnType<typeof event>, string, string][] = [
    ["a push to main", event("push", "refs/heads/main"), "", "environment dev (dagship.config.yaml: branch main)"],
    ["a release tag", event("push", "refs/tags/v2.0.0"), "", "environment prod (dagship.config.yaml: tag v2.0.0)"],
    [
      "a pull request into main previews against dev",
      event("pull_request", "refs/pull/7/merge", "main"),
      "",
      "environment dev (dagship.config.yaml: branch main)",
    ],
    ["a push to a feature branch", event("push", "refs/heads/feature"), "", "none: no environment of dagship.config.yaml lists branch feature in its branches"],
    ["a manual run on main", event("workflow_dispatch", "refs/heads/main"), "", "environment dev (dagship.config.yaml: branch main)"],
    ["the input names one: it wins over the ref", event("push", "refs/heads/main"), "sandbox", "environment sandbox (the environment input)"],
  ];
  it.each(rows)("%s", (_name, run, named, expected) => {
    const choice = environmentForEvent(config, run, named);
    expect(choice.kind === "environment" ? choice.why : `none: ${choice.why}`).toBe(expected);
  });

  it("an unknown environment input: the names, with a did-you-mean", () => {
    expect(() => environmentForEvent(config, event("push", "refs/heads/main"), "prd")).toThrow(
      'dagship.config.yaml has no environment "prd". Did you mean "prod"? Environments: dev, staging, prod, sandbox',
    );
  });

  it("a ref two environments select: refused, asking for the input", () => {
    const both = parseRepositoryConfig(
      "dagship.config.yaml",
      "environments:\n  a:\n    destination: ./a\n    branches: [main]\n  b:\n    destination: ./b\n    branches: ['*']\n",
      "/repo",
    ).config as RepositoryConfig;
    expect(() => environmentForEvent(both, event("push", "refs/heads/main"), "")).toThrow(
      'branch main is selected by 2 environments of dagship.config.yaml (a, b): a run deploys to one. Set the action\'s "environment" input',
    );
    expect(environmentForEvent(both, event("push", "refs/heads/main"), "b").kind).toBe("environment");
  });
});

describe("environment -> deploy options, explicit settings winning", () => {
  const named = (name: string) => config.environments.find((env) => env.name === name) as RepositoryConfig["environments"][number];
  const rows: [string, string, Parameters<typeof environmentFields>[2], Record<string, unknown>, string[]][] = [
    [
      "dev as configured",
      "dev",
      {},
      {
        destination: parseDestination("gs://dev-bucket/dags"),
        registry: "europe-west1-docker.pkg.dev/acme/etl",
        composer: "3",
        airflow: "2",
        namespace: undefined,
      },
      [],
    ],
    [
      "prod: the registry of the environment it promotes from, through staging",
      "prod",
      {},
      {
        destination: parseDestination("projects/acme-prod/locations/europe-west1/environments/prod"),
        registry: "europe-west1-docker.pkg.dev/acme/etl",
        composer: "auto",
        airflow: "auto",
        namespace: undefined,
      },
      [],
    ],
    [
      "an explicit destination and airflow win over dev's",
      "dev",
      { destination: parseDestination("gs://elsewhere/dags"), airflow: "3" },
      {
        destination: parseDestination("gs://elsewhere/dags"),
        registry: "europe-west1-docker.pkg.dev/acme/etl",
        composer: "3",
        airflow: "3",
        namespace: undefined,
      },
      ["destination", "airflow"],
    ],
    [
      "an explicit registry where the environment has none",
      "sandbox",
      { registry: parseRegistryRef("127.0.0.1:5000/etl") },
      { destination: parseDestination("/repo/airflow/dags"), registry: "127.0.0.1:5000/etl", composer: "none", airflow: "auto", namespace: "etl" },
      [],
    ],
  ];
  it.each(rows)("%s", (_name, env, explicit, expected, overridden) => {
    const result = environmentFields(config, named(env), explicit);
    expect({ ...result.fields, registry: result.fields.registry?.raw }).toEqual(expected);
    expect(result.overridden).toEqual(overridden);
  });
});
