/**
 * End-to-end harness: fixture repositories (real git history) and a runner that executes the
 * action with `@github/local-action`, the way a workflow step would, from the inputs,
 * `GITHUB_*` variables and an event payload file.
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Storage } from "@google-cloud/storage";
import type { RunnerState } from "../../src/action.js";

export const ROOT = path.resolve(new URL("../..", import.meta.url).pathname);

const GIT_ENV = {
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "test@example.com",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "test@example.com",
};

/** A project folder of a fixture: a tiny busybox image and a dag.yaml. */
export function projectFiles(name: string, dagYaml: string, script = `echo ${name}`): Record<string, string> {
  return {
    [`projects/${name}/Dockerfile`]: `ARG BASE_IMAGE=dagship-test/busybox:local\nFROM \${BASE_IMAGE}\nCOPY run.sh /app/run.sh\nCMD ["sh", "/app/run.sh"]\n`,
    [`projects/${name}/run.sh`]: `${script}\n`,
    [`projects/${name}/dag.yaml`]: dagYaml,
  };
}

/** A dag.yaml with a schedule and a chain of tasks. */
export function dagYaml(options: { schedule?: string; tasks?: string[]; extra?: string } = {}): string {
  const tasks = options.tasks ?? ["extract", "load"];
  const lines = [`schedule: "${options.schedule ?? "0 6 * * *"}"`, "start_date: 2024-01-01", "tasks:"];
  tasks.forEach((task, index) => {
    lines.push(`  ${task}:`, `    command: [sh, /app/run.sh, ${task}]`);
    if (index > 0) lines.push(`    depends_on: [${tasks[index - 1]}]`);
  });
  return `${lines.join("\n")}\n${options.extra ?? ""}`;
}

/** A git repository in a temporary folder, with the helpers the scenarios need. */
export class FixtureRepo {
  readonly dir: string;

  /**
   * @param options.folder the checkout's folder name (CI systems often use one fixed name); default a random one
   * @param options.origin the `origin` remote's URL; default none
   */
  constructor(options: { folder?: string; origin?: string } = {}) {
    const scratch = mkdtempSync(path.join(tmpdir(), "dagship-e2e-repo-"));
    this.dir = options.folder === undefined ? scratch : path.join(scratch, options.folder);
    mkdirSync(this.dir, { recursive: true });
    this.git("init", "-q", "-b", "main");
    if (options.origin !== undefined) this.git("remote", "add", "origin", options.origin);
  }

  git(...args: string[]): string {
    return execFileSync("git", args, { cwd: this.dir, encoding: "utf8", env: { ...process.env, ...GIT_ENV } }).trim();
  }

