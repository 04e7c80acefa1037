/**
 * Sequential round trips to the destination of a deploy, counted exactly (see round-trips.ts):
 * through a latency-playing wrapper of the local folder store, and through the latency-playing,
 * precondition-enforcing proxy in front of the storage emulator. A monorepo of 200 projects in a
 * real git repository, deployed with `deployRepository` as the action and the command line do.
 * Counts, not timings: the latency only makes the order of calls the network's.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DeployReport } from "../../src/deploy.js";
import { MemoryLogger } from "../../src/log.js";
import type { Destination, ObjectStore, OpenTargetOptions } from "../../src/sync/index.js";
import { LocalFolderStore } from "../../src/sync/local-store.js";
import { MANIFEST_NAME, parseManifest } from "../../src/sync/manifest.js";
import { GcsStore } from "../../src/sync/gcs-store.js";
import { emulatorHost, freshBucket } from "./helpers.js";
import { Monorepo } from "./monorepo.js";
import { startPreconditionProxy, type PreconditionProxy } from "./precondition-proxy.js";
import { RoundTripCounter } from "./round-trips.js";
import { InterruptedStore, LatencyStore } from "./stores.js";

const PROJECTS = 200;
const LATENCY_MS = 5;

/** A destination, how to reach it counting round trips, and how to reach it plainly (another CI job). */
interface Reach {
  destination: Destination;
  /** The store as tests inspect it. */
  store: ObjectStore;
  /** Every call counted (and delayed), `wrap` applied inside the counting. */
  counted(counter: RoundTripCounter, wrap?: (store: ObjectStore) => ObjectStore): OpenTargetOptions;
  /** Uncounted: another deploy's own client. */
  plain: OpenTargetOptions;
  /** The DAG folder's key prefix in the store. */
  dags: string;
}

interface Backend {
  name: string;
  open(): Reach;
}

// The counting proxy counts into whichever counter the test under way set; the plain one is
// another CI job's way to the same emulator.
let proxy: PreconditionProxy;
let plainProxy: PreconditionProxy;
const proxied = { counter: new RoundTripCounter() };

const BACKENDS: Backend[] = [
  {
    name: "local folder",
    open: () => {
      const folder = mkdtempSync(path.join(tmpdir(), "dagship-round-trips-"));
      return {
        destination: { kind: "local", folder },
        store: new LocalFolderStore(folder),
        counted: (counter, wrap = (store) => store) => ({ wrapStore: (store) => new LatencyStore(wrap(store), LATENCY_MS, counter) }),
        plain: {},
        dags: "",
      };
    },
  },
  {
    name: "Cloud Storage emulator",
    open: () => {
      const bucket = freshBucket("rt");
      return {
        destination: { kind: "gcs", bucket, dagsFolder: "dags" },
        store: new GcsStore(bucket, { apiEndpoint: emulatorHost() }),
        counted: (counter, wrap) => {
          proxied.counter = counter;
          return { gcs: { apiEndpoint: proxy.url }, ...(wrap === undefined ? {} : { wrapStore: wrap }) };
        },
        plain: { gcs: { apiEndpoint: plainProxy.url } },
        dags: "dags/",
      };
    },
  },
];

beforeAll(async () => {
  proxy = await startPreconditionProxy(emulatorHost(), { latencyMs: LATENCY_MS, rounds: { begin: (what) => proxied.counter.begin(what) } });
  plainProxy = await startPreconditionProxy(emulatorHost());
});
afterAll(async () => {
  await Promise.all([proxy.close(), plainProxy.close()]);
});

/** The calls of each round, by kind: `[["list", "read", "read"], ["write"], ...]`. */
function kinds(counter: RoundTripCounter): string[][] {
  const rounds: string[][] = [];
  for (const call of counter.calls) (rounds[call.depth - 1] ??= []).push(call.what.split(" ")[0] ?? "");
  return rounds.map((round) => [...round].sort());
}

function deployed(report: DeployReport): void {
  expect(report.failed, JSON.stringify(report.failed)).toEqual([]);
}

