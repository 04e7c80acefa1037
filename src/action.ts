import * as core from "@actions/core";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { deployRepository, type DeployOptions, type DeployReport } from "./deploy.js";
import { messageOf, UserError, type Problem } from "./errors.js";
import { ActionsLogger } from "./github/logger.js";
import { changedProjects, CliChangeGit, type ChangedProjects } from "./github/changes.js";
import { COMMENT_LIMIT, commentMarker, renderPreview, type PreviewModel, type ProjectPreview } from "./report/comment.js";
import { decideRun, readEvent, type EventInfo, type RunPlan } from "./github/event.js";
import { GitHubApi, GitHubApiError, upsertComment } from "./github/github-api.js";
import { selectByGlobs, type GlobTarget } from "./github/glob.js";
import { exchangeForAccessToken, installApplicationDefaultCredentials } from "./google/workload-identity.js";
import { InputError, readSettings, type ActionSettings, type InputName } from "./github/inputs.js";
import { actionOutputs, type ActionOutputs } from "./github/outputs.js";
import { projectPreview, removedProjectPreview, type BaselineReader } from "./report/preview.js";
import { pruneRemovedProjects, repositoryKey } from "./sync/prune.js";
import { DefaultCredentialSource } from "./image/auth.js";
import { createImageDeps, parseRegistryRef, type ImageDeps } from "./image/index.js";
import { StreamLogger, type Logger } from "./log.js";
import { discoverProjects, type Project } from "./project.js";
import { CliGit, LocalFolderStore, type OpenTargetOptions, type SyncResult, type SyncTarget } from "./sync/index.js";
import { VERSION } from "./version.js";

/** The runner around the action: @actions/core on a runner, something else in tests. */
export interface ActionIo {
  env: NodeJS.ProcessEnv;
  log: Logger;
  getInput(name: InputName): string;
  setOutput(name: keyof ActionOutputs, value: string): void;
  /** Append Markdown to the job summary. */
  summary(markdown: string): Promise<void>;
  /** A dag.yaml problem as an annotation on its file and line (path relative to the workspace). */
  annotate(problem: Problem, file: string): void;
  getIdToken(audience: string): Promise<string>;
  fetch: typeof fetch;
}

function coreIo(): ActionIo {
  return {
    env: process.env,
    log: new ActionsLogger(),
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    summary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
    annotate: (problem, file) => {
      const properties = { title: "dag.yaml", file, startLine: problem.line, startColumn: problem.column };
      if (problem.severity === "warning") core.warning(problem.message, properties);
      else core.error(problem.message, properties);
    },
    getIdToken: (audience) => core.getIDToken(audience),
    fetch: (input, init) => fetch(input, init),
  };
}

/**
 * Entry of the GitHub Action: every thrown value, Error or not, ends in one setFailed.
 * @param io the runner; tests pass their own.
 */
export async function run(io?: ActionIo): Promise<void> {
  try {
    await runAction(io ?? coreIo());
  } catch (thrown) {
    core.setFailed(`dagship failed: ${messageOf(thrown)}`);
  }
}

/** Google credentials obtained by the action itself, if any. */
interface GoogleAccess {
  accessToken?: string;
  /** Why a dry run proceeds without them. */
  missing?: string;
}

/** Everything a run decided before it touches the registry or the destination. */
interface RunContext {
  io: ActionIo;
  settings: ActionSettings;
  event: EventInfo;
  plan: Exclude<RunPlan, { kind: "skip" }>;
  workspace: string;
  /** The working directory relative to the workspace, forward slashes, "" for the workspace itself. */
  folder: string;
  repoName: string;
  /** Every project of the working directory, as found (passed on to the deploy). */
  discovered: Project[];
  /** The same projects as glob targets. */
  projects: GlobTarget[];
  /** Selected by the `projects` globs. */
  inScope: string[];
  changed: ChangedProjects;
  /** Changed and in scope: what this run deploys or plans. */
  toRun: string[];
  google: GoogleAccess;
}

/**
 * The action: inputs -> event -> mode -> changed projects -> deploy or dry run -> outputs,
 * job summary, annotations and (on pull requests) the preview comment.
 * @throws on any failure; {@link run} turns it into the step's failure.
 */
