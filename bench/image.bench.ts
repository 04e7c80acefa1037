// A DAG-only change (the image's build context unchanged) deployed two ways, side by side on the
// local Docker daemon and registry: dagship's ensureProjectImage (context hash, registry lookups,
// retag through the registry API) against the naive pipeline (`docker build` of the project
// folder + `docker push`). Median of several runs, in alternating order. Target: >= 10x faster.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DockerCli } from "../src/image/docker.js";
import { createImageDeps, ensureProjectImage, type ProjectImageRequest } from "../src/image/index.js";
import { testEnv } from "../test/helpers/test-env.js";
import { removeLocalImages } from "../test/image/registry-tools.js";
import { median, quiet, report } from "./figures.js";

const RUNS = 7;
const TARGET = 10;

function sha(n: number): string {
  return (0x1000 + n).toString(16).repeat(10);
}

const env = testEnv();
const base = env.pythonImage;
const namespace = `bench-${Date.now().toString(36)}`;
const registry = `${env.registry}/${namespace}`;
const root = mkdtempSync(join(tmpdir(), "dagship-image-bench-"));
const dir = join(root, "orders");
mkdirSync(join(dir, "orders"), { recursive: true });

// A typical ETL project: dependencies first, sources after, dag.yaml beside them.
writeFileSync(
  join(dir, "Dockerfile"),
  [
    "ARG BASE_IMAGE=python:3.12-slim",
    "FROM ${BASE_IMAGE}",
    "WORKDIR /app",
    "COPY requirements.txt .",
    "RUN pip install --no-cache-dir --no-index -r requirements.txt",
    "COPY . .",
    'CMD ["python3", "-m", "orders.load"]',
    "",
  ].join("\n"),
);
writeFileSync(join(dir, "requirements.txt"), "requests\nPyYAML\n");
writeFileSync(join(dir, ".dockerignore"), "__pycache__\n*.pyc\n");
writeFileSync(join(dir, "orders", "__init__.py"), "");
for (let i = 0; i < 40; i++) {
  writeFileSync(join(dir, "orders", `step_${i}.py`), `def run_${i}(rows):\n    return [r for r in rows if r.get("k") != ${i}]\n`.repeat(20));
}
writeFileSync(join(dir, "orders", "load.py"), "import requests, yaml\nprint('load')\n");

function writeDag(version: number): void {
  writeFileSync(
    join(dir, "dag.yaml"),
    `dag_id: orders\nschedule: "0 ${version % 24} * * *"\nstart_date: 2024-01-01\ntasks:\n  load:\n    command: [python3, -m, orders.load]\n`,
  );
}

// Fresh collaborators for every deploy, as in CI where each deploy is a new process: no
// registry challenge, token or login carried over from the previous run.
const freshDeps = () => createImageDeps({ logger: quiet, username: env.registryUser, password: env.registryPassword });
const docker = new DockerCli({ logger: quiet });
const naiveImage = `${registry}/orders-naive`;
const request = (commit: string): ProjectImageRequest => ({
  project: "orders",
  contextDir: dir,
  registry,
  commitSha: commit,
  buildArgs: { BASE_IMAGE: base },
});

async function dagship(commit: string): Promise<number> {
  const start = performance.now();
  const image = await ensureProjectImage(request(commit), freshDeps());
  const elapsed = performance.now() - start;
  if (image.built) throw new Error("a DAG-only change rebuilt the image: the benchmark measures the wrong thing");
  return elapsed;
}

async function naive(commit: string): Promise<number> {
  const start = performance.now();
  await docker.exec({ args: ["build", "--build-arg", `BASE_IMAGE=${base}`, "--tag", `${naiveImage}:${commit}`, dir], env: { DOCKER_BUILDKIT: "0" } });
  await docker.exec({ args: ["push", `${naiveImage}:${commit}`], env: {} });
  return performance.now() - start;
}

try {
  console.log(`image benchmark on Node ${process.version}: a DAG-only change, ${RUNS} runs each, base image ${base}`);
  await docker.login(env.registry, env.registryUser, env.registryPassword);
  // Warm-up: the first deploy of each builds and pushes everything; not measured.
  writeDag(0);
  const firstStart = performance.now();
  const first = await ensureProjectImage(request(sha(0)), freshDeps());
  const firstMs = performance.now() - firstStart;
  await naive(sha(0));
  console.log(`first deploy (build + push, not compared): ${firstMs.toFixed(0)} ms, ${first.reference}`);

  const ours: number[] = [];
  const theirs: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    writeDag(run);
    // Alternate who goes first, so neither always meets a warmer daemon or registry.
    if (run % 2 === 0) {
      ours.push(await dagship(sha(run)));
      theirs.push(await naive(sha(run)));
    } else {
      theirs.push(await naive(sha(run)));
      ours.push(await dagship(sha(run)));
    }
  }
  const oursMs = median(ours);
  const theirsMs = median(theirs);
  const ratio = theirsMs / oursMs;
  const fmt = (values: number[]): string => values.map((v) => v.toFixed(0)).join(", ");
  console.log(`dagship (hash + registry retag):        median ${oursMs.toFixed(1).padStart(8)} ms   runs: ${fmt(ours)}`);
  console.log(`naive (docker build + docker push):     median ${theirsMs.toFixed(1).padStart(8)} ms   runs: ${fmt(theirs)}`);
  report({
    name: "DAG-only change: docker build + push / dagship hash + registry retag",
    value: ratio,
    unit: "x",
    comparison: ">=",
    target: TARGET,
    note: `${theirsMs.toFixed(0)} ms vs ${oursMs.toFixed(0)} ms`,
  });
  if (ratio < TARGET) process.exitCode = 1;
} finally {
  rmSync(root, { recursive: true, force: true });
  await removeLocalImages(docker, registry);
}
