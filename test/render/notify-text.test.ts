import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { defaultEmailHtml, defaultEmailSubject, defaultSlackText, type NotifyEvent, type NotifyLevel } from "../../src/render/notify-text.js";

// Renders templates with the real Jinja2 and StrictUndefined, as a DAG's template environment
// does, in the contexts each Airflow version gives a callback. A name that is missing fails.
const RENDER = `
import json, sys
import jinja2
class Dag:
    dag_id = "orders"
class Ti:
    task_id = "load"
class TiWithLog(Ti):
    log_url = "http://airflow/log?x=1&y=<2>"
contexts = {
    "airflow2-task": {"dag": Dag(), "ti": TiWithLog(), "run_id": "scheduled__2024-01-01"},
    "airflow3.0-task": {"dag": Dag(), "ti": Ti(), "run_id": "scheduled__2024-01-01"},
    "airflow3.1-task": {"dag": Dag(), "ti": TiWithLog(), "run_id": "scheduled__2024-01-01"},
    "airflow2-dag": {"dag": Dag(), "ti": TiWithLog(), "run_id": "manual__1", "reason": "task_failure"},
    "airflow3.0.2-dag": {"dag": Dag(), "run_id": "manual__1", "reason": "task_failure"},
    "airflow3.0.5-dag": {"dag": Dag(), "ti": Ti(), "run_id": "manual__1", "reason": "<b>"},
}
env = jinja2.Environment(undefined=jinja2.StrictUndefined)
out = {}
for name, template in json.load(sys.stdin).items():
    for context_name, context in contexts.items():
        if context_name.endswith(name.split(":")[0]):
            out[name + "@" + context_name] = env.from_string(template).render(**context)
print(json.dumps(out, sort_keys=True))
`;

function render(templates: Record<string, string>): Record<string, string> {
  return JSON.parse(execFileSync("python3", ["-c", RENDER], { input: JSON.stringify(templates), encoding: "utf8" })) as Record<string, string>;
}

describe("default notification texts render in every supported Airflow's callback context", () => {
  const templates: Record<string, string> = {};
  for (const level of ["task", "dag"] as NotifyLevel[]) {
    for (const event of (level === "task" ? ["onFailure", "onSuccess", "onRetry"] : ["onFailure", "onSuccess"]) as NotifyEvent[]) {
      templates[`${level}:${event}:slack`] = defaultSlackText(level, event);
      templates[`${level}:${event}:subject`] = defaultEmailSubject(level, event);
      templates[`${level}:${event}:html`] = defaultEmailHtml(level, event);
    }
  }
  const rendered = render(templates);

  it("renders every template in every context, none failing on a missing name", () => {
    expect(Object.keys(rendered)).toHaveLength(3 * 3 * 3 + 2 * 3 * 3);
  });

  it.each([
    ["task:onFailure:slack@airflow2-task", "Airflow: Task load of DAG orders failed (run scheduled__2024-01-01). Log: http://airflow/log?x=1&y=<2>"],
    ["task:onFailure:slack@airflow3.0-task", "Airflow: Task load of DAG orders failed (run scheduled__2024-01-01)."],
    ["task:onRetry:slack@airflow3.1-task", "Airflow: Task load of DAG orders is up for retry (run scheduled__2024-01-01). Log: http://airflow/log?x=1&y=<2>"],
    ["task:onSuccess:subject@airflow2-task", "Airflow: Task load of DAG orders succeeded (run scheduled__2024-01-01)"],
    [
      "task:onFailure:html@airflow2-task",
      '<p>Airflow: Task load of DAG orders failed (run scheduled__2024-01-01).</p><p><a href="http://airflow/log?x=1&y=<2>">Log</a></p>',
    ],
    ["dag:onFailure:slack@airflow2-dag", "Airflow: DAG orders failed (run manual__1): task_failure. Log: http://airflow/log?x=1&y=<2>"],
    ["dag:onFailure:slack@airflow3.0.2-dag", "Airflow: DAG orders failed (run manual__1): task_failure."],
    ["dag:onSuccess:subject@airflow3.0.2-dag", "Airflow: DAG orders succeeded (run manual__1): task_failure"],
    ["dag:onFailure:html@airflow3.0.5-dag", "<p>Airflow: DAG orders failed (run manual__1): &lt;b&gt;.</p>"],
  ])("%s", (key, expected) => {
    expect(rendered[key]).toBe(expected);
  });
});
