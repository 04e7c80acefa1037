import { describe, expect, it } from "vitest";
import { isEnvironmentBusy } from "../../src/google/airflow-command.js";
import { GoogleApiError } from "../../src/google/http.js";

describe("a Composer environment too busy to take a command", () => {
  it.each<[string, unknown, boolean]>([
    ["FAILED_PRECONDITION", new GoogleApiError(400, "Cannot execute Airflow command: the environment is being updated.", "FAILED_PRECONDITION"), true],
    ["409 ABORTED", new GoogleApiError(409, "Operation in progress", "ABORTED"), true],
    ["a message saying so without a status", new GoogleApiError(400, "Environment is not in a RUNNING state"), true],
    ["a refused permission", new GoogleApiError(403, "Permission denied", "PERMISSION_DENIED"), false],
    ["a bad argument", new GoogleApiError(400, "Invalid JSON payload received.", "INVALID_ARGUMENT"), false],
    ["something that is not a Google answer", new Error("being updated"), false],
  ])("%s", (_, thrown, busy) => {
    expect(isEnvironmentBusy(thrown)).toBe(busy);
  });
});
