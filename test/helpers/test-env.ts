/**
 * The local services of the integration tests, as described by `.test-env/env.sh` (written by
 * scripts/test-env/up.sh; `npm test` starts them and sources it). Integration tests call
 * `testEnv()` at the top: without the services they fail loudly instead of being skipped.
 */

export interface TestEnv {
  /** `host:port` of the local docker-registry (plain HTTP on 127.0.0.1, htpasswd auth). */
  registry: string;
  registryUser: string;
  registryPassword: string;
  /** A local image with busybox's applets in /bin (made with `docker import`). */
  busyboxImage: string;
  /** A local Debian bookworm image with python3 (3.11), pip, pytest and a few libraries. */
  pythonImage: string;
  /**
   * A local Debian bullseye image with python3 (3.9), pip, pytest and bullseye's older libraries
   * (requests 2.25.1, python-dateutil 2.8.1): a second, conflicting Python environment.
   */
  python39Image: string;
  /** Base URL of the Cloud Storage emulator, e.g. `http://127.0.0.1:9199` (STORAGE_EMULATOR_HOST). */
  storageEmulatorHost: string;
}

export const TEST_ENV_HINT = "run `npm test`, or `bash scripts/test-env/up.sh && source .test-env/env.sh`";

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(`${name} is not set although DAGSHIP_TEST_ENV_READY is: .test-env/env.sh looks incomplete; ${TEST_ENV_HINT}`);
  }
  return value;
}

export function testEnv(): TestEnv {
  if (process.env.DAGSHIP_TEST_ENV_READY !== "1") {
    throw new Error(`The local test services are not set up (DAGSHIP_TEST_ENV_READY is not set): ${TEST_ENV_HINT}`);
  }
  return {
    registry: required("DAGSHIP_TEST_REGISTRY"),
    registryUser: required("DAGSHIP_TEST_REGISTRY_USER"),
    registryPassword: required("DAGSHIP_TEST_REGISTRY_PASSWORD"),
    busyboxImage: required("DAGSHIP_TEST_BUSYBOX_IMAGE"),
    pythonImage: required("DAGSHIP_TEST_PYTHON_IMAGE"),
    python39Image: required("DAGSHIP_TEST_PYTHON39_IMAGE"),
    storageEmulatorHost: required("STORAGE_EMULATOR_HOST"),
  };
}
