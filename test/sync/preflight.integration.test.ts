import { beforeAll, describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { MemoryLogger } from "../../src/log.js";
import { checkDeploy, duplicateDagIdProblems, type DeployedElsewhere, type DeployIntent } from "../../src/sync/preflight.js";
import { ownershipRefusal, type Ownership } from "../../src/sync/ownership.js";
import type { Manifest } from "../../src/sync/manifest.js";
import { MANIFEST_FORMAT } from "../../src/sync/manifest.js";
import type { SyncTarget } from "../../src/sync/target.js";
import { CommitComparer } from "../../src/sync/history.js";
import { readSnapshot, type ObservedSnapshot } from "../../src/sync/snapshot.js";
import { linearHistory, type GitFixture } from "./git-fixture.js";
import { BACKENDS, dag, deploy, FAST_RETRY, files, IDENTITY, keyIn, request } from "./helpers.js";

describe("a dag_id defined elsewhere in the destination, in words", () => {
  const base: DeployedElsewhere = {
    dagId: "sales",
    ours: "gs://b/dags/etl/revenue/sales.py",
    project: "revenue",
    theirs: "gs://b/dags/etl/sales/sales.py",
    theirProject: "sales",
    owner: "this repository",
    orphan: false,
  };
  it.each<[string, Partial<DeployedElsewhere>, RegExp]>([
    [
      "a removed or renamed project of this repository: --prune",
      { orphan: true },
      /If sales was renamed or removed, deploy with --prune \(the action: prune: true\) to remove its DAGs in the same deploy\.$/,
    ],
    [
      "another project of this repository, not deployed now",
      {},
      /If the dag_id of sales changed, deploy sales as well; otherwise give one of the two DAGs another dag_id\.$/,
    ],
    [
      "another repository's project",
      { owner: "github.com/globex/etl" },
      /\(project sales of github\.com\/globex\/etl\); Airflow keeps only one of them\. Give one of the two DAGs another dag_id\.$/,
    ],
  ])("%s", (_, over, fix) => {
    const [message] = duplicateDagIdProblems([{ ...base, ...over }]);
    expect(message).toMatch(
      /^dag_id "sales" would be defined twice: by gs:\/\/b\/dags\/etl\/revenue\/sales\.py \(project revenue\) and by gs:\/\/b\/dags\/etl\/sales\/sales\.py /,
    );
    expect(message).toMatch(fix);
  });
});

describe("whose a prefix is, in words", () => {
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    repo: "etl",
    project: "sales",
    prefix: "dags/etl/sales/",
    commit: "a".repeat(40),
    commitTime: "2024-01-01T00:00:00Z",
    deployedAt: "2024-01-01T00:00:00Z",
    dagshipVersion: "0.1.0",
    files: {},
  };
  const context = { location: "gs://b/dags/etl/sales/", repo: "etl", identity: IDENTITY };
  it.each<[Ownership, RegExp | undefined]>([
    [{ kind: "ours" }, undefined],
    [{ kind: "adoptable", basis: "git" }, undefined],
    [{ kind: "adoptable", basis: "time" }, undefined],
    [
      { kind: "foreign", owner: "github.com/globex/etl" },
      /^gs:\/\/b\/dags\/etl\/sales\/ belongs to another repository: its manifest records github\.com\/globex\/etl, and this is github\.com\/acme\/etl\. Both deploy there because both use the repository name "etl"; give this repository a folder of its own in the destination: dagship deploy --repo-name NAME/,
    ],
    [{ kind: "foreign", owner: `git-root:${"b".repeat(40)}` }, /its manifest records the repository whose first commit is bbbbbbbbbbbb,/],
    [
      { kind: "unprovable" },
      /was deployed by dagship 0\.1\.0, which recorded no repository, from commit aaaaaaa, and that commit is not in this clone's history: .* fetch that commit \(git fetch origin a{40}\)/,
    ],
  ])("%j", (ownership, expected) => {
    const refusal = ownershipRefusal(ownership, manifest, context);
    if (expected === undefined) expect(refusal).toBeUndefined();
    else expect(refusal).toMatch(expected);
  });
});

