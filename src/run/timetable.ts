/**
 * Which DAG run a local run stands for, chosen as Airflow's scheduler chooses it. Cron schedules
 * follow CronDataIntervalTimetable (the timetable the generated DAG pins on Airflow 2 and 3):
 * airflow/timetables/_cron.py (CronMixin._get_next/_get_prev/_align_to_*) and
 * airflow/timetables/interval.py (_skip_to_latest). `@once` follows OnceTimetable, `null`
 * NullTimetable (manual runs only, data interval of zero length).
 */
import { UserError } from "../errors.js";
import type { LocalDateTime, NormalisedDag } from "../dagfile/model.js";
import { cronNext, cronPrevious, parseCron, type CronSchedule } from "./cron-schedule.js";
import { formatInstant } from "./pydate.js";
import { instantOf, wallOf, type Micros } from "./zone.js";

/** The run a local run reproduces; every date is an instant (UTC). */
export interface DagRunInfo {
  runType: "scheduled" | "manual";
  /** `scheduled__<logical date>` or `manual__<logical date>`, ISO 8601 in UTC as Airflow writes it. */
  runId: string;
  logicalDate: Micros;
  dataIntervalStart: Micros;
  dataIntervalEnd: Micros;
  /** When the scheduler creates the run (the end of the data interval for a cron schedule). */
  runAfter: Micros;
}

/** What the user asked for: the run triggered at a time, the run with a logical date, or the latest run. */
export type RunRequest = { kind: "at"; at: Micros } | { kind: "logical-date"; date: Micros } | { kind: "now"; now: Micros };

/** Airflow's CronMixin: croniter on wall readings of the DAG's zone, with its DST handling. */
export class CronTimetable {
  private readonly schedule: CronSchedule;

  constructor(
    readonly expression: string,
    readonly zone: string,
  ) {
    this.schedule = parseCron(expression);
  }

  /** `_get_next`: the first schedule after `current`. */
  next(current: Micros): Micros {
    const naive = wallOf(this.zone, current);
    const scheduled = cronNext(this.schedule, naive);
    // Schedules that fire every hour step by the wall-clock difference, so a repeated hour
    // (clocks set back) is not skipped; all others read the wall time with fold=1.
    return this.schedule.everyHour ? current + (scheduled - naive) : instantOf(this.zone, scheduled, 1);
  }

  /** `_get_prev`: the last schedule before `current`. */
  previous(current: Micros): Micros {
    const naive = wallOf(this.zone, current);
    const scheduled = cronPrevious(this.schedule, naive);
    return this.schedule.everyHour ? current - (naive - scheduled) : instantOf(this.zone, scheduled, 1);
  }

  /** `_align_to_next`: `current` when it is a schedule, else the next one. */
  alignToNext(current: Micros): Micros {
    const next = this.next(current);
    return this.previous(next) !== current ? next : current;
  }

  /** `_align_to_prev`: `current` when it is a schedule, else the previous one. */
  alignToPrevious(current: Micros): Micros {
    const previous = this.previous(current);
    return this.next(previous) !== current ? previous : current;
  }

  /** A schedule strictly before `current`, stepping over readings that `previous` maps onto `current` (DST gaps). */
  private strictlyBefore(current: Micros): Micros {
    let probe = current;
    let found = this.previous(probe);
    while (found >= current) {
      probe -= 3_600_000_000;
      found = this.previous(probe);
    }
    return found;
  }

  /**
   * The data interval of the latest run triggered at or before `at`: the scheduler's sequence
   * (start = align_to_prev(previous end), end = next(start), as next_dagrun_info steps with
   * catchup) walked from a few schedules back, so a DST gap that makes `_get_prev` return its own
   * argument is crossed as the scheduler crosses it. undefined when none has ended by `at`.
   */
  latestTriggered(at: Micros): { start: Micros; end: Micros } | undefined {
    let start = at;
    for (let step = 0; step < 3; step += 1) start = this.strictlyBefore(start);
    let found: { start: Micros; end: Micros } | undefined;
    for (let step = 0; step < 8; step += 1) {
      const end = this.next(start);
      if (end > at) break;
      found = { start, end };
      start = this.alignToPrevious(end);
    }
    return found;
  }
}

