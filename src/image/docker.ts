// Docker runs on node's spawn, not @actions/exec, which takes stdin only as one Buffer while
// `docker build -` reads the context tar streamed on stdin. Measured (Node 24, a 512 MiB context
// piped to a child): streamed 335-407 ms, 126 MiB peak RSS; as a Buffer 923-1179 ms, 1080 MiB. The
// runner and the readers of docker's output that explain its failures share this one file (~300 lines).
import { spawn } from "node:child_process";
import type { Readable } from "node:stream";
import { excerpt, UserError } from "../errors.js";
import type { Logger } from "../log.js";
import { type BuilderKind, type DockerCommand, loginCommand, pushCommand } from "./plan.js";

/** Outcome of one docker invocation. */
export interface ExecResult {
  readonly exitCode: number;
  /** Last lines of standard output and error, interleaved as they came. */
  readonly tail: readonly string[];
  readonly stdout: string;
}

/** How to run one docker invocation. */
export interface ExecOptions {
  /** Standard input: a secret string (never on the command line) or a stream such as a context tar. */
  readonly stdin?: string | Readable;
  /** Each output line as it arrives (build logs are shown live). */
  readonly onLine?: (line: string) => void;
  /** Return a failed result instead of throwing on a non-zero exit. */
  readonly allowFailure?: boolean;
}

/**
 * The one seam through which dagship runs the docker CLI. Everything above it is testable with a
 * recording stand-in; the real implementation is exercised against a real daemon.
 */
export interface DockerCommandManager {
  /** Which builder `docker build` uses here. Detected once. */
  builder(): Promise<BuilderKind>;
  /** `docker login HOST` with the password on standard input. Idempotent per host and user. */
  login(host: string, username: string, password: string): Promise<void>;
  /** Builds from a context archive; on failure throws BuildFailedError naming the failing step. */
  build(command: DockerCommand, context: Readable, onLine?: (line: string) => void): Promise<void>;
  /** Pushes one tag; returns the digest docker reports, if it printed one. */
  push(image: string, tag: string, onLine?: (line: string) => void): Promise<string | undefined>;
  /** Any other docker invocation (tests, benchmarks). */
  exec(command: DockerCommand, options?: ExecOptions): Promise<ExecResult>;
}

/** A failed `docker build`: the step that failed and the end of its log. */
export class BuildFailedError extends UserError {
  constructor(
    readonly step: string | undefined,
    readonly logTail: readonly string[],
    readonly exitCode: number,
  ) {
    super(
      `docker build failed${step === undefined ? "" : ` at ${step}`} (exit code ${exitCode}). ` +
        `Fix the Dockerfile or the project's sources; the image was not pushed. Last lines of the build log:\n  ` +
        quotedLines(logTail, ERROR_LINES),
    );
  }
}

const TAIL_LINES = 25;
/** How many of the last lines of docker's output an error message quotes, each shortened. */
const ERROR_LINES = 10;
const LINE_EXCERPT = 240;

/** The last `count` lines of docker's output for an error message: one per line, each shortened. */
function quotedLines(tail: readonly string[], count: number): string {
  return tail
    .slice(-count)
    .map((line) => excerpt(line, LINE_EXCERPT))
    .join("\n  ");
}

/**
 * Follows a build log to name the step that failed. Classic builder: the last
 * `Step N/M : INSTRUCTION`. BuildKit plain progress: the vertex (`#7 [stage 3/5] RUN ...`) whose
 * number carries the `ERROR` line. Titles are remembered as they stream by, because a long RUN
 * pushes them out of the log's tail.
 */
class BuildLogTracker {
  private classicStep: string | undefined;
  private readonly vertexTitles = new Map<string, string>();
  private erroredVertex: string | undefined;

  feed(line: string): void {
    const step = /^Step (\d+\/\d+) : (.*)$/.exec(line);
    if (step) {
      this.classicStep = `step ${step[1]}: ${step[2]}`;
      return;
    }
    const vertex = /^#(\d+) (\[.*)$/.exec(line);
    if (vertex?.[1] !== undefined && vertex[2] !== undefined && !this.vertexTitles.has(vertex[1])) {
      this.vertexTitles.set(vertex[1], vertex[2]);
      return;
    }
    const error = /^#(\d+) ERROR\b/.exec(line);
    if (error?.[1] !== undefined) this.erroredVertex = error[1];
  }

  /** The failing step, if the log named one. */
  failingStep(): string | undefined {
    if (this.erroredVertex !== undefined) {
      const title = this.vertexTitles.get(this.erroredVertex);
      if (title !== undefined) return title;
    }
    return this.classicStep;
  }
}

/** The failing step of a complete build log (see BuildLogTracker). */
export function failingStep(lines: readonly string[]): string | undefined {
  const tracker = new BuildLogTracker();
  for (const line of lines) tracker.feed(line);
  return tracker.failingStep();
}

