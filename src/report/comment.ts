/**
 * The PR preview (and job summary) as Markdown: a pure function of a {@link PreviewModel}.
 * GitHub refuses comments over 65,536 characters, so the renderer fits the body into a budget:
 * it folds each project into `<details>`, shortens diffs, drops graphs and diffs, and as a last
 * resort cuts the text, but it always returns a body within the limit and never throws.
 * A little over 300 lines: the budget is one algorithm over every section of the body.
 */
import { formatProblem, type Problem } from "../errors.js";
import type { FileOutcome } from "../sync/reasons.js";
import type { UnifiedDiff } from "./diff.js";
import { IMAGE_ACTION_WORDS, UNCHECKED_IMAGE_ACTIONS, type ImageAction } from "./words.js";

/** GitHub's limit on an issue comment's body. */
export const COMMENT_LIMIT = 65_536;

/** What happens to one DAG file. */
export type FileStatus = FileOutcome;

/** One DAG file of a project's plan. */
export interface FilePreview {
  path: string;
  status: FileStatus;
  /** Why, in words (from the sync plan). */
  reason: string;
  /**
   * Against the deployed (or base-branch) file, with both commit ids written as `<commit>`;
   * absent when there is nothing to compare or nothing but the commit changed.
   */
  diff?: UnifiedDiff;
  /** Set for a changed file whose only change is the commit id it names. */
  commitOnly?: boolean;
}

/** One project's part of the preview. */
export interface ProjectPreview {
  project: string;
  specPath: string;
  /** Empty for a project removed from the repository. */
  dagId: string;
  /** True when the project's folder is gone and its DAGs would be pruned. */
  removed?: boolean;
  schedule: string;
  taskCount: number;
  /** Mermaid flowchart source; empty when the graph is not drawn. */
  graph: string;
  /** Why the graph is not drawn, when it is not. */
  graphNote?: string;
  image?: { action: ImageAction; reference: string; reason: string };
  files: FilePreview[];
  warnings: string[];
}

/** The repository's asset graph, shown when the change touches a DAG's asset schedule or outlets. */
export interface RepositoryGraphPreview {
  /** DAG ids whose asset schedule or outlets changed (added and removed DAGs with assets included). */
  changed: string[];
  /** Mermaid source of the DAGs that touch assets and the assets; empty when it is not drawn. */
  graph: string;
  /** Why the graph is not drawn, when it is not. */
  note?: string;
}

/** Everything the preview shows. */
export interface PreviewModel {
  /** Distinguishes several dagship steps in one pull request (folder + destination). */
  key: string;
  title: string;
  commit: string;
  profile?: string;
  destination: string;
  /** What the diffs compare with, in words. */
  baseline: string;
  notes: string[];
  projects: ProjectPreview[];
  /** Projects the change does not touch. */
  unaffected: string[];
  problems: Problem[];
  /** The plan could not be made (besides validation problems). */
  failure?: string;
  /** Present when assets changed between the base and the head (see report/repo-graph-preview.ts). */
  repositoryGraph?: RepositoryGraphPreview;
  /** Projects that failed from the image stage on; the others are shown all the same. */
  failed?: readonly FailedProject[];
}

/** A project that failed, as the preview lists it. */
export interface FailedProject {
  project: string;
  /** Where it failed: image, render, sync, move or prune. */
  stage: string;
  message: string;
}

/** The hidden marker that finds this preview's comment again. */
export function commentMarker(key: string): string {
  return `<!-- dagship-preview ${key.replace(/--+/g, "-").replace(/[<>]/g, "")} -->`;
}

const encoder = new TextEncoder();
/** Size as GitHub may count it at worst: UTF-8 bytes are never fewer than characters. */
export function sizeOf(text: string): number {
  return encoder.encode(text).length;
}

/** Text for Markdown and inline HTML: no tags, no table breaks, one line. */
function inline(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/\s*\n\s*/g, " ");
}

function code(text: string): string {
  const clean = text.replace(/\s*\n\s*/g, " ");
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  return longest > 0 ? `${fence} ${clean} ${fence}` : `\`${clean.replace(/\|/g, "\\|")}\``;
}

