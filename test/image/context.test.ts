import { execFileSync } from "node:child_process";
import { chmod, cp, mkdir, mkdtemp, rm, symlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { contentTagFor, hashContext, type BuildRecipe, type ContextEntry } from "../../src/image/context-hash.js";
import { ContextChangedError, contextTar, scanContext } from "../../src/image/context.js";

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "dagship-ctx-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(rel: string, content: string, mode?: number): Promise<void> {
  const file = path.join(dir, rel);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  if (mode !== undefined) await chmod(file, mode);
}

const EXCLUDE = ["dag.yaml"];

async function hashOf(root = dir, recipe: Partial<BuildRecipe> = {}): Promise<string> {
  const scanned = await scanContext({ contextDir: root, exclude: EXCLUDE });
  return hashContext(scanned.entries, { dockerfile: scanned.dockerfile, buildArgs: {}, ...recipe });
}

async function project(): Promise<void> {
  await write("Dockerfile", "ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nCOPY . /app\n");
  await write("dag.yaml", "schedule: '@daily'\n");
  await write(".dockerignore", "*.log\ntests/\n");
  await write("src/main.py", "print('hi')\n");
  await write("bin/run.sh", "#!/bin/sh\n", 0o755);
  await write("debug.log", "noise\n");
  await write("tests/test_main.py", "def test(): pass\n");
}

