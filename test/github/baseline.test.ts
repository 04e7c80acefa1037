import { describe, expect, it } from "vitest";
import { baseCommitOf } from "../../src/action/base-branch.js";
import { chooseBaseline, fallbackNote, type BaselineChoice } from "../../src/action/baseline.js";
import type { ReadAccess } from "../../src/action/google.js";
import type { DryRunPlan } from "../../src/github/event.js";

const NONE: ReadAccess["runner"] = { googleCredentials: false, storageEmulator: false, registryLogin: {} };
const LOGIN: ReadAccess["runner"]["registryLogin"] = { username: "ci", password: "secret" };

function access(over: Partial<Omit<ReadAccess, "runner">> & { runner?: Partial<ReadAccess["runner"]> }): ReadAccess {
  return { google: {}, destination: "gcs", googleRegistry: true, ...over, runner: { ...NONE, ...over.runner } };
}

const deployed: BaselineChoice = { kind: "deployed" };
const baseBranch = (note: string): BaselineChoice => ({
  kind: "base-branch",
  note: `${note}: nothing was read from the destination or the registry, and images were not checked.`,
});

describe("which baseline a dry run compares with", () => {
  const table: [string, ReadAccess, BaselineChoice][] = [
    ["the action's own token, a bucket, Artifact Registry", access({ google: { accessToken: "ya29.x" } }), deployed],
    ["credentials from google-github-actions/auth", access({ runner: { googleCredentials: true } }), deployed],
    ["a Composer environment with credentials", access({ destination: "composer", runner: { googleCredentials: true } }), deployed],
    ["a local folder and a plain registry with a login", access({ destination: "local", googleRegistry: false, runner: { registryLogin: LOGIN } }), deployed],
    [
      "the storage emulator and a plain registry with a login",
      access({ googleRegistry: false, runner: { storageEmulator: true, registryLogin: LOGIN } }),
      deployed,
    ],
    ["a fork: no OIDC token", access({ google: { missing: "this run gets no OIDC token (a fork)" } }), baseBranch("This run gets no OIDC token (a fork)")],
    [
      "Google refused the identity, even with other credentials",
      access({ google: { missing: "Google refused the workload identity (x)" }, runner: { googleCredentials: true } }),
      baseBranch("Google refused the workload identity (x)"),
    ],
    ["a bucket without credentials", access({}), baseBranch("No Google credentials in this run to read the bucket")],
    [
      "a Composer environment without credentials, even with the emulator",
      access({ destination: "composer", runner: { storageEmulator: true } }),
      baseBranch("No Google credentials in this run to read the Composer environment"),
    ],
    [
      "the emulator but a Google registry without credentials",
      access({ runner: { storageEmulator: true } }),
      baseBranch("No registry credentials in this run"),
    ],
    [
      "Google credentials but a plain registry without a login",
      access({ googleRegistry: false, runner: { googleCredentials: true } }),
      baseBranch("No registry credentials in this run"),
    ],
    [
      "a username without a password reads nothing",
      access({ destination: "local", googleRegistry: false, runner: { registryLogin: { username: "ci" } } }),
      baseBranch("No registry credentials in this run"),
    ],
  ];
  it.each(table)("%s", (_, facts, expected) => {
    expect(chooseBaseline(facts)).toEqual(expected);
  });

  it("says why it falls back when the deployed files cannot be read", () => {
    expect(fallbackNote("403 from the bucket")).toBe("Could not read the deployed state (403 from the bucket); comparing with the base branch instead.");
  });
});

describe("the base commit of a dry run", () => {
  const pullRequest = { number: 5, baseSha: "b".repeat(40), baseRef: "main", headSha: "c".repeat(40), fromFork: true };
  const table: [string, DryRunPlan, string | undefined][] = [
    ["a pull request: its base", { kind: "dry-run", why: "", pullRequest, compare: { kind: "since", base: "d".repeat(40), why: "" } }, "b".repeat(40)],
    [
      "a push with mode: dry-run: the push's previous commit",
      { kind: "dry-run", why: "", compare: { kind: "since", base: "d".repeat(40), why: "" } },
      "d".repeat(40),
    ],
    ["every project, nothing to compare with", { kind: "dry-run", why: "", compare: { kind: "all", why: "" } }, undefined],
  ];
  it.each(table)("%s", (_, plan, expected) => {
    expect(baseCommitOf(plan)).toBe(expected);
  });
});
