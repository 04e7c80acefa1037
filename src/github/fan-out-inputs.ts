/**
 * The inputs of the fan-out workflow's jobs: `project` (mode: build) and `digests` (the build
 * jobs' images, for the deploy job), each checked against the mode it belongs to. Pure.
 */
import { pinnedReferenceProblem } from "../image/pinned.js";
import type { RegistryRef } from "../image/index.js";

/** The modes of the action: how the event is acted on, or which job of the fan-out this is. */
export type ActionMode = "auto" | "deploy" | "dry-run" | "plan" | "build";

/** Every mode, in the order the `mode` input's help lists them. */
export const ACTION_MODES: readonly ActionMode[] = ["auto", "deploy", "dry-run", "plan", "build"];

/** A wrong fan-out input: which one, and what is wrong (the caller turns it into an InputError). */
export interface FanOutInputProblem {
  problem: { input: "project" | "digests"; message: string };
}

/** The fan-out inputs, checked. */
export interface FanOutSettings {
  /** mode: build — the project whose image the job builds. */
  project?: string;
  /** Project -> image reference pinned by digest: deploy exactly these and build nothing. */
  digests?: Readonly<Record<string, string>>;
}

type Checked<T> = { value: T | undefined } | FanOutInputProblem;

const projectProblem = (message: string): FanOutInputProblem => ({ problem: { input: "project", message } });
const digestsProblem = (message: string): FanOutInputProblem => ({ problem: { input: "digests", message } });

function projectSetting(mode: ActionMode, raw: string): Checked<string> {
  const project = raw.trim();
  if (mode === "build" && project === "")
    return projectProblem("is required with mode: build: the project whose image this job builds (a folder name, e.g. ${{ matrix.project }})");
  if (mode !== "build" && project !== "") return projectProblem(`is read only with mode: build (mode is ${mode})`);
  return { value: project === "" ? undefined : project };
}

function digestsSetting(mode: ActionMode, raw: string, registry: RegistryRef): Checked<Record<string, string>> {
  const text = raw.trim();
  if (text === "") return { value: undefined };
  if (mode === "plan" || mode === "build") return digestsProblem(`is read only by the deploy job (mode: auto, deploy or dry-run), not with mode: ${mode}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (thrown) {
    return digestsProblem(
      `is not JSON (${thrown instanceof Error ? thrown.message : String(thrown)}): expected an object of project -> image reference with digest, the build jobs' images outputs merged`,
    );
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return digestsProblem(
      `expected a JSON object of project -> image reference with digest, got ${Array.isArray(parsed) ? "an array" : JSON.stringify(parsed)}`,
    );
  }
  const digests: Record<string, string> = {};
  for (const [project, reference] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof reference !== "string") return digestsProblem(`the image of "${project}" must be a string, got ${JSON.stringify(reference)}`);
    const problem = pinnedReferenceProblem(registry, project, reference);
    if (problem !== undefined) return digestsProblem(`"${project}": ${problem}`);
    digests[project] = reference;
  }
  return { value: digests };
}

/** `project` and `digests` for the given mode and registry, or the first problem. Pure. */
export function readFanOutSettings(mode: ActionMode, raw: { project: string; digests: string }, registry: RegistryRef): FanOutSettings | FanOutInputProblem {
  const project = projectSetting(mode, raw.project);
  if ("problem" in project) return project;
  const digests = digestsSetting(mode, raw.digests, registry);
  if ("problem" in digests) return digests;
  return { ...(project.value === undefined ? {} : { project: project.value }), ...(digests.value === undefined ? {} : { digests: digests.value }) };
}
