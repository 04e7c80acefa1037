import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  UserError,
  messageOf
} from "./chunk-K7TMSU63.js";

// src/cli-args.ts
import { parseArgs } from "node:util";
function parseCommandArgs(args, options, usageHint) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (thrown) {
    throw new UserError(`${messageOf(thrown)}
${usageHint}`);
  }
}
function parseBuildArgs(pairs) {
  const args = {};
  for (const pair of pairs) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(pair);
    if (!match?.[1]) throw new UserError(`--build-arg "${pair}" is not KEY=VALUE (e.g. --build-arg BASE_IMAGE=python:3.12-slim)`);
    args[match[1]] = match[2] ?? "";
  }
  return args;
}
function parseJobs(text) {
  const jobs = /^[1-9][0-9]*$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!Number.isSafeInteger(jobs)) throw new UserError(`--jobs must be a positive integer (image builds at once, e.g. --jobs 4), not "${text}"`);
  return jobs;
}

export {
  parseCommandArgs,
  parseBuildArgs,
  parseJobs
};
//# sourceMappingURL=chunk-M64SRJMS.js.map
