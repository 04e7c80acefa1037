import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  ensureProjectImage,
  previewProjectImage
} from "./chunk-HBAEMCTU.js";
import {
  imageRepository
} from "./chunk-LZF7COQX.js";
import {
  DAG_CONTENT_TYPE,
  GoogleApiError,
  PROJECT_SYNCS_AT_ONCE,
  assertSafeKey,
  checkDeploy,
  checkedOutCommit,
  composerClient,
  formatSummary,
  openTarget,
  projectPrefix,
  pruneAnnouncement,
  pruneProject,
  readRepositoryIdentity,
  storeCall,
  syncProject
} from "./chunk-SU2R3ERK.js";
import {
  DEFAULT_RETRY,
  createLimiter,
  runBounded,
  settleBounded,
  sleep
} from "./chunk-VHEWEDXM.js";
import {
  VERSION_COMMAND,
  airflowMajorOf,
  environmentImportErrors,
  folderImportErrors,
  folderReport,
  formatImportProblem,
  planImportCheck,
  pythonArgv
} from "./chunk-IEWZFXIO.js";
import {
  compileProjects,
  dagFileName,
  dagIdClashes,
  imageProjects,
  profileName,
  renderProject,
  resolveProfile
} from "./chunk-VRMTMOE7.js";
import {
  discoverProjects
} from "./chunk-4R5KA2VE.js";
import {
  VERSION
} from "./chunk-NLAMMUB7.js";
import {
  BufferedLogger,
  routeLogs
} from "./chunk-BDMO263D.js";
import {
  UserError,
  formatProblem,
  messageOf
} from "./chunk-K7TMSU63.js";

// src/deploy.ts
import { basename } from "node:path";

// src/image/concurrent.ts
import { availableParallelism } from "node:os";

// src/util/logged-jobs.ts
function settleLogged(names, limit, options, work) {
  const { log, title } = options;
  const writes = createLimiter(1);
  return settleBounded(names, limit, async (name, index) => {
    const buffer = new BufferedLogger(log);
    try {
      const value = await routeLogs(buffer, () => work(name, index, buffer));
      if (options.skipEmpty !== true || !buffer.empty) await writes.run(() => buffer.writeTo(log, title(name)));
      return value;
    } catch (thrown) {
      buffer.info(`failed: ${messageOf(thrown)}`);
      await writes.run(() => buffer.writeTo(log, `${title(name)}: failed`));
      throw thrown;
    }
  });
}

// src/image/concurrent.ts
var DEFAULT_MAX_PUSHES = 4;
function imageJobLimits(options, cpus = availableParallelism()) {
  const jobs = options.jobs ?? Math.max(1, cpus);
  const pushes = options.pushes ?? Math.min(jobs, DEFAULT_MAX_PUSHES);
  return { jobs, pushes, projects: jobs + pushes };
}
function limitedDocker(docker, builds, pushes) {
  return {
    builder: () => docker.builder(),
    login: (host, username, password) => docker.login(host, username, password),
    build: (command, context, onLine) => builds.run(() => docker.build(command, context, onLine)),
    push: (image, tag, onLine) => pushes.run(() => docker.push(image, tag, onLine)),
    exec: (command, options) => docker.exec(command, options)
  };
}
function limitedRegistry(client, pushes) {
  return {
    getManifest: (repository, reference) => client.getManifest(repository, reference),
    putManifest: (repository, tag, manifest) => pushes.run(() => client.putManifest(repository, tag, manifest)),
    listTags: (repository) => client.listTags(repository)
  };
}
async function runImageJobs(projects, deps, options, work) {
  const limits = imageJobLimits(options);
  const builds = createLimiter(limits.jobs);
  const pushes = createLimiter(limits.pushes);
  const { log } = options;
  const title = options.title ?? ((project) => `Image of ${project}`);
  if (projects.length > 1) {
    log.info(
      `images of ${projects.length} projects: up to ${limits.jobs} builds and ${limits.pushes} pushes at once; each project's log follows when it is done`
    );
  }
  const settled = await settleLogged(projects, limits.projects, { log, title }, (project, index, buffer) => {
    const images = deps && {
      ...deps,
      logger: buffer,
      docker: limitedDocker(deps.docker, builds, pushes),
      registryClient: (registry, credentials) => limitedRegistry(deps.registryClient(registry, credentials), pushes)
    };
    return work(project, index, { log: buffer, images });
  });
  return settled.map((outcome, index) => {
    const project = projects[index];
    return outcome.status === "fulfilled" ? { project, ok: true, value: outcome.value } : { project, ok: false, error: outcome.reason };
  });
}

// src/deploy-image.ts
function failureOf(thrown) {
  if (thrown instanceof UserError) return { message: thrown.message, internal: false };
  return { message: `internal error: ${messageOf(thrown)}`, internal: true };
}
async function projectImage(project, options, commit, deps) {
  const name = project.name;
  if (options.registry === void 0) {
    return { ok: true, report: { reference: `${name}:dev`, action: "local", reason: "no registry given: the DAG names a local image" } };
  }
  if (!deps.images) throw new Error("a registry was given but no image collaborators were set up");
  const request = {
    project: name,
    contextDir: project.dir,
    registry: options.registry,
    commitSha: commit,
    noBuild: options.noBuild,
    createRepository: options.createRepository,
    ...options.releaseTag !== void 0 ? { releaseTag: options.releaseTag } : {},
    ...options.buildArgs !== void 0 ? { buildArgs: options.buildArgs } : {}
  };
  if (options.dryRun) {
    const preview = await previewProjectImage(request, deps.images);
    const reference = preview.reference ?? `${preview.image}:${preview.contentTag}`;
    const action = PREVIEW_ACTIONS[preview.plan.kind] ?? "unknown";
    return { ok: true, report: { reference, action, reason: preview.plan.reason }, contentTag: preview.contentTag };
  }
  const built = await ensureProjectImage(request, deps.images);
  return { ok: true, report: { reference: built.reference, action: built.action, reason: built.reason }, contentTag: built.contentTag };
}
var PREVIEW_ACTIONS = { reuse: "would-reuse", build: "would-build", refuse: "refused" };
async function projectImages(projects, options, commit, deps) {
  const { log } = deps;
  const results = await runImageJobs(
    projects.map((project) => project.name),
    deps.images,
    { log, ...options.jobs === void 0 ? {} : { jobs: options.jobs } },
    (_name, index, scope) => projectImage(projects[index], options, commit, { ...deps, ...scope })
  );
  const outcomes = /* @__PURE__ */ new Map();
  for (const result of results) {
    let outcome;
    if (result.ok) outcome = result.value;
    else {
      const thrown = result.error;
      if (!(thrown instanceof UserError) && thrown instanceof Error && thrown.stack !== void 0) log.debug(thrown.stack);
      outcome = { ok: false, ...failureOf(thrown) };
    }
    if (outcome.ok) log.info(`${result.project}: ${outcome.report.action} ${outcome.report.reference} (${outcome.report.reason})`);
    else log.warn(`${result.project}: the image failed: ${outcome.message}`);
    outcomes.set(result.project, outcome);
  }
  return outcomes;
}

