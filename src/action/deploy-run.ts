/**
 * A deploy (or release) run: deploy the changed projects and prune the removed ones, then the
 * outputs and the job summary with every project's outcome. dag.yaml problems become annotations
 * and fail the step; so does any project that failed, after the others' outcomes are out.
 */
import { deployRepository, type DeployReport } from "../deploy.js";
import { UserError } from "../errors.js";
import type { DeployPlan } from "../github/event.js";
import { renderPreview } from "../report/comment.js";
import { previewModel, projectPreviews, SUMMARY_LIMIT } from "../report/model.js";
import { annotate, configuredTarget, failedProjectsError, previewScope, runDeployDeps, runDeployOptions, setRunOutputs, type RunContext } from "./context.js";
import { withRunEnvironment } from "./environment.js";

/** @throws on any failure; dag.yaml problems are annotated first, failed projects reported first. */
export async function deployRun(ctx: RunContext, plan: DeployPlan): Promise<void> {
  const { io } = ctx;
  let report: DeployReport;
  try {
    const deps = runDeployDeps(ctx);
    report = await deployRepository(await withRunEnvironment(ctx, runDeployOptions(ctx, plan, configuredTarget(ctx)), deps), deps);
  } catch (thrown) {
    if (thrown instanceof UserError && thrown.problems.length > 0) annotate(ctx, thrown.problems);
    throw thrown;
  }
  setRunOutputs(ctx, plan, report);
  const previews = await projectPreviews(report, report.pruned, undefined);
  const run = { kind: "deploy" as const, why: plan.why, report, ...(plan.kind === "release" ? { releaseTag: plan.tag } : {}) };
  const model = previewModel(run, previewScope(ctx), previews);
  await io.summary(renderPreview(model, SUMMARY_LIMIT));
  const failed = failedProjectsError(report);
  if (failed !== undefined) throw failed;
}
