/**
 * DAG keywords of v1.1 without imports of their own: `end_date` (pendulum, like start_date),
 * `dagrun_timeout` (datetime.timedelta) and `doc_md` (the project's Markdown, inlined).
 * DAG(end_date=, dagrun_timeout=, doc_md=) exist in Airflow 2.7-2.11 and in airflow.sdk.DAG 3.0/3.1.
 */
import type { NormalisedDag } from "../dagfile/model.js";
import { PyLines, type PyValue } from "./python.js";
import { pendulumDateTime, timedelta } from "./time.js";

/**
 * The doc text as doc_md. Airflow (2.x DAG.get_doc_md, 3.x _convert_doc_md) treats a doc_md that
 * ends in ".md" as a file path and opens it at parse time; a trailing newline keeps the text text.
 */
export function docMarkdownValue(markdown: string): string {
  return markdown.endsWith(".md") ? `${markdown}\n` : markdown;
}

/** end_date, dagrun_timeout and doc_md, when dag.yaml sets them. */
export function dagOptionKeywords(dag: NormalisedDag): [string, PyValue][] {
  const keywords: [string, PyValue][] = [];
  if (dag.endDate) keywords.push(["end_date", pendulumDateTime(dag.endDate, dag.timezone)]);
  if (dag.dagrunTimeoutSeconds !== undefined) keywords.push(["dagrun_timeout", timedelta(dag.dagrunTimeoutSeconds)]);
  if (dag.docFile !== undefined) {
    if (dag.docMarkdown === undefined) throw new Error(`doc "${dag.docFile}" was not read: compile through compileProjects (or attachDoc) before rendering`);
    keywords.push(["doc_md", new PyLines(docMarkdownValue(dag.docMarkdown))]);
  }
  return keywords;
}