/** The DAG's start_date as an instant (pendulum.datetime(..., tz=timezone), fold=1). */
export function startInstant(start: LocalDateTime, zone: string): Micros {
  const wall = Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute, start.second) * 1000;
  return instantOf(zone, wall, 1);
}

function runId(type: DagRunInfo["runType"], logicalDate: Micros): string {
  return `${type}__${formatInstant(logicalDate)}`;
}

function shown(instant: Micros, zone: string): string {
  const utc = formatInstant(instant);
  return zone === "UTC" ? utc : `${utc} (${formatInstant(instant, zone)} ${zone})`;
}

function cronRun(dag: NormalisedDag, expression: string, request: RunRequest): DagRunInfo {
  const timetable = new CronTimetable(expression, dag.timezone);
  const earliest = dag.startDate ? timetable.alignToNext(startInstant(dag.startDate, dag.timezone)) : undefined;
  let start: Micros;
  if (request.kind === "logical-date") {
    start = request.date;
    if (timetable.alignToNext(start) !== start) {
      throw new UserError(
        `${shown(start, dag.timezone)} is not a logical date of schedule "${expression}" in ${dag.timezone}: ` +
          `the nearest are ${shown(timetable.previous(start), dag.timezone)} and ${shown(timetable.next(start), dag.timezone)}. ` +
          "A scheduled run's logical date is the start of its data interval; use --at for the time a run is triggered.",
      );
    }
    if (earliest !== undefined && start < earliest) {
      throw new UserError(
        `the DAG has no run with logical date ${shown(start, dag.timezone)}: its first run starts at ${shown(earliest, dag.timezone)} (start_date)`,
      );
    }
  } else {
    const at = request.kind === "at" ? request.at : request.now;
    const latest = timetable.latestTriggered(at);
    if (latest === undefined || (earliest !== undefined && latest.start < earliest)) {
      const first = earliest ?? timetable.alignToNext(at);
      throw new UserError(
        `no run of ${dag.dagId} has been triggered by ${shown(at, dag.timezone)}: its ${earliest !== undefined ? "first" : "next"} run (logical date ${formatInstant(first)}) is triggered at ${shown(timetable.next(first), dag.timezone)}`,
      );
    }
    start = latest.start;
  }
  const end = timetable.next(start);
  return { runType: "scheduled", runId: runId("scheduled", start), logicalDate: start, dataIntervalStart: start, dataIntervalEnd: end, runAfter: end };
}

function exactRun(runType: DagRunInfo["runType"], at: Micros): DagRunInfo {
  return { runType, runId: runId(runType, at), logicalDate: at, dataIntervalStart: at, dataIntervalEnd: at, runAfter: at };
}

/** The run of `dag` that `request` names, or a UserError that says why there is none. */
export function chooseRun(dag: NormalisedDag, request: RunRequest): DagRunInfo {
  switch (dag.schedule.kind) {
    case "cron":
      return cronRun(dag, dag.schedule.expression, request);
    case "once": {
      if (!dag.startDate) throw new UserError(`${dag.dagId} is scheduled @once but has no start_date: Airflow never runs it`);
      const start = startInstant(dag.startDate, dag.timezone);
      if (request.kind === "logical-date" && request.date !== start) {
        throw new UserError(
          `${dag.dagId} runs once, with logical date ${shown(start, dag.timezone)} (its start_date); got ${shown(request.date, dag.timezone)}`,
        );
      }
      const at = request.kind === "at" ? request.at : request.kind === "now" ? request.now : start;
      if (at < start) throw new UserError(`${dag.dagId} runs once, at ${shown(start, dag.timezone)}; nothing was triggered by ${shown(at, dag.timezone)}`);
      return exactRun("scheduled", start);
    }
    // An asset-scheduled DAG has no timetable to pick a run from: locally it runs as Airflow runs it
    // when triggered by hand (`airflow dags trigger`), a manual run at the trigger time.
    case "assets":
    case "none": {
      // A manual run's logical date is the trigger time (Airflow 2 and 3 alike when a date is given).
      const at = request.kind === "at" ? request.at : request.kind === "now" ? request.now : request.date;
      return exactRun("manual", at);
    }
  }
}
