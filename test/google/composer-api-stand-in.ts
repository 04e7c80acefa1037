/**
 * A local stand-in for the Cloud Composer REST API v1 with a pretend environment behind it:
 * environments.get, executeAirflowCommand, pollAirflowCommand and stopAirflowCommand. Every
 * request and every answer is checked against the API's published description
 * ({@link ComposerRestDescription}); a request the description does not allow is answered 400
 * INVALID_ARGUMENT, as the API does, and recorded in `violations`.
 *
 * The environment's bucket is a real one, in the storage emulator. A command runs the way
 * Composer runs it on an Airflow worker: the bucket's dags/ and data/ folders appear at
 * /home/airflow/gcs/dags and /home/airflow/gcs/data (copied into a temporary folder when the
 * command starts), and `python3 -m airflow ...` runs there with the Airflow stand-in module of
 * test/import-check/airflow-stand-in on PYTHONPATH (Airflow cannot be installed here). Output
 * comes back a few lines per poll, with proto3 JSON's defaults left out.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { GcsStore } from "../../src/sync/gcs-store.js";
import { environmentResource } from "../sync/composer-stand-in.js";
import { ComposerRestDescription, RPC_CODES } from "./composer-rest-description.js";

const AIRFLOW_STAND_IN = fileURLToPath(new URL("../import-check/airflow-stand-in", import.meta.url));
const MOUNT = "/home/airflow/gcs";
const LINES_PER_POLL = 3;

/** How the pretend environment behaves. */
export interface PretendEnvironment {
  bucket: string;
  /** e.g. composer-3-airflow-2.10.5-build.7; its Airflow version is what `airflow version` prints. */
  imageVersion: string;
  /** Modules its Airflow does not have (an import of one fails). */
  missingModules?: string[];
  /** Refuse executeAirflowCommand with 403, as for a caller without the permission. */
  deniesCommands?: boolean;
  /** Answer executeAirflowCommand FAILED_PRECONDITION this many times (Infinity: always). */
  busyFor?: number;
  /** Commands start but never end. */
  hangs?: boolean;
  /** Commands end with this exit code and exitInfo.error instead of running. */
  failsWith?: { exitCode: number; error: string };
  /** Commands are not started: executeAirflowCommand answers with this in its `error` field. */
  refusesWith?: string;
}

/** One executeAirflowCommand that started, as the stand-in saw it. */
export interface StartedCommand {
  environment: string;
  command: string;
  subcommand: string;
  parameters: string[];
  /** Object keys under data/ when it started (what the command could see there). */
  dataObjects: string[];
  stopped: boolean;
}

export interface ComposerApiStandIn {
  /** Pass as the Composer API address (ends in /v1). */
  readonly baseUrl: string;
  readonly requests: { method: string; path: string }[];
  readonly commands: StartedCommand[];
  /** Requests or answers the API description does not allow; a passing test leaves it empty. */
  readonly violations: string[];
  close(): Promise<void>;
}

interface Execution {
  started: StartedCommand;
  lines: string[];
  done: boolean;
  exitCode: number;
  error: string;
}

function airflowVersionOf(imageVersion: string): string {
  return /-airflow-(\d+\.\d+\.\d+)/.exec(imageVersion)?.[1] ?? "2.10.5";
}

async function materialise(store: GcsStore, root: string): Promise<string[]> {
  const dataKeys: string[] = [];
  for (const folder of ["dags/", "data/"]) {
    await mkdir(path.join(root, folder), { recursive: true });
    for (const object of await store.list(folder)) {
      if (folder === "data/") dataKeys.push(object.key);
      const content = await store.read(object.key);
      if (content === undefined) continue;
      const target = path.join(root, ...object.key.split("/"));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content.content);
    }
  }
  return dataKeys;
}

