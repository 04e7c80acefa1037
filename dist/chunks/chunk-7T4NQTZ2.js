import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  openTarget,
  syncProjects
} from "./chunk-5D3S6YO5.js";
import {
  ensureProjectImage,
  previewProjectImage,
  tagFromGitRef
} from "./chunk-Z6UZNM6D.js";
import {
  compileProjects,
  dagIdClashes,
  discoverProjects,
  imageProjects,
  profileName,
  renderProject,
  resolveProfile
} from "./chunk-5T4JSEEP.js";
import {
  VERSION
} from "./chunk-MMOE2RQQ.js";
import {
  UserError,
  formatProblem
} from "./chunk-ID3DNMR7.js";

// src/deploy.ts
import { basename } from "node:path";
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
async function imageFor(project, options, commit, deps) {
  const name = project.project.name;
  if (options.registry === void 0) {
    return { reference: `${name}:dev`, action: "local", reason: "no registry given: the DAG names a local image" };
  }
  if (!deps.images) throw new Error("a registry was given but no image collaborators were set up");
  const request = {
    project: name,
    contextDir: project.project.dir,
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
    switch (preview.plan.kind) {
      case "reuse":
        return { reference, action: "would-reuse", reason: preview.plan.reason };
      case "build":
        return { reference, action: "would-build", reason: preview.plan.reason };
      case "refuse":
        return { reference, action: "refused", reason: preview.plan.reason };
      default:
        return { reference, action: "unknown", reason: preview.plan.reason };
    }
  }
  const built = await ensureProjectImage(request, deps.images);
  return { reference: built.reference, action: built.action, reason: built.reason };
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
  const named = new Set(options.projects ?? all.map((project) => project.name));
  const usesNamedImage = (entry) => options.includeImageUsers === true && entry.dag !== void 0 && imageProjects(entry.dag).some((project) => named.has(project));
  const selected = compiled.filter((entry) => named.has(entry.project.name) || usesNamedImage(entry));
  let sha;
  try {
    sha = await deps.git.headSha();
  } catch {
    throw new UserError(`${options.repoRoot} is not a git work tree with a commit: dagship deploys commits (git init && git commit first)`);
  }
  const time = await deps.git.commitTime(sha) ?? /* @__PURE__ */ new Date();
  const repoName = options.repoName ?? basename(options.repoRoot);
  const needed = new Set(selected.flatMap((entry) => [entry.project.name, ...entry.dag ? imageProjects(entry.dag) : []]));
  const images = {};
  const imageReports = /* @__PURE__ */ new Map();
  for (const entry of compiled.filter((candidate) => needed.has(candidate.project.name))) {
    const report2 = await log.group(`Image of ${entry.project.name}`, () => imageFor(entry, options, sha, deps));
    log.info(`${entry.project.name}: ${report2.action} ${report2.reference} (${report2.reason})`);
    imageReports.set(entry.project.name, report2);
    images[entry.project.name] = { reference: report2.reference, tag: options.releaseTag !== void 0 ? tagFromGitRef(options.releaseTag) : sha };
  }
  const rendered = selected.map((entry) => {
    const dag = entry.dag;
    return { entry, dag, file: renderProject(dag, profile, images, sha) };
  });
  const verb = options.dryRun ? "Plan" : "Deploy";
  const results = await log.group(
    `${verb} ${rendered.length} project(s) -> ${target.display}`,
    () => syncProjects(
      rendered.map(({ entry, dag, file }) => ({
        repo: repoName,
        project: entry.project.name,
        files: [{ path: file.fileName, content: file.content, dagId: dag.dagId }],
        commit: { sha, time },
        dagshipVersion: VERSION,
        dryRun: options.dryRun,
        ...options.releaseTag !== void 0 ? { releaseTag: options.releaseTag } : {}
      })),
      target,
      { git: deps.git, log }
    )
  );
  const projects = rendered.map(({ entry, dag, file }, index) => ({
    project: entry.project.name,
    specPath: entry.project.specPath,
    dagId: dag.dagId,
    dag,
    rendered: file,
    image: imageReports.get(entry.project.name),
    sync: results[index]
  }));
  const report = { profile: profileName(profile), destination: target.display, commit: sha, dryRun: options.dryRun, projects, target };
  if (target.composer?.airflowUri) report.airflowUri = target.composer.airflowUri;
  return report;
}
function reportJson(report) {
  return {
    profile: report.profile,
    destination: report.destination,
    commit: report.commit,
    dryRun: report.dryRun,
    ...report.airflowUri !== void 0 ? { airflowUri: report.airflowUri } : {},
    projects: report.projects.map((project) => ({
      project: project.project,
      dagId: project.dagId,
      file: project.rendered.fileName,
      image: project.image,
      location: project.sync.location,
      changed: project.sync.changed,
      rollback: project.sync.rollback,
      actions: project.sync.actions.map((action) => ({ action: action.action, path: action.path, reason: action.reason })),
      warnings: project.sync.warnings
    }))
  };
}

export {
  deployRepository,
  reportJson
};
//# sourceMappingURL=chunk-7T4NQTZ2.js.map