export async function runAction(io: ActionIo): Promise<void> {
  const { env, log } = io;
  const workspace = path.resolve(env["GITHUB_WORKSPACE"] ?? process.cwd());
  const settings = readSettings(io.getInput, workspace);
  const event = await readEvent(env);
  const plan = decideRun(event, settings.mode);
  log.info(`dagship ${VERSION}: ${plan.why}`);
  if (plan.kind === "skip") {
    writeOutputs(io, actionOutputs(undefined, { plan, changed: [], changedWhy: plan.why, pruned: [] }));
    return;
  }
  const info = await stat(settings.workingDirectory).catch(() => undefined);
  if (!info?.isDirectory()) throw new InputError("working-directory", `${settings.workingDirectory} is not a folder of the checkout (did actions/checkout run first?)`);

  const cleanups: (() => Promise<void>)[] = [];
  try {
    const context = await log.group("Projects and changes", async () => {
      const found = await discoverProjects(settings.workingDirectory);
      const projects = found.map((project) => ({ name: project.name, path: posixRelative(settings.workingDirectory, project.dir) }));
      const inScope = settings.projects === undefined ? projects.map((project) => project.name) : selectByGlobs(settings.projects, projects);
      if (settings.projects !== undefined && inScope.length === 0) {
        throw new InputError("projects", `${JSON.stringify(settings.projects.join(", "))} matches no project. Projects: ${projects.map((project) => project.path || project.name).join(", ") || "none"}`);
      }
      const changed: ChangedProjects =
        plan.kind === "release" ? { names: projects.map((project) => project.name), all: true, why: `release ${plan.tag}: every project` } : await changedProjects(plan.compare, projects, new CliChangeGit(settings.workingDirectory));
      const toRun = changed.names.filter((name) => inScope.includes(name));
      log.info(`${changed.why}: ${toRun.length === 0 ? "none" : toRun.join(", ")}${settings.projects ? ` (of ${inScope.length} selected by the projects input)` : ""}`);
      return { discovered: found, projects, inScope, changed, toRun };
    });
    const google = await authenticate(settings, plan, io, cleanups);
    const folder = posixRelative(workspace, settings.workingDirectory);
    const repoName = repositoryKey(event.repository, folder, path.basename(settings.workingDirectory));
    const ctx: RunContext = { io, settings, event, plan, workspace, folder, repoName, google, ...context };
    if (plan.kind === "dry-run") await dryRun(ctx, cleanups);
    else await deploy(ctx);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((thrown: unknown) => log.debug(`cleanup: ${messageOf(thrown)}`));
  }
}

async function authenticate(settings: ActionSettings, plan: RunContext["plan"], io: ActionIo, cleanups: (() => Promise<void>)[]): Promise<GoogleAccess> {
  const identity = settings.oidc;
  if (!identity) return {};
  const requestUrl = io.env["ACTIONS_ID_TOKEN_REQUEST_URL"] ?? "";
  const requestToken = io.env["ACTIONS_ID_TOKEN_REQUEST_TOKEN"] ?? "";
  if (plan.kind === "dry-run" && (requestUrl === "" || requestToken === "")) {
    return { missing: "this run gets no OIDC token (a pull request from a fork, or no id-token: write permission)" };
  }
  return io.log.group("Google credentials (workload identity federation)", async () => {
    try {
      const token = await exchangeForAccessToken(identity, { getIdToken: (audience) => io.getIdToken(audience), fetch: io.fetch });
      io.log.mask(token.accessToken);
      io.log.info(`authenticated as ${identity.serviceAccount} (token expires ${token.expireTime || "in an hour"})`);
      if (requestUrl !== "" && requestToken !== "") {
        cleanups.push(await installApplicationDefaultCredentials(identity, { requestUrl, requestToken }, io.env["RUNNER_TEMP"] ?? tmpdir(), io.env));
      }
      return { accessToken: token.accessToken };
    } catch (thrown) {
      if (plan.kind !== "dry-run") throw thrown;
      return { missing: `Google refused the workload identity (${messageOf(thrown)})` };
    }
  });
}

function imageDeps(ctx: RunContext): ImageDeps {
  const { env, log } = ctx.io;
  const username = env["DAGSHIP_REGISTRY_USERNAME"];
  const password = env["DAGSHIP_REGISTRY_PASSWORD"];
  if (password) log.mask(password);
  const deps = createImageDeps({ logger: log, ...(username ? { username } : {}), ...(password ? { password } : {}) });
  const token = ctx.google.accessToken;
  if (token === undefined || username) return deps;
  return { ...deps, credentials: new DefaultCredentialSource({ logger: log, accessToken: () => Promise.resolve(token) }) };
}

function targetOptions(ctx: RunContext): OpenTargetOptions {
  const token = ctx.google.accessToken;
  return token === undefined ? {} : { composer: { getAccessToken: () => Promise.resolve(token) } };
}