async function runInWorker(execution: Execution, environment: PretendEnvironment, emulator: string): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), "dagship-composer-worker-"));
  try {
    execution.started.dataObjects = await materialise(new GcsStore(environment.bucket, { apiEndpoint: emulator }), root);
    const toLocal = (value: string): string => (value.startsWith(MOUNT) ? root + value.slice(MOUNT.length) : value);
    const { command, subcommand, parameters } = execution.started;
    const args = ["-m", "airflow", command, ...(subcommand === "" ? [] : [subcommand]), ...parameters.map(toLocal)];
    const child = spawn("python3", args, {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? "",
        PYTHONPATH: AIRFLOW_STAND_IN,
        AIRFLOW_HOME: path.join(root, "airflow-home"),
        AIRFLOW__CORE__DAGS_FOLDER: path.join(root, "dags"),
        AIRFLOW_STAND_IN_VERSION: airflowVersionOf(environment.imageVersion),
        AIRFLOW_STAND_IN_MISSING_MODULES: (environment.missingModules ?? []).join(","),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    const code = await new Promise<number>((resolve) => child.on("close", (exit) => resolve(exit ?? -1)));
    execution.lines = text
      .split("\n")
      .filter((line, index, all) => index < all.length - 1 || line !== "")
      .map((line) => line.split(root).join(MOUNT));
    execution.exitCode = code;
  } finally {
    execution.done = true;
    await rm(root, { recursive: true, force: true });
  }
}

/** Start the stand-in for `environments` (full names), their buckets in the emulator at `emulator`. */
export async function startComposerApiStandIn(options: {
  token: string;
  emulator: string;
  environments: Record<string, PretendEnvironment>;
}): Promise<ComposerApiStandIn> {
  const description = new ComposerRestDescription();
  const requests: ComposerApiStandIn["requests"] = [];
  const commands: StartedCommand[] = [];
  const violations: string[] = [];
  const executions = new Map<string, Execution>();
  const busyAnswers = new Map<string, number>();

  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://stand-in");
      const method = req.method ?? "";
      requests.push({ method, path: url.pathname });
      const fail = (code: number, status: keyof typeof RPC_CODES, message: string): void => {
        const body = { error: { code, message, status } };
        violations.push(...description.checkError(code, body).map((problem) => `stand-in answer: ${problem}`));
        res.writeHead(code, { "content-type": "application/json; charset=UTF-8" });
        res.end(JSON.stringify(body));
      };
      if (req.headers.authorization !== `Bearer ${options.token}`) {
        fail(401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2 access token.");
        return;
      }
      const matched = description.match(method, url.pathname.replace(/^\/v1/, "/v1"));
      if (!matched) {
        violations.push(`${method} ${url.pathname}: no RPC of the Composer API has this path`);
        fail(404, "NOT_FOUND", `Method not found: ${method} ${url.pathname}`);
        return;
      }
      let body: unknown;
      try {
        body = raw === "" ? undefined : JSON.parse(raw);
      } catch {
        violations.push(`${matched.rpc}: the body is not JSON`);
        fail(400, "INVALID_ARGUMENT", "Invalid JSON payload received.");
        return;
      }
      const problems = description.checkRequest(matched, body);
      if (problems.length > 0) {
        violations.push(...problems.map((problem) => `${matched.rpc} ${problem}`));
        fail(400, "INVALID_ARGUMENT", `Invalid JSON payload received. ${problems.join("; ")}`);
        return;
      }
      const name = matched.pathParams["environment"] ?? matched.pathParams["name"] ?? "";
      const environment = options.environments[name];
      if (environment === undefined) {
        fail(404, "NOT_FOUND", `Environment ${name} not found.`);
        return;
      }
      const answer = (value: Record<string, unknown>): void => {
        violations.push(...description.checkResponse(matched, value).map((problem) => `stand-in answer to ${matched.rpc}: ${problem}`));
        res.writeHead(200, { "content-type": "application/json; charset=UTF-8" });
        res.end(JSON.stringify(value));
      };
      const request = (body ?? {}) as { command?: string; subcommand?: string; parameters?: string[]; executionId?: string; nextLineNumber?: number };
      switch (matched.rpc) {
        case "GetEnvironment": {
          answer(environmentResource(name, environment.bucket, environment.imageVersion));
          return;
        }
        case "ExecuteAirflowCommand": {
          if (environment.deniesCommands) {
            fail(
              403,
              "PERMISSION_DENIED",
              `Permission 'composer.environments.executeAirflowCommand' denied on resource '//composer.googleapis.com/${name}' (or it may not exist).`,
            );
            return;
          }
          const busy = busyAnswers.get(name) ?? 0;
          if (busy < (environment.busyFor ?? 0)) {
            busyAnswers.set(name, busy + 1);
            fail(400, "FAILED_PRECONDITION", "Cannot execute Airflow command: the environment is being updated. Retry when the update operation finishes.");
            return;
          }
          if (environment.refusesWith !== undefined) {
            answer({ error: environment.refusesWith });
            return;
          }
          const executionId = randomUUID();
          const started: StartedCommand = {
            environment: name,
            command: request.command ?? "",
            subcommand: request.subcommand ?? "",
            parameters: request.parameters ?? [],
            dataObjects: [],
            stopped: false,
          };
          commands.push(started);
          const execution: Execution = { started, lines: [], done: false, exitCode: 0, error: "" };
          executions.set(executionId, execution);
          if (environment.failsWith) Object.assign(execution, { done: true, exitCode: environment.failsWith.exitCode, error: environment.failsWith.error });
          else if (!environment.hangs) void runInWorker(execution, environment, options.emulator);
          answer({ executionId, pod: "airflow-worker-6b8c9d7f5-x2k4q", podNamespace: "composer-2-10-5-airflow-2-10-5-1a2b3c4d" });
          return;
        }
        case "PollAirflowCommand": {
          const execution = executions.get(request.executionId ?? "");
          if (execution === undefined) {
            fail(404, "NOT_FOUND", `Execution ${request.executionId ?? ""} not found.`);
            return;
          }
          const from = Math.max(1, request.nextLineNumber ?? 0);
          const chunk = execution.lines.slice(from - 1, from - 1 + LINES_PER_POLL).map((content, index) => ({ lineNumber: from + index, content }));
          const end = execution.done && from - 1 + chunk.length >= execution.lines.length;
          const exitInfo = {
            ...(execution.exitCode === 0 ? {} : { exitCode: execution.exitCode }),
            ...(execution.error === "" ? {} : { error: execution.error }),
          };
          answer({ ...(chunk.length > 0 ? { output: chunk } : {}), ...(end ? { outputEnd: true, exitInfo } : {}) });
          return;
        }
        case "StopAirflowCommand": {
          const execution = executions.get(request.executionId ?? "");
          if (execution) execution.started.stopped = true;
          answer({ isDone: true });
          return;
        }
        default: {
          fail(501, "UNIMPLEMENTED", `${matched.rpc} is not served by this stand-in`);
          return;
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    commands,
    violations,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
