/**
 * The view a sync starts from: a prefix's listing and manifest that belong together (pure), what
 * the checks before a deploy read of the DAG folder, and when a sync may reuse it rather than
 * read the prefix again.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { MemoryLogger } from "../../src/log.js";
import { FolderView, MANIFEST_READS_AT_ONCE } from "../../src/sync/folder-view.js";
import { checkDeploy, REUSE_OBSERVED_MS, syncProject, type SyncTarget } from "../../src/sync/index.js";
import { LocalFolderStore } from "../../src/sync/local-store.js";
import { MANIFEST_FORMAT, MANIFEST_NAME, type Manifest } from "../../src/sync/manifest.js";
import { snapshotOf, type ManifestRead, type ObservedSnapshot } from "../../src/sync/snapshot.js";
import type { ObjectContent, ObjectInfo } from "../../src/sync/store.js";
import { linearHistory, type GitFixture } from "./git-fixture.js";
import { BACKENDS, contents, dag, deploy, FAST_RETRY, files, IDENTITY, keyIn, request } from "./helpers.js";
import { latency, RoundTripCounter } from "./round-trips.js";
import { DelegatingStore, LatencyStore } from "./stores.js";

const PREFIX = "dags/etl/sales/";
const object = (key: string, generation: string): ObjectInfo => ({ key, generation, md5: `md5-${key}`, size: 1, metadata: {} });
const manifest: Manifest = {
  format: MANIFEST_FORMAT,
  repo: "etl",
  repository: IDENTITY.id,
  project: "sales",
  prefix: PREFIX,
  commit: "a".repeat(40),
  commitTime: "2024-01-01T00:00:00Z",
  deployedAt: "2024-01-01T00:00:00Z",
  dagshipVersion: "0.1.0",
  files: {},
};
const read = (generation: string): ManifestRead => ({ manifest, generation });

describe("a prefix's snapshot from a listing that covers it and the manifest read beside it", () => {
  const folder = [
    object("dags/etl/other/x.py", "1"),
    object(`${PREFIX}sales.py`, "2"),
    object(PREFIX + MANIFEST_NAME, "3"),
    object("dags/etl/salesman/y.py", "4"),
  ];
  it.each<[string, readonly ObjectInfo[], ManifestRead | undefined, string[] | undefined]>([
    ["the manifest listed at the generation read: the prefix's objects only", folder, read("3"), [`${PREFIX}sales.py`, PREFIX + MANIFEST_NAME]],
    ["the manifest rewritten between the listing and the read", folder, read("5"), undefined],
    ["the manifest written after the listing", folder.filter((o) => !o.key.endsWith(MANIFEST_NAME)), read("5"), undefined],
    ["the manifest deleted after the listing", folder, undefined, undefined],
    ["no manifest, listed or read: a first deploy", [object(`${PREFIX}sales.py`, "2")], undefined, [`${PREFIX}sales.py`]],
    ["nothing at all", [], undefined, []],
  ])("%s", (_, listing, manifestRead, keys) => {
    const snapshot = snapshotOf(listing, PREFIX, manifestRead);
    if (keys === undefined) {
      expect(snapshot).toBeUndefined();
      return;
    }
    expect(snapshot?.objects.map((o) => o.key)).toEqual(keys);
    expect(snapshot?.manifest).toBe(manifestRead?.manifest);
    expect(snapshot?.manifestGeneration).toBe(manifestRead?.generation ?? "0");
  });
});

/** A local folder whose listing answers at once and whose reads take a while: the reads still queued when it answers. */
class SlowReads extends DelegatingStore {
  readonly reads: string[] = [];
  override async read(key: string): Promise<ObjectContent | undefined> {
    this.reads.push(key);
    await latency(30);
    return super.read(key);
  }
}