// src/image/pinned.ts
var PINNED_REFERENCE = /^([^@\s]+)@(sha256:[0-9a-f]{64})$/;
function pinnedReferenceProblem(registry, project, reference) {
  const match = PINNED_REFERENCE.exec(reference);
  if (!match) return `expected an image reference pinned by digest, IMAGE@sha256:<64 hex digits>, got ${JSON.stringify(reference)}`;
  let expected;
  try {
    expected = imageRepository(registry, project).fullName;
  } catch (thrown) {
    return messageOf(thrown);
  }
  if (match[1] !== expected)
    return `the image of project "${project}" is ${expected}, got ${JSON.stringify(match[1])} (a digest pushed to another registry or project)`;
  return void 0;
}
function splitPinned(reference) {
  const match = PINNED_REFERENCE.exec(reference);
  if (!match) throw new Error(`${reference} is not pinned by digest`);
  return { image: match[1], digest: match[2] };
}
function neededBecause(image) {
  const users = image.usedBy.length === 0 ? "" : `the tasks of ${image.usedBy.join(", ")} run it`;
  if (image.required) return users === "" ? "its DAG is deployed" : `its DAG is deployed and ${users}`;
  return users;
}
async function pinOne(image, request, client, deps) {
  const { registry } = request;
  const reference = request.given[image.project];
  if (reference !== void 0) {
    const problem = pinnedReferenceProblem(registry, image.project, reference);
    if (problem !== void 0) return { problem };
    const manifest = await client.getManifest(imageRepository(registry, image.project).name, splitPinned(reference).digest);
    if (manifest === void 0) return { problem: `${reference} is not in the registry` };
    return { reference, source: "given", reason: "pushed by its build job" };
  }
  if (image.required) {
    return {
      problem: `no image given for it (${neededBecause(image)}): a deploy given images builds nothing, so each of its projects needs the image its build job pushed`
    };
  }
  const lookup = {
    project: image.project,
    contextDir: image.contextDir,
    registry,
    commitSha: request.commitSha,
    noBuild: true,
    ...request.buildArgs === void 0 ? {} : { buildArgs: request.buildArgs }
  };
  const preview = await previewProjectImage(lookup, deps);
  if (preview.plan.kind === "reuse" && preview.reference !== void 0) {
    return { reference: preview.reference, source: "registry", reason: `not built by this run: ${preview.plan.reason}` };
  }
  const why = preview.plan.kind === "unknown" ? `the registry could not be read (${preview.plan.reason})` : `the registry holds no image of its build context (${preview.contentTag})`;
  return { problem: `no image given for it (${neededBecause(image)}), and ${why}: build it in this run too` };
}
async function pinImages(request, deps) {
  const credentials = await deps.credentials.credentialsFor(request.registry);
  const client = deps.registryClient(request.registry, credentials);
  const outcomes = await Promise.all(request.needed.map(async (image) => [image.project, await pinOne(image, request, client, deps)]));
  const unused = Object.keys(request.given).filter((project) => !request.needed.some((image) => image.project === project));
  if (unused.length > 0) deps.logger.warn(`images given for ${unused.join(", ")}, which this deploy neither deploys nor runs: not used`);
  const problems = outcomes.flatMap(([project, outcome]) => "problem" in outcome ? [`  ${project}: ${outcome.problem}`] : []).sort();
  if (problems.length > 0) throw new UserError(`${problems.length} image(s) this deploy needs cannot be pinned; nothing was deployed:
${problems.join("\n")}`);
  return new Map(outcomes.flatMap(([project, outcome]) => "problem" in outcome ? [] : [[project, outcome]]));
}

// src/deploy-image-sources.ts
async function imageOutcomes(neededEntries, selected, options, commitSha, deps) {
  if (options.promotion !== void 0) return promotedImageOutcomes(selected, options.promotion);
  if (options.pinnedImages !== void 0)
    return deps.log.group("Images from the build jobs", () => pinnedImageOutcomes(neededEntries, selected, options, commitSha, deps));
  return projectImages(
    neededEntries.map((entry) => entry.project),
    options,
    commitSha,
    deps
  );
}
function promotedImageOutcomes(selected, promotion) {
  const outcomes = /* @__PURE__ */ new Map();
  for (const entry of selected) {
    const name = entry.project.name;
    const own = promotion.byProject[name]?.[name];
    if (own === void 0) throw new UserError(`${name}: the promotion from ${promotion.from} names no image of it; nothing was deployed`);
    outcomes.set(name, {
      ok: true,
      report: { reference: own.reference, action: "promoted", reason: `the digest ${promotion.from} runs, not rebuilt` },
      ...own.tag === void 0 ? {} : { contentTag: own.tag }
    });
  }
  return outcomes;
}
async function pinnedImageOutcomes(neededEntries, selected, options, commitSha, deps) {
  if (options.registry === void 0 || !deps.images) throw new UserError("images were given (digests) without a registry: set the registry input");
  const named = new Set(options.projects ?? selected.map((entry) => entry.project.name));
  const needed = neededEntries.map((entry) => {
    const name = entry.project.name;
    const usedBy = selected.filter((user) => user.project.name !== name && imageProjects(user.dag).includes(name)).map((user) => user.project.name);
    return { project: name, contextDir: entry.project.dir, required: named.has(name), usedBy };
  });
  const request = {
    registry: options.registry,
    commitSha,
    given: options.pinnedImages ?? {},
    needed,
    ...options.buildArgs === void 0 ? {} : { buildArgs: options.buildArgs }
  };
  const pinned = await pinImages(request, deps.images);
  return new Map(
    [...pinned].map(([project, image]) => [
      project,
      { ok: true, report: { reference: image.reference, action: image.source === "given" ? "pinned" : "looked-up", reason: image.reason } }
    ])
  );
}