  write(files: Record<string, string>): this {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(this.dir, file)), { recursive: true });
      writeFileSync(path.join(this.dir, file), text);
    }
    return this;
  }

  remove(relative: string): this {
    rmSync(path.join(this.dir, relative), { recursive: true, force: true });
    return this;
  }

  /** Commit everything; returns the commit id. */
  commit(message: string): string {
    this.git("add", "-A");
    this.git("commit", "-q", "--no-gpg-sign", "--allow-empty", "-m", message);
    return this.head();
  }

  head(): string {
    return this.git("rev-parse", "HEAD");
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** One step run of the action. */
export interface ActionRun {
  outputs: Record<string, string>;
  /** The message given to setFailed, if the step failed. */
  failure: string | undefined;
  /** `::error`/`::warning` annotations with a file. */
  annotations: { type: string; file: string; line: number; column: number; message: string }[];
  warnings: string[];
  summary: string;
  log: string;
}

/** What a step run gets: inputs and the event. */
export interface RunRequest {
  repo: string;
  inputs: Record<string, string>;
  event: { name: string; ref: string; sha: string; payload: Record<string, unknown> };
  repository?: string;
  /** Extra environment (registry credentials, STORAGE_EMULATOR_HOST, GITHUB_API_URL, ...). */
  env?: Record<string, string>;
  /** Also run the post step (action.yml `post:`), as the runner does after the job's steps. */
  post?: boolean;
}

const NODE_BIN = path.join(ROOT, "node_modules", ".bin");

/** Environment variables that would leak the test runner's own setup into the step. */
const STRIPPED = [/^INPUT_/, /^GITHUB_/, /^ACTIONS_/, /^RUNNER_/, /^DAGSHIP_REGISTRY_/, /^STORAGE_EMULATOR_HOST$/, /^GOOGLE_APPLICATION_CREDENTIALS$/];

/**
 * Run the action once with `@github/local-action` (its TypeScript entry, src/action.ts, with the
 * toolkit stubbed by local-action), as a separate process on the project's Node 24.
 */
export async function runWithLocalAction(request: RunRequest): Promise<ActionRun> {
  const scratch = mkdtempSync(path.join(tmpdir(), "dagship-e2e-run-"));
  try {
    const eventFile = path.join(scratch, "event.json");
    writeFileSync(eventFile, JSON.stringify(request.event.payload));
    const summaryFile = path.join(scratch, "summary.md");
    writeFileSync(summaryFile, "");
    // Inputs go through local-action's dotenv file: their names have hyphens, which the shell
    // local-action starts its TypeScript runner through would drop from the environment.
    const dotenv = path.join(scratch, "action.env");
    writeFileSync(
      dotenv,
      Object.entries(request.inputs)
        .map(([name, value]) => {
          // dotenv keeps a single-quoted value as it is (JSON, say); a double-quoted one expands \n.
          if (!value.includes('"')) return `INPUT_${name.toUpperCase()}="${value.replace(/\n/g, "\\n")}"\n`;
          if (value.includes("'") || value.includes("\n"))
            throw new Error(`input ${name}: the harness cannot pass double quotes together with single quotes or newlines`);
          return `INPUT_${name.toUpperCase()}='${value}'\n`;
        })
        .join(""),
    );
    mkdirSync(path.join(scratch, "runner-temp"));
    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries(process.env)) if (value !== undefined && !STRIPPED.some((pattern) => pattern.test(name))) env[name] = value;
    Object.assign(env, {
      PATH: `${NODE_BIN}:${process.env["PATH"] ?? ""}`,
      FORCE_COLOR: "0",
      NO_COLOR: "1",
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: request.repo,
      GITHUB_EVENT_NAME: request.event.name,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_REF: request.event.ref,
      GITHUB_SHA: request.event.sha,
      GITHUB_REPOSITORY: request.repository ?? "acme/etl",
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: path.join(scratch, "runner-temp"),
      DOCKER_CONFIG: path.join(scratch, "docker-config"),
    });
    Object.assign(env, request.env ?? {});
    const log = await new Promise<string>((resolve, reject) => {
      const post = request.post === true ? ["--post", "src/action.ts"] : [];
      execFile(
        path.join(NODE_BIN, "local-action"),
        ["run", ROOT, "src/action.ts", dotenv, ...post],
        { cwd: ROOT, env, encoding: "utf8", maxBuffer: 256 << 20, timeout: 300_000 },
        (error, stdout, stderr) => {
          if (error && !stdout.includes("Running Action")) reject(new Error(`local-action did not run: ${error.message}\n${stdout}\n${stderr}`));
          else resolve(`${stdout}\n${stderr}`);
        },
      );
    });
    return { ...parseLog(log), summary: readFileSync(summaryFile, "utf8"), log };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function parseLog(log: string): Omit<ActionRun, "summary" | "log"> {
  const outputs: Record<string, string> = {};
  const annotations: ActionRun["annotations"] = [];
  const warnings: string[] = [];
  let failure: string | undefined;
  const lines = log.split("\n");
  for (const [index, line] of lines.entries()) {
    const output = /^::set-output name=([^:]+)::(.*)$/.exec(line);
    if (output) outputs[output[1] as string] = output[2] as string;
    const annotation = /^::(error|warning) ([^:]*)::(.*)$/.exec(line);
    if (annotation) {
      const props = Object.fromEntries((annotation[2] as string).split(",").map((pair) => pair.split("=") as [string, string]));
      if (props["file"])
        annotations.push({
          type: annotation[1] as string,
          file: props["file"],
          line: Number(props["line"]),
          column: Number(props["col"]),
          message: annotation[3] as string,
        });
    }
    const warning = /^::warning::(.*)$/.exec(line);
    if (warning) warnings.push(warning[1] as string);
    const failed = /^::error::(dagship failed: .*)$/.exec(line);
    if (failed) {
      // A multi-line message continues until the next workflow command or section.
      const rest: string[] = [];
      for (const next of lines.slice(index + 1)) {
        if (next.startsWith("::") || next.startsWith("====")) break;
        rest.push(next);
      }
      failure = [failed[1], ...rest].join("\n").trim();
    }
  }
  return { outputs, failure, annotations, warnings };
}

/** The objects of a bucket in the storage emulator: name -> generation and content. */
export async function bucketObjects(bucket: string): Promise<Map<string, { generation: string; content: string }>> {
  const storage = new Storage({ apiEndpoint: process.env["STORAGE_EMULATOR_HOST"] ?? "", projectId: "test" });
  const [files] = await storage.bucket(bucket).getFiles();
  const objects = new Map<string, { generation: string; content: string }>();
  for (const file of files) {
    const [content] = await file.download();
    objects.set(file.name, { generation: String(file.metadata.generation), content: content.toString("utf8") });
  }
  return objects;
}

/** A name unique to this test run, safe as a bucket name or a registry path. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** What a runner keeps between a step and its post step (`core.saveState`), in memory. */
export function memoryState(initial: Readonly<Record<string, string>> = {}): RunnerState & { readonly values: Map<string, string> } {
  const values = new Map(Object.entries(initial));
  return {
    values,
    get: (name) => values.get(name) ?? "",
    save: (name, value) => {
      values.set(name, value);
    },
  };
}
