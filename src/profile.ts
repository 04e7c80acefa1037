import { UserError } from "./errors.js";

/** Where the DAG runs: a Cloud Composer major version, or self-hosted Airflow on plain Kubernetes. */
export type Platform = "composer-2" | "composer-3" | "kubernetes";
export type AirflowMajor = 2 | 3;

/** A render profile: which Airflow and which cluster the generated file must load on. */
export interface Profile {
  platform: Platform;
  airflow: AirflowMajor;
  /** Namespace for plain Kubernetes when dag.yaml names none. */
  defaultNamespace: string;
}

/** Every supported profile, by its stable name (used in golden file names and --json output). */
export const PROFILES: Readonly<Record<string, Profile>> = {
  "composer-2-airflow-2": { platform: "composer-2", airflow: 2, defaultNamespace: "composer-user-workloads" },
  "composer-3-airflow-2": { platform: "composer-3", airflow: 2, defaultNamespace: "composer-user-workloads" },
  "composer-3-airflow-3": { platform: "composer-3", airflow: 3, defaultNamespace: "composer-user-workloads" },
  "kubernetes-airflow-2": { platform: "kubernetes", airflow: 2, defaultNamespace: "default" },
  "kubernetes-airflow-3": { platform: "kubernetes", airflow: 3, defaultNamespace: "default" },
};

/** The stable name of a profile, e.g. composer-3-airflow-2. */
export function profileName(profile: Profile): string {
  return `${profile.platform}-airflow-${profile.airflow}`;
}

/** The namespace Composer runs user pods in; Composer 3 allows no other. */
export const COMPOSER_NAMESPACE = "composer-user-workloads";

/**
 * Choose a profile from the user's settings. `composer` is "2", "3" or "none" (plain Kubernetes).
 * Composer 2 has no Airflow 3 images, so that pair is refused.
 */
export function resolveProfile(options: { composer?: string; airflow?: string; namespace?: string }): Profile {
  const composer = options.composer ?? "3";
  const airflow = options.airflow ?? "2";
  if (!["2", "3", "none"].includes(composer)) {
    throw new UserError(`--composer must be 2, 3 or none (plain Kubernetes), not "${composer}"`);
  }
  if (!["2", "3"].includes(airflow)) throw new UserError(`--airflow must be 2 or 3, not "${airflow}"`);
  if (composer === "2" && airflow === "3") {
    throw new UserError("Cloud Composer 2 has no Airflow 3 images: use --composer 3 with --airflow 3, or --airflow 2");
  }
  const platform: Platform = composer === "none" ? "kubernetes" : composer === "2" ? "composer-2" : "composer-3";
  const base = PROFILES[`${platform}-airflow-${airflow}`] as Profile;
  if (options.namespace !== undefined) {
    if (platform === "composer-3") {
      throw new UserError(`--namespace is not allowed on Composer 3: pods always run in ${COMPOSER_NAMESPACE}`);
    }
    return { ...base, defaultNamespace: options.namespace };
  }
  return base;
}