// src/deploy-stages.ts
function failureFor(entry, stage, problem, image) {
  return {
    project: entry.project.name,
    specPath: entry.project.specPath,
    dagId: entry.dag.dagId,
    stage,
    ...problem,
    ...image === void 0 ? {} : { image }
  };
}
function prepareProject(entry, run) {
  const name = entry.project.name;
  const own = run.images.get(name);
  if (own === void 0) return { failure: failureFor(entry, "image", { message: "internal error: no image outcome for the project", internal: true }) };
  for (const source of [name, ...imageProjects(entry.dag)]) {
    const image = run.images.get(source);
    if (image === void 0 || image.ok) continue;
    const message = source === name ? image.message : `the image of ${source}, which its tasks run, failed: ${image.message}`;
    return { failure: failureFor(entry, "image", { message, internal: image.internal }, own.ok ? own.report : void 0) };
  }
  if (!own.ok) return { failure: failureFor(entry, "image", own) };
  const pins = run.promotion === void 0 ? pinsOf(entry, run.images) : { ...run.promotion.byProject[name] };
  try {
    return { entry, file: renderProject(entry.dag, run.profile, pins), image: own.report, pins };
  } catch (thrown) {
    return { failure: failureFor(entry, "render", failureOf(thrown), own.report) };
  }
}
function pinsOf(entry, images) {
  const pins = {};
  for (const project of [entry.project.name, ...imageProjects(entry.dag)]) {
    const image = images.get(project);
    if (image?.ok === true) pins[project] = { reference: image.report.reference, ...image.contentTag === void 0 ? {} : { tag: image.contentTag } };
  }
  return pins;
}
async function syncAll(projects, run) {
  const names = projects.map((project) => "failure" in project ? project.failure.project : project.entry.project.name);
  const options = { log: run.deps.log, title: (name) => `Sync ${name}`, skipEmpty: true };
  const settled = await settleLogged(names, run.deps.projects ?? PROJECT_SYNCS_AT_ONCE, options, (_name, index, log) => {
    const project = projects[index];
    return "failure" in project ? Promise.resolve({ failure: project.failure }) : syncPrepared(project, { ...run, deps: { ...run.deps, log } });
  });
  return settled.map((outcome, index) => {
    if (outcome.status === "fulfilled") return outcome.value;
    const project = projects[index];
    return { failure: failureFor(project.entry, "sync", failureOf(outcome.reason), project.image) };
  });
}
async function syncPrepared(prepared, run) {
  const { entry, file, image } = prepared;
  const name = entry.project.name;
  const request = {
    repo: run.repo,
    identity: run.identity,
    project: name,
    files: [{ path: file.fileName, content: file.content, dagId: entry.dag.dagId }],
    commit: run.commit,
    dagshipVersion: VERSION,
    dryRun: run.options.dryRun,
    ...run.options.releaseTag !== void 0 ? { releaseTag: run.options.releaseTag } : {},
    images: prepared.pins,
    ...run.promotion === void 0 ? {} : { origin: { via: "promotion", from: run.promotion.from } }
  };
  const observed = (repo) => run.checks.snapshots.get(projectPrefix(run.target.dagsFolder, repo, name));
  let sync;
  try {
    sync = await syncProject(request, run.target, run.deps, observed(run.repo));
  } catch (thrown) {
    return { failure: failureFor(entry, "sync", failureOf(thrown), image) };
  }
  const report = { project: name, specPath: entry.project.specPath, dagId: entry.dag.dagId, dag: entry.dag, rendered: file, image, sync };
  const legacy = run.options.legacyRepoName;
  if (legacy === void 0 || !run.checks.moves.has(name)) return { report };
  try {
    return { report: { ...report, moved: await syncProject({ ...request, repo: legacy, files: [] }, run.target, run.deps, observed(legacy)) } };
  } catch (thrown) {
    const problem = failureOf(thrown);
    const message = `deployed to ${sync.location}, but its DAG in the folder earlier dagship versions used could not be removed, so two copies are live: ${problem.message} Deploy again to finish the move, or delete that copy by hand.`;
    return { report, failure: failureFor(entry, "move", { ...problem, message }, image) };
  }
}
async function pruneOrphans(run) {
  const { orphans } = run.checks;
  const results = [];
  const failures = [];
  if (orphans.length === 0) return { results, failures };
  await run.deps.log.group("Prune projects removed from the repository", async () => {
    run.deps.log.info(pruneAnnouncement(orphans, run.options.dryRun));
    for (const orphan of orphans) {
      try {
        results.push(await pruneProject(run.target, orphan, { identity: run.identity, commit: run.commit, dryRun: run.options.dryRun }, run.deps));
      } catch (thrown) {
        failures.push({ project: orphan.project, specPath: "", stage: "prune", ...failureOf(thrown) });
      }
    }
  });
  return { results, failures };
}

// src/import-check/gate.ts
import { randomBytes } from "node:crypto";

