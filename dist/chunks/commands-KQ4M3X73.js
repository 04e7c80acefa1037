import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  CONFIG_FILE,
  environmentFields,
  environmentNamed,
  loadRepositoryConfig,
  projectFolders,
  promotionFrom,
  promotionSource
} from "./chunk-JW3LTQOK.js";
import "./chunk-LZF7COQX.js";
import {
  CliGit,
  MANIFEST_NAME,
  formatSummary,
  openTarget,
  projectPrefix,
  readManifest,
  readRepositoryIdentity,
  recordOf,
  repositoryPrefix,
  shortSha,
  storeCall,
  syncProject,
  unpackRender
} from "./chunk-SU2R3ERK.js";
import "./chunk-KBOZO5VR.js";
import "./chunk-VZ5TGKER.js";
import {
  DEFAULT_RETRY
} from "./chunk-VHEWEDXM.js";
import {
  parseCommandArgs
} from "./chunk-M64SRJMS.js";
import {
  discoverProjects
} from "./chunk-4R5KA2VE.js";
import {
  DEFAULT_LOCAL_FOLDER,
  parseDestination
} from "./chunk-NLAMMUB7.js";
import {
  StreamLogger
} from "./chunk-BDMO263D.js";
import "./chunk-JVA4ALWN.js";
import {
  UserError
} from "./chunk-K7TMSU63.js";
import "./chunk-ONV25YFF.js";
import "./chunk-L4ZEUERM.js";
import "./chunk-LHRLJ43V.js";

// src/environments/commands.ts
import { basename, resolve } from "node:path";

// src/environments/history.ts
function deploysOf(manifest) {
  return manifest.history?.deploys ?? [recordOf(manifest)];
}
async function readHistories(target, repo, project, deps) {
  const context = { store: target.store, log: deps.log, retry: deps.retry ?? DEFAULT_RETRY };
  let projects;
  if (project !== void 0) {
    projects = [project];
  } else {
    const folder = repositoryPrefix(target.dagsFolder, repo);
    const listing = await storeCall(context, "list", folder, () => target.store.list(folder));
    const suffix = `/${MANIFEST_NAME}`;
    projects = listing.map((object) => object.key.slice(folder.length)).filter((rest) => rest.endsWith(suffix) && !rest.slice(0, -suffix.length).includes("/")).map((rest) => rest.slice(0, -suffix.length)).sort();
  }
  const histories = await Promise.all(
    projects.map(async (name) => {
      const prefix = projectPrefix(target.dagsFolder, repo, name);
      const read = await readManifest(context, prefix);
      return read === void 0 ? void 0 : { project: name, location: `${target.store.location}/${prefix}`, deploys: deploysOf(read.manifest) };
    })
  );
  return histories.filter((history) => history !== void 0);
}
function notes(record) {
  const parts = [];
  if (record.releaseTag !== void 0) parts.push(record.releaseTag);
  if (record.origin?.via === "promotion") parts.push(`promoted from ${record.origin.from}`);
  if (record.origin?.via === "rollback") parts.push(`rollback (replaced ${shortSha(record.origin.from)})`);
  return parts.join(", ");
}
function shortImage(project, reference) {
  const at = reference.indexOf("@sha256:");
  return at < 0 ? `${project}=${reference}` : `${project}@sha256:${reference.slice(at + 8, at + 20)}`;
}
function formatHistories(histories) {
  const lines = [];
  for (const env of histories) {
    lines.push(env.environment === void 0 ? env.destination : `${env.environment} (${env.destination})`);
    if (env.projects.length === 0) lines.push("  nothing deployed");
    for (const project of env.projects) {
      lines.push(`  ${project.project}`);
      project.deploys.forEach((record, index) => {
        const images = Object.entries(record.images).map(([name, image]) => shortImage(name, image.reference));
        const note = notes(record);
        lines.push(
          `    ${index === 0 ? "*" : " "} ${shortSha(record.commit)}  deployed ${record.deployedAt}  committed ${record.commitTime}${note === "" ? "" : `  (${note})`}${images.length === 0 ? "  (digests not recorded)" : `  ${images.join(" ")}`}`
        );
      });
    }
  }
  return `${lines.join("\n")}
`;
}
function historiesJson(histories) {
  return histories.map((env) => ({
    ...env.environment === void 0 ? {} : { environment: env.environment },
    destination: env.destination,
    projects: env.projects.map((project) => ({
      project: project.project,
      location: project.location,
      deploys: project.deploys.map((record, index) => ({ current: index === 0, ...record }))
    }))
  }));
}

