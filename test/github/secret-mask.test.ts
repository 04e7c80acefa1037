/**
 * Every output path of the action behind the secret mask: log lines and group titles, outputs,
 * the job summary, annotations, the PR comment (sent to the GitHub API stand-in) and the one
 * failure message. The secrets are the environment's (by name, and inside a Google credentials
 * file) and the ones the run registers while it runs.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionIo } from "../../src/action.js";
import { postComment } from "../../src/action/comment.js";
import type { RunContext } from "../../src/action/context.js";
import { withSecretMask } from "../../src/action/io.js";
import type { Problem } from "../../src/errors.js";
import { MemoryLogger } from "../../src/log.js";
import { credentialSecrets, environmentSecrets, isSecretVariable, SecretMask } from "../../src/secrets.js";
import { runCapturingCommands } from "./capture.js";
import { GitHubApiStandIn } from "./github-api-stand-in.js";
import { memoryState } from "./harness.js";

const PASSWORD = "registry-pass-7d1e";
const TOKEN = "ghs_standin_token_9a2b";
const PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n";

describe("what counts as a secret", () => {
  it.each([
    ["DAGSHIP_REGISTRY_PASSWORD", true],
    ["GITHUB_TOKEN", true],
    ["GH_TOKEN", true],
    ["INPUT_REGISTRY-PASSWORD", true],
    ["INPUT_GITHUB-TOKEN", true],
    ["ACTIONS_ID_TOKEN_REQUEST_TOKEN", true],
    ["ACTIONS_RUNTIME_TOKEN", true],
    ["DEPLOY_API_KEY", true],
    ["AWS_SECRET", true],
    ["DOCKER_AUTH_CONFIG", true],
    ["dagship_registry_password", true],
    ["DAGSHIP_REGISTRY_USERNAME", false],
    ["ACTIONS_ID_TOKEN_REQUEST_URL", false],
    ["GOOGLE_APPLICATION_CREDENTIALS", false],
    ["TOKENIZER_THREADS", false],
    ["PATH", false],
  ])("%s: %s", (name, expected) => {
    expect(isSecretVariable(name)).toBe(expected);
  });

  it("the secret fields of a Google credentials file, nested ones included", () => {
    const document = {
      type: "impersonated_service_account",
      service_account_impersonation_url: "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/x:generateAccessToken",
      source_credentials: { type: "authorized_user", client_id: "id.apps.googleusercontent.com", client_secret: "cs-1234", refresh_token: "rt-5678" },
    };
    expect(credentialSecrets(document).sort()).toEqual(["cs-1234", "rt-5678"]);
    expect(
      credentialSecrets({ type: "service_account", private_key_id: "kid-42", private_key: PRIVATE_KEY, client_email: "x@y.iam.gserviceaccount.com" }).sort(),
    ).toEqual(["kid-42", PRIVATE_KEY].sort());
  });

  it("reads the credentials file GOOGLE_APPLICATION_CREDENTIALS names, and masks its key however it is printed", () => {
    const dir = mkdtempSync(join(tmpdir(), "dagship-creds-"));
    const file = join(dir, "key.json");
    const text = JSON.stringify({ type: "service_account", private_key: PRIVATE_KEY, client_email: "x@y.iam.gserviceaccount.com" });
    writeFileSync(file, text);
    try {
      expect(environmentSecrets({ GOOGLE_APPLICATION_CREDENTIALS: file })).toEqual([PRIVATE_KEY]);
      const mask = SecretMask.fromEnvironment({ GOOGLE_APPLICATION_CREDENTIALS: file });
      // The file as a whole (JSON-escaped key), the key itself, one line of it.
      expect(mask.redact(text)).not.toContain("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC");
      expect(mask.redact(`key: ${PRIVATE_KEY}`)).not.toContain("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC");
      expect(mask.redact("line: MIIEvQIBADANBgkqhkiG9w0BAQEFAASC")).toBe("line: ***");
      // The path is not a secret: messages about the file still name it.
      expect(mask.redact(file)).toBe(file);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("masks JSON- and URL-escaped forms; leaves values too short to be secrets alone", () => {
    const mask = new SecretMask();
    mask.add('pa"ss/word\\1');
    mask.add("abc");
    expect(mask.redact(JSON.stringify({ password: 'pa"ss/word\\1' }))).toBe('{"password":"***"}');
    expect(mask.redact(`https://u:${encodeURIComponent('pa"ss/word\\1')}@host`)).toBe("https://u:***@host");
    expect(mask.redact("abc")).toBe("abc");
  });
});

/** A runner that records everything written to it, unredacted. */
function recordingIo(env: NodeJS.ProcessEnv) {
  const written = { outputs: [] as string[], summaries: [] as string[], annotations: [] as string[], log: new MemoryLogger() };
  const io: ActionIo = {
    env,
    log: written.log,
    getInput: () => "",
    setOutput: (name, value) => written.outputs.push(`${name}=${value}`),
    summary: async (markdown) => {
      written.summaries.push(markdown);
    },
    annotate: (problem: Problem, file: string) => written.annotations.push(`${file}: ${problem.message}`),
    getIdToken: async () => "",
    fetch,
    state: memoryState(),
  };
  return { io, written };
}

