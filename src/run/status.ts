/**
 * What a local run shows while it runs and when it ends: a live status line per task on a
 * terminal, plain event lines otherwise, and a summary table. Formatting is pure; the reporters
 * only write the text they are given.
 */
import type { TaskState } from "./scheduler.js";

/** One row of the status display and the summary. */
export interface TaskRow {
  taskId: string;
  state: TaskState;
  tries: number;
  maxTries: number;
  /** Milliseconds spent running, over all tries. */
  durationMs: number;
  /** When the current try started, for a running task. */
  startedAt?: number;
  exitCode?: number;
}

/** `850ms`, `12.3s`, `4m05s`, `1h02m`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes}m${String(Math.floor((ms % 60_000) / 1000)).padStart(2, "0")}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}

const STATE_WORDS: Readonly<Record<TaskState, string>> = {
  none: "waiting",
  running: "running",
  up_for_retry: "up for retry",
  success: "success",
  failed: "failed",
  upstream_failed: "upstream failed",
  skipped: "skipped",
  interrupted: "interrupted",
};

/** The summary table: task, state, tries, duration (and the exit code of a failed task). */
export function summaryTable(rows: readonly TaskRow[]): string {
  const header = ["TASK", "STATE", "TRIES", "DURATION"];
  const body = rows.map((row) => [
    row.taskId,
    row.state === "none" ? "not run" : `${STATE_WORDS[row.state]}${row.state === "failed" && row.exitCode !== undefined ? ` (exit ${row.exitCode})` : ""}`,
    row.tries === 0 ? "-" : `${row.tries}/${row.maxTries}`,
    row.tries === 0 ? "-" : formatDuration(row.durationMs),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => (cells[column] ?? "").length)));
  return [header, ...body]
    .map((cells) =>
      cells
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** One live status line of a task. */
export function statusLine(row: TaskRow, now: number, width: number): string {
  const marks: Readonly<Record<TaskState, string>> = {
    none: " ",
    running: ">",
    up_for_retry: "~",
    success: "+",
    failed: "x",
    upstream_failed: "-",
    skipped: "-",
    interrupted: "!",
  };
  const running = row.state === "running" && row.startedAt !== undefined ? ` ${formatDuration(now - row.startedAt)}` : "";
  const tries = row.tries > 0 ? ` try ${row.tries}/${row.maxTries}` : "";
  const line = `${marks[row.state]} ${row.taskId.padEnd(width)}  ${STATE_WORDS[row.state]}${tries}${running}`;
  return line.trimEnd();
}

/** A plain line for an event, for logs and pipes. */
export function eventLine(row: TaskRow, event: "started" | "settled" | "finished"): string {
  if (event === "started") return `${row.taskId}: running (try ${row.tries} of ${row.maxTries})`;
  if (event === "settled") return `${row.taskId}: ${STATE_WORDS[row.state]} (trigger rule)`;
  const exit = row.exitCode !== undefined ? `, exit code ${row.exitCode}` : "";
  return `${row.taskId}: ${STATE_WORDS[row.state]} after ${formatDuration(row.durationMs)}${exit}`;
}

/** Where the run's progress goes. */
export interface Reporter {
  update(rows: readonly TaskRow[], changed: TaskRow | undefined, event: "started" | "settled" | "finished" | "tick"): void;
  /** A line of a task's output (already redacted). */
  output(taskId: string, line: string): void;
  /** A message between status updates. */
  note(text: string): void;
  close(rows: readonly TaskRow[]): void;
}

/** Plain lines: one per event, and task output prefixed with the task id. */
export class PlainReporter implements Reporter {
  constructor(
    private readonly write: (text: string) => void,
    private readonly showOutput: boolean,
  ) {}
  update(_rows: readonly TaskRow[], changed: TaskRow | undefined, event: "started" | "settled" | "finished" | "tick"): void {
    if (changed && event !== "tick") this.write(`${eventLine(changed, event)}\n`);
  }
  output(taskId: string, line: string): void {
    if (this.showOutput) this.write(`${taskId} | ${line}\n`);
  }
  note(text: string): void {
    this.write(`${text}\n`);
  }
  close(): void {}
}

/** A block of status lines, one per task, redrawn in place on a terminal. */
export class TtyReporter implements Reporter {
  private drawn = 0;

  constructor(
    private readonly write: (text: string) => void,
    private readonly now: () => number,
  ) {}

  private draw(rows: readonly TaskRow[]): void {
    const width = Math.max(...rows.map((row) => row.taskId.length), 4);
    const lines = rows.map((row) => statusLine(row, this.now(), width));
    const up = this.drawn > 0 ? `\x1b[${this.drawn}A` : "";
    this.write(`${up}${lines.map((line) => `\x1b[2K${line}\n`).join("")}`);
    this.drawn = lines.length;
  }
  update(rows: readonly TaskRow[]): void {
    this.draw(rows);
  }
  output(): void {}
  note(text: string): void {
    const up = this.drawn > 0 ? `\x1b[${this.drawn}A\x1b[J` : "";
    this.write(`${up}${text}\n`);
    this.drawn = 0;
  }
  close(rows: readonly TaskRow[]): void {
    this.draw(rows);
  }
}
