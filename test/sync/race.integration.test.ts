import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { MemoryLogger } from "../../src/log.js";
import { GcsStore } from "../../src/sync/gcs-store.js";
import { SupersededError, syncProject, type SyncResult, type SyncTarget } from "../../src/sync/index.js";
import { MANIFEST_NAME, parseManifest } from "../../src/sync/manifest.js";
import { linearHistory, type GitFixture } from "./git-fixture.js";
import { contents, dag, emulatorHost, FAST_RETRY, files, foreignSnapshot, freshBucket, request, seedForeign } from "./helpers.js";
import { startPreconditionProxy, type PreconditionProxy } from "./precondition-proxy.js";

const ROUNDS = 50;

// The deployed base, an older commit A and a newer commit B (a descendant of A). B changes a
// file A also changes, changes one A leaves alone, removes the DAG A adds and one A keeps, and
// adds one of its own: every way the two can collide.
const BASE = { "a.py": dag("a0"), "b.py": dag("b0"), "c.py": dag("c0") };
const OLDER = { "a.py": dag("a1"), "b.py": dag("b0"), "c.py": dag("c0"), "d.py": dag("d1") };
const NEWER = { "a.py": dag("a2"), "b.py": dag("b2"), "e.py": dag("e2") };

describe("two deploys of different commits racing on one project (through the precondition-enforcing proxy)", () => {
  let proxy: PreconditionProxy;
  let fixture: GitFixture;
  let shas: string[];
  beforeAll(async () => {
    proxy = await startPreconditionProxy(emulatorHost());
    ({ fixture, shas } = linearHistory(3));
  });
  afterAll(async () => {
    await proxy.close();
  });

  it(`the newer commit's files and manifest win, ${ROUNDS} times out of ${ROUNDS}`, async () => {
    const [base, older, newer] = shas as [string, string, string];
    const bucket = freshBucket("race");
    // Each deploy gets its own client, as two CI jobs would.
    const target = (): SyncTarget => ({ store: new GcsStore(bucket, { apiEndpoint: proxy.url }), dagsFolder: "dags", display: `gs://${bucket}/dags` });
    await seedForeign(target(), fixture, base);
    // Hand-made objects and another project's deploy, seeded before any round.
    const seeded = await foreignSnapshot(target().store, "dags/etl/race-", []);
    const outcomes = { olderSucceeded: 0, olderRefused: 0, olderSuperseded: 0, newerRetried: 0 };
    const failuresBefore = proxy.stats.preconditionFailures;

    for (let round = 0; round < ROUNDS; round++) {
      const project = `race-${round}`;
      const prefix = `dags/etl/${project}/`;
      const deps = (log: MemoryLogger) => ({ git: fixture.git, log, retry: FAST_RETRY, conflictDelayMs: 15 });
      await syncProject(request(fixture, base, files(BASE), { project }), target(), deps(new MemoryLogger()));
      // Everything outside this round's prefix (earlier rounds included) must stay as it is.
      const foreignBefore = await foreignSnapshot(target().store, prefix, []);

      const delayed = async (ms: number, sha: string, spec: Record<string, string>): Promise<SyncResult> => {
        await new Promise((resolve) => setTimeout(resolve, ms));
        return syncProject(request(fixture, sha, files(spec), { project }), target(), deps(new MemoryLogger()));
      };
      const [olderOutcome, newerOutcome] = await Promise.allSettled([delayed(Math.random() * 40, older, OLDER), delayed(Math.random() * 40, newer, NEWER)]);

      expect(newerOutcome.status, `round ${round}: newer deploy ${newerOutcome.status === "rejected" ? String(newerOutcome.reason) : ""}`).toBe("fulfilled");
      if (newerOutcome.status === "fulfilled" && newerOutcome.value.attempts > 1) outcomes.newerRetried++;
      if (olderOutcome.status === "fulfilled") outcomes.olderSucceeded++;
      else {
        // The older deploy may only lose with a clear refusal, never another failure.
        expect(olderOutcome.reason, `round ${round}`).toBeInstanceOf(UserError);
        if (olderOutcome.reason instanceof SupersededError) outcomes.olderSuperseded++;
        else {
          expect(String(olderOutcome.reason)).toMatch(/refusing to deploy .* is newer/);
          outcomes.olderRefused++;
        }
      }

      const found = await contents(target().store, prefix);
      const manifest = parseManifest(new TextEncoder().encode(found[prefix + MANIFEST_NAME]), "race", prefix);
      expect(manifest.commit, `round ${round}: manifest commit`).toBe(newer);
      expect(Object.keys(manifest.files).sort()).toEqual(Object.keys(NEWER).sort());
      const dags = Object.fromEntries(Object.entries(found).filter(([key]) => key !== prefix + MANIFEST_NAME));
      expect(dags, `round ${round}: files`).toEqual(Object.fromEntries(Object.entries(NEWER).map(([p, text]) => [prefix + p, text])));
      expect(await foreignSnapshot(target().store, prefix, []), `round ${round}: foreign objects`).toEqual(foreignBefore);
    }

    expect(await foreignSnapshot(target().store, "dags/etl/race-", [])).toEqual(seeded);
    // The interleavings must really have collided: the proxy turned stale writes into 412s.
    expect(proxy.stats.preconditionFailures - failuresBefore).toBeGreaterThan(0);
    console.info(`race outcomes over ${ROUNDS} rounds: ${JSON.stringify(outcomes)}, 412s: ${proxy.stats.preconditionFailures - failuresBefore}`);
  }, 600_000);
});