// src/environments/rollback.ts
var NeverDeployedError = class extends UserError {
};
function described(record) {
  return `${shortSha(record.commit)} (deployed ${record.deployedAt}${record.releaseTag === void 0 ? "" : `, ${record.releaseTag}`})`;
}
function findDeploy(deploys, to, where) {
  const wanted = to.trim().toLowerCase();
  if (!/^[0-9a-f]{7,64}$/.test(wanted)) throw new UserError(`--to ${JSON.stringify(to)} is not a commit id: give at least 7 hex digits of a deployed commit`);
  const matches = deploys.filter((record) => record.commit.startsWith(wanted));
  const commits = [...new Set(matches.map((record) => record.commit))];
  if (commits.length > 1) throw new UserError(`--to ${to} is ambiguous in ${where}: ${commits.map(shortSha).join(", ")}; give more digits`);
  const found = matches[0];
  if (found === void 0) {
    const newest = /* @__PURE__ */ new Map();
    for (const record of deploys) if (!newest.has(record.commit)) newest.set(record.commit, record);
    const listed = [...newest.values()].map(described);
    throw new UserError(
      `${shortSha(wanted)} was never deployed to ${where} (as far as its last ${deploys.length} deploy(s) go); deployed there: ${listed.join(", ") || "nothing"}`
    );
  }
  return found;
}
function renderedFilesOf(record, history, where) {
  return Object.entries(record.files).map(([path, file]) => {
    const bytes = history === void 0 ? void 0 : unpackRender(history, file.md5);
    if (bytes === void 0) {
      throw new UserError(
        `the render of ${path} deployed from ${shortSha(record.commit)} to ${where} was not kept (deployed by dagship ${record.dagshipVersion}, before renders were recorded, or its record is damaged): deploy that commit again instead (a release tag of it)`
      );
    }
    return { path, content: bytes, ...file.dagId === void 0 ? {} : { dagId: file.dagId } };
  });
}
async function rollbackProject(request, deps) {
  const { target, project } = request;
  const retry = deps.retry ?? DEFAULT_RETRY;
  const prefix = projectPrefix(target.dagsFolder, request.repo, project);
  const where = `${target.display} (${project})`;
  const read = await readManifest({ store: target.store, log: deps.log, retry }, prefix);
  if (read === void 0)
    throw new NeverDeployedError(`${project} was never deployed to ${target.display} (no manifest at ${target.store.location}/${prefix})`);
  const { manifest } = read;
  const record = findDeploy(deploysOf(manifest), request.to, where);
  const files = renderedFilesOf(record, manifest.history, where);
  deps.log.info(`${project}: rolling back ${target.display} from ${shortSha(manifest.commit)} to the render deployed from ${described(record)}`);
  const sync = {
    repo: request.repo,
    identity: request.identity,
    project,
    files,
    commit: { sha: record.commit, time: new Date(record.commitTime) },
    ...record.releaseTag === void 0 ? {} : { releaseTag: record.releaseTag },
    // The bytes are that version's render; the manifest says which dagship made them.
    dagshipVersion: record.dagshipVersion,
    images: record.images,
    origin: { via: "rollback", from: manifest.commit },
    ...request.dryRun === true ? { dryRun: true } : {}
  };
  return syncProject(sync, target, { git: deps.git, log: deps.log, retry });
}

