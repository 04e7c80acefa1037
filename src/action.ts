/**
 * The GitHub Action: one bundle for the step and its post step. The step runs settings -> event
 * -> mode -> projects -> credentials -> deploy or dry run; the post step removes the credentials
 * the step left. Every failure of either ends in one setFailed.
 */
import * as core from "@actions/core";
import { messageOf, UserError } from "./errors.js";
import { decideRun, readEvent } from "./github/event.js";
import { readRunnerEnvironment } from "./github/environment.js";
import { readSettings, type InputReader } from "./github/inputs.js";
import { actionOutputs, planJobOutputs } from "./github/outputs.js";
import { VERSION } from "./version.js";
import { Cleanups } from "./action/cleanups.js";
import { runRepository, type RunContext } from "./action/context.js";
import { posixRelative } from "./util/posix-path.js";
import { removeRecordedCredentials } from "./action/credentials.js";
import { deployRun } from "./action/deploy-run.js";
import { buildJob, checkDigests, planJob } from "./action/fan-out.js";
import { readConfiguredEnvironments, selectEnvironment } from "./action/environment.js";
import { dryRun } from "./action/dry-run.js";
import { authenticate } from "./action/google.js";
import { coreIo, redactFor, withSecretMask, writeOutputs, type ActionIo } from "./action/io.js";
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
  let redact = (text: string): string => text;
  try {
    const runner = withSecretMask(io ?? coreIo());
    redact = redactFor(runner);
    if (runner.state.get(IS_POST_STATE) !== "") {
      await removeRecordedCredentials(runner.state, runner.log);
      return;
    }
    runner.state.save(IS_POST_STATE, "true");
    await runAction(runner);
  } catch (thrown) {
    if (!(thrown instanceof UserError) && thrown instanceof Error && thrown.stack !== undefined) core.debug(redact(thrown.stack));
    core.setFailed(redact(`dagship failed: ${messageOf(thrown)}`));
  }
}

/**
 * The step: settings -> event -> mode -> changed projects -> deploy or dry run -> outputs, job
 * summary, annotations and (on pull requests) the preview comment. The fan-out's plan job stops
 * after the changed projects; its build jobs build one image each and find no changes.
 * @throws on any failure; {@link run} turns it into the step's failure.
 */
export async function runAction(unmasked: ActionIo): Promise<void> {
  const io = withSecretMask(unmasked);
  const runner = readRunnerEnvironment(io.env, process.cwd());
  const getInput: InputReader = (name) => io.getInput(name);
  const configured = await readConfiguredEnvironments(getInput, runner);
  // Without dagship.config.yaml the inputs are checked before the event is read, as always; with
  // it, the event chooses the environment, which fills the inputs the workflow left empty.
  const early = configured.config === undefined ? readSettings(getInput, runner.workspace) : undefined;
  const event = await readEvent(runner.event);
  const selection = selectEnvironment(configured, getInput, event, io.log);
  const settings = early ?? (selection.skip === undefined ? readSettings(selection.read, runner.workspace) : undefined);
  const plan = settings === undefined ? { kind: "skip" as const, why: selection.skip ?? "" } : decideRun(event, settings.mode);
  io.log.info(`dagship ${VERSION}: ${plan.why}`);
  if (plan.kind === "skip" || settings === undefined) {
    const facts = { plan, changed: [], changedWhy: plan.why };
    writeOutputs(io, (settings?.mode ?? getInput("mode").trim()) === "plan" ? planJobOutputs(facts) : actionOutputs(undefined, facts));
    return;
  }
  await checkWorkingDirectory(settings);

  const cleanups = new Cleanups();
  try {
    if (settings.mode === "build") {
      await buildJob({ io, settings, runner, plan, cleanups });
      return;
    }
    const scope = await findScope(settings, plan, io.log);
    if (settings.mode === "plan") {
      await planJob(io, plan, scope, selection.environment?.promoteFrom?.name);
      return;
    }
    checkDigests(settings, plan, scope, io.log);
    const google = await authenticate(settings, runner, plan, io, cleanups);
    const folder = posixRelative(runner.workspace, settings.workingDirectory);
    const repository = await runRepository(settings, runner, event, folder);
    const ctx: RunContext = {
      io,
      settings,
      runner,
      event,
      folder,
      ...repository,
      google,
      cleanups,
      ...scope,
      ...(selection.environment ? { environment: selection.environment } : {}),
    };
    if (plan.kind === "dry-run") await dryRun(ctx, plan);
    else await deployRun(ctx, plan);
  } finally {
    await cleanups.run(io.log);
  }
}
