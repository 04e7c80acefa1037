/**
 * Running one Airflow CLI command in a Composer environment through the Composer API:
 * `projects.locations.environments.executeAirflowCommand` starts it (answering executionId, pod,
 * podNamespace and error), `pollAirflowCommand` returns its output from a line number on
 * (output[].lineNumber/content, outputEnd, exitInfo.exitCode/error) until outputEnd, and
 * `stopAirflowCommand` ends one that ran past its deadline. All three need the permission
 * composer.environments.executeAirflowCommand. Answers are proto3 JSON: fields at their default
 * (exitCode 0, outputEnd false, an empty output) may be left out.
 */
import { UserError } from "../errors.js";
import type { Logger } from "../log.js";
import { sleep as realSleep } from "../util/async.js";
import { composerClient, type ComposerClientOptions } from "./composer.js";
import { GoogleApiError } from "./http.js";

/** One Airflow CLI command in the three parts the Composer API takes. */
export interface AirflowCliCommand {
  command: string;
  /** "" for commands without one (e.g. `version`). */
  subcommand: string;
  parameters: string[];
}

/** The command as a person would type it, for messages. */
export function commandText(command: AirflowCliCommand): string {
  return ["airflow", command.command, command.subcommand, ...command.parameters].filter((part) => part !== "").join(" ");
}

/** How a command ended. */
export interface AirflowCommandRun {
  exitCode: number;
  /** `exitInfo.error`: what Composer says went wrong, when it says anything. */
  error?: string;
  /** Output lines in order (stdout and stderr as the pod wrote them). */
  lines: string[];
}

