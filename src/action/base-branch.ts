/**
 * The baseline of a dry run without credentials: the base branch's projects are rendered from a
 * git worktree of the base commit into a scratch folder (no registry: images are named locally
 * on both sides, so only spec changes show), which then plays the destination for the dry run.
 */
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { deployRepository } from "../deploy.js";
import { messageOf } from "../errors.js";
import { CliChangeGit } from "../github/changes.js";
import type { DryRunPlan } from "../github/event.js";
import { StreamLogger } from "../log.js";
import type { BaselineReader } from "../report/preview.js";
import { CliGit, LocalFolderStore, type SyncTarget } from "../sync/index.js";
import { planned, type Baseline, type BaselineProvider } from "./baseline.js";
import { runDeployOptions, type RunContext } from "./context.js";

/** The commit a dry run compares with: the pull request's base, else the compared commit. Pure. */
export function baseCommitOf(plan: DryRunPlan): string | undefined {
  return plan.pullRequest?.baseSha ?? (plan.compare.kind === "since" ? plan.compare.base : undefined);
}

/** The base branch rendered in a git worktree: the dry run plans against that render, without a registry. */
export function baseBranchBaseline(ctx: RunContext, dryRun: DryRunPlan): BaselineProvider {
  return {
    async plan() {
      const notes: string[] = [];
      const baseline = await renderBase(ctx, dryRun, notes);
      const local = { destination: { kind: "local" as const, folder: baseline.target.store.location }, registry: undefined };
      const outcome = await planned(() =>
        deployRepository(runDeployOptions(ctx, dryRun, local), { log: ctx.io.log, git: new CliGit(ctx.settings.workingDirectory) }),
      );
      for (const project of outcome.report?.projects ?? [])
        project.image = { reference: "not checked", action: "unknown", reason: "no registry credentials in this run" };
      return { ...outcome, baseline, notes };
    },
  };
}

/** Render the base commit's projects into a scratch folder; what went wrong is a note, and its DAGs count as absent. */
async function renderBase(ctx: RunContext, dryRun: DryRunPlan, notes: string[]): Promise<Baseline> {
  const { settings, io, cleanups } = ctx;
  const dir = await mkdtemp(path.join(ctx.runner.temp, "dagship-"));
  cleanups.add(() => rm(dir, { recursive: true, force: true }));
  const folder = path.join(dir, "dags");
  const target: SyncTarget = { store: new LocalFolderStore(folder), dagsFolder: "", display: "base branch render" };
  const read: BaselineReader = async (key) => readFile(path.join(folder, key), "utf8").catch(() => undefined);
  const nothing = (why: string): Baseline => {
    notes.push(why);
    return { words: "Every DAG is shown as new.", read, target };
  };
  const base = baseCommitOf(dryRun);
  if (base === undefined) return nothing("There is no base commit to compare with.");
  const git = new CliChangeGit(settings.workingDirectory);
  if (!(await git.hasCommit(base)) && !(await git.fetchCommit(base))) {
    return nothing(`The base commit ${base.slice(0, 7)} is not in this clone (use actions/checkout with fetch-depth: 0).`);
  }
  const tree = path.join(dir, "base");
  await git.addWorktree(base, tree);
  cleanups.add(() => git.removeWorktree(tree));
  const baseRoot = path.join(tree, await git.prefix());
  const words = `Diffs are against the render of the base branch${dryRun.pullRequest ? ` \`${dryRun.pullRequest.baseRef}\`` : ""} (${base.slice(0, 7)}).`;
  if (!(await stat(baseRoot).catch(() => undefined))?.isDirectory()) return nothing(`The base commit has no ${ctx.folder || "project folder"}.`);
  const quiet = new StreamLogger((line) => io.log.debug(`base render: ${line}`), true);
  try {
    await deployRepository(
      {
        repoRoot: baseRoot,
        repoName: ctx.repoName,
        repository: ctx.identity,
        destination: { kind: "local", folder },
        includeImageUsers: false,
        composer: settings.composer,
        airflow: settings.airflow,
        dryRun: false,
        noBuild: true,
        createRepository: false,
      },
      { log: quiet, git: new CliGit(baseRoot) },
    );
  } catch (thrown) {
    notes.push(`The base branch could not be rendered (${messageOf(thrown).split("\n")[0]}); its DAGs count as absent.`);
  }
  return { words, read, target };
}
