// What the checks before a deploy (ownership, dag_ids defined elsewhere, orphans: one listing of
// the whole DAG folder) add to a one-project deploy, in a bucket shared by 200 projects of other
// repositories, against the Cloud Storage emulator (STORAGE_EMULATOR_HOST). Median of several
// runs of each: the checks, and the project's sync (one changed file) after them.
import { MemoryLogger } from "../src/log.js";
import { GcsStore } from "../src/sync/gcs-store.js";
import { checkDeploy, syncProject, type RepositoryIdentity, type SyncTarget } from "../src/sync/index.js";
import { runBounded } from "../src/util/async.js";
import { testEnv } from "../test/helpers/test-env.js";
import { linearHistory } from "../test/sync/git-fixture.js";
import { median, report } from "./figures.js";

const OTHERS = 200;
const RUNS = 9;

// The local services' description (.test-env/env.sh), as the integration tests read it.
const host = testEnv().storageEmulatorHost;

const { fixture, shas } = linearHistory(RUNS + 1);
const commits = shas.map((sha) => ({ sha, time: fixture.timeOf(sha) }));
const bucket = `dagship-bench-preflight-${Date.now().toString(36)}`;
const target: SyncTarget = { store: new GcsStore(bucket, { apiEndpoint: host }), dagsFolder: "dags", display: `gs://${bucket}/dags` };
const deps = { git: fixture.git, log: new MemoryLogger(false) };
const dagFile = (id: string, version: number): string =>
  `from airflow import DAG\n\nwith DAG(dag_id=${JSON.stringify(id)}, tags=["v${version}"]) as dag:\n    pass\n`;

// 200 projects of 20 other repositories, each deployed once.
await runBounded(
  Array.from({ length: OTHERS }, (_, i) => i),
  8,
  async (i) => {
    const identity: RepositoryIdentity = { id: `github.com/team-${i % 20}/etl`, source: "github" };
    const first = commits[0] as { sha: string; time: Date };
    await syncProject(
      {
        repo: `team-${i % 20}__etl`,
        identity,
        project: `p${i}`,
        files: [{ path: `p${i}.py`, content: dagFile(`p${i}`, 0), dagId: `p${i}` }],
        commit: first,
        dagshipVersion: "bench",
      },
      target,
      deps,
    );
  },
);

const ours: RepositoryIdentity = { id: "github.com/acme/etl", source: "github" };
const checks: number[] = [];
const syncs: number[] = [];
for (let run = 1; run <= RUNS; run++) {
  const commit = commits[run] as { sha: string; time: Date };
  const started = performance.now();
  await checkDeploy(
    target,
    {
      repo: "acme__etl",
      identity: ours,
      commit,
      projects: [{ project: "sales", files: [{ path: "sales.py", dagId: "sales" }] }],
      existing: new Set(["sales"]),
      prune: true,
    },
    deps,
  );
  const checked = performance.now();
  await syncProject(
    {
      repo: "acme__etl",
      identity: ours,
      project: "sales",
      files: [{ path: "sales.py", content: dagFile("sales", run), dagId: "sales" }],
      commit,
      dagshipVersion: "bench",
    },
    target,
    deps,
  );
  checks.push(checked - started);
  syncs.push(performance.now() - checked);
}

console.log(`node ${process.version}, a bucket of ${OTHERS * 2 + 2} objects (${OTHERS} other projects), ${RUNS} runs, emulator at ${host}`);
console.log(`  checks before the deploy   median ${median(checks).toFixed(1).padStart(7)} ms   (runs: ${checks.map((v) => v.toFixed(0)).join(" ")})`);
console.log(`  the project's sync         median ${median(syncs).toFixed(1).padStart(7)} ms   (runs: ${syncs.map((v) => v.toFixed(0)).join(" ")})`);
// dagship's own bound (no issue sets one): the checks that guard a deploy should not double its time.
report({ name: "destination checks before a deploy / the project's sync", value: median(checks) / median(syncs), unit: "x", comparison: "<=", target: 1.5 });