// src/environments/commands.ts
async function requireConfig(root, why) {
  const config = await loadRepositoryConfig(root);
  if (config === void 0) throw new UserError(`${why} needs ${CONFIG_FILE} at the repository root (${root}); see schema/dagship.config.schema.json`);
  return config;
}
async function withEnvironment(options, name, explicit, deps) {
  const config = await requireConfig(options.repoRoot, `--env ${name}`);
  const env = environmentNamed(config, name);
  const { fields, overridden } = environmentFields(config, env, explicit);
  for (const key of overridden) deps.log.info(`--${key === "destination" ? "dest" : key} given: it wins over environment ${name}'s ${key} in ${CONFIG_FILE}`);
  const next = { ...options, ...fields };
  const source = promotionSource(config, env);
  if (source === void 0) return next;
  const discovered = options.discovered ? [...options.discovered] : await discoverProjects(options.repoRoot);
  const scope = {
    repoRoot: options.repoRoot,
    repo: options.repoName ?? basename(options.repoRoot),
    projects: options.projects ?? discovered.map((project) => project.name),
    folders: projectFolders(options.repoRoot, discovered)
  };
  const promotion = await promotionFrom(source, scope, deps);
  return { ...next, discovered, promotion, noBuild: true };
}
function explicitSettings(options, given) {
  return {
    ...given.dest === void 0 ? {} : { destination: options.destination },
    ...given.registry === void 0 || options.registry === void 0 ? {} : { registry: options.registry },
    ...given.composer === void 0 ? {} : { composer: options.composer },
    ...given.airflow === void 0 ? {} : { airflow: options.airflow },
    ...given.namespace === void 0 || options.namespace === void 0 ? {} : { namespace: options.namespace }
  };
}
var WHERE_OPTIONS = {
  repo: { type: "string" },
  "repo-name": { type: "string" },
  env: { type: "string" },
  dest: { type: "string" },
  json: { type: "boolean", default: false },
  verbose: { type: "boolean", default: false }
};
async function destinationsOf(values, root, cwd, all) {
  if (values.dest !== void 0) return [{ ...values.env === void 0 ? {} : { environment: values.env }, destination: parseDestination(values.dest, cwd) }];
  if (values.env !== void 0) {
    const env = environmentNamed(await requireConfig(root, `--env ${values.env}`), values.env);
    return [{ environment: env.name, destination: env.destination.parsed }];
  }
  const config = await loadRepositoryConfig(root);
  if (config === void 0) return [{ destination: parseDestination(DEFAULT_LOCAL_FOLDER, root) }];
  if (!all && config.environments.length > 1) {
    throw new UserError(`name the environment to roll back: --env ${config.environments.map((env) => env.name).join("|")} (environments of ${CONFIG_FILE})`);
  }
  return config.environments.map((env) => ({ environment: env.name, destination: env.destination.parsed }));
}
function parse(args, options) {
  return parseCommandArgs(args, options, 'Run "dagship --help" for usage.');
}
async function historyCommand(args, io) {
  const { values, positionals } = parse(args, WHERE_OPTIONS);
  if (positionals.length > 1) throw new UserError(`dagship history takes at most one project, got ${positionals.join(", ")}`);
  const root = resolve(io.cwd, values.repo ?? ".");
  const log = new StreamLogger((line) => io.stderr(`${line}
`), values.verbose, io.secrets);
  const repo = values["repo-name"] ?? basename(root);
  const histories = [];
  for (const { environment, destination } of await destinationsOf(values, root, io.cwd, true)) {
    const target = await openTarget(destination, log);
    const projects = await readHistories(target, repo, positionals[0], { log });
    histories.push({ ...environment === void 0 ? {} : { environment }, destination: target.display, projects });
  }
  io.stdout(values.json ? `${JSON.stringify(historiesJson(histories), null, 2)}
` : formatHistories(histories));
  if (values["repo-name"] === void 0 && histories.every((history) => history.projects.length === 0)) io.stderr(`${actionFolderHint(repo)}
`);
  return 0;
}
function actionFolderHint(repo) {
  return `nothing found under dags/${repo}/ (the repository folder's name, where dagship deploy writes); the GitHub Action deploys to dags/OWNER__NAME/: pass --repo-name OWNER__NAME to read those`;
}
async function rollbackCommand(args, io) {
  const { values, positionals } = parse(args, { ...WHERE_OPTIONS, to: { type: "string" }, "dry-run": { type: "boolean", default: false } });
  const [project, ...rest] = positionals;
  if (project === void 0 || rest.length > 0) throw new UserError("dagship rollback takes one project: dagship rollback PROJECT --to COMMIT [--env NAME]");
  if (values.to === void 0) throw new UserError(`dagship rollback needs --to COMMIT: a commit deployed before (dagship history ${project} lists them)`);
  const root = resolve(io.cwd, values.repo ?? ".");
  const log = new StreamLogger((line) => io.stderr(`${line}
`), values.verbose, io.secrets);
  const [{ destination }] = await destinationsOf(values, root, io.cwd, false);
  const target = await openTarget(destination, log);
  const git = new CliGit(root);
  const repo = values["repo-name"] ?? basename(root);
  let result;
  try {
    result = await rollbackProject(
      { target, repo, identity: await readRepositoryIdentity(git), project, to: values.to, dryRun: values["dry-run"] },
      { git, log }
    );
  } catch (thrown) {
    if (thrown instanceof NeverDeployedError && values["repo-name"] === void 0) throw new UserError(`${thrown.message}. ${actionFolderHint(repo)}`);
    throw thrown;
  }
  if (values.json) io.stdout(`${JSON.stringify(result, null, 2)}
`);
  io.stderr(`${formatSummary(result)}
`);
  return 0;
}
export {
  explicitSettings,
  historyCommand,
  rollbackCommand,
  withEnvironment
};
//# sourceMappingURL=commands-KQ4M3X73.js.map
