import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROFILES } from "../../src/profile.js";
import { renderDag } from "../../src/render/render.js";
import { scaffoldFiles } from "../../src/scaffold.js";
import { compileSpec } from "../../src/dagfile/index.js";
import { inspectDags } from "../helpers/python.js";

const dagYaml = scaffoldFiles("nightly_report", { startDate: "2024-01-01" }).find((file) => file.path === "dag.yaml")?.content ?? "";
/** The same file with its commented notify block switched on, as a user would. */
const withNotify = dagYaml.replace(/^# ( *(?:notify:|on_failure:|- email:|- slack:))/gm, "$1");

function rendered(text: string) {
  const dir = mkdtempSync(join(tmpdir(), "dagship-scaffold-"));
  return Object.entries(PROFILES).map(([name, profile]) => {
    const compiled = compileSpec("projects/nightly_report/dag.yaml", text, "nightly_report", { profile });
    expect(compiled.problems).toEqual([]);
    if (!compiled.ok) throw new Error(`${name}: does not compile`);
    const file = join(dir, `${name}.py`);
    writeFileSync(file, renderDag({ dag: compiled.dag, profile, images: { nightly_report: { reference: "r/nightly_report@sha256:0" } } }).content);
    return file;
  });
}

describe("dagship new: the dag.yaml shows params and notify", () => {
  it("declares a day param the task uses, valid under every profile", () => {
    expect(dagYaml).toContain("params:");
    expect(dagYaml).toContain('"{{ params.day or ds }}"');
    for (const report of inspectDags(rendered(dagYaml))) {
      expect(report.ok).toBe(true);
      expect(Object.keys(report.dag["params"] as object)).toEqual(["day"]);
      expect(report.tasks[0]?.kwargs["arguments"]).toEqual(["--day", "{{ params.day or ds }}"]);
    }
  });

  it("has a commented notify block that is valid once uncommented", () => {
    expect(withNotify).not.toBe(dagYaml);
    expect(dagYaml).toMatch(/^# notify:/m);
    for (const report of inspectDags(rendered(withNotify))) {
      expect(report.ok).toBe(true);
      expect((report.dag["on_failure_callback"] as { __call__: string }[]).map((notifier) => notifier.__call__)).toEqual([
        "SmtpNotifier",
        "SlackWebhookNotifier",
      ]);
    }
  });
});
