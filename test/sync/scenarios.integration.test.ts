import { Storage } from "@google-cloud/storage";
import { beforeAll, describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { formatSummary, type SyncTarget } from "../../src/sync/index.js";
import { MANIFEST_NAME, parseManifest } from "../../src/sync/manifest.js";
import type { GitFixture } from "./git-fixture.js";
import { linearHistory } from "./git-fixture.js";
import {
  actionsOf,
  BACKENDS,
  type Backend,
  contents,
  CountingStore,
  dag,
  deploy,
  emulatorHost,
  files,
  generations,
  keyIn,
  KilledAfterWrites,
  request,
  seedForeign,
} from "./helpers.js";

// Three versions of project "sales": V1 changes one task of b, V2 removes c, V3 changes a,
// removes c and adds d.
const V0 = { "a.py": dag("a"), "b.py": dag("b"), "c.py": dag("c") };
const V1 = { ...V0, "b.py": dag("b, with a changed task") };
const V2 = { "a.py": V0["a.py"], "b.py": V0["b.py"] };
const V3 = { "a.py": dag("a v3"), "b.py": V0["b.py"], "d.py": dag("d") };

describe.each(BACKENDS)("sync against a $name", (backend) => {
  let fixture: GitFixture;
  let shas: string[];
  beforeAll(() => {
    ({ fixture, shas } = linearHistory(5));
  });
  const sha = (i: number): string => shas[i] as string;

  /** Expected store contents under the project's prefix: the files plus the manifest. */
  async function expectDeployed(target: SyncTarget, spec: Record<string, string>, commit: string): Promise<void> {
    const prefix = keyIn(target, "etl/sales/");
    const found = await contents(target.store, prefix);
    const manifestText = found[prefix + MANIFEST_NAME];
    expect(manifestText, "manifest present").toBeDefined();
    const manifest = parseManifest(new TextEncoder().encode(manifestText), "test", prefix);
    expect(manifest.commit).toBe(commit);
    expect(Object.keys(manifest.files).sort()).toEqual(Object.keys(spec).sort());
    // The hand-placed file is foreign; seedForeign's checker covers it.
    const dags = Object.fromEntries(Object.entries(found).filter(([key]) => key !== prefix + MANIFEST_NAME && key !== prefix + "hand_placed.py"));
    expect(dags).toEqual(Object.fromEntries(Object.entries(spec).map(([p, text]) => [prefix + p, text])));
  }

  it("a first deploy uploads everything", async () => {
    const target = backend.open();
    const foreignUnchanged = await seedForeign(target, fixture, sha(0));
    const counting = new CountingStore(target.store);
    const { result } = await deploy({ ...target, store: counting }, fixture, request(fixture, sha(1), files(V0)));
    expect(actionsOf(result)).toEqual({ "a.py": "upload/new", "b.py": "upload/new", "c.py": "upload/new" });
    expect(result.changed).toBe(true);
    expect(counting.writes.sort()).toEqual(["a.py", "b.py", "c.py", MANIFEST_NAME].map((p) => keyIn(target, `etl/sales/${p}`)).sort());
    await expectDeployed(target, V0, sha(1));
    expect(formatSummary(result)).toContain("+ new a.py (not deployed before)");
    await foreignUnchanged();
  });

  it('an unchanged second deploy uploads nothing and says "no changes"', async () => {
    const target = backend.open();
    const foreignUnchanged = await seedForeign(target, fixture, sha(0));
    await deploy(target, fixture, request(fixture, sha(1), files(V0)));
    const prefix = keyIn(target, "etl/sales/");
    const before = await generations(target.store, prefix);

    // A later commit that did not touch this project: no DAG upload, the manifest records it.
    const counting = new CountingStore(target.store);
    const { result } = await deploy({ ...target, store: counting }, fixture, request(fixture, sha(2), files(V0)));
    expect(actionsOf(result)).toEqual({ "a.py": "skip/unchanged", "b.py": "skip/unchanged", "c.py": "skip/unchanged" });
    expect(result.changed).toBe(false);
    expect(counting.writes).toEqual([prefix + MANIFEST_NAME]);
    expect(counting.deletes).toEqual([]);
    expect(formatSummary(result)).toMatch(/no changes \(3 files unchanged\); manifest now records/);
    const after = await generations(target.store, prefix);
    for (const p of ["a.py", "b.py", "c.py"]) {
      expect(before[prefix + p], p).toBeDefined();
      expect(after[prefix + p]).toBe(before[prefix + p]);
    }

    // The same commit again: nothing at all is written.
    const again = new CountingStore(target.store);
    const { result: same } = await deploy({ ...target, store: again }, fixture, request(fixture, sha(2), files(V0)));
    expect(again.writes).toEqual([]);
    expect(formatSummary(same)).toMatch(/no changes \(3 files unchanged\)$/m);
    await expectDeployed(target, V0, sha(2));
    await foreignUnchanged();
  });

  it("changing one task uploads one file", async () => {
    const target = backend.open();
    const foreignUnchanged = await seedForeign(target, fixture, sha(0));
    await deploy(target, fixture, request(fixture, sha(1), files(V0)));
    const prefix = keyIn(target, "etl/sales/");
    const before = await generations(target.store, prefix);
    const counting = new CountingStore(target.store);
    const { result } = await deploy({ ...target, store: counting }, fixture, request(fixture, sha(2), files(V1)));
    expect(actionsOf(result)).toEqual({ "a.py": "skip/unchanged", "b.py": "upload/changed", "c.py": "skip/unchanged" });
    expect(counting.writes).toEqual([prefix + "b.py", prefix + MANIFEST_NAME]);
    const after = await generations(target.store, prefix);
    for (const p of ["a.py", "b.py", "c.py"]) expect(before[prefix + p], p).toBeDefined();
    expect(after[prefix + "a.py"]).toBe(before[prefix + "a.py"]);
    expect(after[prefix + "c.py"]).toBe(before[prefix + "c.py"]);
    expect(after[prefix + "b.py"]).not.toBe(before[prefix + "b.py"]);
    await expectDeployed(target, V1, sha(2));
    await foreignUnchanged();
  });

  it("removing a DAG deletes exactly its file", async () => {
    const target = backend.open();
    const foreignUnchanged = await seedForeign(target, fixture, sha(0));
    await deploy(target, fixture, request(fixture, sha(1), files(V0)));
    const prefix = keyIn(target, "etl/sales/");
    const counting = new CountingStore(target.store);
    const { result } = await deploy({ ...target, store: counting }, fixture, request(fixture, sha(2), files(V2)));
    expect(actionsOf(result)).toEqual({ "a.py": "skip/unchanged", "b.py": "skip/unchanged", "c.py": "delete/no-longer-rendered" });
    expect(counting.deletes).toEqual([prefix + "c.py"]);
    expect(counting.writes).toEqual([prefix + MANIFEST_NAME]);
    // The file placed by hand next to it is reported, not deleted.
    expect(result.warnings).toEqual([`${prefix}hand_placed.py is not managed by this project (not in its manifest); left alone`]);
    expect(formatSummary(result)).toContain("- deleted c.py (no longer rendered)");
    await expectDeployed(target, V2, sha(2));
    await foreignUnchanged();
  });

  it("a deploy killed after its first upload leaves the deployed DAGs in place, and the next deploy completes", async () => {
    const target = backend.open();
    const foreignUnchanged = await seedForeign(target, fixture, sha(0));
    await deploy(target, fixture, request(fixture, sha(1), files(V0)));
    const prefix = keyIn(target, "etl/sales/");
    const before = await contents(target.store, prefix);

    const killed = new KilledAfterWrites(target.store, 1);
    await expect(deploy({ ...target, store: killed }, fixture, request(fixture, sha(2), files(V3)))).rejects.toThrow("deploy process killed (simulated)");
    const during = await contents(target.store, prefix);
    // The previous manifest is untouched, and every file it records is still there (c.py too:
    // deletes come after uploads); each file holds either the old or the new bytes, whole.
    expect(during[prefix + MANIFEST_NAME]).toBe(before[prefix + MANIFEST_NAME]);
    for (const p of Object.keys(V0)) {
      expect([V0[p as keyof typeof V0], V3[p as keyof typeof V3]]).toContain(during[prefix + p]);
    }
    const changedKeys = Object.keys({ ...before, ...during }).filter((k) => before[k] !== during[k]);
    expect(changedKeys).toHaveLength(1); // exactly the one upload that happened

    const { result } = await deploy(target, fixture, request(fixture, sha(2), files(V3)));
    expect(result.actions.find((a) => a.key === changedKeys[0])?.reason).toBe("adopted");
    expect(actionsOf(result)["c.py"]).toBe("delete/no-longer-rendered");
    await expectDeployed(target, V3, sha(2));
    await foreignUnchanged();
  });

  it("an older commit deployed after a newer one is refused; a rollback by release tag succeeds", async () => {
    const target = backend.open();
    const foreignUnchanged = await seedForeign(target, fixture, sha(0));
    await deploy(target, fixture, request(fixture, sha(1), files(V0)));
    await deploy(target, fixture, request(fixture, sha(3), files(V1)));
    const prefix = keyIn(target, "etl/sales/");
    const before = await generations(target.store, prefix);

    const refused = deploy(target, fixture, request(fixture, sha(1), files(V0)));
    await expect(refused).rejects.toBeInstanceOf(UserError);
    await expect(refused).rejects.toThrow(
      new RegExp(
        `refusing to deploy ${sha(1).slice(0, 7)} to .*: the deployed commit ${sha(3).slice(0, 7)} .* is newer, ` +
          `and ${sha(1).slice(0, 7)} is one of its ancestors.*To roll back on purpose, deploy a release tag`,
      ),
    );
    expect(await generations(target.store, prefix)).toEqual(before);

    const { result, log } = await deploy(target, fixture, request(fixture, sha(1), files(V0), { releaseTag: "v1.0.0" }));
    expect(result.rollback).toBe(true);
    expect(log.lines.join("\n")).toMatch(
      new RegExp(`rollback: deploying ${sha(1).slice(0, 7)} \\(release tag v1\\.0\\.0\\) .* replacing the newer ${sha(3).slice(0, 7)}`),
    );
    expect(formatSummary(result)).toContain(`rollback from ${sha(3).slice(0, 7)}`);
    await expectDeployed(target, V0, sha(1));
    const manifest = parseManifest(new TextEncoder().encode((await contents(target.store, prefix))[prefix + MANIFEST_NAME]), "test", prefix);
    expect(manifest.releaseTag).toBe("v1.0.0");

    // After the rollback, ordinary deploys move forward again from the rolled-back commit.
    const { result: forward } = await deploy(target, fixture, request(fixture, sha(4), files(V1)));
    expect(forward.rollback).toBe(false);
    await expectDeployed(target, V1, sha(4));
    await foreignUnchanged();
  });

  it("a dry run plans without writing anything", async () => {
    const target = backend.open();
    const foreignUnchanged = await seedForeign(target, fixture, sha(0));
    await deploy(target, fixture, request(fixture, sha(1), files(V0)));
    const counting = new CountingStore(target.store);
    const { result } = await deploy({ ...target, store: counting }, fixture, request(fixture, sha(2), files(V3), { dryRun: true }));
    expect(actionsOf(result)).toEqual({
      "a.py": "upload/changed",
      "b.py": "skip/unchanged",
      "c.py": "delete/no-longer-rendered",
      "d.py": "upload/new",
    });
    expect(counting.writes).toEqual([]);
    expect(counting.deletes).toEqual([]);
    expect(formatSummary(result)).toContain("[dry run: nothing written]");
    expect(formatSummary(result)).toContain("+ new d.py (not deployed before)");
    expect(formatSummary(result)).toContain("- deleted c.py (no longer rendered)");
    await expectDeployed(target, V0, sha(1));
    await foreignUnchanged();
  });
});

describe("Cloud Storage object properties", () => {
  it("uploads DAG files uncompressed, as text/x-python, with the commit in their metadata", async () => {
    const { fixture, shas } = linearHistory(1);
    const target = (BACKENDS[1] as Backend).open();
    const commit = shas[0] as string;
    await deploy(target, fixture, request(fixture, commit, files({ "a.py": dag("a") })));
    const bucket = target.store.location.slice("gs://".length);
    const storage = new Storage({ apiEndpoint: emulatorHost() });
    const [metadata] = await storage.bucket(bucket).file("dags/etl/sales/a.py").getMetadata();
    expect(metadata.contentType).toBe("text/x-python");
    expect(metadata.contentEncoding).toBeUndefined();
    expect(metadata.metadata).toMatchObject({
      "dagship-owner": "dags/etl/sales/",
      "dagship-project": "sales",
      "dagship-commit": commit,
      "dagship-version": "0.1.0-test",
    });
    const [bytes] = await storage.bucket(bucket).file("dags/etl/sales/a.py").download();
    expect(bytes.toString("utf8")).toBe(dag("a"));
  });
});
