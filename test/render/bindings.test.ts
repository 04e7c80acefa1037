import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { compileSpec } from "../../src/dagfile/index.js";
import { PROFILES, type Profile } from "../../src/profile.js";
import { renderDag } from "../../src/render/render.js";

/**
 * Names a generated file imports or may import (the DAG, the operator, Kubernetes models,
 * pendulum, datetime, timetables, params, groups, assets, notifiers) and Python's own words.
 * Used as task ids, none may rebind a name the file imports: the renderer picks other variables.
 */
const NAMES = [
  "DAG",
  "dag",
  "KubernetesPodOperator",
  "Secret",
  "k8s",
  "datetime",
  "pendulum",
  "CronDataIntervalTimetable",
  "Param",
  "TaskGroup",
  "Dataset",
  "DatasetAny",
  "Asset",
  "AssetAny",
  "SmtpNotifier",
  "SlackNotifier",
  "SlackWebhookNotifier",
  "class",
  "match",
  "type",
  "None",
];

const spec = [
  'schedule: "0 6 * * *"',
  "start_date: 2024-01-01",
  "defaults:",
  "  retry_delay: 5m",
  "  resources: {cpu: 500m, memory: 1Gi}",
  "  secrets: [{env: PASSWORD, secret: db, key: password}]",
  "tasks:",
  ...NAMES.map((name) => `  ${name}:\n    command: [run]`),
  "",
].join("\n");

/** Names bound by imports (not __future__) and names bound by anything else, read by Python's ast. */
function bindings(source: string): { imported: string[]; rebound: string[]; compiles: boolean } {
  const script = `
import ast, json, sys
source = sys.stdin.read()
compile(source, "dag.py", "exec")
tree = ast.parse(source)
imported = set()
for node in ast.walk(tree):
    if isinstance(node, ast.ImportFrom) and node.module != "__future__":
        imported.update(alias.asname or alias.name for alias in node.names)
    elif isinstance(node, ast.Import):
        imported.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
bound = set()
for node in ast.walk(tree):
    if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
        bound.add(node.id)
    elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
        bound.add(node.name)
print(json.dumps({"imported": sorted(imported), "rebound": sorted(bound & imported), "compiles": True}))
`;
  const result = spawnSync("python3", ["-c", script], { input: source, encoding: "utf8" });
  if (result.status !== 0) return { imported: [], rebound: [], compiles: false };
  return JSON.parse(result.stdout) as { imported: string[]; rebound: string[]; compiles: boolean };
}

describe("task ids never rebind what the generated file imports", () => {
  it.each(Object.entries(PROFILES))("%s", (_name, profile: Profile) => {
    const compiled = compileSpec("projects/names/dag.yaml", spec, "names", { profile });
    if (!compiled.ok) throw new Error(compiled.problems.map((problem) => problem.message).join("\n"));
    const rendered = renderDag({ dag: compiled.dag, profile, images: { names: { reference: `registry.example/names@sha256:${"0".repeat(64)}` } } });
    const result = bindings(rendered.content);
    expect(result.compiles).toBe(true);
    expect(result.imported).toEqual(expect.arrayContaining(["DAG", "KubernetesPodOperator", "Secret", "k8s", "pendulum", "datetime"]));
    expect(result.rebound).toEqual([]);
  });
});
