import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { MemoryLogger } from "../../src/log.js";
import { GcsStore } from "../../src/sync/gcs-store.js";
import { MANIFEST_NAME, parseManifest } from "../../src/sync/manifest.js";
import { legacyRepositoryKey, repositoryKey } from "../../src/sync/prefix.js";
import { orphanedProjects, pruneRemovedProjects, type PruneRequest } from "../../src/sync/prune.js";
import type { SyncTarget } from "../../src/sync/target.js";
import { linearHistory, type GitFixture } from "./git-fixture.js";
import {
  BACKENDS,
  contents,
  dag,
  deploy,
  emulatorHost,
  FAST_RETRY,
  files,
  foreignSnapshot,
  freshBucket,
  IDENTITY,
  keyIn,
  request,
  seedForeign,
} from "./helpers.js";
import { gcsError, startPreconditionProxy, type PreconditionProxy } from "./precondition-proxy.js";

describe("orphaned projects in a destination listing", () => {
  const prefix = "dags/etl/";
  const table: [string, string[], string[], string[]][] = [
    [
      "a removed project with a manifest and a DAG",
      ["dags/etl/a/.dagship-manifest.json", "dags/etl/a/a.py", "dags/etl/b/.dagship-manifest.json", "dags/etl/b/b.py"],
      ["b"],
      ["a"],
    ],
    ["already pruned: only its manifest is left", ["dags/etl/a/.dagship-manifest.json"], [], []],
    ["no manifest: not dagship's folder", ["dags/etl/a/a.py"], [], []],
    ["other repositories and loose files are ignored", ["dags/other/x/.dagship-manifest.json", "dags/other/x/x.py", "dags/etl/readme.txt"], [], []],
    ["a nested file counts as the project's", ["dags/etl/a/.dagship-manifest.json", "dags/etl/a/sub/x.py"], [], ["a"]],
    [
      "several removed projects, in name order",
      ["dags/etl/z/.dagship-manifest.json", "dags/etl/z/z.py", "dags/etl/m/.dagship-manifest.json", "dags/etl/m/m.py"],
      [],
      ["m", "z"],
    ],
    ["a manifest nested deeper is not a project of this repository", ["dags/etl/a/b/.dagship-manifest.json", "dags/etl/a/b/x.py"], [], []],
  ];
  it.each(table)("%s", (_, keys, existing, expected) => {
    expect(orphanedProjects(keys, prefix, new Set(existing))).toEqual(expected);
  });
});

