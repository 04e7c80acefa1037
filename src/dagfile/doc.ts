/**
 * `doc:`, the project's Markdown inlined as the DAG's doc_md. Reading the file is the pipeline's
 * (src/pipeline.ts); what is pure lives here: which paths are allowed, and how the text (or the
 * reason it could not be read) joins a compiled result.
 *
 * The file must lie inside the project folder, symlinks resolved: a project's rendered bytes may
 * change only when the project's own files change (change detection and deploys go by project
 * folder), and nothing outside the repository is ever read.
 */
import type { SpecResult } from "./model.js";
import { problemAt, SourceDocument } from "./source.js";

/** Why a `doc:` path is not a relative path inside the project folder, or undefined. */
export function docPathProblem(path: string): string | undefined {
  if (path.includes("\0")) return "contains a NUL character.";
  if (path.includes("\\")) return "uses '\\': separate folders with '/', e.g. docs/README.md.";
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return "is absolute: give a path relative to dag.yaml inside the project folder, e.g. README.md.";
  let depth = 0;
  for (const segment of path.split("/")) {
    if (segment === "..") depth -= 1;
    else if (segment !== "." && segment !== "") depth += 1;
    if (depth < 0)
      return "leaves the project folder: the doc must be one of the project's own files (they are what a change to the project is), e.g. README.md.";
  }
  return depth === 0 ? "names the project folder itself, not a file: e.g. README.md." : undefined;
}

/** What reading the doc file gave: its text, or why there is none (a sentence ending in "."). */
export type DocRead = { ok: true; text: string } | { ok: false; reason: string };

/**
 * The compiled result with the doc's Markdown attached, or, when the file could not be read, with
 * a problem located at the `doc:` value of `text` (the dag.yaml the result was compiled from).
 */
export function attachDoc(result: SpecResult, file: string, text: string, read: DocRead): SpecResult {
  if (!result.ok || result.dag.docFile === undefined) return result;
  if (read.ok) return { ...result, dag: { ...result.dag, docMarkdown: read.text } };
  const problem = problemAt(new SourceDocument(file, text), ["doc"], `doc: ${JSON.stringify(result.dag.docFile)} ${read.reason}`);
  return { ok: false, problems: [...result.problems, problem] };
}