// Docker 23+ prints this notice before every legacy build; it says nothing about the failure.
const LEGACY_NOTICE = [
  /^DEPRECATED: The legacy builder is deprecated/,
  /^\s+BuildKit is currently disabled/,
  /^\s+environment-variable\.$/,
  /^\s+Install the buildx component/,
];

function withoutNotices(lines: readonly string[]): string[] {
  return lines.filter((line) => !LEGACY_NOTICE.some((notice) => notice.test(line)));
}

/** The `digest: sha256:...` that `docker push` prints last. */
export function pushedDigest(lines: readonly string[]): string | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const found = /digest: (sha256:[0-9a-f]{64})/.exec(lines[i] ?? "");
    if (found) return found[1];
  }
  return undefined;
}

function lastLines(tail: readonly string[]): string {
  return quotedLines(tail, 3);
}

/** Cause and fix when docker's own words say the daemon is not there. */
function explainDaemonFailure(action: string, tail: readonly string[]): UserError | undefined {
  if (!/Cannot connect to the Docker daemon|docker daemon is not running|dial unix .*docker\.sock/i.test(tail.join("\n"))) return undefined;
  return new UserError(`${action}: the Docker daemon is not reachable. Start Docker, or point DOCKER_HOST at a running daemon.\n  ${lastLines(tail)}`);
}

/** Turns docker's own words about a registry or daemon problem into cause-and-fix. */
export function explainDockerFailure(action: string, host: string, tail: readonly string[]): UserError | undefined {
  const daemon = explainDaemonFailure(action, tail);
  if (daemon) return daemon;
  const text = tail.join("\n");
  if (/connection refused|no such host|i\/o timeout|network is unreachable|server misbehaving/i.test(text)) {
    return new UserError(
      `${action}: registry ${host} is unreachable. Check the registry address (--registry), that the registry is running, ` +
        `and that this machine can reach it.\n  ${lastLines(tail)}`,
    );
  }
  if (/name unknown|NAME_UNKNOWN|repository .* not found/i.test(text)) {
    return new UserError(
      `${action}: the repository does not exist in ${host}. Create it, or set create-repository: true (--create-repository) ` +
        `to have dagship create it.\n  ${lastLines(tail)}`,
    );
  }
  if (/denied|forbidden|403/i.test(text)) {
    return new UserError(
      `${action}: ${host} denied the push. The deploying identity needs permission to push to this repository` +
        (host.endsWith("pkg.dev") || host.endsWith("gcr.io")
          ? " (artifactregistry.repositories.uploadArtifacts, e.g. roles/artifactregistry.writer, on the repository)"
          : "") +
        `.\n  ${lastLines(tail)}`,
    );
  }
  if (/unauthorized|authentication required|401/i.test(text)) {
    return new UserError(
      `${action}: ${host} refused the credentials. Check the registry username and password, or that the access token ` +
        `from Application Default Credentials is valid.\n  ${lastLines(tail)}`,
    );
  }
  return undefined;
}

/** Options of the real docker CLI. */
export interface DockerCliOptions {
  readonly logger: Logger;
  /** The docker executable. Default `docker` from PATH. */
  readonly binary?: string;
  /** Environment of every docker process. Default: this process's. */
  readonly env?: NodeJS.ProcessEnv;
}

/** The docker CLI, run with argument arrays (never a shell). */
export class DockerCli implements DockerCommandManager {
  private readonly logger: Logger;
  private readonly binary: string;
  private readonly env: NodeJS.ProcessEnv;
  private detected: Promise<BuilderKind> | undefined;
  private readonly logins = new Map<string, Promise<void>>();

  constructor(options: DockerCliOptions) {
    this.logger = options.logger;
    this.binary = options.binary ?? "docker";
    this.env = options.env ?? process.env;
  }

  builder(): Promise<BuilderKind> {
    this.detected ??= this.detectBuilder();
    return this.detected;
  }

  private async detectBuilder(): Promise<BuilderKind> {
    const buildx = await this.exec({ args: ["buildx", "version"], env: {} }, { allowFailure: true });
    if (buildx.exitCode === 0) return "buildx";
    // A docker CLI older than 23 has BuildKit built in, switched on by DOCKER_BUILDKIT=1; newer
    // CLIs need the buildx plugin for BuildKit and refuse DOCKER_BUILDKIT=1 without it.
    if (this.env.DOCKER_BUILDKIT === "1") {
      const version = await this.exec({ args: ["version", "--format", "{{.Client.Version}}"], env: {} }, { allowFailure: true });
      const major = Number(/^(\d+)\./.exec(version.stdout.trim())?.[1] ?? "NaN");
      if (version.exitCode === 0 && major < 23) return "buildkit";
    }
    return "classic";
  }

