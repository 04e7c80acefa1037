// Six changed projects whose builds take 3 s each (`RUN sleep 3`), built and pushed on the local
// Docker daemon and registry: the wall time of the image phase with --jobs 6 over one project's,
// beside the same with --jobs 1 (one build after another, the naive way), and beside the floor of
// this daemon: six plain `docker build && docker push` started at once, over one of them. Every
// run builds fresh contexts, so nothing is reused. Median of a few runs. Target: <= 1.5x.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildProjectImages } from "../src/image/concurrent.js";
import { DockerCli } from "../src/image/docker.js";
import { createImageDeps, type ProjectImageRequest } from "../src/image/index.js";
import { testEnv } from "../test/helpers/test-env.js";
import { removeLocalImages } from "../test/image/registry-tools.js";
import { median, quiet, report } from "./figures.js";

const RUNS = 3;
const PROJECTS = 6;
const BUILD_SECONDS = 3;
const TARGET = 1.5;

const env = testEnv();
const namespace = `bench-jobs-${Date.now().toString(36)}`;
const registry = `${env.registry}/${namespace}`;
const root = mkdtempSync(join(tmpdir(), "dagship-jobs-bench-"));
let generation = 0;

/** `count` projects with new contents (so each is built, never reused), as image requests. */
function freshProjects(count: number): ProjectImageRequest[] {
  generation++;
  return Array.from({ length: count }, (_unused, index) => {
    const project = `p${index + 1}`;
    const dir = join(root, `run-${generation}`, project);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "Dockerfile"), ["ARG BASE_IMAGE", "FROM ${BASE_IMAGE}", "COPY . /app", `RUN sleep ${BUILD_SECONDS}`, ""].join("\n"));
    writeFileSync(join(dir, "main.txt"), `${project} of run ${generation} (${namespace})\n`);
    return {
      project,
      contextDir: dir,
      registry,
      commitSha: (0x100000 + generation).toString(16).repeat(7).slice(0, 40),
      buildArgs: { BASE_IMAGE: env.busyboxImage },
    };
  });
}

/** Wall time of building and pushing `count` fresh projects with `jobs` builds at once. */
async function wallTime(count: number, jobs: number): Promise<number> {
  const requests = freshProjects(count);
  // Fresh collaborators, as in CI where every deploy is a new process.
  const deps = createImageDeps({ logger: quiet, username: env.registryUser, password: env.registryPassword });
  const start = performance.now();
  const outcomes = await buildProjectImages(requests, deps, { jobs, log: quiet });
  const elapsed = performance.now() - start;
  for (const outcome of outcomes) {
    if (!outcome.ok) throw new Error(`${outcome.project}: ${String(outcome.error)}`);
    if (!outcome.value.built) throw new Error(`${outcome.project} was not built: the benchmark measures the wrong thing`);
  }
  return elapsed;
}

const docker = new DockerCli({ logger: quiet });

/** The same builds without dagship: `docker build` (same labels) then `docker push`, all at once. */
async function plainDockerTime(count: number): Promise<number> {
  const requests = freshProjects(count);
  const start = performance.now();
  await Promise.all(
    requests.map(async (request) => {
      const image = `${registry}/${request.project}-plain:${request.commitSha}`;
      const labels = ["org.opencontainers.image.revision", "org.opencontainers.image.title", "dagship.content-tag"].flatMap((label) => [
        "--label",
        `${label}=${request.project}`,
      ]);
      await docker.exec({ args: ["build", "--build-arg", `BASE_IMAGE=${env.busyboxImage}`, ...labels, "--tag", image, request.contextDir], env: {} });
      await docker.exec({ args: ["push", image], env: {} });
    }),
  );
  return performance.now() - start;
}

try {
  console.log(`jobs benchmark on Node ${process.version}: ${PROJECTS} projects, ${BUILD_SECONDS} s builds, ${RUNS} runs, base image ${env.busyboxImage}`);
  // Warm-up, not measured: the daemon has the base image's layers and docker is logged in.
  await wallTime(1, 1);

  const single: number[] = [];
  const parallel: number[] = [];
  const serial: number[] = [];
  const plainSingle: number[] = [];
  const plainParallel: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    single.push(await wallTime(1, 1));
    parallel.push(await wallTime(PROJECTS, PROJECTS));
    serial.push(await wallTime(PROJECTS, 1));
    plainSingle.push(await plainDockerTime(1));
    plainParallel.push(await plainDockerTime(PROJECTS));
  }
  const one = median(single);
  const ratio = median(parallel) / one;
  const naive = median(serial) / one;
  const floor = median(plainParallel) / median(plainSingle);
  const fmt = (values: number[]): string => values.map((value) => (value / 1000).toFixed(1)).join(", ");
  const row = (label: string, values: number[]): void =>
    console.log(`${label.padEnd(40)} median ${(median(values) / 1000).toFixed(1).padStart(5)} s   runs: ${fmt(values)}`);
  row("one project", single);
  row(`${PROJECTS} projects, --jobs ${PROJECTS}`, parallel);
  row(`${PROJECTS} projects, --jobs 1`, serial);
  row("plain docker build + push, one", plainSingle);
  row(`plain docker build + push, ${PROJECTS} at once`, plainParallel);
  report({
    name: `${PROJECTS} projects, --jobs ${PROJECTS} over one project's build`,
    value: ratio,
    unit: "x",
    comparison: "<=",
    target: TARGET,
    note: `--jobs 1 (the naive way): ${naive.toFixed(2)}x; plain docker, ${PROJECTS} at once: ${floor.toFixed(2)}x`,
  });
  console.log(`${PROJECTS} projects --jobs 1 over one (one build after another, the naive way): ${naive.toFixed(2)} x`);
  console.log(`${PROJECTS} plain docker build + push at once over one (this daemon's floor): ${floor.toFixed(2)} x`);
  if (ratio > TARGET) process.exitCode = 1;
} finally {
  rmSync(root, { recursive: true, force: true });
  await removeLocalImages(docker, registry);
}
