/**
 * Google credentials of a run: obtained by the action itself from the workflow's OIDC token
 * (the workload identity inputs), set up by an earlier step, or absent; and whether the run can
 * read the destination and the registry with what it has.
 */
import { messageOf } from "../errors.js";
import type { RunnerEnvironment } from "../github/environment.js";
import type { ActivePlan } from "../github/event.js";
import type { ActionSettings } from "../github/inputs.js";
import { exchangeForAccessToken, installApplicationDefaultCredentials } from "../google/workload-identity.js";
import type { Destination } from "../sync/index.js";
import type { Cleanups } from "./cleanups.js";
import { credentialsFolder } from "./credentials.js";
import type { ActionIo } from "./io.js";

/** Google credentials obtained by the action itself, if any. */
export interface GoogleAccess {
  accessToken?: string;
  /** Why a dry run proceeds without them. */
  missing?: string;
}

/**
 * Exchange the workflow's OIDC token for the service account's access token, and install the
 * same identity as Application Default Credentials for the client libraries. A dry run goes on
 * without (a fork's pull request gets no OIDC token); a deploy fails.
 */
export async function authenticate(
  settings: ActionSettings,
  runner: RunnerEnvironment,
  plan: ActivePlan,
  io: ActionIo,
  cleanups: Cleanups,
): Promise<GoogleAccess> {
  const identity = settings.oidc;
  if (!identity) return {};
  const source = runner.idTokenSource;
  if (plan.kind === "dry-run" && source === undefined) {
    return { missing: "this run gets no OIDC token (a pull request from a fork, or no id-token: write permission)" };
  }
  return io.log.group("Google credentials (workload identity federation)", async () => {
    try {
      const token = await exchangeForAccessToken(identity, { getIdToken: (audience) => io.getIdToken(audience), fetch: io.fetch });
      io.log.mask(token.accessToken);
      io.log.info(`authenticated as ${identity.serviceAccount} (token expires ${token.expireTime || "in an hour"})`);
      if (source !== undefined) {
        const folder = await credentialsFolder(runner.temp, io.state, cleanups);
        cleanups.add(await installApplicationDefaultCredentials(identity, source, folder, io.env));
      }
      return { accessToken: token.accessToken };
    } catch (thrown) {
      if (plan.kind !== "dry-run") throw thrown;
      return { missing: `Google refused the workload identity (${messageOf(thrown)})` };
    }
  });
}

/** What decides whether a run can read the destination and the registry. */
export interface ReadAccess {
  google: GoogleAccess;
  runner: Pick<RunnerEnvironment, "googleCredentials" | "storageEmulator" | "registryLogin">;
  destination: Destination["kind"];
  /** The registry takes Google credentials (Artifact Registry, gcr.io). */
  googleRegistry: boolean;
}

/** Why this run cannot read the destination or the registry, or undefined when it can. Pure. */
export function credentialsProblem(access: ReadAccess): string | undefined {
  if (access.google.missing) return access.google.missing;
  const google = access.google.accessToken !== undefined || access.runner.googleCredentials;
  if (access.destination === "composer" && !google) return "no Google credentials in this run to read the Composer environment";
  if (access.destination === "gcs" && !google && !access.runner.storageEmulator) return "no Google credentials in this run to read the bucket";
  const registryReadable = access.runner.registryLogin.password !== undefined || (access.googleRegistry && google);
  return registryReadable ? undefined : "no registry credentials in this run";
}
