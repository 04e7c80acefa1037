/**
 * Event -> mode: what a run does is decided here, from the workflow event alone (plus the `mode`
 * input), by a pure function. A pull request is always a dry run, so a fork without secrets can
 * never push or deploy, whatever its workflow file says.
 */
import { readFile } from "node:fs/promises";
import { messageOf, UserError } from "../errors.js";
import type { EventSource } from "./environment.js";
import type { ActionMode } from "./inputs.js";

/** The parts of a webhook payload the action reads. */
export interface EventPayload {
  before?: string;
  after?: string;
  created?: boolean;
  deleted?: boolean;
  forced?: boolean;
  pull_request?: {
    number: number;
    base: { sha: string; ref: string; repo?: { full_name?: string } | null };
    head: { sha: string; ref: string; repo?: { full_name?: string } | null };
  };
  merge_group?: { base_sha?: string; head_sha?: string };
  repository?: { full_name?: string };
}

/** The workflow run's event: `GITHUB_EVENT_NAME`, `GITHUB_REF`, `GITHUB_SHA` and the payload. */
export interface EventInfo {
  name: string;
  ref: string;
  sha: string;
  /** `owner/name` from `GITHUB_REPOSITORY`. */
  repository: string;
  payload: EventPayload;
}

/** A pull request under preview. */
export interface PullRequestInfo {
  number: number;
  baseSha: string;
  baseRef: string;
  headSha: string;
  /** The head branch lives in another repository: its runs get no secrets. */
  fromFork: boolean;
}

/** Which projects to consider: all, or those changed since a commit. */
export type Compare = { kind: "all"; why: string } | { kind: "since"; base: string; why: string };

/** What this run does. */
export type RunPlan =
  | { kind: "dry-run"; why: string; compare: Compare; pullRequest?: PullRequestInfo }
  | { kind: "deploy"; why: string; compare: Compare }
  | { kind: "release"; why: string; tag: string }
  | { kind: "skip"; why: string };

/** A run that plans only. */
export type DryRunPlan = Extract<RunPlan, { kind: "dry-run" }>;
/** A run that writes: a deploy of the changed projects, or a release of a tag. */
export type DeployPlan = Extract<RunPlan, { kind: "deploy" | "release" }>;
/** A run that does something. */
export type ActivePlan = DryRunPlan | DeployPlan;

const ZERO_SHA = /^0+$/;
const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_target"]);
const MANUAL_EVENTS = new Set(["workflow_dispatch", "schedule", "repository_dispatch", "workflow_run"]);

function pullRequestOf(event: EventInfo): PullRequestInfo {
  const pr = event.payload.pull_request;
  if (!pr) throw new UserError(`the ${event.name} event has no pull_request in its payload (GITHUB_EVENT_PATH)`);
  const headRepo = pr.head.repo?.full_name;
  const baseRepo = pr.base.repo?.full_name ?? event.repository;
  return {
    number: pr.number,
    baseSha: pr.base.sha,
    baseRef: pr.base.ref,
    headSha: pr.head.sha,
    // A deleted fork has no head repository: treat it as a fork, the safe side.
    fromFork: headRepo === undefined || headRepo !== baseRepo,
  };
}

function pushCompare(event: EventInfo): Compare {
  const before = event.payload.before ?? "";
  if (before === "" || ZERO_SHA.test(before)) return { kind: "all", why: "first push of this branch: every project" };
  if (event.payload.forced === true) return { kind: "all", why: "force push: the previous commit may be gone, so every project" };
  return { kind: "since", base: before, why: `projects changed since ${before.slice(0, 7)}` };
}

