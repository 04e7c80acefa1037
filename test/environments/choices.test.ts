import { describe, expect, it } from "vitest";
import { environmentInputs, readerWithEnvironment } from "../../src/action/environment.js";
import { parseRepositoryConfig, type RepositoryConfig } from "../../src/environments/config.js";
import { formatHistories } from "../../src/environments/history.js";
import { chooseRecord } from "../../src/environments/promote.js";
import { findDeploy } from "../../src/environments/rollback.js";
import { INPUT_DEFAULTS, readSettings, type InputName } from "../../src/github/inputs.js";
import { MemoryLogger } from "../../src/log.js";
import type { DeployRecord } from "../../src/sync/deploy-record.js";
import type { CommitRelation } from "../../src/sync/history.js";

const sha = (digit: string): string => digit.repeat(40);
const record = (digit: string, extra: Partial<DeployRecord> = {}): DeployRecord => ({
  commit: sha(digit),
  commitTime: "2024-05-01T10:00:00.000Z",
  deployedAt: `2024-05-0${digit}T12:00:00.000Z`,
  dagshipVersion: "0.1.0",
  files: { "sales.py": { md5: "1B2M2Y8AsgTpgAmY7PhCfg==", dagId: "sales" } },
  images: { sales: { reference: `r.example/etl/sales@sha256:${digit.repeat(64)}`, tag: `ctx-${digit}` } },
  ...extra,
});

describe("promotion: which of the source's deploys stands for the deployed commit", () => {
  // History newest first: 3, 2, 1. The relation is ours (the deployed commit) to each.
  const deploys = [record("3"), record("2"), record("1")];
  const rows: [string, Record<string, CommitRelation>, string][] = [
    ["the source runs exactly this commit", { "3": "same" }, "found 3 exact"],
    ["the source moved on: its newest deploy at or before ours", { "3": "behind", "2": "ahead" }, "found 2 earlier"],
    ["the source moved on to another branch", { "3": "diverged", "2": "same" }, "found 2 exact"],
    ["unknown relations are never taken", { "3": "unknown", "2": "unknown", "1": "ahead" }, "found 1 earlier"],
    [
      "nothing at or before ours",
      { "3": "behind", "2": "behind", "1": "diverged" },
      "none: none of its last 3 deploy(s) is of this commit or an ancestor (it runs 3333333, deployed 2024-05-03T12:00:00.000Z: newer, or from another branch)",
    ],
  ];
  it.each(rows)("%s", (_name, relations, expected) => {
    const choice = chooseRecord(deploys, (commit) => relations[commit.slice(0, 1)] ?? "behind");
    expect(choice.kind === "found" ? `found ${choice.record.commit.slice(0, 1)} ${choice.exact ? "exact" : "earlier"}` : `none: ${choice.why}`).toBe(expected);
  });
  it("no deploy at all", () => {
    expect(chooseRecord([], () => "same")).toEqual({ kind: "none", why: "it has no deploy of it" });
  });
});

describe("rollback: which deploy --to names", () => {
  const deploys = [record("3"), record("2", { releaseTag: "v1.1.0" }), record("3", { deployedAt: "2024-04-30T00:00:00.000Z" })];
  it("the newest deploy of the commit, by full id or by 7 or more digits", () => {
    expect(findDeploy(deploys, sha("3"), "dev").deployedAt).toBe("2024-05-03T12:00:00.000Z");
    expect(findDeploy(deploys, "2222222", "dev").releaseTag).toBe("v1.1.0");
    expect(findDeploy(deploys, "2222222".toUpperCase(), "dev").commit).toBe(sha("2"));
  });
  const refusals: [string, string, string][] = [
    [
      "never deployed: the ones that were",
      "4444444",
      "4444444 was never deployed to dev (as far as its last 3 deploy(s) go); deployed there: 3333333 (deployed 2024-05-03T12:00:00.000Z), 2222222 (deployed 2024-05-02T12:00:00.000Z, v1.1.0)",
    ],
    ["too short", "abc", '--to "abc" is not a commit id: give at least 7 hex digits of a deployed commit'],
    ["not hex", "main", '--to "main" is not a commit id'],
  ];
  it.each(refusals)("%s", (_name, to, message) => {
    expect(() => findDeploy(deploys, to, "dev")).toThrow(message);
  });
  it("an abbreviation two commits share is ambiguous", () => {
    const similar = [record("3"), { ...record("3"), commit: `${"3".repeat(39)}4` }];
    expect(() => findDeploy(similar, "3333333", "dev")).toThrow("--to 3333333 is ambiguous in dev: 3333333, 3333333; give more digits");
  });
});