function deployOptions(ctx: RunContext, overrides: Partial<DeployOptions>): DeployOptions {
  const { settings } = ctx;
  return {
    repoRoot: settings.workingDirectory,
    repoName: ctx.repoName,
    destination: settings.destination.value,
    destinationBase: settings.workingDirectory,
    registry: settings.registry,
    projects: ctx.toRun,
    includeImageUsers: !ctx.changed.all,
    composer: settings.composer,
    airflow: settings.airflow,
    dryRun: false,
    noBuild: false,
    createRepository: settings.createRepository,
    discovered: ctx.discovered,
    ...overrides,
  };
}

/** `to` relative to `from`, with forward slashes ("" when they are the same folder). */
function posixRelative(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join("/");
}

/** Validation problems of a failed run, else undefined. */
function problemsOf(thrown: unknown): readonly Problem[] | undefined {
  return thrown instanceof UserError && thrown.problems.length > 0 ? thrown.problems : undefined;
}

function annotate(ctx: RunContext, problems: readonly Problem[]): void {
  for (const problem of problems) {
    ctx.io.annotate(problem, posixRelative(ctx.workspace, path.join(ctx.settings.workingDirectory, problem.file)));
  }
}

function writeOutputs(io: ActionIo, outputs: ActionOutputs): void {
  for (const [name, value] of Object.entries(outputs)) io.setOutput(name as keyof ActionOutputs, value);
}

function setOutputs(ctx: RunContext, report: DeployReport | undefined, pruned: readonly SyncResult[]): void {
  writeOutputs(ctx.io, actionOutputs(report, { plan: ctx.plan, changed: ctx.toRun, changedWhy: ctx.changed.why, pruned }));
}

/** The deployed commit (the report's: HEAD) with its time, as a prune records it. */
async function commitOf(git: CliGit, sha: string): Promise<{ sha: string; time: Date }> {
  return { sha, time: (await git.commitTime(sha)) ?? new Date() };
}

/** The preview of every deployed (or planned) project and every pruned one; one at a time, as each may read the baseline. */
async function previewsOf(report: DeployReport | undefined, pruned: readonly SyncResult[], read: BaselineReader | undefined): Promise<ProjectPreview[]> {
  const previews: ProjectPreview[] = [];
  for (const project of report?.projects ?? []) previews.push(await projectPreview(project, read));
  for (const result of pruned) previews.push(await removedProjectPreview(result, read));
  return previews;
}

/** Projects of the `projects` globs the run left alone. */
function unaffected(ctx: RunContext, previews: readonly ProjectPreview[]): string[] {
  const shown = new Set(previews.map((preview) => preview.project));
  return ctx.inScope.filter((name) => !shown.has(name));
}

async function deploy(ctx: RunContext): Promise<void> {
  const { io, settings, plan } = ctx;
  const release = plan.kind === "release" ? plan.tag : undefined;
  const git = new CliGit(settings.workingDirectory);
  let report: DeployReport;
  try {
    report = await deployRepository(deployOptions(ctx, release === undefined ? {} : { releaseTag: release, noBuild: true }), {
      log: io.log,
      git,
      images: imageDeps(ctx),
      target: targetOptions(ctx),
    });
  } catch (thrown) {
    const problems = problemsOf(thrown);
    if (problems) annotate(ctx, problems);
    throw thrown;
  }
  let pruned: SyncResult[] = [];
  if (settings.prune) {
    pruned = await io.log.group("Prune projects removed from the repository", async () => {
      return pruneRemovedProjects(report.target, { repo: ctx.repoName, existing: new Set(ctx.projects.map((project) => project.name)), commit: await commitOf(git, report.commit), dryRun: false }, { git, log: io.log });
    });
  }
  setOutputs(ctx, report, pruned);
  const previews = await previewsOf(report, pruned, undefined);
  const model: PreviewModel = {
    key: previewKey(ctx),
    title: `dagship ${release === undefined ? "deploy" : `release ${release}`}: ${report.projects.length} project(s) to ${settings.destination.value}`,
    commit: report.commit,
    profile: report.profile,
    destination: report.destination,
    baseline: `${plan.why}. ${ctx.changed.why}.`,
    notes: report.airflowUri ? [`Airflow UI: ${report.airflowUri}`] : [],
    projects: previews,
    unaffected: unaffected(ctx, previews),
    problems: [],
  };
  await io.summary(renderPreview(model, 1_000_000));
}

function previewKey(ctx: RunContext): string {
  return `${ctx.folder || "."} ${ctx.settings.destination.value}`;
}

/** What a dry run compares with, and how to read it. */
interface Baseline {
  words: string;
  read: BaselineReader;
  target: SyncTarget;
}