/**
 * Decide what a run does from its event and the `mode` input:
 * - `pull_request` (and `pull_request_target`, `merge_group`): a dry run, always;
 * - `push` of a branch: deploy the projects changed since the push's `before` commit;
 * - `push` of a tag: a release deploy of the tagged commit's images (promoted, never rebuilt);
 * - `workflow_dispatch`, `schedule`, ...: deploy every project (a tag ref: a release).
 * `mode: dry-run` turns any deploy into a dry run; `mode: deploy` cannot make a pull request deploy.
 * The fan-out's `plan` and `build` jobs decide as `deploy` does, so that they never stop a
 * deploy job that was told to deploy (which decides by its own mode).
 * @throws UserError naming the `mode` input when the event has no default.
 */
export function decideRun(event: EventInfo, given: ActionMode): RunPlan {
  const mode = given === "plan" || given === "build" ? "deploy" : given;
  if (PULL_REQUEST_EVENTS.has(event.name)) {
    const pullRequest = pullRequestOf(event);
    const why =
      given === "deploy"
        ? `pull request #${pullRequest.number}: a dry run (pull requests never deploy; mode: deploy applies to pushes)`
        : `pull request #${pullRequest.number}: a dry run`;
    return { kind: "dry-run", why, pullRequest, compare: { kind: "since", base: pullRequest.baseSha, why: `projects changed by #${pullRequest.number}` } };
  }
  if (event.name === "merge_group") {
    const base = event.payload.merge_group?.base_sha;
    const compare: Compare = base ? { kind: "since", base, why: "projects changed by the merge group" } : { kind: "all", why: "every project" };
    return { kind: "dry-run", why: "merge queue check: a dry run", compare };
  }

  const tag = event.ref.startsWith("refs/tags/") ? event.ref.slice("refs/tags/".length) : undefined;
  const branch = event.ref.startsWith("refs/heads/") ? event.ref.slice("refs/heads/".length) : undefined;
  const dryRun = mode === "dry-run";

  if (event.name === "push") {
    if (event.payload.deleted === true) return { kind: "skip", why: `${event.ref} was deleted: nothing to deploy` };
    if (tag !== undefined) {
      if (dryRun) return { kind: "dry-run", why: `tag ${tag} with mode: dry-run`, compare: { kind: "all", why: "a release covers every project" } };
      return { kind: "release", tag, why: `tag ${tag}: release deploy of commit ${event.sha.slice(0, 7)}'s images` };
    }
    if (branch !== undefined) {
      const compare = pushCompare(event);
      return dryRun ? { kind: "dry-run", why: `push to ${branch} with mode: dry-run`, compare } : { kind: "deploy", why: `push to ${branch}`, compare };
    }
    throw new UserError(`push of ${JSON.stringify(event.ref)}, which is neither a branch nor a tag: nothing dagship knows how to deploy`);
  }

  const all: Compare = { kind: "all", why: `${event.name} run: every project` };
  if (mode === "auto" && !MANUAL_EVENTS.has(event.name)) {
    throw new UserError(`input "mode": the ${event.name} event has no default mode; set mode to deploy or dry-run`);
  }
  if (dryRun) return { kind: "dry-run", why: `${event.name} with mode: dry-run`, compare: all };
  if (tag !== undefined) return { kind: "release", tag, why: `${event.name} on tag ${tag}: release deploy` };
  return { kind: "deploy", why: `${event.name} on ${branch ?? event.ref}`, compare: all };
}

/**
 * The event the runner describes. The payload file is optional (a local run has none); a
 * present but unreadable one is an error, not an empty event.
 */
export async function readEvent(source: EventSource): Promise<EventInfo> {
  if (source.name === "")
    throw new UserError("GITHUB_EVENT_NAME is not set: dagship's action runs inside a GitHub Actions workflow (use the dagship CLI elsewhere)");
  let payload: EventPayload = {};
  if (source.path !== "") {
    let text: string;
    try {
      text = await readFile(source.path, "utf8");
    } catch (thrown) {
      throw new UserError(`cannot read the event payload GITHUB_EVENT_PATH=${source.path}: ${messageOf(thrown)}`);
    }
    payload = JSON.parse(text) as EventPayload;
  }
  return { name: source.name, ref: source.ref, sha: source.sha, repository: source.repository, payload };
}
