/**
 * Many named units of work at once, each with its log kept apart: written whole, as one group of
 * the run's log, when the unit ends, so the lines of units running together never interleave.
 */
import { messageOf } from "../errors.js";
import { BufferedLogger, routeLogs, type Logger } from "../log.js";
import { createLimiter, settleBounded } from "./async.js";

/** Where and how the units' groups are written. */
export interface LoggedJobsOptions {
  /** The run's log: each unit's group is written to it whole when the unit finishes. */
  readonly log: Logger;
  /** Title of a unit's group. */
  readonly title: (name: string) => string;
  /** Write no group for a unit that logged nothing (default: every unit gets one). */
  readonly skipEmpty?: boolean;
}

/**
 * `work` for every name, at most `limit` at once (see {@link settleBounded}): every outcome in
 * the order of `names`, a failure stopping no other unit. Each unit logs into its own buffer
 * (also through any {@link routedLogger} it reaches), written as one group when it ends; a failed
 * unit's group ends with the failure and says so in its title.
 */
export function settleLogged<R>(
  names: readonly string[],
  limit: number,
  options: LoggedJobsOptions,
  work: (name: string, index: number, log: Logger) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const { log, title } = options;
  // One group written at a time: two replays at once would nest one unit's group in another's.
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
