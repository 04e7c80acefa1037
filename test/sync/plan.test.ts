import { describe, expect, it } from "vitest";
import type { CommitRelation } from "../../src/sync/history.js";
import { MANIFEST_FORMAT, META, type Manifest } from "../../src/sync/manifest.js";
import { findConflicts, planSync, unrecordedCommits, type PlannedAction, type PlanReason } from "../../src/sync/plan.js";
import { REASON_WORDS } from "../../src/sync/reasons.js";
import { md5Base64, type ObjectInfo } from "../../src/sync/store.js";

const PREFIX = "dags/etl/sales/";
const OLD = "1".repeat(40);
const OURS = "2".repeat(40);
const NEWER = "3".repeat(40);
const RELATIONS: Record<string, CommitRelation> = { [OLD]: "ahead", [OURS]: "same", [NEWER]: "behind" };

const md5 = (text: string): string => md5Base64(new TextEncoder().encode(text));

/** A remote object under the prefix; `tag` marks it as written by this project at that commit. */
function remote(path: string, text: string, options: { generation?: string; tag?: string; owner?: string } = {}): ObjectInfo {
  const metadata: Record<string, string> = {};
  if (options.tag !== undefined) {
    metadata[META.owner] = options.owner ?? PREFIX;
    metadata[META.commit] = options.tag;
  }
  return { key: PREFIX + path, generation: options.generation ?? `g-${path}`, md5: md5(text), size: text.length, metadata };
}

function manifestOf(files: Record<string, string>): Manifest {
  return {
    format: MANIFEST_FORMAT,
    repo: "etl",
    project: "sales",
    prefix: PREFIX,
    commit: OLD,
    commitTime: "2024-01-01T00:00:00.000Z",
    deployedAt: "2024-01-01T00:00:00.000Z",
    dagshipVersion: "0.1.0",
    files: Object.fromEntries(Object.entries(files).map(([path, text]) => [path, { md5: md5(text), size: text.length }])),
  };
}

interface Case {
  name: string;
  rendered: Record<string, string>;
  manifest?: Record<string, string>;
  remote: ObjectInfo[];
  /** path -> "action/reason[@generation]" */
  expected: Record<string, string>;
  warnings?: RegExp[];
  blockers?: RegExp[];
}

