/**
 * The words for every plan reason, in one table. The command line's summary, the job summary and
 * the pull request preview all describe a planned file from here, so they never disagree; a
 * reason added to `PlanReason` without words here does not compile.
 */
import type { PlanReason, PlannedAction } from "./plan.js";

/** What a planned file comes to, as a reviewer counts it. */
export type FileOutcome = "new" | "changed" | "unchanged" | "removed";

/** How one plan reason is told. */
export interface ReasonWords {
  /** What the planner does for this reason. */
  readonly action: PlannedAction["action"];
  readonly outcome: FileOutcome;
  /** The verb of a one-line summary: "+ new a.py", "~ restored b.py", "- deleted c.py". */
  readonly verb: string;
  /** Why, as a phrase that reads both in parentheses and after a dash. */
  readonly why: string;
}

/** Every plan reason's action, outcome and words. */
export const REASON_WORDS: Readonly<Record<PlanReason, ReasonWords>> = {
  new: { action: "upload", outcome: "new", verb: "new", why: "not deployed before" },
  changed: { action: "upload", outcome: "changed", verb: "changed", why: "the render differs from the deployed file" },
  missing: { action: "upload", outcome: "changed", verb: "restored", why: "recorded as deployed but missing from the destination" },
  "modified-by-hand": { action: "upload", outcome: "changed", verb: "replaced", why: "the deployed file had been edited by hand" },
  "replaces-leftover": { action: "upload", outcome: "changed", verb: "replaced", why: "a file left by an interrupted deploy was in its place" },
  unchanged: { action: "skip", outcome: "unchanged", verb: "unchanged", why: "identical to the deployed file" },
  adopted: { action: "skip", outcome: "unchanged", verb: "adopted", why: "identical to the deployed file, not recorded before" },
  "no-longer-rendered": { action: "delete", outcome: "removed", verb: "deleted", why: "no longer rendered" },
  leftover: { action: "delete", outcome: "removed", verb: "deleted", why: "left by an interrupted deploy" },
};
