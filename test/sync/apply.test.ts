import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MemoryLogger } from "../../src/log.js";
import { runBounded } from "../../src/util/async.js";
import { syncProject } from "../../src/sync/index.js";
import { LocalFolderStore } from "../../src/sync/local-store.js";
import { MANIFEST_NAME, parseManifest } from "../../src/sync/manifest.js";
import { backoffDelay, withRetry } from "../../src/util/async.js";
import { StoreError, type WriteOptions } from "../../src/sync/store.js";
import { linearHistory } from "./git-fixture.js";
import { dag, FAST_RETRY, files, request } from "./helpers.js";
import { DelegatingStore } from "./stores.js";

describe("backoffDelay", () => {
  const policy = { attempts: 6, baseDelayMs: 100, maxDelayMs: 1_000 };
  it.each([
    [1, 0, 50],
    [1, 1, 100],
    [2, 1, 200],
    [3, 0.5, 300],
    [4, 1, 800],
    [5, 1, 1_000], // capped
    [9, 0, 500], // capped, then jittered down by at most half
  ])("attempt %i with random %f waits %i ms", (attempt, random, expected) => {
    expect(backoffDelay(policy, attempt, () => random)).toBe(expected);
  });
});

describe("withRetry", () => {
  const transient = new StoreError("transient", "write", "k", "Backend Error", 503);
  it("retries transient failures, then succeeds", async () => {
    const log = new MemoryLogger();
    let calls = 0;
    const value = await withRetry(
      "uploading k",
      async () => {
        if (++calls < 3) throw transient;
        return "done";
      },
      (e) => e === transient,
      FAST_RETRY,
      log,
    );
    expect(value).toBe("done");
    expect(calls).toBe(3);
    expect(log.lines).toHaveLength(2);
    expect(log.lines[0]).toMatch(/^warning: uploading k: HTTP 503: Backend Error; retrying in \d+ ms \(attempt 2 of 4\)$/);
  });

  it("gives up after the policy's attempts, throwing the last failure", async () => {
    let calls = 0;
    await expect(
      withRetry(
        "x",
        async () => {
          calls++;
          throw transient;
        },
        () => true,
        FAST_RETRY,
        new MemoryLogger(),
      ),
    ).rejects.toBe(transient);
    expect(calls).toBe(FAST_RETRY.attempts);
  });

  it("does not retry other failures", async () => {
    let calls = 0;
    const forbidden = new StoreError("forbidden", "write", "k", "denied", 403);
    await expect(
      withRetry(
        "x",
        async () => {
          calls++;
          throw forbidden;
        },
        (e) => e instanceof StoreError && e.kind === "transient",
        FAST_RETRY,
        new MemoryLogger(),
      ),
    ).rejects.toBe(forbidden);
    expect(calls).toBe(1);
  });
});

describe("runBounded", () => {
  it("never has more than the limit in flight", async () => {
    let inFlight = 0;
    let peak = 0;
    const done: number[] = [];
    await runBounded(
      Array.from({ length: 30 }, (_, i) => i),
      8,
      async (i) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1 + (i % 3)));
        inFlight--;
        done.push(i);
      },
    );
    expect(peak).toBe(8);
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });

  it("starts nothing new after a failure, lets running items finish, and throws the first failure", async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const failure = new Error("item 2 failed");
    await expect(
      runBounded([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 3, async (i) => {
        started.push(i);
        if (i === 2) throw failure;
        await new Promise((resolve) => setTimeout(resolve, 5));
        finished.push(i);
      }),
    ).rejects.toBe(failure);
    expect(started).toEqual([0, 1, 2]);
    expect(finished.sort()).toEqual([0, 1]);
  });
});

/** The real folder store, where the manifest write lands but its response is "lost" once. */
class LostManifestResponse extends DelegatingStore {
  lost = 0;
  override async write(key: string, content: Uint8Array, options: WriteOptions): Promise<{ generation: string }> {
    const result = await super.write(key, content, options);
    if (key.endsWith(MANIFEST_NAME) && this.lost === 0) {
      this.lost++;
      throw new StoreError("transient", "write", key, "socket hang up");
    }
    return result;
  }
}

describe("manifest write whose response is lost", () => {
  it("is recognised as our own write when the retry meets its precondition, not as a lost race", async () => {
    const { fixture, shas } = linearHistory(1);
    const folder = mkdtempSync(path.join(tmpdir(), "dagship-lost-"));
    const store = new LostManifestResponse(new LocalFolderStore(folder));
    const log = new MemoryLogger();
    const result = await syncProject(
      request(fixture, shas[0] as string, files({ "a.py": dag("a") })),
      { store, dagsFolder: "", display: folder },
      {
        git: fixture.git,
        log,
        retry: FAST_RETRY,
      },
    );
    expect(store.lost).toBe(1);
    expect(result.attempts).toBe(1);
    expect(log.lines.some((l) => /^warning: uploading .*\.dagship-manifest\.json: socket hang up; retrying in/.test(l))).toBe(true);
    const manifest = await new LocalFolderStore(folder).read(`etl/sales/${MANIFEST_NAME}`);
    expect(parseManifest(manifest?.content ?? new Uint8Array(), "test", "etl/sales/").commit).toBe(shas[0]);
  });
});
