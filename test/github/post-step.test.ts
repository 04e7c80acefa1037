/**
 * The post step (action.yml `post:` with `post-if: always()`): the same run() finds the state its
 * main step saved and removes the credentials that step wrote, also when the step never got to
 * its own cleanup (a cancelled job). Real files, the real credentials installer; the runner's
 * state is kept in memory, as the runner keeps it between the two steps.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { IS_POST_STATE, type ActionIo } from "../../src/action.js";
import { Cleanups } from "../../src/action/cleanups.js";
import { CREDENTIALS_STATE, credentialsFolder, recordedCredentialFolders } from "../../src/action/credentials.js";
import { UserError } from "../../src/errors.js";
import { installApplicationDefaultCredentials } from "../../src/google/workload-identity.js";
import { MemoryLogger } from "../../src/log.js";
import { runCapturingCommands } from "./capture.js";
import { memoryState } from "./harness.js";

const IDENTITY = {
  workloadIdentityProvider: "projects/123456/locations/global/workloadIdentityPools/github/providers/etl-repo",
  serviceAccount: "dagship@acme-data.iam.gserviceaccount.com",
};
const SOURCE = { requestUrl: "https://token.actions.example/id", requestToken: "runner-request-token" };

/** A runner whose inputs must not be read: the post step reads only its state. */
function postIo(state: ReturnType<typeof memoryState>, log = new MemoryLogger()): ActionIo {
  return {
    env: {},
    log,
    getInput: (name) => {
      throw new Error(`the post step read the input ${name}`);
    },
    setOutput: (name) => {
      throw new Error(`the post step set the output ${name}`);
    },
    summary: async () => undefined,
    annotate: () => undefined,
    getIdToken: () => Promise.reject(new Error("no OIDC in the post step")),
    fetch,
    state,
  };
}

describe("the post step removes the credentials its main step wrote", () => {
  const temps: string[] = [];
  const temp = (): string => {
    const dir = mkdtempSync(join(tmpdir(), "dagship-post-"));
    temps.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("a cancelled step: the folder is recorded before the file is written, and the post step removes both", async () => {
    const runnerTemp = temp();
    const state = memoryState({ [IS_POST_STATE]: "true" });
    const env: NodeJS.ProcessEnv = {};
    // The main step up to the point a cancellation stops it: its cleanups never run.
    const folder = await credentialsFolder(runnerTemp, state, new Cleanups());
    expect(recordedCredentialFolders(state)).toEqual([folder]);
    await installApplicationDefaultCredentials(IDENTITY, SOURCE, folder, env);
    const file = env["GOOGLE_APPLICATION_CREDENTIALS"] ?? "";
    expect(file.startsWith(`${folder}/`)).toBe(true);
    expect(readFileSync(file, "utf8")).toContain(SOURCE.requestToken);

    const log = new MemoryLogger();
    const { commands, exitCode } = await runCapturingCommands(postIo(state, log));
    expect(commands.filter((line) => line.startsWith("::error"))).toEqual([]);
    expect(exitCode).toBeUndefined();
    expect(existsSync(file)).toBe(false);
    expect(existsSync(folder)).toBe(false);
    expect(readdirSync(runnerTemp)).toEqual([]);
    expect(log.lines).toContain(`removed the credentials left in ${folder}`);
  });

  it("a step that finished: its own cleanup removed the folder, the post step finds nothing to do", async () => {
    const state = memoryState({ [IS_POST_STATE]: "true" });
    const cleanups = new Cleanups();
    const folder = await credentialsFolder(temp(), state, cleanups);
    cleanups.add(await installApplicationDefaultCredentials(IDENTITY, SOURCE, folder, {}));
    await cleanups.run(new MemoryLogger());
    expect(existsSync(folder)).toBe(false);
    const log = new MemoryLogger();
    const { commands } = await runCapturingCommands(postIo(state, log));
    expect(commands.filter((line) => line.startsWith("::error"))).toEqual([]);
    expect(log.lines).toEqual([`debug: credentials folder ${folder}: already removed`]);
  });

  it("several folders are all recorded and all removed", async () => {
    const state = memoryState({ [IS_POST_STATE]: "true" });
    const runnerTemp = temp();
    const first = await credentialsFolder(runnerTemp, state, new Cleanups());
    const second = await credentialsFolder(runnerTemp, state, new Cleanups());
    expect(recordedCredentialFolders(state)).toEqual([first, second]);
    await runCapturingCommands(postIo(state));
    expect(readdirSync(runnerTemp)).toEqual([]);
  });

  it.each([
    ["nothing recorded", ""],
    ["not JSON", "{"],
    ["not a list", '{"a":1}'],
    ["relative paths only", '["dags", 3]'],
  ])("state with %s removes nothing and does not fail", async (_, recorded) => {
    const state = memoryState({ [IS_POST_STATE]: "true", [CREDENTIALS_STATE]: recorded });
    expect(recordedCredentialFolders(state)).toEqual([]);
    const { commands, exitCode } = await runCapturingCommands(postIo(state));
    expect(commands).toEqual([]);
    expect(exitCode).toBeUndefined();
  });

  it("the main step marks the state first, so the same bundle run afterwards is the post step", async () => {
    const state = memoryState();
    const folder = await credentialsFolder(temp(), state, new Cleanups());
    // The main step fails at its first input; it has marked the state by then.
    const main = { ...postIo(state), getInput: () => "" };
    const first = await runCapturingCommands(main);
    expect(state.get(IS_POST_STATE)).toBe("true");
    expect(first.commands.filter((line) => line.startsWith("::error::"))).toEqual([
      '::error::dagship failed: input "registry": is required: the registry images are pushed to, e.g. us-central1-docker.pkg.dev/PROJECT/REPO or gcr.io/PROJECT\n',
    ]);
    expect(existsSync(folder)).toBe(true);
    const second = await runCapturingCommands(postIo(state));
    expect(second.commands).toEqual([]);
    expect(existsSync(folder)).toBe(false);
  });
});

describe("internal errors log their stack; user errors do not", () => {
  function failing(thrown: unknown): ActionIo {
    return {
      ...postIo(memoryState()),
      getInput: () => {
        throw thrown;
      },
    };
  }

  it("an internal error: the stack as a debug line, then the one failure", async () => {
    const error = new TypeError("x is undefined");
    const { commands } = await runCapturingCommands(failing(error));
    const debug = commands.filter((line) => line.startsWith("::debug::"));
    expect(debug).toHaveLength(1);
    expect(debug[0]).toContain("TypeError: x is undefined");
    expect(debug[0]).toContain("post-step.test.ts");
    expect(commands.filter((line) => line.startsWith("::error::"))).toEqual(["::error::dagship failed: x is undefined\n"]);
  });

  it("a user error: only the failure", async () => {
    const { commands } = await runCapturingCommands(failing(new UserError("bad input")));
    expect(commands).toEqual(["::error::dagship failed: bad input\n"]);
  });
});
