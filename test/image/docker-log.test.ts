import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { BuildFailedError, DockerCli, explainDockerFailure, failingStep, pushedDigest } from "../../src/image/docker.js";
import { RecordingLogger } from "./recording-logger.js";

describe("failingStep", () => {
  it("names the classic builder's last step", () => {
    const log = [
      "Step 1/4 : ARG BASE_IMAGE",
      "Step 2/4 : FROM ${BASE_IMAGE}",
      " ---> 719b2757c361",
      "Step 3/4 : RUN echo building && exit 3",
      " ---> Running in 0c1d",
      "building",
      "The command '/bin/sh -c echo building && exit 3' returned a non-zero code: 3",
    ];
    expect(failingStep(log)).toBe("step 3/4: RUN echo building && exit 3");
  });

  it("names the BuildKit vertex that carries the ERROR, not the last one printed", () => {
    const log = [
      "#5 [internal] load build context",
      "#5 DONE 0.0s",
      "#6 [2/4] COPY . /app",
      "#6 DONE 0.1s",
      "#7 [3/4] RUN python -m pytest",
      "#7 0.512 collected 3 items",
      "#8 [stage-1 2/2] RUN echo other",
      "#7 1.203 FAILED test_main.py::test_x",
      '#7 ERROR: process "/bin/sh -c python -m pytest" did not complete successfully: exit code: 1',
      "#8 CANCELED",
      "------",
      " > [3/4] RUN python -m pytest:",
      'ERROR: failed to solve: process "/bin/sh -c python -m pytest" did not complete successfully: exit code: 1',
    ];
    expect(failingStep(log)).toBe("[3/4] RUN python -m pytest");
  });

  it("names no step when the log has none", () => {
    expect(failingStep(["unable to prepare context: unable to evaluate symlinks"])).toBeUndefined();
  });
});

describe("pushedDigest", () => {
  it("takes the digest docker push prints last", () => {
    const digest = `sha256:${"ab".repeat(32)}`;
    expect(pushedDigest(["5b0716a4e56c: Pushed", `abc: digest: ${digest} size: 527`])).toBe(digest);
    expect(pushedDigest(["5b0716a4e56c: Pushed"])).toBeUndefined();
  });
});

describe("explainDockerFailure", () => {
  it.each([
    [
      "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
      "127.0.0.1:5555",
      /Docker daemon is not reachable.*DOCKER_HOST/,
    ],
    ['Get "http://127.0.0.1:1/v2/": dial tcp 127.0.0.1:1: connect: connection refused', "127.0.0.1:1", /registry 127\.0\.0\.1:1 is unreachable/],
    ['name unknown: Repository "etl" not found', "us-docker.pkg.dev", /does not exist.*create-repository: true/],
    [
      'denied: Permission "artifactregistry.repositories.uploadArtifacts" denied on resource',
      "us-docker.pkg.dev",
      /artifactregistry\.repositories\.uploadArtifacts/,
    ],
    ["unauthorized: authentication required", "127.0.0.1:5555", /refused the credentials/],
  ])("%s", (line, host, expected) => {
    expect(explainDockerFailure("docker push x failed", host, [line])?.message).toMatch(expected);
  });

  it("leaves unknown failures alone", () => {
    expect(explainDockerFailure("x", "h", ["something else entirely"])).toBeUndefined();
  });
});

describe("DockerCli.build failures", () => {
  /** A stand-in docker executable that prints `lines` and exits 1. */
  async function failingDocker(lines: string[]): Promise<{ cli: DockerCli; cleanup: () => Promise<void> }> {
    const dir = await mkdtemp(path.join(tmpdir(), "dagship-fake-docker-"));
    const binary = path.join(dir, "docker");
    await writeFile(binary, `#!/bin/sh\ncat >/dev/null\n${lines.map((l) => `echo ${JSON.stringify(l)} >&2`).join("\n")}\nexit 1\n`);
    await chmod(binary, 0o755);
    return { cli: new DockerCli({ logger: new RecordingLogger(), binary }), cleanup: () => rm(dir, { recursive: true, force: true }) };
  }

  it("an unreachable daemon is reported as such, not as a failed step", async () => {
    const { cli, cleanup } = await failingDocker(["Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"]);
    try {
      const error = await cli.build({ args: ["build", "-"], env: {} }, Readable.from([])).catch((thrown: unknown) => thrown);
      expect(error).not.toBeInstanceOf(BuildFailedError);
      expect((error as Error).message).toMatch(/^docker build failed: the Docker daemon is not reachable/);
    } finally {
      await cleanup();
    }
  });

  it("any other failure names the step, even when the log mentions a registry", async () => {
    const { cli, cleanup } = await failingDocker(["Step 2/3 : RUN curl registry", "connection refused"]);
    try {
      const error = await cli.build({ args: ["build", "-"], env: {} }, Readable.from([])).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(BuildFailedError);
      expect((error as BuildFailedError).step).toBe("step 2/3: RUN curl registry");
    } finally {
      await cleanup();
    }
  });
});