describe("the repository part of every project's prefix", () => {
  it.each([
    ["acme/etl", "", "acme__etl", "etl"],
    ["acme/etl", ".", "acme__etl", "etl"],
    ["acme/etl", "teams/sales", "acme__etl/teams/sales", "etl/teams/sales"],
    ["acme/etl", "./teams//sales/", "acme__etl/teams/sales", "etl/teams/sales"],
    ["Acme-Data/etl.v2", "", "Acme-Data__etl.v2", "etl.v2"],
    ["", "", "checkout", "checkout"],
    ["", "teams", "checkout/teams", "checkout/teams"],
  ])("%s with working directory %j -> %s (dagship 0.1: %s)", (repository, folder, expected, legacy) => {
    expect(repositoryKey(repository, folder, "checkout")).toBe(expected);
    expect(legacyRepositoryKey(repository, folder, "checkout")).toBe(legacy);
  });

  it("two owners' repositories of one name get folders that never overlap, nor overlap the 0.1 folders", () => {
    const keys = [
      repositoryKey("acme/etl", "", "x"),
      repositoryKey("globex/etl", "", "x"),
      legacyRepositoryKey("acme/etl", "", "x"),
      repositoryKey("acme/acme", "", "x"),
      legacyRepositoryKey("acme/acme", "", "x"),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    for (const a of keys) for (const b of keys) if (a !== b) expect(`${b}/`.startsWith(`${a}/`)).toBe(false);
  });

  it("a second working directory's projects are never orphans of the first", () => {
    const keys = ["dags/etl/a/.dagship-manifest.json", "dags/etl/a/a.py", "dags/etl/teams/sales/b/.dagship-manifest.json", "dags/etl/teams/sales/b/b.py"];
    expect(orphanedProjects(keys, "dags/etl/", new Set(["a"]))).toEqual([]);
    expect(orphanedProjects(keys, "dags/etl/teams/sales/", new Set(["b"]))).toEqual([]);
    expect(orphanedProjects(keys, "dags/etl/teams/sales/", new Set())).toEqual(["b"]);
  });
});

let fixture: GitFixture;
let shas: string[];
beforeAll(() => {
  ({ fixture, shas } = linearHistory(3));
});
const sha = (i: number): string => shas[i] as string;

describe.each(BACKENDS)("pruning removed projects from a $name", (backend) => {
  it("deletes exactly the removed project's DAGs (only plans it in a dry run), and nothing it does not own", async () => {
    const target = backend.open();
    // Project "billing" and files placed by hand, none of which a prune of "weather" may touch.
    await seedForeign(target, fixture, sha(0));
    await deploy(target, fixture, request(fixture, sha(1), files({ "sales_daily.py": dag("sales") })));
    await deploy(
      target,
      fixture,
      request(fixture, sha(1), files({ "weather.py": dag("weather"), "weather_hourly.py": dag("hourly") }), { project: "weather" }),
    );
    const byHand = keyIn(target, "etl/weather/by_hand.py");
    await target.store.write(byHand, new TextEncoder().encode(dag("by hand")), { contentType: "text/x-python", metadata: {} });
    const weather = keyIn(target, "etl/weather/");
    const notWeathers = await foreignSnapshot(target.store, weather, [byHand]);
    const log = new MemoryLogger();
    const prune = (over: Partial<PruneRequest>) =>
      pruneRemovedProjects(
        target,
        { repo: "etl", identity: IDENTITY, existing: new Set(["sales", "billing"]), commit: { sha: sha(2) }, dryRun: false, ...over },
        { git: fixture.git, log, retry: FAST_RETRY },
      );

    const planned = await prune({ dryRun: true });
    expect(
      planned.map((result) => [result.project, result.dryRun, result.actions.map((action) => `${action.action}/${action.reason} ${action.path}`)]),
    ).toEqual([["weather", true, ["delete/no-longer-rendered weather.py", "delete/no-longer-rendered weather_hourly.py"]]]);
    expect(Object.keys(await contents(target.store, weather)).sort()).toEqual([
      weather + MANIFEST_NAME,
      byHand,
      weather + "weather.py",
      weather + "weather_hourly.py",
    ]);
    expect(log.lines).toContain("would prune the DAGs of 1 project(s) no longer in the repository: weather");

    const pruned = await prune({});
    expect(pruned.map((result) => result.project)).toEqual(["weather"]);
    const left = await contents(target.store, weather);
    expect(Object.keys(left).sort()).toEqual([weather + MANIFEST_NAME, byHand]);
    // The commit came without a time: the prune's manifest has git's committer time for it.
    const manifest = parseManifest(new TextEncoder().encode(left[weather + MANIFEST_NAME]), "test", weather);
    expect(manifest).toMatchObject({ commit: sha(2), commitTime: fixture.timeOf(sha(2)).toISOString(), files: {} });
    expect(await foreignSnapshot(target.store, weather, [byHand])).toEqual(notWeathers);
    expect(notWeathers.join("\n")).toContain(keyIn(target, "etl/sales/sales_daily.py"));

    // Pruned once, a project is no orphan any more, though a file placed by hand stays in its folder.
    expect(await prune({})).toEqual([]);
  });
});

describe("pruning when Cloud Storage refuses (the precondition-enforcing proxy plays the 403)", () => {
  let proxy: PreconditionProxy;
  let denyList = false;
  beforeAll(async () => {
    proxy = await startPreconditionProxy(emulatorHost(), {
      inject: (r) =>
        denyList && r.kind === "other" && r.object === undefined && r.method === "GET"
          ? gcsError(403, "forbidden", "deployer@p.iam.gserviceaccount.com does not have storage.objects.list access to the Google Cloud Storage bucket.")
          : undefined,
    });
  });
  afterAll(async () => {
    await proxy.close();
  });

  it("a denied listing is the mapped message naming storage.objects.list, not the raw service error", async () => {
    const bucket = freshBucket("prune");
    const target: SyncTarget = { store: new GcsStore(bucket, { apiEndpoint: proxy.url }), dagsFolder: "dags", display: `gs://${bucket}/dags` };
    await deploy(target, fixture, request(fixture, sha(1), files({ "weather.py": dag("weather") }), { project: "weather" }));
    const before = await contents(target.store);
    denyList = true;
    const injected = proxy.stats.injected;
    let thrown: unknown;
    try {
      await pruneRemovedProjects(
        target,
        { repo: "etl", identity: IDENTITY, existing: new Set(), commit: { sha: sha(2) }, dryRun: false },
        { git: fixture.git, log: new MemoryLogger(), retry: FAST_RETRY },
      );
    } catch (error) {
      thrown = error;
    } finally {
      denyList = false;
    }
    expect(proxy.stats.injected).toBeGreaterThan(injected);
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as Error).message).toMatch(
      new RegExp(
        `^permission denied listing gs://${bucket}/dags/etl/: the deploying identity lacks storage\\.objects\\.list on bucket gs://${bucket}\\. Grant it roles/storage\\.objectUser`,
      ),
    );
    expect((thrown as Error).message).toContain("does not have storage.objects.list access");
    expect(await contents(target.store)).toEqual(before);
  });
});
