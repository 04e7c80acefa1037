import { describe, expect, it } from "vitest";
import { renderPreview, type PreviewModel } from "../../src/report/comment.js";
import { removedProjectPreview } from "../../src/report/preview.js";
import type { PlanReason } from "../../src/sync/plan.js";
import type { SyncResult } from "../../src/sync/request.js";
import { formatSummary } from "../../src/sync/summary.js";

const ACTION: Record<PlanReason, "upload" | "skip" | "delete"> = {
  new: "upload",
  changed: "upload",
  missing: "upload",
  "modified-by-hand": "upload",
  "replaces-leftover": "upload",
  unchanged: "skip",
  adopted: "skip",
  "no-longer-rendered": "delete",
  leftover: "delete",
};

/** A sync of one file `a.py` for the reason, next to an unchanged `b.py`. */
function syncFor(reason: PlanReason): SyncResult {
  const action = ACTION[reason];
  return {
    project: "sales",
    prefix: "dags/etl/sales/",
    location: "gs://bucket/dags/etl/sales/",
    destination: "gs://bucket/dags",
    commit: "a".repeat(40),
    previous: { commit: "b".repeat(40), deployedAt: "2024-01-01T00:00:00.000Z" },
    rollback: false,
    dryRun: true,
    actions: [
      { action, path: "a.py", key: "dags/etl/sales/a.py", reason },
      { action: "skip", path: "b.py", key: "dags/etl/sales/b.py", reason: "unchanged" },
    ],
    changed: action !== "skip",
    manifestWritten: true,
    warnings: [],
    attempts: 1,
  };
}

// The one wording: the command line's summary line and the preview's status and reason agree.
const table: [PlanReason, string | undefined, string, string][] = [
  ["new", "+ new a.py (not deployed before)", "new", "not deployed before"],
  ["changed", "~ changed a.py (the render differs from the deployed file)", "changed", "the render differs from the deployed file"],
  ["missing", "~ restored a.py (recorded as deployed but missing from the destination)", "changed", "recorded as deployed but missing from the destination"],
  ["modified-by-hand", "~ replaced a.py (the deployed file had been edited by hand)", "changed", "the deployed file had been edited by hand"],
  [
    "replaces-leftover",
    "~ replaced a.py (a file left by an interrupted deploy was in its place)",
    "changed",
    "a file left by an interrupted deploy was in its place",
  ],
  ["unchanged", undefined, "unchanged", "identical to the deployed file"],
  ["adopted", undefined, "unchanged", "identical to the deployed file, not recorded before"],
  ["no-longer-rendered", "- deleted a.py (no longer rendered)", "removed", "no longer rendered"],
  ["leftover", "- deleted a.py (left by an interrupted deploy)", "removed", "left by an interrupted deploy"],
];

describe("one wording for every plan reason, on the command line and in the preview", () => {
  it.each(table)("%s", async (reason, summaryLine, status, why) => {
    const sync = syncFor(reason);
    const summary = formatSummary(sync).split("\n").slice(1);
    if (summaryLine === undefined) {
      expect(summary).toEqual(["  no changes (2 files unchanged); manifest would record aaaaaaa"]);
    } else {
      expect(summary).toEqual([`  ${summaryLine}`, "  = 1 unchanged"]);
    }
    const preview = await removedProjectPreview(sync, undefined);
    expect(preview.files[0]).toEqual({ path: "a.py", status, reason: why });
    const model: PreviewModel = {
      key: "k",
      title: "t",
      commit: sync.commit,
      destination: sync.destination,
      baseline: "",
      notes: [],
      projects: [preview],
      unaffected: [],
      problems: [],
    };
    expect(renderPreview(model)).toContain(`- \`a.py\`: **${status}** — ${why}`);
  });
});
