import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRunnerEnvironment } from "../../src/github/environment.js";
import { decideRun, readEvent, type EventInfo, type EventPayload } from "../../src/github/event.js";
import type { ActionMode } from "../../src/github/inputs.js";

const SHA = "a".repeat(40);
const BEFORE = "b".repeat(40);
const BASE = "c".repeat(40);

function pr(fork: boolean): EventPayload {
  return {
    pull_request: {
      number: 12,
      base: { sha: BASE, ref: "main", repo: { full_name: "acme/etl" } },
      head: { sha: SHA, ref: "feature", repo: { full_name: fork ? "someone/etl" : "acme/etl" } },
    },
  };
}

function event(name: string, ref: string, payload: EventPayload = {}): EventInfo {
  return { name, ref, sha: SHA, repository: "acme/etl", payload };
}

type Expected = { kind: string; compare?: string; tag?: string; fork?: boolean; why?: RegExp };

const table: [string, EventInfo, ActionMode, Expected][] = [
  ["pull request", event("pull_request", "refs/pull/12/merge", pr(false)), "auto", { kind: "dry-run", compare: `since ${BASE}`, fork: false }],
  ["pull request with mode: deploy", event("pull_request", "refs/pull/12/merge", pr(false)), "deploy", { kind: "dry-run", fork: false, why: /never deploy/ }],
  ["pull request from a fork", event("pull_request", "refs/pull/12/merge", pr(true)), "deploy", { kind: "dry-run", fork: true }],
  ["pull_request_target", event("pull_request_target", "refs/heads/main", pr(true)), "auto", { kind: "dry-run", fork: true }],
  [
    "merge queue",
    event("merge_group", "refs/heads/gh-readonly-queue/main/pr-1", { merge_group: { base_sha: BASE } }),
    "deploy",
    { kind: "dry-run", compare: `since ${BASE}` },
  ],
  ["push to a branch", event("push", "refs/heads/main", { before: BEFORE, after: SHA }), "auto", { kind: "deploy", compare: `since ${BEFORE}` }],
  ["push with mode: dry-run", event("push", "refs/heads/main", { before: BEFORE }), "dry-run", { kind: "dry-run", compare: `since ${BEFORE}` }],
  [
    "first push of a branch",
    event("push", "refs/heads/new", { before: "0".repeat(40), created: true }),
    "auto",
    { kind: "deploy", compare: "all", why: /push to new/ },
  ],
  ["force push", event("push", "refs/heads/main", { before: BEFORE, forced: true }), "auto", { kind: "deploy", compare: "all" }],
  ["push without a before commit", event("push", "refs/heads/main", {}), "auto", { kind: "deploy", compare: "all" }],
  ["tag push", event("push", "refs/tags/v1.2.0", { before: "0".repeat(40) }), "auto", { kind: "release", tag: "v1.2.0" }],
  ["tag push with mode: deploy", event("push", "refs/tags/v1.2.0"), "deploy", { kind: "release", tag: "v1.2.0" }],
  ["tag push with mode: dry-run", event("push", "refs/tags/v1.2.0"), "dry-run", { kind: "dry-run", compare: "all" }],
  ["deleted branch", event("push", "refs/heads/old", { deleted: true, before: BEFORE }), "auto", { kind: "skip" }],
  ["manual run on a branch", event("workflow_dispatch", "refs/heads/main"), "auto", { kind: "deploy", compare: "all" }],
  ["manual run on a tag", event("workflow_dispatch", "refs/tags/v2"), "auto", { kind: "release", tag: "v2" }],
  ["schedule with mode: dry-run", event("schedule", "refs/heads/main"), "dry-run", { kind: "dry-run", compare: "all" }],
  ["another event with mode: deploy", event("issue_comment", "refs/heads/main"), "deploy", { kind: "deploy", compare: "all" }],
  // The fan-out's plan and build jobs decide as mode: deploy does.
  [
    "pull request, plan job",
    event("pull_request", "refs/pull/12/merge", pr(false)),
    "plan",
    { kind: "dry-run", compare: `since ${BASE}`, why: /^pull request #12: a dry run$/ },
  ],
  ["pull request, build job", event("pull_request", "refs/pull/12/merge", pr(true)), "build", { kind: "dry-run", fork: true }],
  ["push, plan job", event("push", "refs/heads/main", { before: BEFORE }), "plan", { kind: "deploy", compare: `since ${BEFORE}` }],
  ["first push, build job", event("push", "refs/heads/main", { before: "0".repeat(40) }), "build", { kind: "deploy", compare: "all" }],
  ["tag push, plan job", event("push", "refs/tags/v1.2.0"), "plan", { kind: "release", tag: "v1.2.0" }],
  ["another event, plan job", event("issue_comment", "refs/heads/main"), "plan", { kind: "deploy", compare: "all" }],
  ["deleted branch, build job", event("push", "refs/heads/old", { deleted: true, before: BEFORE }), "build", { kind: "skip" }],
];

describe("event -> mode", () => {
  it.each(table)("%s", (_, info, mode, expected) => {
    const plan = decideRun(info, mode);
    expect(plan.kind).toBe(expected.kind);
    if (expected.why) expect(plan.why).toMatch(expected.why);
    if (expected.tag) expect(plan.kind === "release" && plan.tag).toBe(expected.tag);
    if (expected.compare && (plan.kind === "deploy" || plan.kind === "dry-run")) {
      expect(plan.compare.kind === "all" ? "all" : `since ${plan.compare.base}`).toBe(expected.compare);
    }
    if (expected.fork !== undefined) expect(plan.kind === "dry-run" && plan.pullRequest?.fromFork).toBe(expected.fork);
  });

  it("a pull request is a dry run whatever the mode", () => {
    for (const mode of ["auto", "deploy", "dry-run"] as const) {
      for (const name of ["pull_request", "pull_request_target"]) expect(decideRun(event(name, "refs/pull/1/merge", pr(true)), mode).kind).toBe("dry-run");
    }
  });

  it("an event without a default mode asks for the mode input", () => {
    expect(() => decideRun(event("issue_comment", "refs/heads/main"), "auto")).toThrow(/input "mode": the issue_comment event has no default mode/);
  });

  it("a pull request event without its payload is an error, not a deploy", () => {
    expect(() => decideRun(event("pull_request", "refs/pull/1/merge"), "auto")).toThrow(/no pull_request in its payload/);
  });

  it("a fork whose repository was deleted counts as a fork", () => {
    const payload = pr(false);
    if (payload.pull_request) payload.pull_request.head.repo = null;
    const plan = decideRun(event("pull_request", "refs/pull/12/merge", payload), "auto");
    expect(plan.kind === "dry-run" && plan.pullRequest?.fromFork).toBe(true);
  });

  it("reads the event from the runner's environment", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dagship-event-"));
    writeFileSync(join(dir, "event.json"), JSON.stringify({ before: BEFORE, forced: false }));
    const source = (env: NodeJS.ProcessEnv) => readRunnerEnvironment(env, dir).event;
    const info = await readEvent(
      source({
        GITHUB_EVENT_NAME: "push",
        GITHUB_EVENT_PATH: join(dir, "event.json"),
        GITHUB_REF: "refs/heads/main",
        GITHUB_SHA: SHA,
        GITHUB_REPOSITORY: "acme/etl",
      }),
    );
    expect(info).toEqual({ name: "push", ref: "refs/heads/main", sha: SHA, repository: "acme/etl", payload: { before: BEFORE, forced: false } });
    await expect(readEvent(source({}))).rejects.toThrow(/GITHUB_EVENT_NAME is not set/);
    await expect(readEvent(source({ GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: join(dir, "missing.json") }))).rejects.toThrow(
      /cannot read the event payload/,
    );
  });
});
