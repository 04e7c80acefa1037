/**
 * Test-side registry tools that do not go through src/image: a raw HTTP view of a registry (to
 * check what it really serves) and a private docker-registry process (to take it down).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import type { DockerCommandManager } from "../../src/image/docker.js";

const ACCEPT = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.docker.distribution.manifest.v2+json",
  "application/vnd.oci.image.manifest.v1+json",
].join(", ");

/** What a registry serves, read with plain fetch and Basic auth. */
export class RawRegistry {
  constructor(
    private readonly host: string,
    private readonly user: string,
    private readonly password: string,
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { Authorization: `Basic ${Buffer.from(`${this.user}:${this.password}`).toString("base64")}`, ...extra };
  }

  /** Sorted tags of a repository; [] when it does not exist. */
  async tags(name: string): Promise<string[]> {
    const response = await fetch(`http://${this.host}/v2/${name}/tags/list`, { headers: this.headers() });
    if (response.status === 404) return [];
    if (!response.ok) throw new Error(`tags/list ${name}: HTTP ${response.status}`);
    const body = (await response.json()) as { tags?: string[] | null };
    return [...(body.tags ?? [])].sort();
  }

  /**
   * Every tag of the repositories with the digest it serves, as `name:tag -> digest`: compared
   * before and after, it shows that nothing was pushed, tagged or moved.
   */
  async state(names: readonly string[]): Promise<Record<string, string | undefined>> {
    const state: Record<string, string | undefined> = {};
    for (const name of names) for (const tag of await this.tags(name)) state[`${name}:${tag}`] = await this.digest(name, tag);
    return state;
  }

  /** sha256 of the manifest bytes served for a tag, as a client pulling it would compute. */
  async digest(name: string, tag: string): Promise<string | undefined> {
    const response = await fetch(`http://${this.host}/v2/${name}/manifests/${tag}`, { headers: this.headers({ Accept: ACCEPT }) });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`manifest ${name}:${tag}: HTTP ${response.status}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A docker-registry process of this test alone, with its own htpasswd user, that can be stopped and started. */
export class PrivateRegistry {
  readonly user = "private";
  readonly password = `pw-${Math.random().toString(36).slice(2)}`;
  host = "";
  private child: ChildProcess | undefined;
  private config = "";

  constructor(private readonly dir: string) {}

  async start(): Promise<void> {
    if (this.config === "") {
      const port = await freePort();
      this.host = `127.0.0.1:${port}`;
      await mkdir(path.join(this.dir, "data"), { recursive: true });
      execFileSync("htpasswd", ["-B", "-b", "-c", path.join(this.dir, "htpasswd"), this.user, this.password], { stdio: "ignore" });
      this.config = path.join(this.dir, "config.yml");
      await writeFile(
        this.config,
        [
          "version: 0.1",
          "log: {level: error}",
          `storage: {filesystem: {rootdirectory: ${path.join(this.dir, "data")}}, delete: {enabled: true}}`,
          `http: {addr: "${this.host}", secret: private-test-secret}`,
          `auth: {htpasswd: {realm: private, path: ${path.join(this.dir, "htpasswd")}}}`,
          "",
        ].join("\n"),
      );
    }
    this.child = spawn("docker-registry", ["serve", this.config], { stdio: "ignore" });
    for (let i = 0; i < 80; i++) {
      const up = await fetch(`http://${this.host}/v2/`).then(
        (r) => r.status === 401,
        () => false,
      );
      if (up) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`private docker-registry on ${this.host} did not start`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
    this.child = undefined;
  }
}

/** Removes the local images of the repositories below `prefix` (`host/namespace`) that a test or benchmark pushed. */
export async function removeLocalImages(docker: DockerCommandManager, prefix: string): Promise<void> {
  const listed = await docker.exec({ args: ["image", "ls", "--format", "{{.Repository}}:{{.Tag}}", `${prefix}/*`], env: {} }, { allowFailure: true });
  const refs = listed.stdout.split("\n").filter((line) => line !== "" && !line.endsWith(":<none>"));
  if (refs.length > 0) await docker.exec({ args: ["image", "rm", "--force", ...refs], env: {} }, { allowFailure: true });
}