// src/google/airflow-command.ts
function commandText(command) {
  return ["airflow", command.command, command.subcommand, ...command.parameters].filter((part) => part !== "").join(" ");
}
var EXECUTE_PERMISSION_ADVICE = "grant the deploying identity roles/composer.environmentAndStorageObjectAdmin or roles/composer.admin (roles/composer.user lacks it), or a custom role with composer.environments.executeAirflowCommand";
function isEnvironmentBusy(thrown) {
  if (!(thrown instanceof GoogleApiError)) return false;
  return thrown.status === 409 || thrown.reason === "FAILED_PRECONDITION" || thrown.reason === "ABORTED" || /being updated|is updating|not (?:in )?(?:a )?running|is busy/i.test(thrown.message);
}
function refused(thrown, environment, what) {
  if (!(thrown instanceof GoogleApiError)) return thrown instanceof Error ? thrown : new Error(String(thrown));
  switch (thrown.status) {
    case 403:
      return new UserError(
        `permission composer.environments.executeAirflowCommand denied on ${environment} (${thrown.message}): ${what} runs Airflow's CLI in the environment; ${EXECUTE_PERMISSION_ADVICE}`
      );
    case 401:
      return new UserError(
        `the Composer API rejected the credentials (${thrown.message}): refresh them (google-github-actions/auth in CI, \`gcloud auth application-default login\` locally)`
      );
    case 404:
      return new UserError(`Composer environment ${environment} not found while ${what} (${thrown.message})`);
    case 429:
      return new UserError(
        `the environments.executeAirflowCommand quota of the project is used up (${thrown.message}): ${what} could not run; retry later or ask for more quota`
      );
    case void 0:
      return new UserError(`could not reach the Composer API while ${what}: ${thrown.message}`);
    default:
      return new UserError(`${what} failed: the Composer API answered HTTP ${thrown.status}: ${thrown.message}`);
  }
}
async function runAirflowCommand(environment, command, what, log, options = {}) {
  const { baseUrl, http } = composerClient(options, log);
  const now = options.now ?? Date.now;
  const pause = options.sleep ?? sleep;
  const interval = options.pollIntervalMs ?? 5e3;
  const deadlineMs = options.deadlineMs ?? 3e5;
  const deadline = now() + deadlineMs;
  const url = (method) => `${baseUrl}/${environment}:${method}`;
  const text = commandText(command);
  let started;
  for (; ; ) {
    try {
      started = await http.request(`starting \`${text}\` in ${environment}`, "POST", url("executeAirflowCommand"), {
        command: command.command,
        subcommand: command.subcommand,
        parameters: command.parameters
      });
      break;
    } catch (thrown) {
      if (!isEnvironmentBusy(thrown)) throw refused(thrown, environment, what);
      if (now() + interval > deadline) {
        throw new UserError(
          `Composer environment ${environment} is busy (${thrown.message}) and did not take ${what} within ${Math.round(deadlineMs / 1e3)} s: retry when it is RUNNING again, or deploy without the check`
        );
      }
      log.info(`${environment} is busy (${thrown.message}); trying again in ${Math.round(interval / 1e3)} s`);
      await pause(interval);
    }
  }
  if (started.error) throw new UserError(`Composer refused to run \`${text}\` for ${what}: ${started.error}`);
  const { executionId, pod, podNamespace } = started;
  if (!executionId || !pod || !podNamespace)
    throw new UserError(`Composer started \`${text}\` without naming its execution (executionId, pod, podNamespace): cannot follow it`);
  log.debug(`${what}: \`${text}\` runs as execution ${executionId} in pod ${podNamespace}/${pod}`);
  const lines = /* @__PURE__ */ new Map();
  let next = 1;
  for (; ; ) {
    let answer;
    try {
      answer = await http.request(`polling \`${text}\` in ${environment}`, "POST", url("pollAirflowCommand"), {
        executionId,
        pod,
        podNamespace,
        nextLineNumber: next
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
        ...error ? { error } : {},
        lines: [...lines.entries()].sort(([a], [b]) => a - b).map(([, content]) => content)
      };
    }
    if (now() + interval > deadline) {
      await http.request(`stopping \`${text}\` in ${environment}`, "POST", url("stopAirflowCommand"), { executionId, pod, podNamespace, force: true }).catch((thrown) => log.warn(`could not stop execution ${executionId}: ${thrown instanceof Error ? thrown.message : String(thrown)}`));
      throw new UserError(
        `${what} gave up after ${Math.round(deadlineMs / 1e3)} s waiting for \`${text}\` to end in ${environment} (the command was stopped): retry, or deploy without the check`
      );
    }
    await pause(interval);
  }
}

// src/import-check/layout.ts
var STAGING_ROOT = "data/dagship-import-check";
var COMPOSER_BUCKET_MOUNT = "/home/airflow/gcs";
var STALE_STAGING_MS = 24 * 60 * 60 * 1e3;
function newRunId(now, commit, random) {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return `${stamp}-${commit.slice(0, 12)}-${random}`;
}
function runStartedAt(runId) {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z-/.exec(runId);
  if (!match) return void 0;
  const [year = 0, month = 1, day, hour, minute, second] = match.slice(1).map(Number);
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
}
function stagingPrefix(runId) {
  assertSafeKey(runId);
  return `${STAGING_ROOT}/${runId}/`;
}
function stageFiles(files) {
  const seen = /* @__PURE__ */ new Set();
  return files.map((file) => {
    const relative = `${file.project}/${file.path}`;
    assertSafeKey(relative);
    if (seen.has(relative)) throw new Error(`two rendered files share the staging path ${relative}`);
    seen.add(relative);
    return { ...file, relative };
  });
}
function mountedPath(key) {
  return `${COMPOSER_BUCKET_MOUNT}/${key.replace(/\/+$/, "")}`;
}
function staleStagingPrefixes(keys, now) {
  const stale = /* @__PURE__ */ new Set();
  for (const key of keys) {
    const runId = key.slice(STAGING_ROOT.length + 1).split("/")[0] ?? "";
    const started = runStartedAt(runId);
    if (started !== void 0 && now.getTime() - started.getTime() > STALE_STAGING_MS) stale.add(`${STAGING_ROOT}/${runId}/`);
  }
  return [...stale].sort();
}
function commonFolder(keys) {
  const folders = keys.map((key) => key.split("/").slice(0, -1));
  const first = folders[0] ?? [];
  let length = first.length;
  for (const folder of folders) {
    let same = 0;
    while (same < Math.min(length, folder.length) && folder[same] === first[same]) same++;
    length = same;
  }
  return first.slice(0, length).join("/");
}

// src/import-check/output.ts
var ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
var MAX_JSON_LINES = 400;
var MAX_MESSAGE = 400;
function findJsonList(lines) {
  const clean = lines.map((line) => line.replace(ANSI, ""));
  for (let start = clean.length - 1; start >= 0; start--) {
    if (!(clean[start] ?? "").trimStart().startsWith("[")) continue;
    let text = "";
    for (let end = start; end < clean.length && end - start < MAX_JSON_LINES; end++) {
      text = end === start ? clean[end] ?? "" : `${text}
${clean[end] ?? ""}`;
      try {
        const parsed = JSON.parse(text);
        if (Array.isArray(parsed)) return parsed;
      } catch {
      }
    }
  }
  return void 0;
}
var isRecord = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
function parseImportErrors(lines) {
  const list = findJsonList(lines);
  if (list === void 0 || !list.every((entry) => isRecord(entry) && typeof entry["filepath"] === "string")) return void 0;
  return list.map((entry) => ({
    filepath: entry["filepath"],
    error: typeof entry["error"] === "string" ? entry["error"] : JSON.stringify(entry["error"] ?? "")
  }));
}
function parseReport(lines) {
  const list = findJsonList(lines);
  if (list === void 0 || !list.every((entry) => isRecord(entry) && typeof entry["file"] === "string")) return void 0;
  return list.map((entry) => ({
    file: entry["file"],
    dags: Array.isArray(entry["dags"]) ? entry["dags"].filter((id) => typeof id === "string") : []
  }));
}
function relativeTo(filepath, folder) {
  const root = folder.replace(/\/+$/, "");
  if (filepath.startsWith(`${root}/`)) return filepath.slice(root.length + 1);
  return filepath.startsWith("/") ? void 0 : filepath.replace(/^\.\//, "");
}
function cap(text) {
  return text.length <= MAX_MESSAGE ? text : `${text.slice(0, MAX_MESSAGE - 1)}\u2026`;
}
function shortenImportError(error, filepath) {
  const lines = error.replace(/\r\n?/g, "\n").split("\n").map((line2) => line2.replace(ANSI, "")).filter((line2) => line2.trim() !== "");
  if (!lines.some((line2) => line2.startsWith("Traceback"))) return { message: cap((lines[0] ?? error).trim() || "import failed") };
  let line;
  for (const text of lines) {
    const frame = /^\s*File "([^"]+)", line (\d+)/.exec(text);
    const path3 = frame?.[1] ?? "";
    if (frame && (path3 === filepath || path3.endsWith(`/${filepath}`) || filepath.endsWith(`/${path3}`))) line = Number(frame[2]);
  }
  const exceptionLine = [...lines].reverse().find((text) => !/^\s/.test(text) && !text.startsWith("Traceback") && !/^During handling|^The above exception/.test(text));
  const message = cap((exceptionLine ?? lines[lines.length - 1] ?? "import failed").trim());
  return line === void 0 ? { message } : { message, line };
}

