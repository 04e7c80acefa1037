/**
 * A secret in the environment never appears in any output of a failing run of the bundled CLI
 * (stdout, `--json`, stderr), however the run fails: a .dockerignore that is a link to a file
 * holding the secret or to the process's own environment, a .dockerignore line quoting it, a
 * dag.yaml value quoting it, a docker build that prints it (real daemon and registry), and a
 * registry stand-in that echoes the password in its error.
 */
import { spawn, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testEnv } from "../helpers/test-env.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const CLI = join(ROOT, "dist/cli.js");
const SECRET = "s3cr3t-deploy-token-6b0f9e";
const SPEC = 'schedule: "@daily"\nstart_date: 2024-01-01\ntasks:\n  run:\n    command: [sh, /app/run.sh]\n';

function git(cwd: string, ...args: string[]): void {
  execFileSync("git", ["-c", "user.email=ci@example.com", "-c", "user.name=ci", ...args], { cwd, encoding: "utf8" });
}

/** A committed repository with one project, `sales`, and the given extra files. */
function repoWith(files: Record<string, string>, links: Record<string, string> = {}): string {
  const base = realpathSync(mkdtempSync(join(tmpdir(), "dagship-secrets-")));
  const repo = join(base, "etl");
  const all: Record<string, string> = {
    "projects/sales/dag.yaml": SPEC,
    "projects/sales/Dockerfile": "ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nCOPY run.sh /app/run.sh\n",
    "projects/sales/run.sh": "echo sales\n",
    "../outside/secret.env": `DEPLOY_API_TOKEN=${SECRET}\n[unbalanced\n`,
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(join(repo, file, ".."), { recursive: true });
    writeFileSync(join(repo, file), text);
  }
  for (const [link, target] of Object.entries(links)) symlinkSync(target, join(repo, link));
  git(repo, "init", "-q", "-b", "main");
  git(repo, "add", "-A");
  git(repo, "commit", "-qm", "first");
  return repo;
}

/** Runs the CLI with the secret in its environment (asynchronously: a test may serve HTTP meanwhile). */
function dagship(cwd: string, args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--no-deprecation", CLI, ...args], { cwd, env: { ...process.env, DEPLOY_API_TOKEN: SECRET, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function expectNoSecret(result: { code: number | null; stdout: string; stderr: string }, ...secrets: string[]): void {
  expect(result.code, result.stderr).toBe(1);
  for (const secret of [SECRET, ...secrets]) {
    expect(result.stdout).not.toContain(secret);
    expect(result.stderr).not.toContain(secret);
  }
  expect(result.stderr).not.toContain("internal error");
}

describe("a secret in the environment never appears in the output of a failing CLI run", () => {
  it(".dockerignore linked to a file holding the secret: refused, naming the link, never quoting the file", async () => {
    const repo = repoWith({}, { "projects/sales/.dockerignore": "../../../outside/secret.env" });
    const result = await dagship(repo, ["deploy", "--registry", "127.0.0.1:1/etl", "--json"]);
    expectNoSecret(result);
    expect(result.stderr).toMatch(/\.dockerignore is a symlink to "\.\.\/\.\.\/\.\.\/outside\/secret\.env", which resolves to \S+, outside the build context/);
    // The project's failure is listed in the --json report (every project's outcome); the secret is not.
    expect(result.stdout).toMatch(/"ok": false/);
  });

  it(".dockerignore linked to /proc/self/environ (how the environment was once printed): refused", async () => {
    const repo = repoWith({}, { "projects/sales/.dockerignore": "/proc/self/environ" });
    const result = await dagship(repo, ["plan", "--registry", "127.0.0.1:1/etl"], { EXTRA: "[" });
    expectNoSecret(result);
    expect(result.stderr).toContain('.dockerignore is a symlink to "/proc/self/environ"');
    expect(result.stderr).not.toContain("PATH=");
  });

  it("a .dockerignore line quoting the secret: the line is quoted, the secret masked", async () => {
    const repo = repoWith({ "projects/sales/.dockerignore": `*.log\n[${SECRET}\n` });
    const result = await dagship(repo, ["deploy", "--registry", "127.0.0.1:1/etl"]);
    expectNoSecret(result);
    expect(result.stderr).toContain('line 2: pattern "[***" has a malformed character class');
  });

  it("a dag.yaml value quoting the secret: masked in --json (stdout) and in the text report", async () => {
    const repo = repoWith({ "projects/sales/dag.yaml": `${SPEC}catchup: ${SECRET}\n` });
    const json = await dagship(repo, ["validate", "--json"]);
    expectNoSecret(json);
    expect(json.stdout).toContain('got the string \\"***\\"');
    const text = await dagship(repo, ["deploy"]);
    expectNoSecret(text);
    expect(text.stderr).toContain('got the string "***"');
  });

  it("a registry stand-in that echoes the password in its error: masked", async () => {
    const password = "registry-password-e1d2c3";
    const server = createServer((request, response) => {
      if (request.headers.authorization === undefined) {
        response.writeHead(401, { "WWW-Authenticate": 'Basic realm="stand-in"', "Content-Type": "text/plain" }).end("authentication required");
        return;
      }
      const [user, pass] = Buffer.from(request.headers.authorization.replace(/^Basic /, ""), "base64")
        .toString()
        .split(":");
      response.writeHead(500, { "Content-Type": "text/plain" }).end(`storage backend failed for user ${user} with password ${pass}`);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const repo = repoWith({});
      const result = await dagship(repo, ["deploy", "--registry", `127.0.0.1:${port}/etl`], {
        DAGSHIP_REGISTRY_USERNAME: "ci",
        DAGSHIP_REGISTRY_PASSWORD: password,
      });
      expectNoSecret(result, password);
      expect(result.stderr).toContain("with password ***");
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("a docker build that prints the secret (real daemon and registry): masked in the live log and in the error", async () => {
    const env = testEnv();
    const repo = repoWith({
      "projects/sales/Dockerfile":
        'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nARG REGISTRY\nCOPY .env /app/.env\nRUN cat /app/.env && echo "password: $REGISTRY" && exit 3\n',
      "projects/sales/.env": `DEPLOY_API_TOKEN=${SECRET}\n`,
    });
    const namespace = `secrets-${Date.now().toString(36)}`;
    const result = await dagship(
      repo,
      [
        "deploy",
        "--registry",
        `${env.registry}/${namespace}`,
        "--build-arg",
        `BASE_IMAGE=${env.busyboxImage}`,
        "--build-arg",
        `REGISTRY=${env.registryPassword}`,
      ],
      {
        DAGSHIP_REGISTRY_USERNAME: env.registryUser,
        DAGSHIP_REGISTRY_PASSWORD: env.registryPassword,
      },
    );
    expectNoSecret(result, env.registryPassword);
    expect(result.stderr).toContain("docker build failed");
    expect(result.stderr).toContain("DEPLOY_API_TOKEN=***");
    expect(result.stderr).toContain("password: ***");
  });
});