function fenced(language: string, body: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}\n${body.endsWith("\n") ? body : `${body}\n`}${fence}`;
}

function fileCounts(project: ProjectPreview): string {
  if (project.files.length === 0) return "no DAG file";
  return project.files
    .map((file) => {
      if (file.commitOnly) return `${file.status} (commit id only)`;
      return file.diff ? `${file.status} (+${file.diff.added} −${file.diff.removed})` : file.status;
    })
    .join(", ");
}

function tableRow(project: ProjectPreview): string {
  const image = project.image ? IMAGE_ACTION_WORDS[project.image.action] : "—";
  const dag = project.removed ? "_project removed_" : code(project.dagId);
  return `| ${inline(project.project)} | ${dag} | ${project.removed ? "—" : project.taskCount} | ${project.removed ? "—" : inline(project.schedule)} | ${fileCounts(project)} | ${image} |`;
}

const TABLE_HEAD = "| Project | DAG | Tasks | Schedule | DAG file | Image |\n|---|---|---|---|---|---|";

/** How much of a project's detail to show. */
type Level = "full" | "no-graph" | "summary";

function truncateDiff(diff: string, budget: number): { text: string; cut: boolean } {
  if (sizeOf(diff) <= budget) return { text: diff, cut: false };
  const lines = diff.split("\n");
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    const size = sizeOf(line) + 1;
    if (used + size > budget) break;
    kept.push(line);
    used += size;
  }
  return { text: kept.join("\n"), cut: true };
}

/** Bytes a shown diff adds besides its own text: blank lines, fences, the shortening note. */
const DIFF_OVERHEAD = 200;

/** The `<details>` of a project; `diffBudget` undefined leaves the diffs out (to measure the rest). */
function projectDetails(project: ProjectPreview, level: Level, diffBudget: number | undefined): string {
  const head = `${inline(project.project)}</b> — ${
    project.removed ? "removed from the repository" : `<code>${inline(project.dagId)}</code>`
  }: ${fileCounts(project)}${project.image ? `, image ${IMAGE_ACTION_WORDS[project.image.action]}` : ""}`;
  const parts = [`<details><summary><b>${head}</summary>`, ""];
  if (!project.removed) {
    parts.push(`**Source:** ${code(project.specPath)} · **Schedule:** ${inline(project.schedule)} · **Tasks:** ${project.taskCount}`);
  }
  if (project.image) {
    const checked = !UNCHECKED_IMAGE_ACTIONS.has(project.image.action);
    parts.push("", `**Image:** ${checked ? code(project.image.reference) : "not checked"} — ${inline(project.image.reason)}`);
  }
  for (const file of project.files) parts.push("", `- ${code(file.path)}: **${file.status}** — ${inline(file.reason)}`);
  for (const warning of project.warnings) parts.push("", `> [!WARNING]\n> ${inline(warning)}`);
  if (level === "summary") {
    parts.push("", "_Graph and diff left out to stay within GitHub's comment size limit; the job summary has more._");
  } else {
    if (level === "full" && project.graph !== "") parts.push("", fenced("mermaid", project.graph));
    else if (project.graphNote) parts.push("", `_${inline(project.graphNote)}_`);
    else if (project.graph !== "") parts.push("", "_Task graph left out to stay within GitHub's comment size limit._");
    let remaining = diffBudget ?? 0;
    for (const file of project.files) {
      if (diffBudget === undefined || !file.diff || file.diff.text === "") continue;
      const { text, cut } = truncateDiff(file.diff.text, Math.max(0, remaining));
      remaining -= sizeOf(text);
      if (text !== "") parts.push("", fenced("diff", text));
      if (cut)
        parts.push("", `_Diff of ${code(file.path)} shortened to fit GitHub's comment size limit (+${file.diff.added} −${file.diff.removed} lines in all)._`);
    }
  }
  parts.push("", "</details>");
  return parts.join("\n");
}

function fullSize(project: ProjectPreview): number {
  return sizeOf(projectDetails(project, "full", diffSize(project)));
}

function diffSize(project: ProjectPreview): number {
  return project.files.reduce((sum, file) => sum + (file.diff ? sizeOf(file.diff.text) : 0), 0);
}

function cappedList(lines: readonly string[], budget: number, more: (n: number) => string): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const [index, line] of lines.entries()) {
    const size = sizeOf(line) + 1;
    if (used + size > budget) {
      kept.push(more(lines.length - index));
      break;
    }
    kept.push(line);
    used += size;
  }
  return kept;
}

/**
 * The Markdown body, within `limit` (measured in UTF-8 bytes, so within GitHub's character
 * limit too). Starts with the hidden marker of `model.key`.
 */