describe("the action's inputs with an environment: a set input wins, an empty one takes the environment's value", () => {
  const config = parseRepositoryConfig(
    "dagship.config.yaml",
    "environments:\n  dev:\n    destination: gs://dev-bucket/dags\n    registry: europe-west1-docker.pkg.dev/acme/etl\n    composer: 3\n  prod:\n    destination: projects/acme-prod/locations/europe-west1/environments/prod\n    promote_from: dev\n",
    "/w",
  ).config as RepositoryConfig;
  const env = (name: string) => config.environments.find((entry) => entry.name === name) as RepositoryConfig["environments"][number];
  const settingsWith = (name: string, inputs: Partial<Record<InputName, string>>) => {
    const log = new MemoryLogger();
    const read = readerWithEnvironment((input) => inputs[input] ?? "", environmentInputs(config, env(name)), name, log);
    const settings = readSettings(read, "/w");
    return {
      registry: settings.registry.raw,
      destination: `${settings.destination.input}=${settings.destination.value}`,
      composer: settings.composer,
      airflow: settings.airflow,
      log: log.lines,
    };
  };
  const rows: [string, string, Partial<Record<InputName, string>>, Record<string, unknown>][] = [
    [
      "nothing set: all from dev",
      "dev",
      {},
      { registry: "europe-west1-docker.pkg.dev/acme/etl", destination: "dags-destination=gs://dev-bucket/dags", composer: "3", airflow: "auto", log: [] },
    ],
    [
      "prod: its Composer environment, and dev's registry (it promotes from dev)",
      "prod",
      {},
      {
        registry: "europe-west1-docker.pkg.dev/acme/etl",
        destination: "composer-environment=projects/acme-prod/locations/europe-west1/environments/prod",
        composer: "auto",
        airflow: "auto",
        log: [],
      },
    ],
    [
      "a destination input wins whole, of either kind",
      "prod",
      { "dags-destination": "gs://other/dags" },
      { registry: "europe-west1-docker.pkg.dev/acme/etl", destination: "dags-destination=gs://other/dags", composer: "auto", airflow: "auto", log: [] },
    ],
    [
      "set inputs win, and the log says which",
      "dev",
      { registry: "127.0.0.1:5000/etl", "composer-version": "2" },
      {
        registry: "127.0.0.1:5000/etl",
        destination: "dags-destination=gs://dev-bucket/dags",
        composer: "2",
        airflow: "auto",
        log: [
          'input "registry" is set: it wins over environment dev\'s value in dagship.config.yaml',
          'input "composer-version" is set: it wins over environment dev\'s value in dagship.config.yaml',
        ],
      },
    ],
  ];
  it.each(rows)("%s", (_name, name, inputs, expected) => {
    expect(settingsWith(name, inputs)).toEqual(expected);
  });
  it("every input an environment fills is an input of the action", () => {
    for (const name of Object.keys(environmentInputs(config, env("dev")))) expect(INPUT_DEFAULTS).toHaveProperty(name);
  });
});

describe("history in words", () => {
  it("per environment and project, newest first, the current one marked, with origin and digests", () => {
    const text = formatHistories([
      {
        environment: "prod",
        destination: "gs://prod/dags",
        projects: [
          {
            project: "sales",
            location: "gs://prod/dags/etl/sales/",
            deploys: [
              record("2", { releaseTag: "v1.1.0", origin: { via: "promotion", from: "dev" } }),
              record("1", { images: {}, origin: { via: "rollback", from: sha("9") } }),
            ],
          },
        ],
      },
      { destination: "/srv/dags", projects: [] },
    ]);
    expect(text.split("\n")).toEqual([
      "prod (gs://prod/dags)",
      "  sales",
      "    * 2222222  deployed 2024-05-02T12:00:00.000Z  committed 2024-05-01T10:00:00.000Z  (v1.1.0, promoted from dev)  sales@sha256:222222222222",
      "      1111111  deployed 2024-05-01T12:00:00.000Z  committed 2024-05-01T10:00:00.000Z  (rollback (replaced 9999999))  (digests not recorded)",
      "/srv/dags",
      "  nothing deployed",
      "",
    ]);
  });
});
