/**
 * The checker the Composer API stand-in answers with must itself catch what the real API
 * refuses, or a stand-in test could pass on a request Composer would reject.
 */
import { describe, expect, it } from "vitest";
import { environmentResource } from "../sync/composer-stand-in.js";
import { ComposerRestDescription } from "./composer-rest-description.js";

const description = new ComposerRestDescription();
const ENV = "projects/p/locations/us-central1/environments/e";

describe("the Composer API's published description (its protocol buffers' HTTP rules and JSON mapping)", () => {
  it("maps REST paths to RPCs with the path variables bound", () => {
    expect(description.match("POST", `/v1/${ENV}:executeAirflowCommand`)).toMatchObject({
      rpc: "ExecuteAirflowCommand",
      pathParams: { environment: ENV },
      body: "*",
    });
    expect(description.match("POST", `/v1/${ENV}:pollAirflowCommand`)?.rpc).toBe("PollAirflowCommand");
    expect(description.match("POST", `/v1/${ENV}:stopAirflowCommand`)?.rpc).toBe("StopAirflowCommand");
    expect(description.match("GET", `/v1/${ENV}`)).toMatchObject({ rpc: "GetEnvironment", pathParams: { name: ENV } });
    expect(description.match("GET", `/v1/${ENV}:executeAirflowCommand`)).toBeUndefined();
    expect(description.match("POST", `/v1/projects/p/environments/e:executeAirflowCommand`)).toBeUndefined();
  });

  it.each<[string, string, unknown, string[]]>([
    [
      "a well-formed execute request",
      "executeAirflowCommand",
      { command: "dags", subcommand: "list-import-errors", parameters: ["--subdir", "/x", "--output", "json"] },
      [],
    ],
    [
      "the environment repeated in the body",
      "executeAirflowCommand",
      { environment: ENV, command: "dags" },
      ["request.environment: bound by the URL path, not sent in the body"],
    ],
    [
      "parameters as one string",
      "executeAirflowCommand",
      { command: "dags", parameters: "--subdir /x" },
      ["request.parameters: a repeated field is a JSON array"],
    ],
    ["a snake_case name", "pollAirflowCommand", { execution_id: "1" }, ['request.execution_id: PollAirflowCommandRequest has no field "execution_id"']],
    [
      "a line number as text that is not a number",
      "pollAirflowCommand",
      { executionId: "1", pod: "p", podNamespace: "n", nextLineNumber: "one" },
      ["request.nextLineNumber: expected a int32"],
    ],
    ["a well-formed poll", "pollAirflowCommand", { executionId: "1", pod: "p", podNamespace: "n", nextLineNumber: 4 }, []],
  ])("requests: %s", (_, method, body, problems) => {
    const matched = description.match("POST", `/v1/${ENV}:${method}`);
    if (!matched) throw new Error("no RPC");
    expect(description.checkRequest(matched, body)).toEqual(problems);
  });

  it.each<[string, unknown, string[]]>([
    ["output, end and exit info", { output: [{ lineNumber: 1, content: "[]" }], outputEnd: true, exitInfo: { exitCode: 1, error: "" } }, []],
    ["every default left out", {}, []],
    ["a line as a bare string", { output: ["[]"] }, ["response.output[0]: Line must be a JSON object"]],
    ["exit code as a boolean", { exitInfo: { exitCode: true } }, ["response.exitInfo.exitCode: expected a int32"]],
  ])("poll answers: %s", (_, body, problems) => {
    const matched = description.match("POST", `/v1/${ENV}:pollAirflowCommand`);
    if (!matched) throw new Error("no RPC");
    expect(description.checkResponse(matched, body)).toEqual(problems);
  });

  it("the Environment resource the stand-ins serve, and a state it does not have", () => {
    const matched = description.match("GET", `/v1/${ENV}`);
    if (!matched) throw new Error("no RPC");
    const resource = environmentResource(ENV, "bucket", "composer-3-airflow-2.10.5-build.7");
    expect(description.checkResponse(matched, resource)).toEqual([]);
    expect(description.checkResponse(matched, { ...resource, state: "BUSY" })).toEqual(['response.state: "BUSY" is not a value of State']);
  });

  it.each<[number, unknown, string[]]>([
    [403, { error: { code: 403, message: "denied", status: "PERMISSION_DENIED" } }, []],
    [400, { error: { code: 400, message: "updating", status: "FAILED_PRECONDITION" } }, []],
    [409, { error: { code: 409, message: "x", status: "FAILED_PRECONDITION" } }, ["FAILED_PRECONDITION maps to HTTP 400, not 409"]],
    [403, { error: { code: 400, message: "x", status: "PERMISSION_DENIED" } }, ["error.code must repeat the HTTP status 403"]],
    [500, { message: "no envelope" }, ['an error answer must be {"error": {...}}']],
  ])("errors: HTTP %s %j", (status, body, problems) => {
    expect(description.checkError(status, body)).toEqual(problems);
  });
});
