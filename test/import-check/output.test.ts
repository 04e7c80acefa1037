import { describe, expect, it } from "vitest";
import { findJsonList, parseImportErrors, parseReport, relativeTo, shortenImportError } from "../../src/import-check/output.js";

const LOG = "[2025-06-01T10:00:00.000+0000] {dagbag.py:588} INFO - Filling up the DagBag from /home/airflow/gcs/data/x";
const SYNTAX =
  'Traceback (most recent call last):\n  File "<frozen importlib._bootstrap_external>", line 995, in exec_module\n  File "/home/airflow/gcs/data/x/sales/sales.py", line 12\n    with DAG(dag_id="sales" as dag:\n                        ^^\nSyntaxError: invalid syntax\n';
const MISSING =
  'Traceback (most recent call last):\n  File "<frozen importlib._bootstrap>", line 488, in _call_with_frames_removed\n  File "/home/airflow/gcs/dags/etl/sales/sales.py", line 7, in <module>\n    from kubernetes.client import models as k8s\nModuleNotFoundError: No module named \'kubernetes\'\n';
const CHAINED =
  'Traceback (most recent call last):\n  File "/opt/python3.11/lib/python3.11/site-packages/airflow/models/dag.py", line 4011, in __init__\n    raise KeyError("x")\nKeyError: \'x\'\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File "sales/sales.py", line 9, in <module>\n    with DAG(dag_id="sales", schedule="bad") as dag:\nairflow.exceptions.AirflowTimetableInvalid: Exactly 5, 6 or 7 columns has to be specified for iterator expression.\n';

describe("reading the Airflow CLI's JSON output", () => {
  it.each<[string, string[], unknown[] | undefined]>([
    ["one line after log lines", [LOG, '[{"filepath": "/a.py", "error": "boom"}]'], [{ filepath: "/a.py", error: "boom" }]],
    ["no errors", [LOG, "[]"], []],
    ["a list spread over lines", ["[", '  {"filepath": "/a.py",', '   "error": "x"}', "]"], [{ filepath: "/a.py", error: "x" }]],
    ["with colour escapes", ["\u001b[1;31m[]\u001b[0m"], []],
    [
      "the last list when log lines hold brackets too",
      ['[2025] {x} INFO - ["not", "it"', '[{"file": "/a.py", "dags": ["a"]}]'],
      [{ file: "/a.py", dags: ["a"] }],
    ],
    ["a table instead of JSON", ["No data found"], undefined],
    ["nothing", [], undefined],
  ])("%s", (_, lines, expected) => {
    expect(findJsonList(lines)).toEqual(expected);
  });

  it("import errors of Airflow 2 and of Airflow 3's records (with bundle_name)", () => {
    expect(parseImportErrors(['[{"filepath": "/x/a.py", "error": "E"}]'])).toEqual([{ filepath: "/x/a.py", error: "E" }]);
    expect(parseImportErrors(['[{"bundle_name": "dags-folder", "filepath": "etl/a.py", "error": "E"}]'])).toEqual([{ filepath: "etl/a.py", error: "E" }]);
    expect(parseImportErrors(['[{"file": "/x/a.py", "dags": []}]'])).toBeUndefined();
  });

  it("a DagBag report", () => {
    expect(
      parseReport([
        '[{"file": "/x/a.py", "duration": "0:00:00.01", "dag_num": 1, "task_num": 2, "dags": ["a"]}, {"file": "/x/b.py", "dag_num": 0, "dags": []}]',
      ]),
    ).toEqual([
      { file: "/x/a.py", dags: ["a"] },
      { file: "/x/b.py", dags: [] },
    ]);
    expect(parseReport(['[{"filepath": "/x/a.py", "error": "E"}]'])).toBeUndefined();
  });

  it.each<[string, string, string | undefined]>([
    ["/stage/run/sales/sales.py", "/stage/run", "sales/sales.py"],
    ["/stage/run/sales/sales.py", "/stage/run/", "sales/sales.py"],
    ["/stage/other/sales.py", "/stage/run", undefined],
    ["etl/sales/sales.py", "/home/airflow/gcs/dags", "etl/sales/sales.py"],
    ["./etl/sales.py", "/x", "etl/sales.py"],
  ])("%s relative to %s", (filepath, folder, expected) => {
    expect(relativeTo(filepath, folder)).toBe(expected);
  });
});

describe("an import error shortened to what matters", () => {
  it.each<[string, string, string, { message: string; line?: number }]>([
    ["a syntax error", SYNTAX, "/home/airflow/gcs/data/x/sales/sales.py", { message: "SyntaxError: invalid syntax", line: 12 }],
    ["a missing module", MISSING, "/home/airflow/gcs/dags/etl/sales/sales.py", { message: "ModuleNotFoundError: No module named 'kubernetes'", line: 7 }],
    [
      "a chained exception, the file named relative to its bundle",
      CHAINED,
      "sales/sales.py",
      { message: "airflow.exceptions.AirflowTimetableInvalid: Exactly 5, 6 or 7 columns has to be specified for iterator expression.", line: 9 },
    ],
    ["a traceback that never reaches the file", MISSING, "/elsewhere/other.py", { message: "ModuleNotFoundError: No module named 'kubernetes'" }],
    [
      "tracebacks turned off: the exception's text",
      "Invalid timetable expression: '61 * * * *'\nmore detail",
      "/a.py",
      { message: "Invalid timetable expression: '61 * * * *'" },
    ],
    ["Windows line ends", SYNTAX.replaceAll("\n", "\r\n"), "/home/airflow/gcs/data/x/sales/sales.py", { message: "SyntaxError: invalid syntax", line: 12 }],
  ])("%s", (_, error, filepath, expected) => {
    expect(shortenImportError(error, filepath)).toEqual(expected);
  });

  it("caps a huge message", () => {
    const { message } = shortenImportError(`ValueError: ${"x".repeat(5000)}`, "/a.py");
    expect(message.length).toBe(400);
    expect(message.endsWith("…")).toBe(true);
  });
});