// src/import-check/runners.ts
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
function composerRunner(environment, what, log, options) {
  return {
    kind: "composer",
    where: `Composer environment ${environment}`,
    run: (command) => runAirflowCommand(environment, command, what, log, options),
    close: () => Promise.resolve()
  };
}
function runProcess(file, args, env, timeoutMs) {
  return new Promise((resolve) => {
    const lines = [];
    const partial = { out: "", err: "" };
    const take = (stream, chunk) => {
      const parts = (partial[stream] + chunk.toString("utf8")).split(/\r?\n/);
      partial[stream] = parts.pop() ?? "";
      lines.push(...parts);
    };
    const child = spawn(file, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout.on("data", (chunk) => take("out", chunk));
    child.stderr.on("data", (chunk) => take("err", chunk));
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ exitCode: -1, lines, spawnError: error.message, timedOut });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      for (const rest of [partial.out, partial.err]) if (rest !== "") lines.push(rest);
      resolve({ exitCode: code ?? -1, ...signal ? { error: `ended by ${signal}` } : {}, lines, timedOut });
    });
  });
}
async function pythonRunner(python, log, options = {}) {
  const home = await mkdtemp(path.join(tmpdir(), "dagship-airflow-home-"));
  const timeoutMs = options.timeoutMs ?? 3e5;
  const base = {
    ...options.env ?? process.env,
    AIRFLOW_HOME: home,
    AIRFLOW__CORE__LOAD_EXAMPLES: "False",
    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: `sqlite:///${path.join(home, "airflow.db")}`
  };
  return {
    kind: "local",
    where: python,
    async run(command, env = {}) {
      const args = pythonArgv(command);
      log.debug(`import check: ${python} ${args.join(" ")}`);
      const result = await runProcess(python, args, { ...base, ...env }, timeoutMs);
      if (result.spawnError !== void 0) {
        throw new UserError(`--import-check-python ${python}: cannot run it (${result.spawnError}); name a Python that has Airflow installed`);
      }
      if (result.timedOut)
        throw new UserError(`\`${commandText(command)}\` with ${python} did not end within ${Math.round(timeoutMs / 1e3)} s and was stopped`);
      return { exitCode: result.exitCode, ...result.error ? { error: result.error } : {}, lines: result.lines };
    },
    close: () => rm(home, { recursive: true, force: true })
  };
}