  login(host: string, username: string, password: string): Promise<void> {
    // One `docker login` per host and user even when projects build concurrently: they wait for
    // the same login instead of writing the docker config at the same time. A failed login is
    // forgotten, so a later call tries again.
    const key = `${host}\n${username}\n${password}`;
    let login = this.logins.get(key);
    if (login === undefined) {
      login = this.runLogin(host, username, password);
      this.logins.set(key, login);
      login.catch(() => this.logins.delete(key));
    }
    return login;
  }

  private async runLogin(host: string, username: string, password: string): Promise<void> {
    this.logger.mask(password);
    const result = await this.exec(loginCommand(host, username), { stdin: password, allowFailure: true });
    if (result.exitCode !== 0) {
      throw (
        explainDockerFailure(`docker login to ${host} failed`, host, result.tail) ??
        new UserError(`docker login to ${host} failed (exit code ${result.exitCode}):\n  ${quotedLines(result.tail, ERROR_LINES)}`)
      );
    }
  }

  async build(command: DockerCommand, context: Readable, onLine?: (line: string) => void): Promise<void> {
    const tracker = new BuildLogTracker();
    const result = await this.exec(command, {
      stdin: context,
      allowFailure: true,
      onLine: (line) => {
        tracker.feed(line);
        onLine?.(line);
      },
    });
    if (result.exitCode === 0) return;
    const daemon = explainDaemonFailure("docker build failed", result.tail);
    if (daemon) throw daemon;
    throw new BuildFailedError(tracker.failingStep(), withoutNotices(result.tail), result.exitCode);
  }

  async push(image: string, tag: string, onLine?: (line: string) => void): Promise<string | undefined> {
    const result = await this.exec(pushCommand(image, tag), { allowFailure: true, ...(onLine ? { onLine } : {}) });
    const host = image.split("/")[0] ?? image;
    if (result.exitCode !== 0) {
      throw (
        explainDockerFailure(`docker push ${image}:${tag} failed`, host, result.tail) ??
        new UserError(`docker push ${image}:${tag} failed (exit code ${result.exitCode}):\n  ${quotedLines(result.tail, ERROR_LINES)}`)
      );
    }
    return pushedDigest(result.tail);
  }

  exec(command: DockerCommand, options: ExecOptions = {}): Promise<ExecResult> {
    const step = `docker ${command.args[0] ?? ""}${command.args[0] === "buildx" ? ` ${command.args[1] ?? ""}` : ""}`;
    // The argument list never holds a secret (passwords go through stdin), so it may be shown.
    this.logger.debug(`running docker ${command.args.join(" ")}`);
    return new Promise<ExecResult>((resolve, reject) => {
      const child = spawn(this.binary, [...command.args], {
        env: { ...this.env, ...command.env },
        stdio: [options.stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"],
        shell: false,
      });
      const tail: string[] = [];
      let stdout = "";
      const partial = { stdout: "", stderr: "" };
      const emit = (line: string): void => {
        const clean = line.replace(/\r$/, "");
        tail.push(clean);
        if (tail.length > TAIL_LINES) tail.shift();
        options.onLine?.(clean);
      };
      const collect = (stream: "stdout" | "stderr") => (chunk: Buffer) => {
        const text = chunk.toString("utf8");
        if (stream === "stdout" && stdout.length < 1_000_000) stdout += text;
        const lines = (partial[stream] + text).split("\n");
        partial[stream] = lines.pop() ?? "";
        for (const line of lines) emit(line);
      };
      child.stdout?.on("data", collect("stdout"));
      child.stderr?.on("data", collect("stderr"));
      child.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") {
          reject(new UserError(`the docker CLI (${this.binary}) was not found: install Docker, or put docker on PATH`));
        } else {
          reject(error);
        }
      });
      if (child.stdin) {
        // Docker may exit before reading all of stdin (a Dockerfile syntax error, say); its exit
        // code and log explain that, not the broken pipe.
        child.stdin.on("error", () => undefined);
        if (typeof options.stdin === "string") {
          child.stdin.end(options.stdin);
        } else if (options.stdin) {
          const source = options.stdin;
          source.on("error", (error) => {
            child.kill("SIGTERM");
            reject(error);
          });
          source.pipe(child.stdin);
        }
      }
      child.on("close", (code, signal) => {
        for (const stream of ["stdout", "stderr"] as const) if (partial[stream] !== "") emit(partial[stream]);
        const exitCode = code ?? (signal ? 128 : 1);
        const result: ExecResult = { exitCode, tail, stdout };
        if (exitCode !== 0 && !options.allowFailure) {
          reject(new UserError(`${step} failed (exit code ${exitCode}):\n  ${quotedLines(tail, ERROR_LINES)}`));
          return;
        }
        resolve(result);
      });
    });
  }
}
