import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { stringify, parse } from "yaml";
import { PROFILES, type Profile } from "../../src/profile.js";
import { renderDag, type ProjectImage } from "../../src/render/render.js";
import { compileSpec, type NormalisedDag } from "../../src/dagfile/index.js";
import { imageProjects } from "../../src/dagfile/model.js";
import { expectedTaskKeywords, FORBIDDEN_KEYWORDS } from "../helpers/expected.js";
import { expectPodKeywords } from "../helpers/expected-pod.js";
import { inspectDags } from "../helpers/python.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/specs/", import.meta.url));
const GOLDEN = fileURLToPath(new URL("../golden/", import.meta.url));
/** A content tag as the image stage pushes it: `ctx-` and 32 hex digits of the build context's hash. */
const CONTENT_TAG = "ctx-4b825dc642cb6eb9a060e54bf8d69288";
const UPDATE = process.env["UPDATE_GOLDEN"] === "1";

const fixtureNames = readdirSync(FIXTURES).sort();

function imagesFor(dag: NormalisedDag): Record<string, ProjectImage> {
  const images: Record<string, ProjectImage> = {};
  for (const project of new Set([dag.project, ...imageProjects(dag)])) {
    const digest = Buffer.from(project.padEnd(32, "0")).toString("hex").slice(0, 64);
    images[project] = { reference: `us-docker.pkg.dev/acme/etl/${project}@sha256:${digest}`, tag: CONTENT_TAG };
  }
  return images;
}

function compileFixture(name: string, profile: Profile, text = readFileSync(join(FIXTURES, name, "dag.yaml"), "utf8")) {
  return compileSpec(`projects/${name}/dag.yaml`, text, name, { profile, knownProjects: [name, "loader"] });
}

/** Fixture/profile pairs that must be rejected rather than rendered. */
const REJECTED: Record<string, string[]> = { kubernetes_extras: ["composer-3-airflow-2", "composer-3-airflow-3"] };

const cases = fixtureNames.flatMap((fixture) =>
  Object.entries(PROFILES)
    .filter(([profileName]) => !(REJECTED[fixture] ?? []).includes(profileName))
    .map(([profileName, profile]) => ({ fixture, profileName, profile })),
);

describe("golden files: every fixture under every profile", () => {
  it.each(cases)("$fixture renders as test/golden/$fixture/$profileName.py", ({ fixture, profileName, profile }) => {
    const compiled = compileFixture(fixture, profile);
    expect(compiled.problems).toEqual([]);
    if (!compiled.ok) return;
    const rendered = renderDag({ dag: compiled.dag, profile, images: imagesFor(compiled.dag) });
    const goldenFile = join(GOLDEN, fixture, `${profileName}.py`);
    if (!UPDATE && !existsSync(goldenFile)) throw new Error(`${goldenFile} is missing: run UPDATE_GOLDEN=1 npx vitest run test/render/golden.test.ts and review it`);
    if (UPDATE) {
      mkdirSync(join(GOLDEN, fixture), { recursive: true });
      writeFileSync(goldenFile, rendered.content);
    }
    expect(rendered.content).toBe(readFileSync(goldenFile, "utf8"));
  });

  it.each(Object.entries(REJECTED).flatMap(([fixture, names]) => names.map((profileName) => ({ fixture, profileName }))))(
    "$fixture is refused for $profileName",
    ({ fixture, profileName }) => {
      const compiled = compileFixture(fixture, PROFILES[profileName] as Profile);
      expect(compiled.ok).toBe(false);
      expect(compiled.problems.map((problem) => problem.message).join("\n")).toMatch(/not allowed on Composer 3/);
    },
  );
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

  it.each(rendered.map((entry, index) => ({ ...entry, index })))("$fixture/$profileName compiles and says what the spec says", ({ fixture, dag, profile, images, index }) => {
    const report = inspected[index];
    if (!report) throw new Error("missing inspection");
    expect(report.error).toBeUndefined();
    expect(report.ok).toBe(true);
    expect(report.undefined).toEqual([]);
    expect(report.toplevel_other).toEqual([]);
    expect(report.imports).toContain(profile.airflow === 3 ? "from airflow.sdk import DAG" : "from airflow import DAG");
    expect(report.imports).toContain("from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator");
    expect(report.dag["dag_id"]).toBe(dag.dagId);
    expect(report.dag).not.toHaveProperty("schedule_interval");
    expect(report.dag["catchup"]).toBe(dag.catchup);

    expect(report.tasks.map((task) => task.kwargs["task_id"])).toEqual(dag.tasks.map((task) => task.taskId));
    for (const [position, task] of dag.tasks.entries()) {
      const call = report.tasks[position];
      if (!call) throw new Error("missing task");
      expect(call.callee).toBe("KubernetesPodOperator");
      const image = task.image.kind === "reference" ? task.image.reference : (images[task.image.project]?.reference ?? "");
      expect(call.kwargs).toMatchObject(expectedTaskKeywords(dag, task, profile, image));
      expectPodKeywords(call.kwargs, parse(readFileSync(join(FIXTURES, fixture, "dag.yaml"), "utf8")) as Record<string, unknown>, task.sourceTask);
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
  });

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

describe("the golden files as committed", () => {
  it("every one compiles with Python's compile(), not only ast.parse", () => {
    const files = readdirSync(GOLDEN).flatMap((fixture) => readdirSync(join(GOLDEN, fixture)).map((name) => join(GOLDEN, fixture, name)));
    expect(files.length).toBeGreaterThanOrEqual(cases.length);
    for (const report of inspectDags(files)) {
      expect(report.error, report.file).toBeUndefined();
      expect(report.compiled, report.file).toBe(true);
    }
  });
});