let fixture: GitFixture;
let shas: string[];
beforeAll(() => {
  ({ fixture, shas } = linearHistory(2));
});
const sha = (i: number): string => shas[i] as string;

describe.each(BACKENDS)("the checks before a deploy writes anything, in a $name", (backend) => {
  const intent = (over: Partial<DeployIntent> = {}): DeployIntent => ({
    repo: "etl",
    identity: IDENTITY,
    commit: { sha: sha(1), time: fixture.timeOf(sha(1)) },
    projects: [{ project: "sales", files: [{ path: "sales.py", dagId: "sales" }] }],
    existing: new Set(["sales"]),
    prune: false,
    ...over,
  });
  const check = (target: SyncTarget, over: Partial<DeployIntent> = {}) =>
    checkDeploy(target, intent(over), { git: fixture.git, log: new MemoryLogger(), retry: FAST_RETRY });

  it("an empty destination: nothing to refuse, prune or move", async () => {
    const target = backend.open();
    const { snapshots, ...found } = await check(target);
    expect(found).toEqual({ orphans: [], moves: new Set(), warnings: [] });
    expect([...snapshots].map(([prefix, snapshot]) => [prefix, snapshot.objects, snapshot.manifest, snapshot.manifestGeneration])).toEqual([
      [keyIn(target, "etl/sales/"), [], undefined, "0"],
    ]);
  });

  it("what the checks saw of each prefix they deploy or move is what its sync would read there", async () => {
    const target = backend.open();
    await deploy(target, fixture, request(fixture, sha(0), files({ "sales.py": dag("sales"), "extra.py": dag("extra") })));
    await deploy(target, fixture, request(fixture, sha(0), files({ "sales.py": dag("sales") }), { repo: "acme__etl" }));
    // Another project's folder and a file beside it: in the listing, in no snapshot.
    await deploy(target, fixture, request(fixture, sha(0), files({ "billing.py": dag("billing") }), { repo: "acme__etl", project: "billing" }));
    const { snapshots } = await check(target, {
      repo: "acme__etl",
      legacyRepo: "etl",
      projects: [{ project: "sales", files: [{ path: "sales.py", dagId: "sales" }] }],
      existing: new Set(["sales", "billing"]),
    });
    const context = { store: target.store, log: new MemoryLogger(), retry: FAST_RETRY };
    const prefixes = [keyIn(target, "acme__etl/sales/"), keyIn(target, "etl/sales/")];
    expect([...snapshots.keys()]).toEqual(prefixes);
    for (const prefix of prefixes) {
      const { observedAt, ...seen } = snapshots.get(prefix) as ObservedSnapshot;
      expect(observedAt).toBeLessThanOrEqual(performance.now());
      expect(seen).toEqual(await readSnapshot(context, prefix, new CommitComparer(fixture.git, { sha: sha(1), time: fixture.timeOf(sha(1)) })));
      expect(seen.manifestGeneration).not.toBe("0");
    }
  });

  it("two of this deploy's projects writing one dag_id: refused before any listing matters", async () => {
    const projects = [
      { project: "sales", files: [{ path: "sales.py", dagId: "sales" }] },
      { project: "revenue", files: [{ path: "sales.py", dagId: "sales" }] },
    ];
    await expect(check(backend.open(), { projects })).rejects.toThrow(
      /nothing was deployed: a conflict between projects:\n {2}dag_id "sales" is defined 2 times/,
    );
  });

  it("a file of the same name nobody deployed is a warning, not a refusal", async () => {
    const target = backend.open();
    await target.store.write(keyIn(target, "manual/sales.py"), new TextEncoder().encode(dag("hand")), { contentType: "text/x-python", metadata: {} });
    const { warnings } = await check(target);
    expect(warnings).toEqual([
      `${target.store.location}/${keyIn(target, "manual/sales.py")} has the name of sales's DAG file but was not deployed by dagship; if it defines dag_id "sales" too, Airflow keeps only one of them`,
    ]);
  });

  it("a same-named file another project deployed with another dag_id is no duplicate", async () => {
    const target = backend.open();
    await deploy(target, fixture, request(fixture, sha(0), [{ path: "sales.py", content: dag("x"), dagId: "billing_sales" }], { project: "billing" }));
    expect((await check(target, { existing: new Set(["sales", "billing"]) })).warnings).toEqual([]);
  });

  it("another folder's unusable manifest only costs a warning: it is that folder's problem", async () => {
    const target = backend.open();
    await deploy(target, fixture, request(fixture, sha(0), files({ "sales.py": dag("sales") }), { project: "billing" }));
    await target.store.write(keyIn(target, "etl/billing/.dagship-manifest.json"), new TextEncoder().encode("{ broken"), {
      contentType: "application/json",
      metadata: {},
    });
    for (const existing of [new Set(["sales", "billing"]), new Set(["sales"])]) {
      // As a folder defining a same-named file, and as a removed project's folder (a prune candidate).
      const { warnings } = await check(target, { existing, prune: true });
      expect(warnings.join("\n")).toMatch(/the deploy manifest .*etl\/billing\/\.dagship-manifest\.json is unusable: it is not valid JSON/);
    }
  });

  it("every refusal at once: a foreign prefix and a dag_id defined elsewhere, and the destination untouched", async () => {
    const target = backend.open();
    const globex = { id: "github.com/globex/etl", source: "github" as const };
    await deploy(target, fixture, request(fixture, sha(0), files({ "sales.py": dag("sales") }), { identity: globex }));
    await deploy(target, fixture, request(fixture, sha(0), files({ "weather.py": dag("weather") }), { identity: globex, project: "weather" }));
    const before = await target.store.list("");
    const thrown = await check(target, {
      projects: [
        { project: "sales", files: [{ path: "sales.py", dagId: "sales" }] },
        { project: "radar", files: [{ path: "weather.py", dagId: "weather" }] },
      ],
      existing: new Set(["sales", "radar"]),
    }).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(UserError);
    const lines = (thrown as Error).message.split("\n");
    expect(lines[0]).toBe("nothing was deployed:");
    expect(lines.slice(1).map((line) => line.replace(/^ {2}(\S+ \S+ \S+ \S+).*$/, "$1"))).toHaveLength(2);
    expect((thrown as Error).message).toContain(`${keyIn(target, "etl/sales/")} belongs to another repository: its manifest records github.com/globex/etl`);
    expect((thrown as Error).message).toContain(
      `dag_id "weather" would be defined twice: by ${target.store.location}/${keyIn(target, "etl/radar/weather.py")} (project radar) and by ${target.store.location}/${keyIn(target, "etl/weather/weather.py")} (project weather of github.com/globex/etl)`,
    );
    expect(await target.store.list("")).toEqual(before);
  });

  it("an old-folder project of another repository is not moved: left in place, and its dag_id refused", async () => {
    const target = backend.open();
    await deploy(
      target,
      fixture,
      request(fixture, sha(0), files({ "sales.py": dag("sales") }), { identity: { id: "github.com/globex/etl", source: "github" } }),
    );
    const thrown = await check(target, { repo: "acme__etl", legacyRepo: "etl" }).catch((error: unknown) => error);
    expect((thrown as Error).message).toContain(
      `dag_id "sales" would be defined twice: by ${target.store.location}/${keyIn(target, "acme__etl/sales/sales.py")}`,
    );
  });

  it("an old-folder project of this repository is moved, and its DAG does not count as defined elsewhere", async () => {
    const target = backend.open();
    await deploy(target, fixture, request(fixture, sha(0), files({ "sales.py": dag("sales") })));
    const { snapshots, ...found } = await check(target, { repo: "acme__etl", legacyRepo: "etl" });
    expect(found).toEqual({ orphans: [], moves: new Set(["sales"]), warnings: [] });
    // The move's sync starts from the old folder as the checks saw it too.
    expect([...snapshots.keys()]).toEqual([keyIn(target, "acme__etl/sales/"), keyIn(target, "etl/sales/")]);
  });
});
