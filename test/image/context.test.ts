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

describe("symlinks in a build context (Docker sends the link, never its target)", () => {
  let outside: string;
  beforeEach(async () => {
    outside = await mkdtemp(path.join(tmpdir(), "dagship-ctx-outside-"));
    await writeFile(path.join(outside, "secret.env"), "API_TOKEN=never-in-a-message\n[broken\n");
  });
  afterEach(async () => {
    await rm(outside, { recursive: true, force: true });
  });

  it("hashes a link by its text: the bytes it points at never count, inside or outside the context", async () => {
    await write("Dockerfile", "FROM scratch\n");
    await write("src/real.txt", "inside\n");
    await symlink("real.txt", path.join(dir, "src/inside-link"));
    await symlink(path.join(outside, "secret.env"), path.join(dir, "outside-link"));
    await symlink("nowhere", path.join(dir, "dangling"));
    const scanned = await scanContext({ contextDir: dir });
    expect(scanned.entries.filter((e) => e.type === "symlink").map((e) => [e.path, e.linkTarget])).toEqual([
      ["dangling", "nowhere"],
      ["outside-link", path.join(outside, "secret.env")],
      ["src/inside-link", "real.txt"],
    ]);
    const before = await hashOf();
    await writeFile(path.join(outside, "secret.env"), "changed outside\n");
    expect(await hashOf()).toBe(before);
    await rm(path.join(dir, "src/inside-link"));
    await symlink("./real.txt", path.join(dir, "src/inside-link"));
    expect(await hashOf()).not.toBe(before);
  });

  it("the context folder itself may be a link (a project reached through one)", async () => {
    await project();
    const viaLink = path.join(outside, "linked-project");
    await symlink(dir, viaLink);
    expect(await hashOf(viaLink)).toBe(await hashOf(dir));
  });

  it("a Dockerfile that is a link inside the context is followed, as Docker does; the link and its target are both sent", async () => {
    await write("docker/Dockerfile.real", "FROM scratch\n");
    await symlink("docker/Dockerfile.real", path.join(dir, "Dockerfile"));
    const scanned = await scanContext({ contextDir: dir });
    expect(scanned.entries.map((e) => `${e.type}:${e.path}`)).toEqual(["symlink:Dockerfile", "dir:docker", "file:docker/Dockerfile.real"]);
  });

  it.each([
    [
      "leaves the context",
      async () => symlink(path.join(outside, "secret.env"), path.join(dir, "Dockerfile")),
      /Dockerfile is a symlink to .*, outside the build context/,
    ],
    ["dangles", async () => symlink("missing", path.join(dir, "Dockerfile")), /Dockerfile is a symlink to "missing", which does not exist/],
    [
      "names a file .dockerignore leaves out",
      async () => {
        await write("docker/Dockerfile.real", "FROM scratch\n");
        await write(".dockerignore", "docker/\n");
        await symlink("docker/Dockerfile.real", path.join(dir, "Dockerfile"));
      },
      /the Dockerfile Dockerfile is a symlink to docker\/Dockerfile\.real, which \.dockerignore leaves out .*Add "!docker\/Dockerfile\.real"/,
    ],
    ["is a folder", async () => mkdir(path.join(dir, "Dockerfile")), /the Dockerfile .* is not a file/],
  ])("a Dockerfile that %s is refused, saying what to do", async (_, arrange, message) => {
    await arrange();
    const refused = await scanContext({ contextDir: dir }).catch((thrown: unknown) => thrown);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as Error).message).toMatch(message);
    expect((refused as Error).message).not.toContain("never-in-a-message");
  });

  it(".dockerignore as a link: followed inside the context (or the boundary given), refused outside without quoting it", async () => {
    await write("Dockerfile", "FROM scratch\n");
    await write("debug.log", "noise\n");
    await write("config/ignore", "*.log\n");
    await symlink("config/ignore", path.join(dir, ".dockerignore"));
    expect((await scanContext({ contextDir: dir })).entries.map((e) => e.path)).not.toContain("debug.log");

    await rm(path.join(dir, ".dockerignore"));
    await symlink(path.join(outside, "secret.env"), path.join(dir, ".dockerignore"));
    const refused = await scanContext({ contextDir: dir }).catch((thrown: unknown) => thrown);
    expect((refused as Error).message).toMatch(/\.dockerignore is a symlink to .*, outside the build context/);
    expect((refused as Error).message).not.toContain("never-in-a-message");
    // Inside a wider boundary (the repository), the same link is followed, and its bad line is
    // quoted, shortened to that one line.
    const viaBoundary = await scanContext({ contextDir: dir, boundary: path.dirname(outside) }).catch((thrown: unknown) => thrown);
    expect((viaBoundary as Error).message).toMatch(/\.dockerignore: line 2: pattern "\[broken" has a malformed character class/);
    expect((viaBoundary as Error).message).not.toContain("never-in-a-message");
  });

  it("a .dockerignore that is /proc/self/environ (the environment, NUL-separated) is refused, never quoted", async () => {
    await write("Dockerfile", "FROM scratch\n");
    await symlink("/proc/self/environ", path.join(dir, ".dockerignore"));
    const refused = await scanContext({ contextDir: dir }).catch((thrown: unknown) => thrown);
    expect((refused as Error).message).toMatch(/\.dockerignore is a symlink to "\/proc\/self\/environ", which resolves to \S+, outside the build context/);
    expect((refused as Error).message).not.toContain("PATH=");
  });

  it("a refused .dockerignore line is quoted only up to its end and shortened, even one a NUL-separated file makes endless", async () => {
    await write("Dockerfile", "FROM scratch\n");
    await write(".dockerignore", `[${"x".repeat(500)}\0SECOND=never-in-a-message\n`);
    const refused = await scanContext({ contextDir: dir }).catch((thrown: unknown) => thrown);
    const message = (refused as Error).message;
    expect(message).toMatch(/line 1: pattern "\[x{79}\.\.\. \(\d+ more characters\) \(first line only\)"/);
    expect(message).not.toContain("never-in-a-message");
    expect(message.length).toBeLessThan(400);
  });
});