/** Whether this run can read the destination and the registry, and if not, why. */
function credentialsProblem(ctx: RunContext): string | undefined {
  const { env } = ctx.io;
  if (ctx.google.missing) return ctx.google.missing;
  const google =
    ctx.google.accessToken !== undefined || Boolean(env["GOOGLE_APPLICATION_CREDENTIALS"] || env["GOOGLE_GHA_CREDS_PATH"] || env["CLOUDSDK_AUTH_ACCESS_TOKEN"]);
  const destination = ctx.settings.destination.parsed;
  if (destination.kind === "composer" && !google) return "no Google credentials in this run to read the Composer environment";
  if (destination.kind === "gcs" && !google && !env["STORAGE_EMULATOR_HOST"]) return "no Google credentials in this run to read the bucket";
  const registryReadable = Boolean(env["DAGSHIP_REGISTRY_PASSWORD"]) || (parseRegistryRef(ctx.settings.registry).google && google);
  return registryReadable ? undefined : "no registry credentials in this run";
}

/** A dry-run deploy whose user-facing failures come back as values, for the preview to show. */
async function planned(run: () => Promise<DeployReport>): Promise<{ report?: DeployReport; problems: readonly Problem[]; error?: string }> {
  try {
    return { report: await run(), problems: [] };
  } catch (thrown) {
    const problems = problemsOf(thrown);
    if (problems) return { problems };
    if (thrown instanceof UserError) return { problems: [], error: messageOf(thrown) };
    throw thrown;
  }
}

/**
 * A dry run: plan against the destination when this run can read it (and the registry), else
 * against a render of the base branch; then the preview in the job summary and, on a pull
 * request, in its comment. dag.yaml problems fail the step after the preview is out.
 */
async function dryRun(ctx: RunContext, cleanups: (() => Promise<void>)[]): Promise<void> {
  const { io, settings, plan } = ctx;
  if (plan.kind !== "dry-run") throw new Error("dry run of a deploy plan");
  const notes: string[] = [];
  const git = new CliGit(settings.workingDirectory);
  let outcome: Awaited<ReturnType<typeof planned>> | undefined;
  let baseline: Baseline | undefined;

  const missing = credentialsProblem(ctx);
  if (missing === undefined) {
    outcome = await planned(() => deployRepository(deployOptions(ctx, { dryRun: true }), { log: io.log, git, images: imageDeps(ctx), target: targetOptions(ctx) }));
    if (outcome.report) {
      const { target } = outcome.report;
      baseline = { words: `Diffs are against what is deployed in \`${target.display}\`.`, read: storeReader(target), target };
    } else if (outcome.error !== undefined) {
      notes.push(`Could not read the deployed state (${outcome.error}); comparing with the base branch instead.`);
      outcome = undefined;
    }
  } else {
    notes.push(`${missing[0]?.toUpperCase()}${missing.slice(1)}: nothing was read from the destination or the registry, and images were not checked.`);
  }
  if (outcome === undefined) {
    const base = await baseBranchBaseline(ctx, cleanups, notes);
    baseline = base;
    outcome = await planned(() => deployRepository(deployOptions(ctx, { dryRun: true, registry: undefined, destination: base.target.store.location, destinationBase: "/" }), { log: io.log, git }));
    for (const project of outcome.report?.projects ?? []) project.image = { reference: "not checked", action: "unknown", reason: "no registry credentials in this run" };
  }
  const { report, problems, error: failure } = outcome;

  let pruned: SyncResult[] = [];
  if (report !== undefined && settings.prune && baseline) {
    const existing = new Set(ctx.projects.map((project) => project.name));
    pruned = await pruneRemovedProjects(baseline.target, { repo: ctx.repoName, existing, commit: await commitOf(git, report.commit), dryRun: true }, { git, log: io.log });
  }
  if (problems.length > 0) annotate(ctx, problems);
  setOutputs(ctx, report, pruned);

  const previews = await previewsOf(report, pruned, baseline?.read);
  const key = previewKey(ctx);
  const model: PreviewModel = {
    key,
    title: plan.pullRequest ? `dagship preview of #${plan.pullRequest.number}: nothing is deployed from a pull request` : `dagship dry run: nothing was deployed`,
    commit: report?.commit ?? ctx.event.sha,
    ...(report ? { profile: report.profile } : {}),
    destination: settings.destination.value,
    baseline: `${ctx.changed.why}. ${baseline?.words ?? ""}`.trim(),
    notes,
    projects: previews,
    unaffected: unaffected(ctx, previews),
    problems: [...problems],
    ...(failure === undefined ? {} : { failure }),
  };
  await io.summary(renderPreview(model, 1_000_000));
  const commented = plan.pullRequest !== undefined && settings.comment && (await postComment(ctx, plan.pullRequest.number, renderPreview(model, COMMENT_LIMIT), key));

  if (problems.length > 0) {
    const files = new Set(problems.map((problem) => problem.file)).size;
    throw new UserError(`${problems.length} problem(s) in ${files} dag.yaml file(s); see the annotations${commented ? " and the pull request comment" : ""}`);
  }
  if (failure !== undefined) throw new UserError(failure);
}

