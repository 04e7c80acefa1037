import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/errors.js";
import { compileProjects, readProjectDoc } from "../../src/pipeline.js";
import { PROFILES, type Profile } from "../../src/profile.js";
import { discoverProjects, projectFromPath } from "../../src/project.js";
import { compileSpec } from "../../src/dagfile/index.js";

const F = "projects/sales/dag.yaml";
const TASKS = "tasks:\n  main:\n    command: [run]\n";
const a2 = PROFILES["composer-3-airflow-2"] as Profile;
const a3 = PROFILES["composer-3-airflow-3"] as Profile;

function messages(text: string, profile: Profile): string[] {
  return compileSpec(F, text, "sales", { profile, knownProjects: ["sales"] }).problems.map(formatProblem);
}

/** One row per rule of the DAG-level and graph keys: the document, the profile, the exact output. */
const RULES: { rule: string; text: string; profile: Profile; expected: string[] }[] = [
  { rule: "assets_any on Airflow 3", profile: a3, text: `schedule: {assets_any: ["gs://a/b"]}\nstart_date: 2024-01-01\n${TASKS}`, expected: [] },
  {
    rule: "asset schedule needs start_date",
    profile: a3,
    text: `schedule: {assets: ["gs://a/b"]}\n${TASKS}`,
    expected: [`${F}:1:1: a DAG scheduled on assets needs a start_date (Airflow 2 refuses it without one): add e.g. \`start_date: 2024-01-01\`.`],
  },
  {
    rule: "asset URI without a bucket",
    profile: a2,
    text: `schedule: {assets: ["gs:///orders"]}\nstart_date: 2024-01-01\n${TASKS}`,
    expected: [`${F}:1:21: schedule.assets[0]: asset URI "gs:///orders" needs a bucket: gs://BUCKET/path.`],
  },
  {
    rule: "param without default on Airflow 2",
    profile: a2,
    text: `params:\n  day: {type: string}\n${TASKS}`,
    expected: [
      `${F}:2:3: params.day has no default: Airflow 2.7 refuses to load a DAG with a param that has none (2.8+ only when the DAG has a schedule). Add \`default: ...\` (it is also the trigger form's initial value).`,
    ],
  },
  { rule: "param without default, manual DAG on Airflow 3", profile: a3, text: `params:\n  day: {type: string}\n${TASKS}`, expected: [] },
  {
    rule: "param without default, scheduled DAG on Airflow 3",
    profile: a3,
    text: `schedule: "@daily"\nstart_date: 2024-01-01\nparams:\n  day: {type: string}\n${TASKS}`,
    expected: [
      `${F}:4:3: params.day has no default, but the DAG has a schedule: Airflow refuses to load a scheduled DAG whose params cannot all be resolved. Add \`default: ...\`, or set \`schedule: null\` (then each manual run gives the value).`,
    ],
  },
  {
    rule: "param default of the wrong type",
    profile: a3,
    text: `params:\n  size: {type: integer, default: "10"}\n${TASKS}`,
    expected: [
      `${F}:2:34: params.size.default: the string "10" is not a whole number (type: integer). Airflow validates the default against the param's own schema (and refuses to load a scheduled DAG whose default fails): fix the default or the schema.`,
    ],
  },
  {
    rule: "param default outside the enum",
    profile: a3,
    text: `params:\n  region: {default: mars, enum: [us, eu]}\n${TASKS}`,
    expected: [
      `${F}:2:21: params.region.default: the string "mars" is not one of the enum values "us", "eu". Airflow validates the default against the param's own schema (and refuses to load a scheduled DAG whose default fails): fix the default or the schema.`,
    ],
  },
  {
    rule: "param default below the minimum",
    profile: a2,
    text: `params:\n  size: {type: number, default: -1, minimum: 0}\n${TASKS}`,
    expected: [
      `${F}:2:33: params.size.default: the number -1 is below the minimum 0. Airflow validates the default against the param's own schema (and refuses to load a scheduled DAG whose default fails): fix the default or the schema.`,
    ],
  },
  {
    rule: "param default too long (code points)",
    profile: a2,
    text: `params:\n  code: {default: "😀😀😀", max_length: 2}\n${TASKS}`,
    expected: [
      `${F}:2:19: params.code.default: the string "😀😀😀" is longer than max_length 2. Airflow validates the default against the param's own schema (and refuses to load a scheduled DAG whose default fails): fix the default or the schema.`,
    ],
  },
  {
    rule: "param default not matching its pattern",
    profile: a2,
    text: `params:\n  day: {default: "May 1", pattern: "^\\\\d{4}-\\\\d{2}-\\\\d{2}$"}\n${TASKS}`,
    expected: [
      `${F}:2:18: params.day.default: the string "May 1" does not match the pattern "^\\\\d{4}-\\\\d{2}-\\\\d{2}$". Airflow validates the default against the param's own schema (and refuses to load a scheduled DAG whose default fails): fix the default or the schema.`,
    ],
  },
  {
    rule: "group leaf used twice",
    profile: a2,
    text: "tasks:\n  a:\n    group: ingest.raw\n  b:\n    group: export.raw\n",
    expected: [
      `${F}:5:12: tasks.b.group: group "raw" of "export.raw" is also the group "ingest.raw": Airflow group ids are unique in a DAG, and dagship keeps task ids unprefixed, so a group is known by its last name alone. Rename one of them.`,
    ],
  },
  {
    rule: "group named like a task",
    profile: a3,
    text: "tasks:\n  load:\n    group: load\n",
    expected: [
      `${F}:3:12: tasks.load.group: group "load" has the id of task "load": Airflow keeps task and group ids in one namespace. Rename the group or the task.`,
    ],
  },
  {
    rule: "group named like a matrix task",
    profile: a3,
    text: "tasks:\n  load:\n    matrix: [us]\n  b:\n    group: stage.load_us\n",
    expected: [
      `${F}:5:12: tasks.b.group: group "load_us" has the id of task "load_us": Airflow keeps task and group ids in one namespace. Rename the group or the task.`,
    ],
  },
  {
    rule: "a group path is no task id: groups are known by their last names",
    profile: a2,
    text: "tasks:\n  ingest.raw:\n    command: [run]\n  b:\n    group: ingest.raw\n",
    expected: [],
  },
  {
    rule: "a nested group's last name like a task",
    profile: a2,
    text: "tasks:\n  raw:\n    command: [run]\n  b:\n    group: ingest.raw\n",
    expected: [
      `${F}:5:12: tasks.b.group: group "raw" has the id of task "raw": Airflow keeps task and group ids in one namespace. Rename the group or the task.`,
    ],
  },
  {
    rule: "doc absolute",
    profile: a2,
    text: `doc: /etc/passwd\n${TASKS}`,
    expected: [`${F}:1:6: doc: "/etc/passwd" is absolute: give a path relative to dag.yaml inside the project folder, e.g. README.md.`],
  },
  {
    rule: "doc leaving the project",
    profile: a2,
    text: `doc: docs/../../README.md\n${TASKS}`,
    expected: [
      `${F}:1:6: doc: "docs/../../README.md" leaves the project folder: the doc must be one of the project's own files (they are what a change to the project is), e.g. README.md.`,
    ],
  },
  {
    rule: "doc with backslashes",
    profile: a2,
    text: `doc: 'docs\\README.md'\n${TASKS}`,
    expected: [`${F}:1:6: doc: "docs\\\\README.md" uses '\\': separate folders with '/', e.g. docs/README.md.`],
  },
  {
    rule: "dagrun_timeout format",
    profile: a2,
    text: `dagrun_timeout: 6 hours\n${TASKS}`,
    expected: [`${F}:1:17: dagrun_timeout: "6 hours" is not valid: expected a duration like 30s, 5m, 1h or 1h30m. Did you mean "6h"?`],
  },
];