/** Limits of one command; the clock and the pause are injectable for tests. */
export interface AirflowCommandOptions extends ComposerClientOptions {
  /** Give up after this long, waiting for a busy environment included (default 5 minutes). */
  deadlineMs?: number;
  /** Pause between polls, and between attempts while the environment is busy (default 5 s). */
  pollIntervalMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

interface ExecuteResponse {
  executionId?: string;
  pod?: string;
  podNamespace?: string;
  error?: string;
}
interface PollResponse {
  output?: { lineNumber?: number; content?: string }[];
  outputEnd?: boolean;
  exitInfo?: { exitCode?: number; error?: string };
}

/** The role advice of a refused call; roles/composer.user does not carry the permission. */
export const EXECUTE_PERMISSION_ADVICE =
  "grant the deploying identity roles/composer.environmentAndStorageObjectAdmin or roles/composer.admin " +
  "(roles/composer.user lacks it), or a custom role with composer.environments.executeAirflowCommand";

/**
 * The environment cannot take a command now: it is being updated or is not running. Composer
 * answers such calls with FAILED_PRECONDITION (HTTP 400) or ABORTED/409 and says why.
 */
export function isEnvironmentBusy(thrown: unknown): thrown is GoogleApiError {
  if (!(thrown instanceof GoogleApiError)) return false;
  return (
    thrown.status === 409 ||
    thrown.reason === "FAILED_PRECONDITION" ||
    thrown.reason === "ABORTED" ||
    /being updated|is updating|not (?:in )?(?:a )?running|is busy/i.test(thrown.message)
  );
}

function refused(thrown: unknown, environment: string, what: string): Error {
  if (!(thrown instanceof GoogleApiError)) return thrown instanceof Error ? thrown : new Error(String(thrown));
  switch (thrown.status) {
    case 403:
      return new UserError(
        `permission composer.environments.executeAirflowCommand denied on ${environment} (${thrown.message}): ${what} runs Airflow's CLI in the environment; ${EXECUTE_PERMISSION_ADVICE}`,
      );
    case 401:
      return new UserError(
        `the Composer API rejected the credentials (${thrown.message}): refresh them (google-github-actions/auth in CI, \`gcloud auth application-default login\` locally)`,
      );
    case 404:
      return new UserError(`Composer environment ${environment} not found while ${what} (${thrown.message})`);
    case 429:
      return new UserError(
        `the environments.executeAirflowCommand quota of the project is used up (${thrown.message}): ${what} could not run; retry later or ask for more quota`,
      );
    case undefined:
      return new UserError(`could not reach the Composer API while ${what}: ${thrown.message}`);
    default:
      return new UserError(`${what} failed: the Composer API answered HTTP ${thrown.status}: ${thrown.message}`);
  }
}

/**
 * Run `command` in the environment and wait for it to end.
 * @param what names the work in messages, e.g. "the import check".
 * @throws UserError when the call is denied, the environment stays busy, Composer refuses the
 *   command, or no result arrives before the deadline (the command is then stopped).
 */
export async function runAirflowCommand(
  environment: string,
  command: AirflowCliCommand,
  what: string,
  log: Logger,
  options: AirflowCommandOptions = {},
): Promise<AirflowCommandRun> {
  const { baseUrl, http } = composerClient(options, log);
  const now = options.now ?? Date.now;
  const pause = options.sleep ?? realSleep;
  const interval = options.pollIntervalMs ?? 5_000;
  const deadlineMs = options.deadlineMs ?? 300_000;
  const deadline = now() + deadlineMs;
  const url = (method: string): string => `${baseUrl}/${environment}:${method}`;
  const text = commandText(command);

  let started: ExecuteResponse;
  for (;;) {
    try {
      started = await http.request<ExecuteResponse>(`starting \`${text}\` in ${environment}`, "POST", url("executeAirflowCommand"), {
        command: command.command,
        subcommand: command.subcommand,
        parameters: command.parameters,
      });
      break;
    } catch (thrown) {
      if (!isEnvironmentBusy(thrown)) throw refused(thrown, environment, what);
      if (now() + interval > deadline) {
        throw new UserError(
          `Composer environment ${environment} is busy (${thrown.message}) and did not take ${what} within ${Math.round(deadlineMs / 1000)} s: retry when it is RUNNING again, or deploy without the check`,
        );
      }
      log.info(`${environment} is busy (${thrown.message}); trying again in ${Math.round(interval / 1000)} s`);
      await pause(interval);
    }
  }
  if (started.error) throw new UserError(`Composer refused to run \`${text}\` for ${what}: ${started.error}`);
  const { executionId, pod, podNamespace } = started;
  if (!executionId || !pod || !podNamespace)
    throw new UserError(`Composer started \`${text}\` without naming its execution (executionId, pod, podNamespace): cannot follow it`);
  log.debug(`${what}: \`${text}\` runs as execution ${executionId} in pod ${podNamespace}/${pod}`);

  const lines = new Map<number, string>();
  let next = 1;
  for (;;) {
    let answer: PollResponse;
    try {
      answer = await http.request<PollResponse>(`polling \`${text}\` in ${environment}`, "POST", url("pollAirflowCommand"), {
        executionId,
        pod,
        podNamespace,
        nextLineNumber: next,
      });
    } catch (thrown) {
      throw refused(thrown, environment, what);
    }
    for (const line of answer.output ?? []) {
      const number = typeof line.lineNumber === "number" ? line.lineNumber : next;
      lines.set(number, line.content ?? "");
      next = Math.max(next, number + 1);
    }
    if (answer.outputEnd === true) {
      const error = answer.exitInfo?.error;
      return {
        exitCode: answer.exitInfo?.exitCode ?? 0,
        ...(error ? { error } : {}),
        lines: [...lines.entries()].sort(([a], [b]) => a - b).map(([, content]) => content),
      };
    }
    if (now() + interval > deadline) {
      await http
        .request(`stopping \`${text}\` in ${environment}`, "POST", url("stopAirflowCommand"), { executionId, pod, podNamespace, force: true })
        .catch((thrown: unknown) => log.warn(`could not stop execution ${executionId}: ${thrown instanceof Error ? thrown.message : String(thrown)}`));
      throw new UserError(
        `${what} gave up after ${Math.round(deadlineMs / 1000)} s waiting for \`${text}\` to end in ${environment} (the command was stopped): retry, or deploy without the check`,
      );
    }
    await pause(interval);
  }
}
