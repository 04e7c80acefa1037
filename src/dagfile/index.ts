import { semanticProblems, TASK_ID_PATTERN, type CheckContext } from "./check.js";
import { podProblems } from "./check-pod.js";
import { dagKeyProblems } from "./check-dag.js";
import { loadSpecText } from "./load.js";
import type { SpecResult } from "./model.js";
import { normaliseSpec, snakeCase } from "./normalise.js";
import { schemaProblems } from "./schema.js";
import type { RawSpec } from "./types.js";
import { sizeProblems } from "./check-size.js";
import { dagAssets, type DagAssets } from "./asset-uses.js";

export type { NormalisedDag, NormalisedTask, SpecResult } from "./model.js";
export type { CheckContext } from "./check.js";
export { attachDoc, type DocRead } from "./doc.js";

/**
 * load -> validate (schema, then the checks beyond it) -> normalise, for dag.yaml text.
 * Never throws on bad input; every problem of the file is reported at once, located.
 */
export function compileSpec(file: string, text: string, project: string, context: CheckContext): CompiledSpec {
  const loaded = loadSpecText(file, text);
  if (loaded.value === undefined) return { ok: false, problems: loaded.problems };
  const problems = [
    ...schemaProblems(loaded.source, loaded.value),
    ...semanticProblems(loaded.source, loaded.value, context),
    ...podProblems(loaded.source, loaded.value),
    ...dagKeyProblems(loaded.source, loaded.value, context),
    ...sizeProblems(loaded.source, loaded.value),
  ];
  const spec = loaded.value as RawSpec;
  if (problems.length === 0 && typeof spec === "object" && spec.dag_id === undefined && !TASK_ID_PATTERN.test(snakeCase(project))) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message: `the folder name "${project}" does not make a valid dag_id: set dag_id explicitly.`,
      severity: "error",
    });
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  const assets = dagAssets(loaded.source, loaded.value);
  if (problems.some((problem) => problem.severity === "error")) return { ok: false, problems, assets };
  return { ok: true, dag: normaliseSpec(spec, project, file), problems, assets };
}

export type { AssetReference, DagAssets } from "./asset-uses.js";
/** A SpecResult and, whenever the YAML could be read, what the file says about assets (for the repository graph). */
export type CompiledSpec = SpecResult & { assets?: DagAssets };
