import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const INSPECTOR = fileURLToPath(new URL("../python/inspect_dag.py", import.meta.url));

/** A value as test/python/inspect_dag.py reports it (calls and names become tagged objects). */
export type PyJson = string | number | boolean | null | PyJson[] | { [key: string]: PyJson };

export interface InspectedTask {
  var: string;
  callee: string;
  kwargs: Record<string, PyJson>;
}

export interface InspectedDag {
  file: string;
  ok: boolean;
  /** True when Python's compile() accepted the file (not only ast.parse). */
  compiled?: boolean;
  error?: string;
  ascii: boolean;
  imports: string[];
  /** What each imported name is bound to: "k8s" -> "kubernetes.client.models". */
  bindings: Record<string, string>;
  dag: Record<string, PyJson>;
  /** `name = TaskGroup(...)` statements, in order. */
  groups: { var: string; kwargs: Record<string, PyJson> }[];
  tasks: InspectedTask[];
  edges: [string, string][];
  undefined: string[];
  toplevel_other: string[];
  strings?: string[];
}

/** Parse generated files with python3's own ast module (one interpreter for all files). */
export function inspectDags(paths: readonly string[], options: { strings?: boolean } = {}): InspectedDag[] {
  const args = [INSPECTOR, ...(options.strings ? ["--strings"] : [])];
  const output = execFileSync("python3", args, { input: `${paths.join("\n")}\n`, maxBuffer: 1 << 30, encoding: "utf8" });
  return JSON.parse(output) as InspectedDag[];
}