describe.each(BACKENDS)("round trips of a deploy to the $name (200 projects, one changed)", (backend) => {
  let repo: Monorepo;
  let reach: Reach;
  beforeAll(async () => {
    repo = new Monorepo(PROJECTS);
    reach = backend.open();
    deployed(await repo.deploy(reach.destination, new MemoryLogger(false), { target: reach.plain }));
  }, 120_000);

  const cases: { name: string; change: () => void; projects?: string[]; sync?: { reuseObservedMs: number }; rounds: string[][] }[] = [
    {
      name: "the changed project alone (the action on a push): read state, upload, write the manifest",
      change: () => repo.change("p007", 1),
      projects: ["p007"],
      // The listing, the project's manifest and the one of the folder dagship 0.1 used, at once.
      rounds: [["list", "read", "read"], ["write"], ["write"]],
    },
    {
      name: "an unchanged project at a newer commit: read state, write the manifest",
      change: () => repo.changeNothing("a newer commit"),
      projects: ["p007"],
      rounds: [["list", "read", "read"], ["write"]],
    },
    {
      name: "the checks' view too old to reuse: the sync reads its prefix again",
      change: () => repo.change("p007", 2),
      projects: ["p007"],
      sync: { reuseObservedMs: 0 },
      rounds: [["list", "read", "read"], ["list", "read"], ["write"], ["write"]],
    },
  ];

  it.each(cases)("$name", async ({ change, projects, sync, rounds }) => {
    change();
    const counter = new RoundTripCounter();
    const report = await repo.deploy(reach.destination, new MemoryLogger(false), {
      ...(projects === undefined ? {} : { projects }),
      target: reach.counted(counter),
      ...(sync === undefined ? {} : { sync }),
    });
    deployed(report);
    expect(kinds(counter), counter.describe().join("\n")).toEqual(rounds);
  });

  it("every project, one changed: the manifests read and the projects synced many at once", async () => {
    repo.change("p008", 1);
    const counter = new RoundTripCounter();
    const report = await repo.deploy(reach.destination, new MemoryLogger(false), { target: reach.counted(counter) });
    deployed(report);
    expect(report.projects.filter((project) => project.sync.changed).map((project) => project.project)).toEqual(["p008"]);
    // Every manifest is rewritten (the commit advanced): one write each, the changed DAG one more.
    expect(counter.calls.filter((call) => call.what.startsWith("write"))).toHaveLength(PROJECTS + 1);
    // One listing, the checks': every sync starts from what they read.
    expect(counter.calls.filter((call) => call.what.startsWith("list"))).toHaveLength(1);
    // One project after the other would take more than one round trip per project. How far below
    // that it is depends on how the answers spread (a limiter's slot goes to the next call as soon
    // as one answers): the benchmark reports the figure.
    expect(counter.rounds, counter.describe().join("\n")).toBeLessThan(PROJECTS / 2);
  });

  describe("another deploy lands between the checks and the sync", () => {
    const manifestOf = async (project: string) => {
      const prefix = `${reach.dags}acme__mono/${project}/`;
      const read = await reach.store.read(prefix + MANIFEST_NAME);
      return parseManifest(read?.content ?? new Uint8Array(), "test", prefix);
    };
    const dagOf = async (project: string) => new TextDecoder().decode((await reach.store.read(`${reach.dags}acme__mono/${project}/${project}.py`))?.content);
    const everythingBut = async (project: string) =>
      (await reach.store.list(""))
        .filter((object) => !object.key.startsWith(`${reach.dags}acme__mono/${project}/`))
        .map((object) => `${object.key} ${object.generation}`);

    it("a newer commit: the older deploy's upload fails its precondition, it reads again, stops and leaves the newer files", async () => {
      const older = repo.change("p010", 10);
      const newer = repo.change("p010", 11);
      const olderCheckout = repo.worktree(older);
      const before = await everythingBut("p010");
      const counter = new RoundTripCounter();
      const meanwhile = () => repo.deploy(reach.destination, new MemoryLogger(false), { projects: ["p010"], target: reach.plain }).then(deployed);
      const report = await repo.deploy(reach.destination, new MemoryLogger(false), {
        projects: ["p010"],
        target: reach.counted(counter, (store) => new InterruptedStore(store, meanwhile)),
        options: { repoRoot: olderCheckout },
        sync: { conflictDelayMs: 5 },
      });
      expect(report.failed.map((failure) => [failure.project, failure.stage])).toEqual([["p010", "sync"]]);
      expect(report.failed[0]?.message).toMatch(/a newer commit [0-9a-f]+ was deployed to .* while this deploy of [0-9a-f]+ was running/);
      expect((await manifestOf("p010")).commit).toBe(newer);
      expect(await dagOf("p010")).toContain("p010 v11");
      expect(await everythingBut("p010")).toEqual(before);
      // It started from the checks' view (no second read before the upload), then read afresh.
      expect(kinds(counter).slice(0, 3)).toEqual([["list", "read", "read"], ["write"], ["list", "read"]]);
    });

    it("an older commit: the manifest write fails its precondition, the sync reads again and deploys the newer commit", async () => {
      const older = repo.changeNothing("an older commit");
      const newer = repo.change("p020", 12);
      const olderCheckout = repo.worktree(older);
      const before = await everythingBut("p020");
      // The older commit's deploy of p020 only records its commit: p020's DAG is what is deployed.
      const meanwhile = () =>
        repo
          .deploy(reach.destination, new MemoryLogger(false), { projects: ["p020"], target: reach.plain, options: { repoRoot: olderCheckout } })
          .then(deployed);
      const counter = new RoundTripCounter();
      const report = await repo.deploy(reach.destination, new MemoryLogger(false), {
        projects: ["p020"],
        target: reach.counted(counter, (store) => new InterruptedStore(store, meanwhile)),
        sync: { conflictDelayMs: 5 },
      });
      deployed(report);
      expect(report.projects[0]?.sync.attempts).toBe(2);
      const manifest = await manifestOf("p020");
      expect(manifest.commit).toBe(newer);
      expect(await dagOf("p020")).toContain("p020 v12");
      expect(await everythingBut("p020")).toEqual(before);
      expect(kinds(counter)).toEqual([["list", "read", "read"], ["write"], ["write"], ["list", "read"], ["write"]]);
    });
  });
});