export function renderPreview(model: PreviewModel, limit = COMMENT_LIMIT): string {
  const marker = commentMarker(model.key);
  const head: string[] = [marker, `### ${inline(model.title)}`, ""];
  const facts = [`commit ${code(model.commit.slice(0, 12))}`, `destination ${code(model.destination)}`];
  if (model.profile) facts.push(`profile ${code(model.profile)}`);
  head.push(facts.join(" · "), "", inline(model.baseline));
  for (const note of model.notes) head.push("", `> ${inline(note)}`);
  if (model.failure) head.push("", "> [!CAUTION]", `> ${inline(model.failure)}`);

  const blocks: string[] = [head.join("\n")];
  if (model.problems.length > 0) {
    const files = new Set(model.problems.map((problem) => problem.file)).size;
    const lines = model.problems.map((problem) => `- ${code(formatProblem(problem))}`);
    blocks.push(
      [
        `#### Validation errors: ${model.problems.length} in ${files} dag.yaml file${files === 1 ? "" : "s"}`,
        "",
        ...cappedList(lines, limit * 0.3, (n) => `- … and ${n} more (all of them are annotations on the files)`),
      ].join("\n"),
    );
  }
  if ((model.failed ?? []).length > 0) {
    const failed = model.failed ?? [];
    const lines = failed.map((failure) => `- **${inline(failure.project)}** failed at ${failure.stage}: ${inline(failure.message)}`);
    blocks.push(
      [
        `#### Failed: ${failed.length} project${failed.length === 1 ? "" : "s"}`,
        "",
        ...cappedList(lines, limit * 0.2, (n) => `- … and ${n} more (the job log has all of them)`),
      ].join("\n"),
    );
  }
  if (model.projects.length > 0) {
    const rows = cappedList(model.projects.map(tableRow), limit * 0.25, (n) => `| … and ${n} more | | | | | |`);
    blocks.push([TABLE_HEAD, ...rows].join("\n"));
  } else if (model.problems.length === 0 && !model.failure && (model.failed ?? []).length === 0) {
    blocks.push("No project is affected: nothing would be deployed.");
  }
  if (model.repositoryGraph) blocks.push(repositoryGraphBlock(model.repositoryGraph, limit * 0.2));
  if (model.unaffected.length > 0) {
    const names = model.unaffected.map(inline);
    const shown = cappedList(names, limit * 0.05, (n) => `and ${n} more`);
    blocks.push(`Not affected (no change in their folders): ${shown.join(", ")}.`);
  }
  const footer = "<sub>Generated by dagship: this comment is updated in place on every push to the pull request.</sub>";

  const fixed = blocks.join("\n\n");
  const reserve = sizeOf(fixed) + sizeOf(footer) + 256;
  let budget = limit - reserve;
  const details = new Map<ProjectPreview, string>();
  // Projects get equal shares, smallest first, so what a small one leaves unused passes on to
  // the bigger ones; they are shown in their own order.
  const pending = [...model.projects].sort((a, b) => fullSize(a) - fullSize(b));
  while (pending.length > 0) {
    const project = pending.shift() as ProjectPreview;
    const share = Math.floor(budget / (pending.length + 1));
    let chosen = "";
    const diffs = project.files.filter((file) => file.diff !== undefined).length;
    for (const level of ["full", "no-graph", "summary"] as const) {
      const room = share - sizeOf(projectDetails(project, level, undefined)) - diffs * DIFF_OVERHEAD;
      // The graph stays only if the whole diff fits next to it: a diff matters more than a picture.
      if (level === "full" && project.graph !== "" && diffSize(project) > room) continue;
      if (room < 0 && level !== "summary") continue;
      const candidate = projectDetails(project, level, Math.max(0, room));
      if (sizeOf(candidate) <= share) {
        chosen = candidate;
        break;
      }
    }
    if (chosen !== "") {
      details.set(project, chosen);
      budget -= sizeOf(chosen) + 2;
    }
  }
  const omitted = model.projects.length - details.size;
  const tail = omitted > 0 ? [`_Details of ${omitted} project(s) left out to stay within GitHub's comment size limit._`] : [];
  const shown = model.projects.flatMap((project) => details.get(project) ?? []);
  const body = [fixed, ...shown, ...tail, footer].join("\n\n");
  return fitWithin(body, limit);
}

/** The repository graph's section: the picture when it fits in `budget`, else a note. */
function repositoryGraphBlock(section: RepositoryGraphPreview, budget: number): string {
  const names = section.changed.map(code);
  const changed = cappedList(names, budget * 0.25, (n) => `and ${n} more`).join(", ");
  const head = [
    "#### Assets across the repository",
    "",
    `Asset schedules or outlets change in ${changed}. Boxes are DAGs, cylinders the assets they update or wait for (dashed: no DAG of this repository updates it).`,
  ];
  const note = section.note ?? "The repository graph is too large for this comment; `dagship graph --repo` prints it.";
  const picture = section.graph === "" ? "" : fenced("mermaid", section.graph);
  if (picture !== "" && sizeOf(head.join("\n")) + sizeOf(picture) + 2 <= budget) return [...head, "", picture].join("\n");
  return [...head, "", `_${inline(note)}_`].join("\n");
}

/** Last resort: cut at a line, keeping the result within the limit. */
function fitWithin(body: string, limit: number): string {
  if (sizeOf(body) <= limit) return body;
  const note = "\n\n_(cut to fit GitHub's comment size limit)_";
  const lines = body.split("\n");
  const kept: string[] = [];
  let used = sizeOf(note);
  for (const line of lines) {
    const size = sizeOf(line) + 1;
    if (used + size > limit) break;
    kept.push(line);
    used += size;
  }
  return `${kept.join("\n")}${note}`;
}