const cases: Case[] = [
  {
    name: "first deploy: everything is new, must not exist yet",
    rendered: { "a.py": "A", "b.py": "B" },
    remote: [],
    expected: { "a.py": "upload/new@0", "b.py": "upload/new@0" },
  },
  {
    name: "unchanged: everything skipped",
    rendered: { "a.py": "A", "b.py": "B" },
    manifest: { "a.py": "A", "b.py": "B" },
    remote: [remote("a.py", "A"), remote("b.py", "B")],
    expected: { "a.py": "skip/unchanged", "b.py": "skip/unchanged" },
  },
  {
    name: "one file changed: one upload over the generation seen",
    rendered: { "a.py": "A2", "b.py": "B" },
    manifest: { "a.py": "A", "b.py": "B" },
    remote: [remote("a.py", "A", { generation: "17" }), remote("b.py", "B")],
    expected: { "a.py": "upload/changed@17", "b.py": "skip/unchanged" },
  },
  {
    name: "DAG removed: exactly its file deleted",
    rendered: { "a.py": "A" },
    manifest: { "a.py": "A", "b.py": "B" },
    remote: [remote("a.py", "A"), remote("b.py", "B", { generation: "9" })],
    expected: { "a.py": "skip/unchanged", "b.py": "delete/no-longer-rendered@9" },
  },
  {
    name: "deployed file deleted by hand: uploaded again",
    rendered: { "a.py": "A" },
    manifest: { "a.py": "A" },
    remote: [],
    expected: { "a.py": "upload/missing@0" },
    warnings: [/a\.py was deployed but is missing/],
  },
  {
    name: "deployed file edited by hand: replaced, with a warning",
    rendered: { "a.py": "A" },
    manifest: { "a.py": "A" },
    remote: [remote("a.py", "EDITED", { generation: "5" })],
    expected: { "a.py": "upload/modified-by-hand@5" },
    warnings: [/a\.py was changed in the destination since the last deploy/],
  },
  {
    name: "no-longer-rendered file edited by hand: still ours, deleted with a warning",
    rendered: {},
    manifest: { "a.py": "A" },
    remote: [remote("a.py", "EDITED", { generation: "5" })],
    expected: { "a.py": "delete/no-longer-rendered@5" },
    warnings: [/a\.py had been changed/],
  },
  {
    name: "recorded file already gone and no longer rendered: nothing to do",
    rendered: {},
    manifest: { "a.py": "A" },
    remote: [],
    expected: {},
  },
  {
    name: "interrupted deploy uploaded the rendered bytes already: adopted, not re-uploaded",
    rendered: { "a.py": "A2" },
    manifest: { "a.py": "A" },
    remote: [remote("a.py", "A2", { tag: OURS })],
    expected: { "a.py": "skip/adopted" },
  },
  {
    name: "unrecorded file with the rendered bytes (placed by hand): adopted",
    rendered: { "a.py": "A" },
    remote: [remote("a.py", "A")],
    expected: { "a.py": "skip/adopted" },
  },
  {
    name: "leftover of an older interrupted deploy at a rendered path: replaced",
    rendered: { "a.py": "A" },
    remote: [remote("a.py", "OLD", { tag: OLD, generation: "4" })],
    expected: { "a.py": "upload/replaces-leftover@4" },
  },
  {
    name: "leftover of an older interrupted deploy, not rendered: deleted",
    rendered: {},
    remote: [remote("x.py", "X", { tag: OLD, generation: "4" })],
    expected: { "x.py": "delete/leftover@4" },
  },
  {
    name: "unrecorded file of a NEWER deploy, not rendered: left alone",
    rendered: {},
    remote: [remote("x.py", "X", { tag: NEWER })],
    expected: {},
    warnings: [/x\.py is not managed by this project/],
  },
  {
    name: "file placed by hand in the prefix, not rendered: never deleted",
    rendered: { "a.py": "A" },
    manifest: { "a.py": "A" },
    remote: [remote("a.py", "A"), remote("manual.py", "M")],
    expected: { "a.py": "skip/unchanged" },
    warnings: [/dags\/etl\/sales\/manual\.py is not managed by this project \(not in its manifest\); left alone/],
  },
  {
    name: "file placed by hand where the render goes: refused, never overwritten",
    rendered: { "a.py": "A" },
    remote: [remote("a.py", "HAND")],
    expected: { "a.py": "" },
    blockers: [/dags\/etl\/sales\/a\.py exists but this project did not deploy it/],
  },
  {
    name: "another prefix's tagged file where the render goes: refused",
    rendered: { "a.py": "A" },
    remote: [remote("a.py", "OTHER", { tag: OLD, owner: "dags/etl/" })],
    expected: { "a.py": "" },
    blockers: [/it was written for dags\/etl\//],
  },
  {
    name: "another prefix's tagged file, not rendered: left alone",
    rendered: {},
    remote: [remote("x.py", "OTHER", { tag: OLD, owner: "dags/etl/" })],
    expected: {},
    warnings: [/x\.py is not managed by this project/],
  },
  {
    name: "the manifest object itself is never planned",
    rendered: { "a.py": "A" },
    manifest: { "a.py": "A" },
    remote: [remote("a.py", "A"), remote(".dagship-manifest.json", "{}")],
    expected: { "a.py": "skip/unchanged" },
  },
];

function describeAction(action: PlannedAction): string {
  const generation = action.action === "skip" ? "" : `@${action.ifGenerationMatch}`;
  return `${action.action}/${action.reason}${generation}`;
}

function planOf(c: Case): ReturnType<typeof planSync> {
  return planSync({
    prefix: PREFIX,
    rendered: Object.entries(c.rendered).map(([path, content]) => ({ path, content })),
    manifest: c.manifest === undefined ? undefined : manifestOf(c.manifest),
    remote: c.remote,
    relationOf: (sha) => RELATIONS[sha],
  });
}

describe("planSync", () => {
  it.each(cases)("$name", (c) => {
    const plan = planOf(c);
    const expected = Object.fromEntries(Object.entries(c.expected).filter(([, v]) => v !== ""));
    expect(Object.fromEntries(plan.actions.map((a) => [a.path, describeAction(a)]))).toEqual(expected);
    for (const action of plan.actions) expect(action.key).toBe(PREFIX + action.path);
    expect(plan.warnings).toHaveLength(c.warnings?.length ?? 0);
    c.warnings?.forEach((w, i) => expect(plan.warnings[i]).toMatch(w));
    expect(plan.blockers).toHaveLength(c.blockers?.length ?? 0);
    c.blockers?.forEach((b, i) => expect(plan.blockers[i]).toMatch(b));
  });

  it("takes, for every reason, the action the reason words describe, and the cases cover every reason", () => {
    const seen = new Set<PlanReason>();
    for (const action of cases.flatMap((c) => planOf(c).actions)) {
      expect(action.action, `${action.path}: ${action.reason}`).toBe(REASON_WORDS[action.reason].action);
      seen.add(action.reason);
    }
    expect([...seen].sort()).toEqual(Object.keys(REASON_WORDS).sort());
  });

  it("blocks unsafe, reserved and duplicate rendered paths", () => {
    const plan = planSync({
      prefix: PREFIX,
      rendered: [
        { path: "../escape.py", content: "x" },
        { path: ".dagship-manifest.json", content: "x" },
        { path: "a.py", content: "1" },
        { path: "a.py", content: "2" },
      ],
      manifest: undefined,
      remote: [],
      relationOf: () => undefined,
    });
    expect(plan.blockers).toEqual([
      'rendered file path "../escape.py" is not a safe relative path',
      "a rendered file may not be named .dagship-manifest.json",
      "two rendered files share the path a.py",
    ]);
  });

  it("carries MD5, size and dag_id of the rendered bytes", () => {
    const plan = planSync({
      prefix: PREFIX,
      rendered: [{ path: "a.py", content: "héllo", dagId: "a" }],
      manifest: undefined,
      remote: [],
      relationOf: () => undefined,
    });
    expect(plan.actions[0]).toMatchObject({ md5: md5("héllo"), size: 6, dagId: "a" });
  });
});

describe("unrecordedCommits", () => {
  it("names commits that wrote files after the manifest, not those the manifest records", () => {
    const manifest = manifestOf({ "a.py": "A", "b.py": "B" });
    const objects = [
      remote("a.py", "A", { tag: OLD }), // recorded as is
      remote("b.py", "B-newer", { tag: NEWER }), // recorded path, other bytes
      remote("c.py", "C", { tag: OURS }), // unrecorded
      remote("d.py", "D"), // untagged: not a deploy's
      remote("e.py", "E", { tag: NEWER, owner: "dags/etl/other/" }), // another prefix's
    ];
    expect(unrecordedCommits(objects, manifest, PREFIX).map((c) => c.sha)).toEqual([NEWER, OURS]);
    expect(unrecordedCommits(objects, undefined, PREFIX).map((c) => c.sha)).toEqual([OLD, NEWER, OURS]);
  });
});

describe("findConflicts", () => {
  it("reports two projects rendering one dag_id", () => {
    expect(
      findConflicts([
        { project: "sales", prefix: "dags/etl/sales/", key: "dags/etl/sales/sync.py", dagId: "sync" },
        { project: "billing", prefix: "dags/etl/billing/", key: "dags/etl/billing/sync.py", dagId: "sync" },
        { project: "billing", prefix: "dags/etl/billing/", key: "dags/etl/billing/other.py", dagId: "other" },
      ]),
    ).toEqual([
      'dag_id "sync" is defined 2 times (sales: dags/etl/sales/sync.py, billing: dags/etl/billing/sync.py); ' +
        "Airflow would silently keep only one: give each DAG a unique dag_id",
    ]);
  });

  it("reports one destination file written by two projects, and overlapping prefixes", () => {
    const problems = findConflicts([
      { project: "a", prefix: "dags/shared/", key: "dags/shared/x.py", dagId: "x_a" },
      { project: "b", prefix: "dags/shared/", key: "dags/shared/x.py", dagId: "x_b" },
      { project: "c", prefix: "dags/shared/c/", key: "dags/shared/c/y.py", dagId: "y" },
    ]);
    expect(problems).toEqual([
      "a and b would all write dags/shared/x.py: give them distinct prefixes or file names",
      "projects a (dags/shared/) and b (dags/shared/) deploy into overlapping prefixes; each must own a folder of its own",
      "projects a (dags/shared/) and c (dags/shared/c/) deploy into overlapping prefixes; each must own a folder of its own",
      "projects b (dags/shared/) and c (dags/shared/c/) deploy into overlapping prefixes; each must own a folder of its own",
    ]);
  });

  it("accepts distinct ids, files and sibling prefixes", () => {
    expect(
      findConflicts([
        { project: "sales", prefix: "dags/etl/sales/", key: "dags/etl/sales/a.py", dagId: "a" },
        { project: "sales2", prefix: "dags/etl/sales2/", key: "dags/etl/sales2/a.py", dagId: "b" },
      ]),
    ).toEqual([]);
  });
});