function storeReader(target: SyncTarget): BaselineReader {
  const decoder = new TextDecoder();
  return async (key) => {
    const object = await target.store.read(key);
    return object === undefined ? undefined : decoder.decode(object.content);
  };
}

async function scratch(ctx: RunContext, cleanups: (() => Promise<void>)[]): Promise<string> {
  const dir = await mkdtemp(path.join(ctx.io.env["RUNNER_TEMP"] ?? tmpdir(), "dagship-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Without credentials, the preview compares with the base branch: its projects are rendered
 * (no registry: images named locally on both sides, so only spec changes show) into a scratch
 * folder, which then plays the destination for the dry run.
 */
async function baseBranchBaseline(ctx: RunContext, cleanups: (() => Promise<void>)[], notes: string[]): Promise<Baseline> {
  const { plan, settings, io } = ctx;
  if (plan.kind !== "dry-run") throw new Error("baseline outside a dry run");
  const base = plan.pullRequest?.baseSha ?? (plan.compare.kind === "since" ? plan.compare.base : undefined);
  const dir = await scratch(ctx, cleanups);
  const folder = path.join(dir, "dags");
  const target: SyncTarget = { store: new LocalFolderStore(folder), dagsFolder: "", display: "base branch render" };
  const read: BaselineReader = async (key) => readFile(path.join(folder, key), "utf8").catch(() => undefined);
  const nothing = (why: string): Baseline => {
    notes.push(why);
    return { words: "Every DAG is shown as new.", read, target };
  };
  if (base === undefined) return nothing("There is no base commit to compare with.");
  const git = new CliChangeGit(settings.workingDirectory);
  if (!(await git.hasCommit(base)) && !(await git.fetchCommit(base))) {
    return nothing(`The base commit ${base.slice(0, 7)} is not in this clone (use actions/checkout with fetch-depth: 0).`);
  }
  const tree = path.join(dir, "base");
  await git.addWorktree(base, tree);
  cleanups.push(() => git.removeWorktree(tree));
  const baseRoot = path.join(tree, await git.prefix());
  const words = `Diffs are against the render of the base branch${plan.pullRequest ? ` \`${plan.pullRequest.baseRef}\`` : ""} (${base.slice(0, 7)}).`;
  if (!(await stat(baseRoot).catch(() => undefined))?.isDirectory()) return nothing(`The base commit has no ${ctx.folder || "project folder"}.`);
  const quiet = new StreamLogger((line) => io.log.debug(`base render: ${line}`), true);
  try {
    await deployRepository(
      deployOptions(ctx, { repoRoot: baseRoot, discovered: undefined, destination: folder, destinationBase: "/", registry: undefined, projects: undefined, includeImageUsers: false, noBuild: true, createRepository: false }),
      { log: quiet, git: new CliGit(baseRoot) },
    );
  } catch (thrown) {
    notes.push(`The base branch could not be rendered (${messageOf(thrown).split("\n")[0]}); its DAGs count as absent.`);
  }
  return { words, read, target };
}

/** Upsert the preview comment; false when it could not be posted (the summary still has it). */
async function postComment(ctx: RunContext, issue: number, body: string, key: string): Promise<boolean> {
  const { io, settings, event } = ctx;
  if (settings.githubToken === "") {
    io.log.warn('no "github-token": the preview is in the job summary only');
    return false;
  }
  const [owner = "", repo = ""] = event.repository.split("/");
  const api = new GitHubApi({ token: settings.githubToken, baseUrl: io.env["GITHUB_API_URL"] ?? "https://api.github.com", fetch: io.fetch });
  try {
    const result = await upsertComment(api, { owner, repo, issue }, commentMarker(key), body);
    io.log.info(`preview comment ${result.action}: ${result.url}`);
    return true;
  } catch (thrown) {
    if (thrown instanceof GitHubApiError && (thrown.status === 403 || thrown.status === 404)) {
      // A pull request from a fork runs with a read-only token: the summary still has the preview.
      io.log.warn(`could not post the preview comment (${thrown.message}); it is in the job summary. A pull request from a fork gets a read-only token.`);
      return false;
    }
    throw thrown;
  }
}