describe("the checks' view of the DAG folder", () => {
  it("reads the manifests asked for beside the listing; those still queued when it shows none there are never sent", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "dagship-view-"));
    const store = new SlowReads(new LocalFolderStore(folder));
    const prefixes = Array.from({ length: MANIFEST_READS_AT_ONCE + 10 }, (_, i) => `etl/p${i}/`);
    const view = await FolderView.read({ store, log: new MemoryLogger(), retry: FAST_RETRY }, "", prefixes);
    expect(await Promise.all(prefixes.map((prefix) => view.read(prefix)))).toEqual(prefixes.map(() => undefined));
    expect(store.reads).toHaveLength(MANIFEST_READS_AT_ONCE);
  });

  it("sends no read once the listing failed, and reports the listing's failure", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "dagship-view-"));
    const failing = new (class extends SlowReads {
      override list(): Promise<ObjectInfo[]> {
        return Promise.reject(new Error("listing refused"));
      }
    })(new LocalFolderStore(folder));
    const prefixes = Array.from({ length: MANIFEST_READS_AT_ONCE + 10 }, (_, i) => `etl/p${i}/`);
    await expect(FolderView.read({ store: failing, log: new MemoryLogger(), retry: FAST_RETRY }, "", prefixes)).rejects.toThrow("listing refused");
    await latency(60);
    expect(failing.reads).toHaveLength(MANIFEST_READS_AT_ONCE);
  });
});

let fixture: GitFixture;
let shas: string[];
beforeAll(() => {
  ({ fixture, shas } = linearHistory(3));
});
const sha = (i: number): string => shas[i] as string;

describe.each(BACKENDS)("a sync starting from the checks' view, in a $name", (backend) => {
  const checked = async (target: SyncTarget, commit: string): Promise<ObservedSnapshot> => {
    const checks = await checkDeploy(
      target,
      {
        repo: "etl",
        identity: IDENTITY,
        commit: { sha: commit, time: fixture.timeOf(commit) },
        projects: [{ project: "sales", files: [{ path: "a.py", dagId: "a" }] }],
        existing: new Set(["sales"]),
        prune: false,
      },
      { git: fixture.git, log: new MemoryLogger(), retry: FAST_RETRY },
    );
    return checks.snapshots.get(keyIn(target, "etl/sales/")) as ObservedSnapshot;
  };

  it("a recent view saves reading the prefix again", async () => {
    const target = backend.open();
    await deploy(target, fixture, request(fixture, sha(0), files({ "a.py": dag("a0") })));
    const observed = await checked(target, sha(1));
    const counter = new RoundTripCounter();
    const counted: SyncTarget = { ...target, store: new LatencyStore(target.store, 0, counter) };
    await syncProject(
      request(fixture, sha(1), files({ "a.py": dag("a1") })),
      counted,
      { git: fixture.git, log: new MemoryLogger(), retry: FAST_RETRY },
      observed,
    );
    expect(counter.calls.map((call) => call.what.split(" ")[0])).toEqual(["write", "write"]);
  });

  it(`a view older than ${REUSE_OBSERVED_MS} ms is read again: a newer commit that undid this one's change meanwhile is seen, and nothing is overwritten`, async () => {
    const target = backend.open();
    await deploy(target, fixture, request(fixture, sha(0), files({ "a.py": dag("a0") })));
    const observed = await checked(target, sha(1));
    // Meanwhile the newer commit, which has a.py as it was: its deploy skips the file and only records its commit.
    await deploy(target, fixture, request(fixture, sha(2), files({ "a.py": dag("a0") })));
    const before = await contents(target.store);
    const counter = new RoundTripCounter();
    const counted: SyncTarget = { ...target, store: new LatencyStore(target.store, 0, counter) };
    const stale = { ...observed, observedAt: observed.observedAt - REUSE_OBSERVED_MS };
    const outcome = syncProject(
      request(fixture, sha(1), files({ "a.py": dag("a1") })),
      counted,
      { git: fixture.git, log: new MemoryLogger(), retry: FAST_RETRY },
      stale,
    );
    await expect(outcome).rejects.toThrow(UserError);
    await expect(outcome).rejects.toThrow(/refusing to deploy [0-9a-f]+ to .*: the deployed commit [0-9a-f]+ .* is newer/);
    expect(counter.calls.map((call) => call.what.split(" ")[0]).sort()).toEqual(["list", "read"]);
    expect(await contents(target.store)).toEqual(before);
  });
});
