/**
 * Credentials files the action writes, and their removal. Each goes into a folder of its own
 * that is recorded for the post step before anything is written into it: the main step removes
 * it when it ends, and the post step (`post-if: always()`) removes whatever is left, so a
 * cancelled or killed job leaves no credentials on a self-hosted runner.
 */
import { mkdtemp, rm, stat } from "node:fs/promises";
import path from "node:path";
import { messageOf } from "../errors.js";
import type { Logger } from "../log.js";
import type { Cleanups } from "./cleanups.js";
import type { RunnerState } from "./io.js";

/** The state entry (a JSON list of folders) the main step leaves for the post step. */
export const CREDENTIALS_STATE = "credentialsFolders";

/** The folders recorded so far; a state this version did not write counts as none. */
export function recordedCredentialFolders(state: RunnerState): string[] {
  const raw = state.get(CREDENTIALS_STATE);
  if (raw === "") return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === "string" && path.isAbsolute(entry)) : [];
}

/**
 * A new owner-only folder for credentials below `temp`, recorded for the post step and removed
 * when the run's cleanups run.
 */
export async function credentialsFolder(temp: string, state: RunnerState, cleanups: Cleanups): Promise<string> {
  const folder = await mkdtemp(path.join(temp, "dagship-credentials-"));
  state.save(CREDENTIALS_STATE, JSON.stringify([...recordedCredentialFolders(state), folder]));
  cleanups.add(() => rm(folder, { recursive: true, force: true }));
  return folder;
}

/** The post step: remove every recorded credentials folder that is still there. A failure is a warning: the job's result stands. */
export async function removeRecordedCredentials(state: RunnerState, log: Logger): Promise<void> {
  for (const folder of recordedCredentialFolders(state)) {
    const present = await stat(folder).then(
      () => true,
      () => false,
    );
    if (!present) {
      log.debug(`credentials folder ${folder}: already removed`);
      continue;
    }
    try {
      await rm(folder, { recursive: true, force: true });
      log.info(`removed the credentials left in ${folder}`);
    } catch (thrown) {
      log.warn(`could not remove the credentials in ${folder}: ${messageOf(thrown)}`);
    }
  }
}
