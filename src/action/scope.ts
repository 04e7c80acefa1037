/**
 * Which projects a run deploys or plans: every project of the working directory, those the
 * `projects` globs select, and of those the ones the push or pull request changed.
 */
import { stat } from "node:fs/promises";
import { changedProjects, CliChangeGit, type ChangedProjects } from "../github/changes.js";
import type { ActivePlan } from "../github/event.js";
import { selectByGlobs } from "../github/glob.js";
import { InputError, type ActionSettings } from "../github/inputs.js";
import type { Logger } from "../log.js";
import { discoverProjects } from "../project.js";
import type { RunScope } from "./context.js";
import { projectFolders } from "../github/glob.js";

/** @throws InputError when the working directory is not a folder (the checkout is missing). */
export async function checkWorkingDirectory(settings: ActionSettings): Promise<void> {
  const info = await stat(settings.workingDirectory).catch(() => undefined);
  if (!info?.isDirectory())
    throw new InputError("working-directory", `${settings.workingDirectory} is not a folder of the checkout (did actions/checkout run first?)`);
}

/**
 * The run's projects, in a log group of their own.
 * @throws InputError when the `projects` globs select nothing.
 */
export async function findScope(settings: ActionSettings, plan: ActivePlan, log: Logger): Promise<RunScope> {
  return log.group("Projects and changes", async () => {
    const discovered = await discoverProjects(settings.workingDirectory);
    const projects = projectFolders(settings.workingDirectory, discovered);
    const inScope = settings.projects === undefined ? projects.map((project) => project.name) : selectByGlobs(settings.projects, projects);
    if (settings.projects !== undefined && inScope.length === 0) {
      throw new InputError(
        "projects",
        `${JSON.stringify(settings.projects.join(", "))} matches no project. Projects: ${projects.map((project) => project.path || project.name).join(", ") || "none"}`,
      );
    }
    const changed: ChangedProjects =
      plan.kind === "release"
        ? { names: projects.map((project) => project.name), all: true, why: `release ${plan.tag}: every project` }
        : await changedProjects(plan.compare, projects, new CliChangeGit(settings.workingDirectory));
    const toRun = changed.names.filter((name) => inScope.includes(name));
    log.info(
      `${changed.why}: ${toRun.length === 0 ? "none" : toRun.join(", ")}${settings.projects ? ` (of ${inScope.length} selected by the projects input)` : ""}`,
    );
    return { discovered, projects, inScope, changed, toRun };
  });
}