describe("scanContext and the content hash", () => {
  it("lists exactly what Docker would send, minus the deployment files", async () => {
    await project();
    const scanned = await scanContext({ contextDir: dir, exclude: EXCLUDE });
    expect(scanned.entries.map((e) => `${e.type}:${e.path}`)).toEqual([
      "file:.dockerignore",
      "file:Dockerfile",
      "dir:bin",
      "file:bin/run.sh",
      "dir:src",
      "file:src/main.py",
    ]);
    expect(scanned.entries.find((e) => e.path === "bin/run.sh")?.executable).toBe(true);
    expect(scanned.entries.find((e) => e.path === "src/main.py")?.executable).toBe(false);
    expect(scanned.excludedCount).toBe(3);
  });

  it("gives the same tag for the same content anywhere, whatever the timestamps", async () => {
    await project();
    const first = await hashOf();
    const copy = await mkdtemp(path.join(tmpdir(), "dagship-ctx-copy-"));
    try {
      await cp(dir, copy, { recursive: true });
      await utimes(path.join(copy, "src/main.py"), new Date(2001, 1, 1), new Date(2001, 1, 1));
      expect(await hashOf(copy)).toBe(first);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
    expect(contentTagFor(first)).toMatch(/^ctx-[0-9a-f]{32}$/);
  });

  it.each([
    ["a source file changes", () => write("src/main.py", "print('bye')\n")],
    ["a file is added", () => write("src/util.py", "")],
    ["an empty directory is added", () => mkdir(path.join(dir, "data"))],
    ["the executable bit changes", () => chmod(path.join(dir, "src/main.py"), 0o755)],
    ["the Dockerfile changes", () => write("Dockerfile", "FROM scratch\n")],
    ["the .dockerignore changes", () => write(".dockerignore", "*.log\n")],
    ["a symlink is added", () => symlink("main.py", path.join(dir, "src/link.py"))],
  ])("changes when %s", async (_what, change) => {
    await project();
    const before = await hashOf();
    await change();
    expect(await hashOf()).not.toBe(before);
  });

  it.each([
    ["dag.yaml changes", () => write("dag.yaml", "schedule: '@hourly'\n")],
    ["an ignored file changes", () => write("debug.log", "other noise\n")],
    ["a file in an ignored directory is added", () => write("tests/test_other.py", "")],
  ])("stays the same when %s", async (_what, change) => {
    await project();
    const before = await hashOf();
    await change();
    expect(await hashOf()).toBe(before);
  });

  it("covers the recipe: build args, Dockerfile path and target", async () => {
    await project();
    const base = await hashOf(dir, { buildArgs: { BASE_IMAGE: "busybox" } });
    expect(await hashOf(dir, { buildArgs: { BASE_IMAGE: "busybox" } })).toBe(base);
    expect(await hashOf(dir, { buildArgs: { BASE_IMAGE: "python" } })).not.toBe(base);
    expect(await hashOf(dir, { buildArgs: { BASE_IMAGE: "busybox", X: "" } })).not.toBe(base);
    expect(await hashOf(dir, { buildArgs: { BASE_IMAGE: "busybox" }, target: "prod" })).not.toBe(base);
    expect(await hashOf(dir, { buildArgs: { BASE_IMAGE: "busybox" }, dockerfile: "other/Dockerfile" })).not.toBe(base);
  });

  it("does not depend on entry order and cannot be fooled by separators in names", () => {
    const a: ContextEntry = { path: "a", type: "file", executable: false, sha256: "1".repeat(64), size: 1 };
    const b: ContextEntry = { path: "b", type: "file", executable: false, sha256: "2".repeat(64), size: 1 };
    const recipe = { dockerfile: "Dockerfile", buildArgs: {} };
    expect(hashContext([a, b], recipe)).toBe(hashContext([b, a], recipe));
    const joined = { dockerfile: "Dockerfile", buildArgs: { A: "1\narg B" } };
    const split = { dockerfile: "Dockerfile", buildArgs: { A: "1", B: "" } };
    expect(hashContext([], joined)).not.toBe(hashContext([], split));
  });

  it("names the missing Dockerfile and how to fix it", async () => {
    await write("src/main.py", "");
    const error = await scanContext({ contextDir: dir }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain(`no Dockerfile at ${path.join(dir, "Dockerfile")}`);
    expect((error as Error).message).toContain("every project folder needs a Dockerfile");
  });

  it("refuses a Dockerfile outside the context", async () => {
    await write("Dockerfile", "FROM scratch\n");
    await expect(scanContext({ contextDir: dir, dockerfile: "../Dockerfile" })).rejects.toThrow(/outside the build context/);
  });

  it("reports a .dockerignore line Docker would refuse, with its line", async () => {
    await write("Dockerfile", "FROM scratch\n");
    await write(".dockerignore", "ok\n[broken\n");
    await expect(scanContext({ contextDir: dir })).rejects.toThrow(/\.dockerignore: line 2: pattern "\[broken"/);
  });

  it("prefers the Dockerfile's own ignore file, as BuildKit does", async () => {
    await write("docker/app.Dockerfile", "FROM scratch\n");
    await write("docker/app.Dockerfile.dockerignore", "secret.txt\n");
    await write(".dockerignore", "public.txt\n");
    await write("secret.txt", "");
    await write("public.txt", "");
    const scanned = await scanContext({ contextDir: dir, dockerfile: "docker/app.Dockerfile" });
    expect(scanned.ignoreFile).toBe("docker/app.Dockerfile.dockerignore");
    const paths = scanned.entries.map((e) => e.path);
    expect(paths).toContain("public.txt");
    expect(paths).not.toContain("secret.txt");
  });
});

describe("contextTar", () => {
  it("is a tar archive that a standard reader lists with the scanned names, modes and bytes", async () => {
    await project();
    const longName = `deep/${"d".repeat(90)}/${"f".repeat(60)}.py`;
    await write(longName, "long\n");
    await symlink(`../${"d".repeat(10)}`, path.join(dir, "src/link"));
    await mkdir(path.join(dir, "empty"));
    const scanned = await scanContext({ contextDir: dir, exclude: EXCLUDE });
    const archive = await buffer(contextTar(scanned));
    const tarFile = path.join(dir, "..", `${path.basename(dir)}.tar`);
    await writeFile(tarFile, archive);
    try {
      // Python's tarfile is an independent reader: names, types, modes, link targets, contents.
      const listing = execFileSync(
        "python3",
        [
          "-c",
          [
            "import sys, tarfile, hashlib, json",
            "out = []",
            "with tarfile.open(sys.argv[1]) as t:",
            "  for m in t.getmembers():",
            "    data = t.extractfile(m).read() if m.isfile() else b''",
            "    out.append([m.name, 'dir' if m.isdir() else 'symlink' if m.issym() else 'file', oct(m.mode), m.linkname, hashlib.sha256(data).hexdigest() if m.isfile() else None])",
            "print(json.dumps(out))",
          ].join("\n"),
          tarFile,
        ],
        { encoding: "utf8" },
      );
      const members = JSON.parse(listing) as [string, string, string, string, string | null][];
      const expected = scanned.entries.map((e) => [
        e.path,
        e.type,
        e.type === "symlink" ? "0o777" : e.type === "dir" || e.executable ? "0o755" : "0o644",
        e.linkTarget ?? "",
        e.type === "file" ? (e.sha256 ?? null) : null,
      ]);
      expect(members).toEqual(expected);
      expect(members.map((m) => m[0])).toContain(longName);
      expect(members.map((m) => m[0])).toContain("empty");
    } finally {
      await rm(tarFile, { force: true });
    }
  });

  it("refuses to send a file that changed after it was hashed", async () => {
    await project();
    const scanned = await scanContext({ contextDir: dir, exclude: EXCLUDE });
    await write("src/main.py", "print('changed behind our back')\n");
    await expect(buffer(contextTar(scanned))).rejects.toBeInstanceOf(ContextChangedError);
  });
});
