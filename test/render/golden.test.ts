import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { stringify, parse } from "yaml";
import { PROFILES, type Profile } from "../../src/profile.js";
import { renderDag, type ProjectImage } from "../../src/render/render.js";
import { attachDoc, compileSpec, type NormalisedDag } from "../../src/dagfile/index.js";
import { imageProjects } from "../../src/dagfile/model.js";
import { expectedTaskKeywords, FORBIDDEN_KEYWORDS } from "../helpers/expected.js";
import { expectPodKeywords } from "../helpers/expected-pod.js";
import { checkNotify, checkTaskExtras, expectedDagKeywords } from "../helpers/expected-dag.js";
import { inspectDags } from "../helpers/python.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/specs/", import.meta.url));
const GOLDEN = fileURLToPath(new URL("../golden/", import.meta.url));
/** A content tag as the image stage pushes it: `ctx-` and 32 hex digits of the build context's hash. */
const CONTENT_TAG = "ctx-4b825dc642cb6eb9a060e54bf8d69288";
const UPDATE = process.env["UPDATE_GOLDEN"] === "1";

const fixtureNames = readdirSync(FIXTURES).sort();

/** Where each v1.1 name must come from, per Airflow major (checked against the sources; see the README). */
const SOURCES: Record<2 | 3, Record<string, string>> = {
  2: {
    Param: "airflow.models.param.Param",
    Dataset: "airflow.datasets.Dataset",
    DatasetAny: "airflow.datasets.DatasetAny",
    TaskGroup: "airflow.utils.task_group.TaskGroup",
  },
  3: { Param: "airflow.sdk.Param", Asset: "airflow.sdk.Asset", AssetAny: "airflow.sdk.AssetAny", TaskGroup: "airflow.sdk.TaskGroup" },
};
const NOTIFIERS: Record<string, string> = {
  SmtpNotifier: "airflow.providers.smtp.notifications.smtp.SmtpNotifier",
  SlackNotifier: "airflow.providers.slack.notifications.slack.SlackNotifier",
  SlackWebhookNotifier: "airflow.providers.slack.notifications.slack_webhook.SlackWebhookNotifier",
};

function imagesFor(dag: NormalisedDag): Record<string, ProjectImage> {
  const images: Record<string, ProjectImage> = {};
  for (const project of new Set([dag.project, ...imageProjects(dag)])) {
    const digest = Buffer.from(project.padEnd(32, "0")).toString("hex").slice(0, 64);
    images[project] = { reference: `us-docker.pkg.dev/acme/etl/${project}@sha256:${digest}`, tag: CONTENT_TAG };
  }
  return images;
}

/** As the pipeline compiles a project: dag.yaml, then the Markdown its `doc:` names (here read directly). */
function compileFixture(name: string, profile: Profile, text = readFileSync(join(FIXTURES, name, "dag.yaml"), "utf8")) {
  const file = `projects/${name}/dag.yaml`;
  const compiled = compileSpec(file, text, name, { profile, knownProjects: [name, "loader"] });
  if (!compiled.ok || compiled.dag.docFile === undefined) return compiled;
  return attachDoc(compiled, file, text, { ok: true, text: readFileSync(join(FIXTURES, name, compiled.dag.docFile), "utf8") });
}

/** Fixture/profile pairs that must be rejected rather than rendered, and why. */
const REJECTED: Record<string, { profiles: string[]; message: RegExp }> = {
  kubernetes_extras: { profiles: ["composer-2-airflow-2", "composer-3-airflow-2", "composer-3-airflow-3"], message: /not allowed on Composer [23]/ },
  assets_any: {
    profiles: ["composer-2-airflow-2", "composer-3-airflow-2", "kubernetes-airflow-2"],
    message: /schedule\.assets_any needs DatasetAny, which Airflow 2\.9 added/,
  },
  // Composer 3 has no service account a pod could name (only Secrets and ConfigMaps can be created there).
  pod_settings: { profiles: ["composer-3-airflow-2", "composer-3-airflow-3"], message: /service_account is not allowed on Composer 3/ },
  manual_params: {
    profiles: ["composer-2-airflow-2", "composer-3-airflow-2", "kubernetes-airflow-2"],
    message: /Airflow 2\.7 refuses to load a DAG with a param that has none/,
  },
};

const cases = fixtureNames.flatMap((fixture) =>
  Object.entries(PROFILES)
    .filter(([profileName]) => !(REJECTED[fixture]?.profiles ?? []).includes(profileName))
    .map(([profileName, profile]) => ({ fixture, profileName, profile })),
);

