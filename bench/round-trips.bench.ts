// Sequential round trips to the bucket of a deploy in a monorepo of 200 projects (each its own
// prefix, one DAG file and a manifest) where one changed, as the action deploys it on a push
// (`deployRepository` with only that project), against the Cloud Storage emulator behind a proxy
// that delays every request by 50 ms and counts the longest chain of requests each sent after the
// one before it answered (test/sync/round-trips.ts; exact, not inferred from the wall time).
// Target: at most 3 round trips (read state, upload, write the manifest: about 150 ms + local
// work), printed beside `gcloud storage rsync`'s floor of 2 (list, upload). That floor is
// computed, not measured: gcloud cannot run here. Also printed: the same deploy when the sync
// reads its prefix again instead of starting from what the checks read, and a deploy of every
// project with one changed (each unchanged project still records the new commit in its manifest).
// The emulator answers one request at a time (a few ms each), so that deploy's 400 requests take
// seconds of the emulator's time whatever their round trips.
import { MemoryLogger } from "../src/log.js";
import type { Destination } from "../src/sync/index.js";
import { testEnv } from "../test/helpers/test-env.js";
import { Monorepo, type DeployExtras } from "../test/sync/monorepo.js";
import { startPreconditionProxy } from "../test/sync/precondition-proxy.js";
import { RoundTripCounter } from "../test/sync/round-trips.js";
import { median, report } from "./figures.js";

const PROJECTS = 200;
const LATENCY_MS = 50;
const RUNS = 5;
const ALL_RUNS = 3;
/** `gcloud storage rsync` of one changed file: list the destination, upload the file. */
const RSYNC_FLOOR = 2;
/**
 * The same deploy before the sync started from the checks' view, measured with this counter on
 * that code: the checks' listing, then the project's manifest; the sync's own listing and
 * manifest; the upload; the manifest write.
 */
const BEFORE = 5;
/**
 * Every project before, measured the same way: the checks' listing, each project's manifest one
 * after the other, then each project's sync (its listing and manifest, its manifest write, the
 * changed one's upload) one after the other.
 */
const BEFORE_ALL = 602;

const emulator = testEnv().storageEmulatorHost;
const counter = { current: new RoundTripCounter() };
const proxy = await startPreconditionProxy(emulator, { latencyMs: LATENCY_MS, rounds: { begin: (what) => counter.current.begin(what) } });
const bucket = `dagship-bench-rt-${Date.now().toString(36)}`;
const destination: Destination = { kind: "gcs", bucket, dagsFolder: "dags" };
const repo = new Monorepo(PROJECTS);
const log = (): MemoryLogger => new MemoryLogger(false);

// Every project deployed once, straight to the emulator: not measured.
const initial = await repo.deploy(destination, log(), { target: { gcs: { apiEndpoint: emulator } } });
if (initial.failed.length > 0) throw new Error(`initial deploy failed: ${JSON.stringify(initial.failed)}`);

interface Measured {
  rounds: number;
  /** The whole deploy, validation of all 200 projects included. */
  totalMs: number;
  /** From the first request to the last answer. */
  storeMs: number;
  requests: number;
}

async function measure(extra: DeployExtras): Promise<Measured> {
  counter.current = new RoundTripCounter();
  const started = performance.now();
  const result = await repo.deploy(destination, log(), { ...extra, target: { gcs: { apiEndpoint: proxy.url } } });
  const totalMs = performance.now() - started;
  if (result.failed.length > 0) throw new Error(`deploy failed: ${JSON.stringify(result.failed)}`);
  const changed = result.projects.filter((project) => project.sync.changed).length;
  if (changed !== 1) throw new Error(`expected 1 changed DAG, the deploy changed ${changed}`);
  return { rounds: counter.current.rounds, totalMs, storeMs: counter.current.spanMs, requests: counter.current.calls.length };
}

const reused: Measured[] = [];
const reread: Measured[] = [];
for (let run = 1; run <= RUNS; run++) {
  // Alternate which goes first; each deploys a fresh change of one project.
  for (const which of run % 2 === 0 ? ["reread", "reused"] : ["reused", "reread"]) {
    repo.change("p007", run * 2 + (which === "reused" ? 0 : 1));
    if (which === "reused") reused.push(await measure({ projects: ["p007"] }));
    else reread.push(await measure({ projects: ["p007"], sync: { reuseObservedMs: 0 } }));
  }
}
const all: Measured[] = [];
for (let run = 1; run <= ALL_RUNS; run++) {
  repo.change("p008", run);
  all.push(await measure({}));
}
await proxy.close();

const rounds = (runs: readonly Measured[]): number => Math.max(...runs.map((run) => run.rounds));
const ms = (runs: readonly Measured[], field: "totalMs" | "storeMs"): string =>
  median(runs.map((run) => run[field]))
    .toFixed(0)
    .padStart(5);
const line = (label: string, runs: readonly Measured[]): string =>
  `  ${label.padEnd(52)} ${String(rounds(runs)).padStart(3)} round trips   requests ${String(median(runs.map((run) => run.requests))).padStart(3)}   first request to last answer ${ms(runs, "storeMs")} ms   whole deploy ${ms(runs, "totalMs")} ms`;

console.log(
  `node ${process.version}, ${PROJECTS} projects (one DAG each), 1 changed, ${LATENCY_MS} ms per request, median of ${RUNS} runs (${ALL_RUNS} for every project), emulator at ${emulator}`,
);
console.log(line("dagship deploy of the changed project (the action)", reused));
console.log(line("  the same, the sync reading its prefix again", reread));
console.log(`  ${"  before this change (recorded, not re-run)".padEnd(52)} ${String(BEFORE).padStart(3)} round trips`);
console.log(
  `  ${"gcloud storage rsync, its floor (computed)".padEnd(52)} ${String(RSYNC_FLOOR).padStart(3)} round trips   list + upload = ${RSYNC_FLOOR * LATENCY_MS} ms + local work`,
);
console.log(line("dagship deploy of every project", all));
console.log(`  ${"  before this change (recorded, not re-run)".padEnd(52)} ${String(BEFORE_ALL).padStart(3)} round trips`);
console.log("  (the whole deploy includes validating and rendering all 200 projects, which needs no request)");

report({
  name: `1 changed DAG of ${PROJECTS} projects, deployed alone: sequential round trips to the bucket`,
  value: rounds(reused),
  unit: "round trips",
  comparison: "<=",
  target: 3,
  note: `${ms(reused, "storeMs").trim()} ms from the first request to the last answer at ${LATENCY_MS} ms each; gcloud storage rsync's floor ${RSYNC_FLOOR} (computed); before: ${BEFORE}`,
});
report({
  name: `every project of ${PROJECTS} in one deploy, 1 changed: sequential round trips`,
  value: rounds(all),
  unit: "round trips",
  comparison: "<",
  // Fewer than one per project: what deploying them one after the other can never do.
  target: PROJECTS,
  note: `${ms(all, "storeMs").trim()} ms of requests; every manifest rewritten (the commit advanced); before: ${BEFORE_ALL}`,
});