describe("projects synced at once keep their logs apart", () => {
  it("each project's lines come whole, in a group of its own, and a project that logged nothing has none", async () => {
    const repo = new Monorepo(12);
    const folder = mkdtempSync(path.join(tmpdir(), "dagship-groups-"));
    const destination: Destination = { kind: "local", folder };
    deployed(await repo.deploy(destination, new MemoryLogger(false)));
    // A file placed by hand in half of the folders: each of those syncs warns about it.
    const noisy = repo.projects.filter((_, index) => index % 2 === 0);
    const store = new LocalFolderStore(folder);
    for (const project of noisy)
      await store.write(`acme__mono/${project}/notes.txt`, new TextEncoder().encode("hand"), { contentType: "text/plain", metadata: {} });
    repo.changeNothing("a newer commit");
    const log = new MemoryLogger(false);
    const counter = new RoundTripCounter();
    deployed(await repo.deploy(destination, log, { target: { wrapStore: (inner) => new LatencyStore(inner, 10, counter) }, sync: { projects: 4 } }));
    // The syncs overlapped: one after the other, 12 manifest writes would be 12 round trips.
    expect(counter.rounds).toBeLessThan(12);
    const start = log.lines.findIndex((line) => line.startsWith("== Deploy 12 project(s)"));
    const lines = log.lines.slice(start + 1);
    const groups = lines.flatMap((line, index) => (line.startsWith("== Sync ") ? [index] : []));
    expect(groups.map((index) => lines[index]).sort()).toEqual(noisy.map((project) => `== Sync ${project}`));
    for (const index of groups) {
      const project = (lines[index] as string).slice("== Sync ".length);
      expect(lines[index + 1]).toBe(`warning: ${project}: acme__mono/${project}/notes.txt is not managed by this project (not in its manifest); left alone`);
    }
  });
});