// src/import-check/staging.ts
import { mkdir, mkdtemp as mkdtemp2, realpath, rm as rm2, writeFile } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import path2 from "node:path";
var PARALLEL = 8;
async function removePrefix(context, prefix) {
  const objects = await storeCall(context, "list", prefix, () => context.store.list(prefix));
  await runBounded(objects, PARALLEL, (object) => storeCall(context, "delete", object.key, () => context.store.delete(object.key)));
}
async function stageInBucket(context, runId, files, now) {
  const prefix = stagingPrefix(runId);
  const location = `${context.store.location}/${prefix}`;
  try {
    const leftovers = await storeCall(context, "list", `${STAGING_ROOT}/`, () => context.store.list(`${STAGING_ROOT}/`));
    for (const stale of staleStagingPrefixes(
      leftovers.map((object) => object.key),
      now
    )) {
      context.log.info(`removing ${context.store.location}/${stale}, left behind by an import check that did not finish`);
      await removePrefix(context, stale);
    }
  } catch (thrown) {
    context.log.warn(`could not look for old import-check folders under ${context.store.location}/${STAGING_ROOT}/: ${messageOf(thrown)}`);
  }
  const remove = async () => {
    try {
      await removePrefix(context, prefix);
      return void 0;
    } catch (thrown) {
      return `could not remove the import-check folder ${location}: ${messageOf(thrown)} (the next run older than a day removes it)`;
    }
  };
  try {
    await runBounded(files, PARALLEL, async (file) => {
      const key = `${prefix}${file.relative}`;
      const bytes = typeof file.content === "string" ? new TextEncoder().encode(file.content) : file.content;
      await storeCall(context, "write", key, () => context.store.write(key, bytes, { contentType: DAG_CONTENT_TYPE, metadata: {}, ifGenerationMatch: "0" }));
    });
  } catch (thrown) {
    await remove();
    throw thrown;
  }
  return { folder: mountedPath(prefix), location, remove };
}
async function stageLocally(files, log) {
  const root = await realpath(await mkdtemp2(path2.join(tmpdir2(), "dagship-import-check-")));
  const remove = async () => {
    try {
      await rm2(root, { recursive: true, force: true });
      return void 0;
    } catch (thrown) {
      return `could not remove the import-check folder ${root}: ${messageOf(thrown)}`;
    }
  };
  try {
    for (const file of files) {
      const target = path2.join(root, ...file.relative.split("/"));
      await mkdir(path2.dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
  } catch (thrown) {
    await remove();
    throw thrown;
  }
  log.debug(`import check: staged ${files.length} file(s) in ${root}`);
  return { folder: root, location: root, remove };
}

// src/import-check/gate.ts
var WHAT = "the import check";
var READ_BACK_2 = "Airflow parsed the environment's copy of the DAG folder right after the upload; Composer may still have been copying the newest files";
var READ_BACK_3 = "as the environment's DAG processor last recorded them; a file it has not parsed since the deploy shows its earlier state";
function failedCommand(runner, command, run, expected) {
  const tail = run.lines.filter((line) => line.trim() !== "").slice(-8).map((line) => `  ${line.length > 300 ? `${line.slice(0, 299)}\u2026` : line}`);
  return new UserError(
    `${WHAT} could not run: \`${commandText(command)}\` in ${runner.where} ended with exit status ${run.exitCode}${run.error ? ` (${run.error})` : ""} and printed no ${expected}${tail.length > 0 ? `; its last lines:
${tail.join("\n")}` : ""}`
  );
}
function commandOf(planned) {
  if (planned.kind === "unavailable") throw new Error(`no import-check command: ${planned.reason}`);
  return planned;
}
async function checkStaging(runner, airflow, staging, files, log) {
  const { command, env } = commandOf(folderImportErrors(airflow, staging.folder, runner.kind));
  const run = await runner.run(command, env);
  const entries = run.exitCode === 0 || run.exitCode === 1 ? parseImportErrors(run.lines) : void 0;
  if (entries === void 0) throw failedCommand(runner, command, run, "import-error list (JSON)");
  const byPath = new Map(files.map((file) => [file.relative, file]));
  const problems = [];
  for (const entry of entries) {
    const file = byPath.get(relativeTo(entry.filepath, staging.folder) ?? "");
    if (file === void 0) {
      log.debug(`${WHAT}: ignoring an import error of ${entry.filepath}, which is not one of the staged files`);
      continue;
    }
    const short = shortenImportError(entry.error, entry.filepath);
    problems.push({
      file: file.relative,
      ...short.line === void 0 ? {} : { line: short.line },
      message: short.message,
      ...file.source === void 0 ? {} : { source: file.source }
    });
  }
  if (problems.length > 0) {
    throw new UserError(
      `${problems.length} of ${files.length} DAG file(s) do not import in ${runner.where}; nothing under dags/ was changed:
${problems.map((problem) => `  ${formatImportProblem(problem)}`).join("\n")}
Fix the dag.yaml (or what the environment lacks) and deploy again; \`${commandText(command)}\` shows the whole traceback.`
    );
  }
  if (runner.kind === "composer") await checkSeen(runner, airflow, staging, files);
}
async function checkSeen(runner, airflow, staging, files) {
  const { command } = commandOf(folderReport(airflow, staging.folder));
  const run = await runner.run(command);
  const entries = run.exitCode === 0 ? parseReport(run.lines) : void 0;
  if (entries === void 0) throw failedCommand(runner, command, run, "DagBag report (JSON)");
  const seen = new Map(entries.map((entry) => [relativeTo(entry.file, staging.folder) ?? entry.file, entry]));
  const unseen = files.filter((file) => !seen.has(file.relative));
  if (unseen.length > 0) {
    throw new UserError(
      `${WHAT} found no import errors, but ${runner.where} did not see ${unseen.map((file) => file.relative).join(", ")} in ${staging.folder} (uploaded to ${staging.location}; Composer mounts the bucket's data/ folder at ${COMPOSER_BUCKET_MOUNT}/data): that proves nothing, so nothing under dags/ was changed. Deploy again`
    );
  }
  const without = files.filter((file) => !(seen.get(file.relative)?.dags ?? []).includes(file.dagId));
  if (without.length > 0) {
    throw new UserError(
      `${without.map((file) => `${file.relative} imports but defines no DAG "${file.dagId}" (found: ${(seen.get(file.relative)?.dags ?? []).join(", ") || "none"})`).join("; ")} in ${runner.where}; nothing under dags/ was changed`
    );
  }
}
async function proveWithPython(python, request, files, deps) {
  const runner = await pythonRunner(python, deps.log, deps.python);
  try {
    const version = await runner.run(VERSION_COMMAND);
    const major = airflowMajorOf(version.lines);
    if (major === void 0) throw failedCommand(runner, VERSION_COMMAND, version, "Airflow version (is Airflow installed for this Python?)");
    if (major !== request.airflow) {
      throw new UserError(
        `the DAGs are rendered for Airflow ${request.airflow}, but ${python} has Airflow ${version.lines.find((line) => /\d/.test(line))?.trim() ?? major}: check with a Python that has Airflow ${request.airflow}`
      );
    }
    const staging = await stageLocally(files, deps.log);
    try {
      await checkStaging(runner, major, staging, files, deps.log);
    } finally {
      const problem = await staging.remove();
      if (problem !== void 0) deps.log.warn(problem);
    }
    return `${python} (Airflow ${major}, run locally)`;
  } finally {
    await runner.close();
  }
}
async function proveInComposer(request, files, deps) {
  const environment = request.target.composer;
  if (environment === void 0) throw new Error("a Composer import check needs a Composer target");
  const now = (deps.now ?? (() => /* @__PURE__ */ new Date()))();
  const runner = composerRunner(environment.name, WHAT, deps.log, deps.composer ?? {});
  const staging = await stageInBucket(
    { store: request.target.store, log: deps.log, retry: deps.retry ?? DEFAULT_RETRY },
    newRunId(now, request.commit, randomBytes(4).toString("hex")),
    files,
    now
  );
  try {
    await checkStaging(runner, environment.versions.airflow, staging, files, deps.log);
  } finally {
    const problem = await staging.remove();
    if (problem !== void 0) deps.log.warn(problem);
  }
  return runner.where;
}
async function readBack(request, keys, deps) {
  const environment = request.target.composer;
  if (environment === void 0 || keys.length === 0) return { afterDeployNote: "no DAG file was deployed, so none was read back" };
  const airflow = environment.versions.airflow;
  const runner = composerRunner(environment.name, "reading the import errors back", deps.log, deps.composer ?? {});
  const command = environmentImportErrors(airflow, mountedPath(commonFolder(keys) || request.target.dagsFolder));
  const dagsFolder = request.target.dagsFolder;
  const keyOf = (filepath) => filepath.startsWith(`${COMPOSER_BUCKET_MOUNT}/`) ? filepath.slice(COMPOSER_BUCKET_MOUNT.length + 1) : dagsFolder === "" ? filepath : `${dagsFolder}/${filepath}`;
  try {
    const run = await runner.run(command);
    const entries = run.exitCode === 0 || run.exitCode === 1 ? parseImportErrors(run.lines) : void 0;
    if (entries === void 0) throw failedCommand(runner, command, run, "import-error list (JSON)");
    const deployed = new Set(keys);
    const afterDeploy = entries.filter((entry) => deployed.has(keyOf(entry.filepath))).map((entry) => {
      const short = shortenImportError(entry.error, entry.filepath);
      return { file: keyOf(entry.filepath), ...short.line === void 0 ? {} : { line: short.line }, message: short.message };
    });
    for (const problem of afterDeploy) deps.log.warn(`the environment reports an import error: ${formatImportProblem(problem)}`);
    return { afterDeploy, afterDeployNote: airflow === 2 ? READ_BACK_2 : READ_BACK_3 };
  } catch (thrown) {
    const note = `could not read the environment's import errors: ${messageOf(thrown)}`;
    deps.log.warn(note);
    return { afterDeployNote: note };
  }
}
async function importGate(request, deps) {
  const plan = planImportCheck(request.settings, request.target.composer?.versions.airflow, request.dryRun);
  if (plan.before === "none" && !plan.readBack) return void 0;
  const report = plan.skipped === void 0 ? {} : { skipped: plan.skipped };
  if (plan.skipped !== void 0) deps.log.warn(`import check before the deploy skipped: ${plan.skipped}`);
  if (plan.before !== "none") {
    const files = stageFiles(request.files);
    report.provedIn = await deps.log.group(
      `Import check of ${files.length} DAG file(s)`,
      () => plan.before === "python" ? proveWithPython(request.settings.python, request, files, deps) : proveInComposer(request, files, deps)
    );
    deps.log.info(`import check: every DAG file imports in ${report.provedIn}`);
  }
  return {
    report,
    afterDeploy: async (keys) => plan.readBack ? Object.assign(report, await deps.log.group("Import errors of the deployed files", () => readBack(request, keys, deps))) : report
  };
}

// src/deploy-report.ts
function actionsJson(result) {
  return result.actions.map((action) => ({ action: action.action, path: action.path, reason: action.reason }));
}
function reportJson(report) {
  return {
    ok: report.failed.length === 0,
    profile: report.profile,
    destination: report.destination,
    commit: report.commit,
    repository: report.repository,
    dryRun: report.dryRun,
    ...report.airflowUri !== void 0 ? { airflowUri: report.airflowUri } : {},
    ...report.importCheck !== void 0 ? { importCheck: report.importCheck } : {},
    projects: report.projects.map((project) => ({
      project: project.project,
      dagId: project.dagId,
      file: project.rendered.fileName,
      image: project.image,
      location: project.sync.location,
      changed: project.sync.changed,
      rollback: project.sync.rollback,
      actions: actionsJson(project.sync),
      warnings: project.sync.warnings,
      ...project.moved === void 0 ? {} : { movedFrom: { location: project.moved.location, actions: actionsJson(project.moved) } }
    })),
    pruned: report.pruned.map((result) => ({ project: result.project, location: result.location, actions: actionsJson(result) })),
    failed: report.failed.map((failure) => ({
      project: failure.project,
      stage: failure.stage,
      message: failure.message,
      ...failure.dagId === void 0 ? {} : { dagId: failure.dagId },
      ...failure.image === void 0 ? {} : { image: failure.image }
    })),
    warnings: report.warnings
  };
}
function formatFailure(failure) {
  return `${failure.project}: failed at ${failure.stage}: ${failure.message}`;
}
function outcomeLine(report) {
  const done = report.dryRun ? "planned" : "deployed";
  const counts = [`${report.projects.length} ${done}`];
  if (report.pruned.length > 0) counts.push(`${report.pruned.length} ${report.dryRun ? "to prune" : "pruned"}`);
  if (report.failed.length === 0) return `${counts.join(", ")}.`;
  const failed = [...new Set(report.failed.map((failure) => failure.project))];
  return `${counts.join(", ")}; ${failed.length} failed: ${failed.join(", ")}.`;
}
function formatReport(report) {
  const blocks = [];
  for (const project of report.projects) {
    blocks.push(formatSummary(project.sync));
    if (project.moved) blocks.push(formatSummary(project.moved));
  }
  for (const result of report.pruned) blocks.push(formatSummary(result));
  for (const failure of report.failed) blocks.push(formatFailure(failure));
  if (report.airflowUri) blocks.push(`Airflow UI: ${report.airflowUri}`);
  blocks.push(outcomeLine(report));
  return blocks.join("\n");
}
function exitStatus(report) {
  if (report.failed.length === 0) return 0;
  return report.failed.some((failure) => failure.internal) ? 2 : 1;
}

// src/deploy.ts
function profileFor(options, target, log) {
  const versions = target.composer?.versions;
  const composer = options.composer === "auto" ? versions ? String(versions.composer) : "3" : options.composer;
  const airflow = options.airflow === "auto" ? versions ? String(versions.airflow) : "2" : options.airflow;
  if (!versions && (options.composer === "auto" || options.airflow === "auto")) {
    log.debug(`versions set to auto without a Composer environment to ask: using Composer ${composer}, Airflow ${airflow}`);
  }
  return resolveProfile({ composer, airflow, ...options.namespace !== void 0 ? { namespace: options.namespace } : {} });
}
function failOnProblems(problems) {
  const errors = problems.filter((problem) => problem.severity === "error");
  if (errors.length === 0) return;
  const files = new Set(errors.map((problem) => problem.file)).size;
  throw new UserError(`${errors.length} problem(s) in ${files} dag.yaml file(s); nothing was deployed:
${errors.map(formatProblem).join("\n")}`, errors);
}
async function deployRepository(options, deps) {
  const { log } = deps;
  const target = await openTarget(options.destination, log, deps.target ?? {});
  const profile = profileFor(options, target, log);
  const all = options.discovered ? [...options.discovered] : await discoverProjects(options.repoRoot);
  if (all.length === 0) throw new UserError(`no project (a folder with a dag.yaml) below ${options.repoRoot}`);
  const unknown = (options.projects ?? []).filter((name) => !all.some((project) => project.name === name));
  if (unknown.length > 0) throw new UserError(`unknown project(s): ${unknown.join(", ")}. Projects: ${all.map((project) => project.name).join(", ")}`);
  const compiled = await log.group(`Validate ${all.length} project(s) for ${profileName(profile)}`, async () => {
    const result = await compileProjects(all, profile);
    failOnProblems([...result.flatMap((entry) => entry.problems), ...dagIdClashes(result)]);
    return result;
  });
  const selected = selectProjects(compiled, options);
  const commit = await checkedOutCommit(options.repoRoot, deps.git);
  const identity = options.repository ?? await readRepositoryIdentity(deps.git);
  const repo = options.repoName ?? basename(options.repoRoot);
  const checks = await log.group(
    `Check ${target.display} for ${identity.id}`,
    () => checkDeploy(
      target,
      {
        repo,
        ...options.legacyRepoName === void 0 ? {} : { legacyRepo: options.legacyRepoName },
        identity,
        commit,
        ...options.releaseTag === void 0 ? {} : { releaseTag: options.releaseTag },
        projects: selected.map((entry) => ({ project: entry.project.name, files: [{ path: dagFileName(entry.dag.dagId), dagId: entry.dag.dagId }] })),
        existing: new Set(all.map((project) => project.name)),
        prune: options.prune === true
      },
      { ...deps, ...deps.sync?.retry === void 0 ? {} : { retry: deps.sync.retry } }
    )
  );
  for (const warning of checks.warnings) log.warn(warning);
  const needed = new Set(selected.flatMap((entry) => [entry.project.name, ...imageProjects(entry.dag)]));
  const neededEntries = compiled.filter((entry) => needed.has(entry.project.name));
  const images = await imageOutcomes(neededEntries, selected, options, commit.sha, deps);
  const syncDeps = { ...deps.sync, git: deps.git, log };
  const run = {
    options,
    deps: syncDeps,
    target,
    profile,
    images,
    commit,
    identity,
    repo,
    checks,
    ...options.promotion === void 0 ? {} : { promotion: options.promotion }
  };
  const prepared = selected.map((entry) => prepareProject(entry, run));
  const files = prepared.flatMap(
    (project) => "failure" in project ? [] : [
      {
        project: project.entry.project.name,
        path: project.file.fileName,
        content: project.file.content,
        dagId: project.entry.dag.dagId,
        source: project.entry.project.specPath
      }
    ]
  );
  const gate = await importGate(
    { settings: options.importCheck ?? {}, target, airflow: profile.airflow, files, commit: commit.sha, dryRun: options.dryRun },
    { ...deps.importCheck, log, composer: { ...deps.target?.composer, ...deps.importCheck?.composer } }
  );
  const outcomes = await log.group(`${options.dryRun ? "Plan" : "Deploy"} ${selected.length} project(s) -> ${target.display}`, () => syncAll(prepared, run));
  const pruned = options.prune === true ? await pruneOrphans(run) : { results: [], failures: [] };
  const report = {
    profile: profileName(profile),
    destination: target.display,
    commit: commit.sha,
    repository: identity.id,
    dryRun: options.dryRun,
    projects: outcomes.flatMap((outcome) => outcome.report ? [outcome.report] : []),
    pruned: pruned.results,
    failed: [...outcomes.flatMap((outcome) => outcome.failure ? [outcome.failure] : []), ...pruned.failures],
    warnings: checks.warnings,
    target
  };
  if (target.composer?.airflowUri) report.airflowUri = target.composer.airflowUri;
  if (gate)
    report.importCheck = await gate.afterDeploy(
      report.projects.flatMap((project) => project.sync.actions.filter((action) => action.action !== "delete").map((action) => action.key))
    );
  return report;
}
function selectProjects(compiled, options) {
  const named = new Set(options.projects ?? compiled.map((entry) => entry.project.name));
  const usesNamedImage = (entry) => options.includeImageUsers === true && imageProjects(entry.dag).some((project) => named.has(project));
  return compiled.filter((entry) => named.has(entry.project.name) || usesNamedImage(entry));
}

export {
  pinnedReferenceProblem,
  reportJson,
  formatFailure,
  outcomeLine,
  formatReport,
  exitStatus,
  deployRepository
};
//# sourceMappingURL=chunk-SVXXV4NM.js.map
