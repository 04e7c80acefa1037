import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  messageOf
} from "./chunk-K7TMSU63.js";

// src/util/async.ts
var DEFAULT_RETRY = { attempts: 5, baseDelayMs: 500, maxDelayMs: 8e3 };
function backoffDelay(policy, attempt, random = Math.random) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling * (0.5 + random() / 2));
}
async function withRetry(what, operation, isTransient, policy, log) {
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
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
async function runBounded(items, limit, work) {
  let next = 0;
  let failure;
  const worker = async () => {
    while (failure === void 0 && next < items.length) {
      const item = items[next++];
      try {
        await work(item);
      } catch (thrown) {
        failure ??= { error: thrown };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure !== void 0) throw failure.error;
}
function createLimiter(limit) {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`a concurrency limit is a positive integer, not ${limit}`);
  let running = 0;
  const waiting = [];
  const acquire = () => {
    if (running < limit) {
      running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return {
    async run(task) {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    }
  };
}
function settleBounded(items, limit, work) {
  const limiter = createLimiter(limit);
  return Promise.allSettled(items.map((item, index) => limiter.run(() => work(item, index))));
}

export {
  DEFAULT_RETRY,
  withRetry,
  sleep,
  runBounded,
  createLimiter,
  settleBounded
};
//# sourceMappingURL=chunk-VHEWEDXM.js.map