describe("the action's sinks", () => {
  const standIn = new GitHubApiStandIn(TOKEN);
  beforeAll(() => standIn.start());
  afterAll(() => standIn.stop());

  it("log, outputs, summary and annotations never show an environment secret or one registered later", async () => {
    const { io, written } = recordingIo({ DAGSHIP_REGISTRY_PASSWORD: PASSWORD });
    const masked = withSecretMask(io);
    expect(withSecretMask(masked)).toBe(masked);
    const obtained = "ya29.access-token-obtained-later";
    masked.log.mask(obtained);
    const leak = `password ${PASSWORD} and token ${obtained}`;
    masked.log.info(leak);
    masked.log.warn(leak);
    masked.log.debug(leak);
    await masked.log.group(`group ${leak}`, async () => undefined);
    masked.setOutput("plan", JSON.stringify({ why: leak }));
    await masked.summary(`## ${leak}`);
    masked.annotate({ file: "projects/a/dag.yaml", line: 1, column: 1, message: leak, severity: "error" }, "projects/a/dag.yaml");
    const everything = [...written.log.lines, ...written.outputs, ...written.summaries, ...written.annotations];
    expect(everything).toHaveLength(7);
    for (const line of everything) {
      expect(line).not.toContain(PASSWORD);
      expect(line).not.toContain(obtained);
      expect(line).toContain("password *** and token ***");
    }
  });

  it("the PR comment reaches the GitHub API (stand-in) masked", async () => {
    const { io } = recordingIo({ DEPLOY_API_TOKEN: "deploy-token-31f0" });
    const ctx = {
      io: withSecretMask(io),
      settings: { githubToken: TOKEN },
      event: { repository: "acme/etl" },
      runner: { githubApiUrl: standIn.url },
    } as unknown as RunContext;
    expect(await postComment(ctx, 7, "preview: the build printed deploy-token-31f0", "key")).toBe(true);
    expect(standIn.violations).toEqual([]);
    expect(standIn.comments.map((comment) => comment.body)).toEqual([expect.stringContaining("preview: the build printed ***")]);
    expect(JSON.stringify(standIn.requests)).not.toContain("deploy-token-31f0");
  });

  it("the failure message of run() is masked", async () => {
    const { io } = recordingIo({ DAGSHIP_REGISTRY_PASSWORD: PASSWORD });
    const failing: ActionIo = {
      ...io,
      getInput: () => {
        throw new Error(`registry answered: bad password ${PASSWORD}`);
      },
    };
    const { commands } = await runCapturingCommands(failing);
    const errors = commands.filter((line) => line.startsWith("::error::"));
    expect(errors).toEqual(["::error::dagship failed: registry answered: bad password ***\n"]);
  });
});
