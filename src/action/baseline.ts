/**
 * What a dry run compares with. With credentials to read the destination and the registry, the
 * dry run plans against what is deployed; without (a fork's pull request), against a render of
 * the base branch (see base-branch.ts). Both are a {@link BaselineProvider}.
 */
import { deployRepository, type DeployReport } from "../deploy.js";
import { messageOf, UserError, type Problem } from "../errors.js";
import type { DryRunPlan } from "../github/event.js";
import type { BaselineReader } from "../report/preview.js";
import { objectTextReader, type SyncTarget } from "../sync/index.js";
import { configuredTarget, runDeployDeps, runDeployOptions, type RunContext } from "./context.js";
import { credentialsProblem, type ReadAccess } from "./google.js";

/** The files a dry run is compared with. */
export interface Baseline {
  /** What the diffs are against, in words. */
  words: string;
  read: BaselineReader;
  /** Where the baseline lives, for a prune plan. */
  target: SyncTarget;
}

/** A dry run's plan against a baseline; user-facing failures come back as values, for the preview to show. */
export interface BaselinePlan {
  report?: DeployReport;
  /** dag.yaml problems: the plan stopped at validation. */
  problems: readonly Problem[];
  /** Why the plan could not be made, besides validation problems. */
  error?: string;
  /** Absent when the plan stopped before the baseline could be read. */
  baseline?: Baseline;
  /** What the preview should say about the baseline. */
  notes: string[];
}

/** One way to get a baseline and plan the dry run against it. */
export interface BaselineProvider {
  plan(): Promise<BaselinePlan>;
}

/** Which baseline a dry run uses, from the credentials it has. */
export type BaselineChoice = { kind: "deployed" } | { kind: "base-branch"; note: string };

/** The deployed files when the run can read the destination and the registry, else the base branch. Pure. */
export function chooseBaseline(access: ReadAccess): BaselineChoice {
  const missing = credentialsProblem(access);
  if (missing === undefined) return { kind: "deployed" };
  return {
    kind: "base-branch",
    note: `${missing[0]?.toUpperCase()}${missing.slice(1)}: nothing was read from the destination or the registry, and images were not checked.`,
  };
}

/** The note when the deployed files could not be read after all. */
export function fallbackNote(error: string): string {
  return `Could not read the deployed state (${error}); comparing with the base branch instead.`;
}

/** A dry-run deploy whose user-facing failures come back as values. */
export async function planned(run: () => Promise<DeployReport>): Promise<Omit<BaselinePlan, "baseline" | "notes">> {
  try {
    return { report: await run(), problems: [] };
  } catch (thrown) {
    if (thrown instanceof UserError && thrown.problems.length > 0) return { problems: thrown.problems };
    if (thrown instanceof UserError) return { problems: [], error: messageOf(thrown) };
    throw thrown;
  }
}

/** The files deployed in the configured destination, read by the dry run itself (with the registry's images checked). */
export function deployedBaseline(ctx: RunContext, dryRun: DryRunPlan): BaselineProvider {
  return {
    async plan() {
      const outcome = await planned(() => deployRepository(runDeployOptions(ctx, dryRun, configuredTarget(ctx)), runDeployDeps(ctx)));
      if (outcome.report === undefined) return { ...outcome, notes: [] };
      const { target } = outcome.report;
      return {
        ...outcome,
        baseline: { words: `Diffs are against what is deployed in \`${target.display}\`.`, read: objectTextReader(target.store, ctx.io.log), target },
        notes: [],
      };
    },
  };
}