describe("DAG-level and graph keys: every rule, with its exact message", () => {
  it.each(RULES)("$rule", ({ text, profile, expected }) => {
    expect(messages(text, profile)).toEqual(expected);
  });
});

describe("doc: the project's Markdown, read by the pipeline inside the project folder only", () => {
  const root = mkdtempSync(join(tmpdir(), "dagship-doc-"));
  const project = (name: string, doc: string) => {
    mkdirSync(join(root, "projects", name), { recursive: true });
    writeFileSync(join(root, "projects", name, "dag.yaml"), `description: ${name}\ndoc: ${doc}\n${TASKS}`);
    return join(root, "projects", name);
  };
  const outside = join(mkdtempSync(join(tmpdir(), "dagship-outside-")), "secret.md");
  writeFileSync(outside, "# not the project's\n");

  const good = project("good", "docs/guide.md");
  mkdirSync(join(good, "docs"));
  writeFileSync(join(good, "docs", "guide.md"), "# Guide\n\nRun it daily.\n");
  const linked = project("linked", "README.md");
  writeFileSync(join(linked, "real.md"), "# Linked inside\n");
  symlinkSync(join(linked, "real.md"), join(linked, "README.md"));
  project("missing", "README.md");
  const escaping = project("escaping", "README.md");
  symlinkSync(outside, join(escaping, "README.md"));
  const sibling = project("sibling", "README.md");
  symlinkSync(join(good, "docs", "guide.md"), join(sibling, "README.md"));
  const viaFolder = project("via_folder", "docs/secret.md");
  symlinkSync(join(outside, ".."), join(viaFolder, "docs"));
  const folder = project("folder", "docs");
  mkdirSync(join(folder, "docs"));
  const binary = project("binary", "README.md");
  writeFileSync(join(binary, "README.md"), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]));

  it("inlines the file, following a symlink that stays inside the project", async () => {
    // via_folder's docs folder links outside the repository: discovery refuses the whole walk (the
    // stronger rule), so its doc is checked below through readProjectDoc, and here the others are.
    await expect(discoverProjects(root)).rejects.toThrow(/via_folder\/docs is a symlink .* outside the repository/);
    const names = readdirSync(join(root, "projects")).filter((name) => name !== "via_folder");
    const compiled = await compileProjects(await Promise.all(names.map((name) => projectFromPath(join(root, "projects", name, "dag.yaml"), root))), a3);
    const byName = new Map(compiled.map((entry) => [entry.project.name, entry]));
    expect(byName.get("good")?.dag?.docMarkdown).toBe("# Guide\n\nRun it daily.\n");
    expect(byName.get("linked")?.dag?.docMarkdown).toBe("# Linked inside\n");
    const problems = Object.fromEntries(compiled.filter((entry) => !entry.dag).map((entry) => [entry.project.name, entry.problems.map(formatProblem)]));
    expect(problems).toEqual({
      binary: ['projects/binary/dag.yaml:2:6: doc: "README.md" is not UTF-8 text: save it as UTF-8.'],
      escaping: [
        'projects/escaping/dag.yaml:2:6: doc: "README.md" leads outside the project folder through a symlink: dagship reads only the project\'s own files. Put the file itself in the project.',
      ],
      folder: ['projects/folder/dag.yaml:2:6: doc: "docs" is not a file: name a Markdown file, e.g. README.md.'],
      missing: [
        'projects/missing/dag.yaml:2:6: doc: "README.md" does not exist in the project folder: add the file, or fix the path (it is relative to dag.yaml).',
      ],
      sibling: [
        'projects/sibling/dag.yaml:2:6: doc: "README.md" leads outside the project folder through a symlink: dagship reads only the project\'s own files. Put the file itself in the project.',
      ],
    });
  });

  it("never reads a target outside the project folder", async () => {
    expect(await readProjectDoc(escaping, "README.md")).toEqual({ ok: false, reason: expect.stringContaining("outside the project folder") });
    expect(JSON.stringify(await readProjectDoc(viaFolder, "docs/secret.md"))).not.toContain("not the project's");
  });
});
