/**
 * The GitHub Action: one bundle for the step and its post step. The step runs settings -> event
 * -> mode -> projects -> credentials -> deploy or dry run; the post step removes the credentials
 * the step left. Every failure of either ends in one setFailed.
 */
import * as core from "@actions/core";
import path from "node:path";
import { messageOf, UserError } from "./errors.js";
import { decideRun, readEvent } from "./github/event.js";
import { readRunnerEnvironment } from "./github/environment.js";
import { readSettings } from "./github/inputs.js";
import { actionOutputs } from "./github/outputs.js";
import { repositoryKey } from "./sync/index.js";
import { VERSION } from "./version.js";
import { Cleanups } from "./action/cleanups.js";
import { posixRelative, type RunContext } from "./action/context.js";
import { removeRecordedCredentials } from "./action/credentials.js";
import { deployRun } from "./action/deploy-run.js";
import { readConfiguredEnvironments, selectEnvironment } from "./action/environment.js";
import { dryRun } from "./action/dry-run.js";
import { authenticate } from "./action/google.js";
import { coreIo, writeOutputs, type ActionIo } from "./action/io.js";
import { checkWorkingDirectory, findScope } from "./action/scope.js";

export type { ActionIo, RunnerState } from "./action/io.js";

/** Set by the step for its post step, as actions/checkout does: the same bundle runs both. */
export const IS_POST_STATE = "isPost";

/**
 * Entry of the GitHub Action, for the step and its post step alike: every thrown value, Error or
 * not, ends in one setFailed; an internal error (not a {@link UserError}) also logs its stack.
 * @param io the runner; tests pass their own.
 */
export async function run(io?: ActionIo): Promise<void> {
  process.setSourceMapsEnabled(true);
  try {
    const runner = io ?? coreIo();
    if (runner.state.get(IS_POST_STATE) !== "") {
      await removeRecordedCredentials(runner.state, runner.log);
      return;
    }
    runner.state.save(IS_POST_STATE, "true");
    await runAction(runner);
  } catch (thrown) {
    if (!(thrown instanceof UserError) && thrown instanceof Error && thrown.stack !== undefined) core.debug(thrown.stack);
    core.setFailed(`dagship failed: ${messageOf(thrown)}`);
  }
}

/**
 * The step: settings -> event -> mode -> changed projects -> deploy or dry run -> outputs, job
 * summary, annotations and (on pull requests) the preview comment.
 * @throws on any failure; {@link run} turns it into the step's failure.
 */
export async function runAction(io: ActionIo): Promise<void> {
  const runner = readRunnerEnvironment(io.env, process.cwd());
  const configured = await readConfiguredEnvironments(io.getInput, runner);
  // Without dagship.config.yaml the inputs are checked before the event is read, as always; with
  // it, the event chooses the environment, which fills the inputs the workflow left empty.
  const early = configured.config === undefined ? readSettings(io.getInput, runner.workspace) : undefined;
  const event = await readEvent(runner.event);
  const selection = selectEnvironment(configured, io.getInput, event, io.log);
  const settings = early ?? (selection.skip === undefined ? readSettings(selection.read, runner.workspace) : undefined);
  const plan = settings === undefined ? { kind: "skip" as const, why: selection.skip ?? "" } : decideRun(event, settings.mode);
  io.log.info(`dagship ${VERSION}: ${plan.why}`);
  if (plan.kind === "skip" || settings === undefined) {
    writeOutputs(io, actionOutputs(undefined, { plan, changed: [], changedWhy: plan.why, pruned: [] }));
    return;
  }
  await checkWorkingDirectory(settings);

  const cleanups = new Cleanups();
  try {
    const scope = await findScope(settings, plan, io.log);
    const google = await authenticate(settings, runner, plan, io, cleanups);
    const folder = posixRelative(runner.workspace, settings.workingDirectory);
    const repoName = repositoryKey(event.repository, folder, path.basename(settings.workingDirectory));
    const ctx: RunContext = { io, settings, runner, event, folder, repoName, google, cleanups, ...scope, ...(selection.environment ? { environment: selection.environment } : {}) };
    if (plan.kind === "dry-run") await dryRun(ctx, plan);
    else await deployRun(ctx, plan);
  } finally {
    await cleanups.run(io.log);
  }
}
