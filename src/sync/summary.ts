/** A deploy's result as the command line prints it. */
import { shortSha } from "./history.js";
import { REASON_WORDS, type FileOutcome } from "./reasons.js";
import type { SyncResult } from "./request.js";

const SIGN: Record<FileOutcome, string> = { new: "+", changed: "~", unchanged: "=", removed: "-" };

/** Human summary of a sync: "no changes", or what changed, and the Airflow UI address. */
export function formatSummary(result: SyncResult): string {
  const head = `${result.project} -> ${result.location} @ ${shortSha(result.commit)}${result.releaseTag ? ` (${result.releaseTag})` : ""}`;
  const lines = [result.dryRun ? `${head} [dry run: nothing written]` : head];
  if (result.rollback && result.previous) lines.push(`  rollback from ${shortSha(result.previous.commit)}`);
  const skipped = result.actions.filter((a) => a.action === "skip").length;
  if (!result.changed) {
    lines.push(
      `  no changes (${skipped} file${skipped === 1 ? "" : "s"} unchanged)` +
        (result.manifestWritten && result.previous ? `; manifest ${result.dryRun ? "would record" : "now records"} ${shortSha(result.commit)}` : ""),
    );
  } else {
    for (const action of result.actions) {
      if (action.action === "skip") continue;
      const words = REASON_WORDS[action.reason];
      lines.push(`  ${SIGN[words.outcome]} ${words.verb} ${action.path} (${words.why})`);
    }
    if (skipped > 0) lines.push(`  ${SIGN.unchanged} ${skipped} unchanged`);
  }
  for (const warning of result.warnings) lines.push(`  warning: ${warning}`);
  if (result.airflowUri !== undefined) lines.push(`  Airflow UI: ${result.airflowUri}`);
  return lines.join("\n");
}