describe("golden files: every fixture under every profile", () => {
  it.each(cases)("$fixture renders as test/golden/$fixture/$profileName.py", ({ fixture, profileName, profile }) => {
    const compiled = compileFixture(fixture, profile);
    // Warnings (an image named by tag) leave the output as it is; errors must not occur.
    expect(compiled.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    if (!compiled.ok) return;
    const rendered = renderDag({ dag: compiled.dag, profile, images: imagesFor(compiled.dag) });
    const goldenFile = join(GOLDEN, fixture, `${profileName}.py`);
    if (!UPDATE && !existsSync(goldenFile))
      throw new Error(`${goldenFile} is missing: run UPDATE_GOLDEN=1 npx vitest run test/render/golden.test.ts and review it`);
    if (UPDATE) {
      mkdirSync(join(GOLDEN, fixture), { recursive: true });
      writeFileSync(goldenFile, rendered.content);
    }
    expect(rendered.content).toBe(readFileSync(goldenFile, "utf8"));
  });

  it.each(Object.entries(REJECTED).flatMap(([fixture, { profiles, message }]) => profiles.map((profileName) => ({ fixture, profileName, message }))))(
    "$fixture is refused for $profileName",
    ({ fixture, profileName, message }) => {
      const compiled = compileFixture(fixture, PROFILES[profileName] as Profile);
      expect(compiled.ok).toBe(false);
      expect(compiled.problems.map((problem) => problem.message).join("\n")).toMatch(message);
    },
  );

  it("the fixtures together use every DAG-level and graph key of dag.yaml v1.1", () => {
    const texts = fixtureNames.map((name) => readFileSync(join(FIXTURES, name, "dag.yaml"), "utf8")).join("\n");
    for (const key of [
      "params:",
      "doc:",
      "dagrun_timeout:",
      "end_date:",
      "notify:",
      "on_failure:",
      "on_success:",
      "on_retry:",
      "email:",
      "slack:",
      "channel:",
      "callback:",
      "assets:",
      "assets_any:",
      "outlets:",
      "group:",
      "from_email:",
      "html_content:",
      "subject:",
      "connection:",
      "text:",
      "title:",
      "enum:",
      "minimum:",
      "maximum:",
      "min_length:",
      "max_length:",
      "pattern:",
    ]) {
      expect(texts, key).toContain(key);
    }
  });
});

describe("idempotence", () => {
  it.each(cases)("$fixture/$profileName: same input gives the same bytes, also after a YAML round trip", ({ fixture, profile }) => {
    const first = compileFixture(fixture, profile);
    const second = compileFixture(fixture, profile);
    const roundTripped = compileFixture(fixture, profile, stringify(parse(readFileSync(join(FIXTURES, fixture, "dag.yaml"), "utf8"))));
    if (!first.ok || !second.ok || !roundTripped.ok) throw new Error("fixture must compile");
    const render = (dag: NormalisedDag) => renderDag({ dag, profile, images: imagesFor(dag) }).content;
    expect(render(second.dag)).toBe(render(first.dag));
    expect(render(roundTripped.dag)).toBe(render(first.dag));
  });
});

describe("every generated file, read by python3's ast", () => {
  const dir = mkdtempSync(join(tmpdir(), "dagship-ast-"));
  const rendered = cases.map(({ fixture, profileName, profile }) => {
    const compiled = compileFixture(fixture, profile);
    if (!compiled.ok) throw new Error(`${fixture} must compile`);
    const images = imagesFor(compiled.dag);
    const file = join(dir, `${fixture}.${profileName}.py`);
    writeFileSync(file, renderDag({ dag: compiled.dag, profile, images }).content);
    return { fixture, profileName, profile, dag: compiled.dag, images, file };
  });
  const inspected = inspectDags(rendered.map((entry) => entry.file));

  it.each(rendered.map((entry, index) => ({ ...entry, index })))(
    "$fixture/$profileName compiles and says what the spec says",
    ({ fixture, dag, profile, images, index }) => {
      const report = inspected[index];
      if (!report) throw new Error("missing inspection");
      expect(report.error).toBeUndefined();
      expect(report.ok).toBe(true);
      expect(report.undefined).toEqual([]);
      expect(report.toplevel_other).toEqual([]);
      expect(report.bindings["DAG"]).toBe(profile.airflow === 3 ? "airflow.sdk.DAG" : "airflow.DAG");
      expect(report.bindings["KubernetesPodOperator"]).toBe("airflow.providers.cncf.kubernetes.operators.pod.KubernetesPodOperator");
      for (const [name, source] of Object.entries({ ...SOURCES[profile.airflow], ...NOTIFIERS }))
        if (name in report.bindings) expect(report.bindings[name]).toBe(source);
      for (const name of Object.keys(SOURCES[profile.airflow === 3 ? 2 : 3]))
        if (!(name in SOURCES[profile.airflow])) expect(report.bindings).not.toHaveProperty(name);
      expect(report.dag["dag_id"]).toBe(dag.dagId);
      expect(report.dag).not.toHaveProperty("schedule_interval");
      expect(report.dag["catchup"]).toBe(dag.catchup);
      expect(report.dag).toMatchObject(expectedDagKeywords(dag, profile));
      checkNotify(report.dag, dag.notify, report.bindings);

      expect(report.tasks.map((task) => task.kwargs["task_id"])).toEqual(dag.tasks.map((task) => task.taskId));
      for (const [position, task] of dag.tasks.entries()) {
        const call = report.tasks[position];
        if (!call) throw new Error("missing task");
        expect(call.callee).toBe("KubernetesPodOperator");
        const image = task.image.kind === "reference" ? task.image.reference : (images[task.image.project]?.reference ?? "");
        expect(call.kwargs).toMatchObject(expectedTaskKeywords(dag, task, profile, image));
        expectPodKeywords(call.kwargs, parse(readFileSync(join(FIXTURES, fixture, "dag.yaml"), "utf8")) as Record<string, unknown>, task.sourceTask);
        checkTaskExtras(call.kwargs, task, profile, report);
        for (const keyword of FORBIDDEN_KEYWORDS) expect(call.kwargs).not.toHaveProperty(keyword);
        if (profile.platform === "composer-3") {
          expect(call.kwargs).not.toHaveProperty("affinity");
          expect(call.kwargs).not.toHaveProperty("full_pod_spec");
        }
        const labels = call.kwargs["labels"] as Record<string, string>;
        // No commit anywhere in the file: a commit touching another project must not rewrite this one.
        expect(labels).not.toHaveProperty("dagship.io/git-sha");
        expect(labels["dagship.io/image-tag"]).toBe(task.image.kind === "project" ? CONTENT_TAG : undefined);
        expect(labels["dagship.io/project"]).toBe(dag.project);
      }
      const edges = [...report.edges].sort();
      expect(edges).toEqual(dag.edges.map((edge) => [edge.upstream, edge.downstream]).sort());
    },
  );

  it("cron schedules pin the data-interval timetable under Airflow 2 and 3 alike, so {{ ds }} means the same date", () => {
    const cron = rendered.filter((entry) => entry.dag.schedule.kind === "cron");
    expect(cron.length).toBeGreaterThan(0);
    for (const entry of cron) {
      const report = inspected[rendered.indexOf(entry)];
      const schedule = report?.dag["schedule"] as { __call__: string; args: string[]; kwargs: Record<string, unknown> };
      expect(schedule.__call__).toBe("CronDataIntervalTimetable");
      expect(schedule.args[0]).toBe(entry.dag.schedule.kind === "cron" ? entry.dag.schedule.expression : "");
      expect(schedule.kwargs["timezone"]).toEqual({ __call__: "pendulum.timezone", args: [entry.dag.timezone], kwargs: {} });
      expect(report?.imports).toContain("from airflow.timetables.interval import CronDataIntervalTimetable");
    }
    const byFixture = new Map<string, unknown[]>();
    for (const entry of cron) byFixture.set(entry.fixture, [...(byFixture.get(entry.fixture) ?? []), inspected[rendered.indexOf(entry)]?.dag["schedule"]]);
    for (const schedules of byFixture.values()) for (const schedule of schedules) expect(schedule).toEqual(schedules[0]);
  });
});

describe("every golden file compiles as Python compiles it (compile(), not only ast.parse)", () => {
  const files = readdirSync(GOLDEN, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".py"))
    .sort();
  const reports = inspectDags(files.map((file) => join(GOLDEN, file)));

  it.each(files.map((file, index) => ({ file, index })))("test/golden/$file", ({ index }) => {
    const report = reports[index];
    expect(report?.error).toBeUndefined();
    expect(report?.ok).toBe(true);
    expect(report?.compiled).toBe(true);
    expect(report?.undefined).toEqual([]);
  });
});
