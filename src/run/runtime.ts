/**
 * The one seam through which local runs touch containers. The docker implementation spawns the
 * docker CLI with argument arrays computed in docker-args.ts; nothing here decides anything.
 */
import { execFile, spawn } from "node:child_process";
import { constants } from "node:fs";
import { mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { promisify } from "node:util";
import { UserError } from "../errors.js";
import {
  buildInvocation,
  imageExistsInvocation,
  killInvocation,
  removeInvocation,
  runInvocation,
  type ContainerSpec,
  type DockerInvocation,
  type LocalBuild,
} from "./docker-args.js";

/** Containers and images for a local run. */
export interface ContainerRuntime {
  /** Whether BuildKit's buildx plugin is there (builds then load into the local image store). */
  hasBuildx(): Promise<boolean>;
  imageExists(reference: string): Promise<boolean>;
  /** Builds from a context archive; throws UserError with the end of the log on failure. */
  build(build: LocalBuild, context: Readable, onLine: (line: string) => void): Promise<void>;
  /**
   * Runs a container attached and removes it when it ends; resolves with its exit code.
   * `secrets` is env-file text, handed to docker through a named pipe.
   */
  run(spec: ContainerSpec, secrets: string | undefined, onLine: (line: string) => void): Promise<number>;
  /** Stops a running container at once; no error if it is gone. */
  kill(name: string): Promise<void>;
  /** Removes a container; no error if it is gone. */
  remove(name: string): Promise<void>;
}

interface Outcome {
  exitCode: number;
  tail: string[];
}

/** The docker CLI as a {@link ContainerRuntime}. */
export class DockerRuntime implements ContainerRuntime {
  private buildx: Promise<boolean> | undefined;

  constructor(
    private readonly binary = "docker",
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  private exec(invocation: DockerInvocation, onLine?: (line: string) => void, stdin?: Readable): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.binary, [...invocation.args], {
        env: { ...this.env, ...invocation.env },
        stdio: [stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"],
      });
      const tail: string[] = [];
      const partial = { stdout: "", stderr: "" };
      const emit = (line: string): void => {
        tail.push(line);
        if (tail.length > 20) tail.shift();
        onLine?.(line);
      };
      const collect = (stream: "stdout" | "stderr") => (chunk: Buffer) => {
        const lines = (partial[stream] + chunk.toString("utf8")).split("\n");
        partial[stream] = lines.pop() ?? "";
        for (const line of lines) emit(line.replace(/\r$/, ""));
      };
      child.stdout?.on("data", collect("stdout"));
      child.stderr?.on("data", collect("stderr"));
      child.on("error", (error: NodeJS.ErrnoException) =>
        reject(error.code === "ENOENT" ? new UserError(`the docker CLI (${this.binary}) was not found: install Docker, or put docker on PATH`) : error),
      );
      if (stdin && child.stdin) {
        child.stdin.on("error", () => undefined);
        stdin.on("error", (error) => {
          child.kill("SIGTERM");
          reject(error);
        });
        stdin.pipe(child.stdin);
      }
      child.on("close", (code, signal) => {
        for (const stream of ["stdout", "stderr"] as const) if (partial[stream] !== "") emit(partial[stream]);
        resolve({ exitCode: code ?? (signal ? 128 : 1), tail });
      });
    });
  }

  hasBuildx(): Promise<boolean> {
    this.buildx ??= this.exec({ args: ["buildx", "version"], env: {} }).then((outcome) => outcome.exitCode === 0);
    return this.buildx;
  }

  async imageExists(reference: string): Promise<boolean> {
    return (await this.exec(imageExistsInvocation(reference))).exitCode === 0;
  }

  async build(build: LocalBuild, context: Readable, onLine: (line: string) => void): Promise<void> {
    const outcome = await this.exec(buildInvocation(build), onLine, context);
    if (outcome.exitCode !== 0) {
      throw new UserError(`docker build of ${build.reference} failed (exit code ${outcome.exitCode}). Last lines:\n  ${outcome.tail.join("\n  ")}`);
    }
  }

  async run(spec: ContainerSpec, secrets: string | undefined, onLine: (line: string) => void): Promise<number> {
    if (secrets === undefined) return (await this.exec(runInvocation(spec), onLine)).exitCode;
    // A named pipe in a private folder: docker reads the secrets from it, nothing is written to disk.
    const folder = await mkdtemp(join(tmpdir(), "dagship-secrets-"));
    const pipe = join(folder, "env");
    try {
      await promisify(execFile)("mkfifo", ["-m", "600", pipe]);
      const written = writeFile(pipe, secrets);
      const outcome = await this.exec(runInvocation({ ...spec, envFile: pipe }), onLine);
      // If docker exited without reading the pipe, open it for reading once so the writer returns.
      const unblock = await open(pipe, constants.O_RDONLY | constants.O_NONBLOCK).catch(() => undefined);
      await written.catch(() => undefined);
      await unblock?.close();
      return outcome.exitCode;
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  async kill(name: string): Promise<void> {
    await this.exec(killInvocation(name));
  }

  async remove(name: string): Promise<void> {
    await this.exec(removeInvocation(name));
  }
}
