import { messageOf } from "../errors.js";
import type { Logger } from "../log.js";

/** How often and how patiently to retry transient failures (429, 503, resets). */
export interface RetryPolicy {
  /** Total attempts, the first included. */
  attempts: number;
  /** Delay before the second attempt; doubles each time. */
  baseDelayMs: number;
  /** Upper bound of one delay. */
  maxDelayMs: number;
}

/** Five attempts over roughly 0.5 + 1 + 2 + 4 seconds (with jitter): rides out a short brownout. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 8_000 };

/** Delay before attempt `attempt + 1` (attempt counts from 1): exponential, with jitter in [50%, 100%]. */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling * (0.5 + random() / 2));
}

/**
 * Run `operation`, retrying while `isTransient` says the failure is worth it, up to
 * `policy.attempts` attempts; then the last failure is thrown unchanged.
 */
export async function withRetry<T>(
  what: string,
  operation: () => Promise<T>,
  isTransient: (thrown: unknown) => boolean,
  policy: RetryPolicy,
  log: Logger,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (thrown) {
      if (attempt >= policy.attempts || !isTransient(thrown)) throw thrown;
      const delay = backoffDelay(policy, attempt);
      log.warn(`${what}: ${messageOf(thrown)}; retrying in ${delay} ms (attempt ${attempt + 1} of ${policy.attempts})`);
      await sleep(delay);
    }
  }
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Run `work` over `items`, at most `limit` at a time. After the first failure no new item
 * starts; items in flight finish; then the first failure is thrown.
 */
export async function runBounded<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (thrown) {
        failure ??= { error: thrown };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure !== undefined) throw failure.error;
}

/** Runs tasks with at most a fixed number of them in flight. */
export interface Limiter {
  /** Starts `task` once fewer than the limit of this limiter's tasks run, in call order; settles as it does. */
  run<T>(task: () => Promise<T>): Promise<T>;
}

/**
 * A counting semaphore over `limit` slots, first come first served. A finished task hands its
 * slot straight to the longest waiting one, so the limit holds at every instant.
 * @throws RangeError when `limit` is not a positive integer.
 */
export function createLimiter(limit: number): Limiter {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`a concurrency limit is a positive integer, not ${limit}`);
  let running = 0;
  const waiting: (() => void)[] = [];
  const acquire = (): Promise<void> => {
    if (running < limit) {
      running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}

/**
 * `Promise.allSettled` over `items` with at most `limit` calls of `work` in flight. Unlike
 * {@link runBounded} a failure stops nothing: every item runs, and every outcome comes back, in
 * the order of `items`.
 */
export function settleBounded<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  const limiter = createLimiter(limit);
  return Promise.allSettled(items.map((item, index) => limiter.run(() => work(item, index))));
}
