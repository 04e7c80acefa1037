// The whole action run (inputs -> event -> changed projects -> image build and push -> render ->
// sync -> prune check -> outputs and summary) on a push that changes one project, in a 50-project
// monorepo against a repository holding only that project, side by side: median of several runs.
// Target: the monorepo run takes at most 1.3x the single-project run.
// Needs the local registry and storage emulator (scripts/bench.sh starts them).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runAction, type ActionIo } from "../src/action.js";
import { messageOf } from "../src/errors.js";
import type { InputName } from "../src/github/inputs.js";
import { StreamLogger } from "../src/log.js";
import { FixtureRepo } from "../test/github/harness.js";
import { median, report } from "./figures.js";

const PROJECTS = 50;
const RUNS = 7;

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this through scripts/bench.sh (it starts the local registry and storage emulator)`);
  return value;
}

const registryHost = required("DAGSHIP_TEST_REGISTRY");
const registryUser = required("DAGSHIP_TEST_REGISTRY_USER");
const registryPassword = required("DAGSHIP_TEST_REGISTRY_PASSWORD");
const storage = required("STORAGE_EMULATOR_HOST");
const stamp = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
const scratch = mkdtempSync(join(tmpdir(), "dagship-bench-events-"));

function addProject(repo: FixtureRepo, name: string, tasks: number): void {
  const lines = ['schedule: "0 6 * * *"', "start_date: 2024-01-01", "tasks:"];
  for (let i = 0; i < tasks; i++) lines.push(`  t${i}:`, `    command: [sh, /app/run.sh, "${i}"]`, ...(i > 0 ? [`    depends_on: [t${i - 1}]`] : []));
  repo.write({
    [`projects/${name}/Dockerfile`]: 'ARG BASE_IMAGE=dagship-test/busybox:local\nFROM ${BASE_IMAGE}\nCOPY run.sh /app/run.sh\nCMD ["sh", "/app/run.sh"]\n',
    [`projects/${name}/run.sh`]: `echo ${name}\n`,
    [`projects/${name}/dag.yaml`]: `${lines.join("\n")}\n`,
  });
}

interface Setup {
  name: string;
  repo: FixtureRepo;
  repository: string;
  bucket: string;
  head: string;
}

async function timedRun(setup: Setup, before: string): Promise<{ ms: number; changed: string }> {
  const outputs: Record<string, string> = {};
  const inputs: Partial<Record<InputName, string>> = {
    registry: `${registryHost}/bench-${stamp}-${setup.name}`,
    "dags-destination": `gs://${setup.bucket}/dags`,
  };
  const eventFile = join(scratch, `${setup.name}-event.json`);
  writeFileSync(eventFile, JSON.stringify({ ref: "refs/heads/main", before, after: setup.head }));
  const io: ActionIo = {
    env: {
      ...process.env,
      GITHUB_WORKSPACE: setup.repo.dir,
      GITHUB_EVENT_NAME: "push",
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_REF: "refs/heads/main",
      GITHUB_SHA: setup.head,
      GITHUB_REPOSITORY: setup.repository,
      DAGSHIP_REGISTRY_USERNAME: registryUser,
      DAGSHIP_REGISTRY_PASSWORD: registryPassword,
      STORAGE_EMULATOR_HOST: storage,
    },
    log: new StreamLogger(() => undefined),
    getInput: (name) => inputs[name] ?? "",
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    summary: async () => undefined,
    annotate: () => undefined,
    getIdToken: () => Promise.reject(new Error("no OIDC in the benchmark")),
    fetch,
    state: { get: () => "", save: () => undefined },
  };
  // runAction throws where run() would call setFailed: the same work, and a failure stops the benchmark.
  const start = performance.now();
  try {
    await runAction(io);
  } catch (thrown) {
    throw new Error(`${setup.name}: ${messageOf(thrown)}`, { cause: thrown });
  }
  return { ms: performance.now() - start, changed: outputs["changed-projects"] ?? "" };
}

async function main(): Promise<void> {
  console.log(`action benchmark on Node ${process.version}: ${PROJECTS}-project monorepo vs a one-project repository, push changing one project`);
  const mono: Setup = { name: "mono", repo: new FixtureRepo(), repository: "acme/mono", bucket: `bench-mono-${stamp}`, head: "" };
  const single: Setup = { name: "single", repo: new FixtureRepo(), repository: "acme/single", bucket: `bench-single-${stamp}`, head: "" };
  try {
    for (let i = 0; i < PROJECTS; i++) addProject(mono.repo, `p${String(i).padStart(2, "0")}`, 8);
    addProject(single.repo, "p00", 8);
    // The first push deploys everything: the starting state (not measured).
    for (const setup of [mono, single]) {
      setup.head = setup.repo.commit("initial");
      const started = performance.now();
      const first = await timedRun(setup, "0".repeat(40));
      console.log(
        `${setup.name}: first push deployed ${(JSON.parse(first.changed) as string[]).length} project(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    const samples: Record<string, number[]> = { mono: [], single: [] };
    for (let round = 0; round < RUNS; round++) {
      // Alternate which goes first, so drift in the machine's load hits both alike.
      for (const setup of round % 2 === 0 ? [mono, single] : [single, mono]) {
        const before = setup.head;
        setup.repo.write({ "projects/p00/run.sh": `echo p00 round ${round}\n` });
        setup.head = setup.repo.commit(`round ${round}`);
        const result = await timedRun(setup, before);
        if (result.changed !== '["p00"]') throw new Error(`${setup.name}: expected only p00 to be deployed, got ${result.changed}`);
        samples[setup.name]?.push(result.ms);
      }
    }
    const monoMs = median(samples["mono"] ?? []);
    const singleMs = median(samples["single"] ?? []);
    const ratio = monoMs / singleMs;
    console.log("repository            runs (ms)                                   median ms");
    console.log(
      `${PROJECTS} projects, 1 changed  ${(samples["mono"] ?? []).map((ms) => ms.toFixed(0).padStart(6)).join(" ")}      ${monoMs.toFixed(0).padStart(6)}`,
    );
    console.log(`1 project             ${(samples["single"] ?? []).map((ms) => ms.toFixed(0).padStart(6)).join(" ")}      ${singleMs.toFixed(0).padStart(6)}`);
    report({
      name: `action run, ${PROJECTS}-project monorepo / 1-project repository, one project changed`,
      value: ratio,
      unit: "x",
      comparison: "<=",
      target: 1.3,
      note: `${monoMs.toFixed(0)} ms vs ${singleMs.toFixed(0)} ms`,
    });
  } finally {
    mono.repo.cleanup();
    single.repo.cleanup();
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
