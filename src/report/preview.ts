/**
 * From a deploy report (usually a dry run's) to the preview model the comment and the job
 * summary render: per project the DAG files and what happens to them, diffs against what the
 * destination holds, the graph and the schedule in words.
 */
import type { ProjectReport } from "../deploy.js";
import { mermaidGraph } from "../render/graph.js";
import type { SyncResult } from "../sync/index.js";
import { REASON_WORDS } from "../sync/reasons.js";
import type { FilePreview, ProjectPreview } from "./comment.js";
import { describeSchedule } from "./cron-words.js";
import { unifiedDiff } from "./diff.js";

/** Reads a file as the baseline has it (the deployed object, or the base branch's render). */
export type BaselineReader = (key: string) => Promise<string | undefined>;

// GitHub draws Mermaid only up to a size (500 edges, 50,000 characters of source by default);
// a bigger graph would show an error box instead of a picture.
const MAX_GRAPH_TASKS = 150;
const MAX_GRAPH_EDGES = 400;

async function filePreviews(sync: SyncResult, rendered: ReadonlyMap<string, string>, readBaseline: BaselineReader | undefined): Promise<FilePreview[]> {
  const files: FilePreview[] = [];
  const commits = [sync.commit, sync.previous?.commit].filter((sha): sha is string => sha !== undefined && sha !== "");
  for (const action of sync.actions) {
    const { outcome: status, why } = REASON_WORDS[action.reason];
    const preview: FilePreview = { path: action.path, status, reason: why };
    if (readBaseline && status !== "unchanged") {
      let before = status === "new" ? "" : ((await readBaseline(action.key)) ?? "");
      let after = status === "removed" ? "" : (rendered.get(action.path) ?? "");
      if (status === "changed") {
        // Every deploy writes its commit id into the header and the pod labels; a reviewer wants
        // what else changed, so both commit ids read the same on both sides.
        [before, after] = [before, after].map((text) => commits.reduce((out, sha) => out.split(sha).join("<commit>"), text)) as [string, string];
        preview.commitOnly = before === after;
      }
      const diff = unifiedDiff(before, after, {
        before: status === "new" ? "/dev/null" : `deployed/${action.path}`,
        after: status === "removed" ? "/dev/null" : `rendered/${action.path}`,
      });
      if (diff.text !== "") preview.diff = diff;
    }
    files.push(preview);
  }
  return files;
}

/** One rendered project as the preview shows it. */
export async function projectPreview(project: ProjectReport, readBaseline: BaselineReader | undefined): Promise<ProjectPreview> {
  const { dag } = project;
  const tooBig = dag.tasks.length > MAX_GRAPH_TASKS || dag.edges.length > MAX_GRAPH_EDGES;
  const preview: ProjectPreview = {
    project: project.project,
    specPath: project.specPath,
    dagId: project.dagId,
    schedule: describeSchedule(dag.schedule, dag.timezone),
    taskCount: dag.tasks.length,
    graph: tooBig ? "" : mermaidGraph(dag),
    image: project.image,
    files: await filePreviews(project.sync, new Map([[project.rendered.fileName, project.rendered.content]]), readBaseline),
    warnings: [...project.sync.warnings],
  };
  if (tooBig)
    preview.graphNote = `The task graph (${dag.tasks.length} tasks, ${dag.edges.length} edges) is too large to draw here; \`dagship graph ${project.specPath.replace(/\/?dag\.yaml$/, "") || "."}\` prints it.`;
  return preview;
}

/** A project removed from the repository whose DAGs are (or would be) pruned. */
export async function removedProjectPreview(sync: SyncResult, readBaseline: BaselineReader | undefined): Promise<ProjectPreview> {
  return {
    project: sync.project,
    specPath: "",
    dagId: "",
    removed: true,
    schedule: "",
    taskCount: 0,
    graph: "",
    files: await filePreviews(sync, new Map(), readBaseline),
    warnings: [...sync.warnings],
  };
}
