import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileSpec } from "../../src/dagfile/index.js";
import { PROFILES, type Profile } from "../../src/profile.js";
import { renderDag } from "../../src/render/render.js";
import { inspectDags } from "../helpers/python.js";

const K8S_IMPORT = "from kubernetes.client import models as k8s";
const TASK = "tasks:\n  a:\n    command: [run]\n";

/** Which pod settings need `kubernetes.client.models`: decided from the model, whatever the strings say. */
const CASES: { why: string; settings: string; importsK8s: boolean }[] = [
  {
    why: "identity and lifecycle only",
    settings: "    service_account: etl\n    xcom: true\n    deferrable: true\n    on_finish: keep_pod\n    image_pull_policy: Always\n",
    importsK8s: false,
  },
  {
    why: "annotations that read like the import",
    settings: "    annotations: {note: 'k8s.V1Toleration(key=1)', other: 'from kubernetes.client import models as k8s'}\n",
    importsK8s: false,
  },
  { why: "a toleration", settings: "    tolerations: [{operator: Exists}]\n", importsK8s: true },
  { why: "a ConfigMap", settings: "    config_maps: [settings]\n", importsK8s: true },
  { why: "a volume", settings: "    volumes: [{empty_dir: {}, mount: '/k8s.V1Volume('}]\n", importsK8s: true },
  { why: "an empty toleration list", settings: "    tolerations: []\n", importsK8s: false },
];

describe("pod settings: imports follow the model", () => {
  const dir = mkdtempSync(join(tmpdir(), "dagship-pod-imports-"));
  const entries = Object.values(PROFILES).flatMap((profile: Profile) =>
    // Composer 3 refuses a service account (validate says why); every other case renders there too.
    CASES.filter((entry) => !(profile.platform === "composer-3" && entry.settings.includes("service_account"))).map((entry, index) => {
      const compiled = compileSpec("p/dag.yaml", `${TASK}${entry.settings}`, "p", { profile });
      if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
      const file = join(dir, `${profile.platform}-${profile.airflow}-${index}.py`);
      writeFileSync(file, renderDag({ dag: compiled.dag, profile, images: { p: { reference: "r/p@sha256:0" } } }).content);
      return { ...entry, file };
    }),
  );
  const reports = inspectDags(entries.map((entry) => entry.file));

  it.each(entries.map((entry, index) => ({ ...entry, index })))("$why -> k8s imported: $importsK8s", ({ importsK8s, index }) => {
    const report = reports[index];
    expect(report?.compiled).toBe(true);
    expect(report?.undefined).toEqual([]);
    if (importsK8s) expect(report?.imports).toContain(K8S_IMPORT);
    else expect(report?.imports).not.toContain(K8S_IMPORT);
  });
});
