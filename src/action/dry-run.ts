/**
 * A dry run: plan against the deployed files when this run can read them (and the registry),
 * else against a render of the base branch; then the preview in the job summary and, on a pull
 * request, in its comment. dag.yaml problems fail the step after the preview is out.
 */
import { UserError } from "../errors.js";
import type { DryRunPlan } from "../github/event.js";
import { COMMENT_LIMIT, renderPreview } from "../report/comment.js";
import { previewKey, previewModel, projectPreviews, SUMMARY_LIMIT } from "../report/model.js";
import { previewRepositoryGraph } from "../report/repo-graph-preview.js";
import { baseBranchBaseline, baseCommitOf } from "./base-branch.js";
import { chooseBaseline, deployedBaseline, fallbackNote, type BaselinePlan } from "./baseline.js";
import { postComment } from "./comment.js";
import { annotate, failedProjectsError, previewScope, setRunOutputs, type RunContext } from "./context.js";

/** The plan against the best baseline this run can read, with the notes on how it was chosen. */
async function planAgainstBaseline(ctx: RunContext, plan: DryRunPlan): Promise<BaselinePlan> {
  const { settings, runner, google } = ctx;
  const choice = chooseBaseline({ google, runner, destination: settings.destination.parsed.kind, googleRegistry: settings.registry.google });
  if (choice.kind === "deployed") {
    const deployed = await deployedBaseline(ctx, plan).plan();
    if (deployed.error === undefined) return deployed;
    const base = await baseBranchBaseline(ctx, plan).plan();
    return { ...base, notes: [fallbackNote(deployed.error), ...base.notes] };
  }
  const base = await baseBranchBaseline(ctx, plan).plan();
  return { ...base, notes: [choice.note, ...base.notes] };
}

/** @throws UserError after the preview is out, when dag.yaml problems or a failure stopped the plan. */
export async function dryRun(ctx: RunContext, plan: DryRunPlan): Promise<void> {
  const { io, settings } = ctx;
  const { report, problems, error: failure, baseline, notes } = await planAgainstBaseline(ctx, plan);

  if (problems.length > 0) annotate(ctx, problems);
  setRunOutputs(ctx, plan, report);

  const previews = await projectPreviews(report, report?.pruned ?? [], baseline?.read);
  const run = {
    kind: "dry-run" as const,
    sha: ctx.event.sha,
    notes,
    problems,
    ...(plan.pullRequest ? { pullRequest: plan.pullRequest.number } : {}),
    ...(report ? { report } : {}),
    ...(baseline ? { comparedWith: baseline.words } : {}),
    ...(failure === undefined ? {} : { failure }),
  };
  const scope = previewScope(ctx);
  // The repository's asset graph, only when a DAG's asset schedule or outlets changed since the base.
  const repositoryGraph = await previewRepositoryGraph({
    workDir: settings.workingDirectory,
    projects: ctx.discovered,
    changedFiles: ctx.changed.files,
    base: baseCommitOf(plan),
  });
  const model = { ...previewModel(run, scope, previews), ...(repositoryGraph ? { repositoryGraph } : {}) };
  await io.summary(renderPreview(model, SUMMARY_LIMIT));
  const commented =
    plan.pullRequest !== undefined &&
    settings.comment &&
    (await postComment(ctx, plan.pullRequest.number, renderPreview(model, COMMENT_LIMIT), previewKey(scope)));

  if (problems.length > 0) {
    const files = new Set(problems.map((problem) => problem.file)).size;
    throw new UserError(`${problems.length} problem(s) in ${files} dag.yaml file(s); see the annotations${commented ? " and the pull request comment" : ""}`);
  }
  if (failure !== undefined) throw new UserError(failure);
  const failed = failedProjectsError(report);
  if (failed !== undefined) throw failed;
}
