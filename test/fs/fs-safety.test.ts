/**
 * The symlink rules on real temporary folders with real symlinks: inside, outside, dangling,
 * loops, a symlinked parent folder, chains, and folders created through (or refused at) links.
 */
import { mkdir, mkdtemp, readdir, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { ensureFolder, isInside, locateInside, NotAFolderError, openNoFollow, SymlinkRefusedError, type Boundary } from "../../src/fs-safety.js";

let base: string;
let repo: string;
let outside: string;
let boundary: Boundary;

beforeAll(async () => {
  base = await realpath(await mkdtemp(path.join(tmpdir(), "dagship-fs-safety-")));
  repo = path.join(base, "repo");
  outside = path.join(base, "outside");
  boundary = { root: repo, name: "the repository" };
  await mkdir(path.join(repo, "projects/sales"), { recursive: true });
  await mkdir(path.join(repo, "shared"), { recursive: true });
  await mkdir(outside, { recursive: true });
  await writeFile(path.join(repo, "projects/sales/dag.yaml"), "tasks: {}\n");
  await writeFile(path.join(repo, "shared/common.yaml"), "tasks: {}\n");
  await writeFile(path.join(outside, "secret.txt"), "TOKEN=do-not-print\n");
  await mkdir(path.join(outside, "project"));
  await writeFile(path.join(outside, "project/dag.yaml"), "tasks: {}\n");
  const links: [string, string][] = [
    ["projects/inside-file", "../shared/common.yaml"],
    ["projects/inside-dir", "sales"],
    ["projects/absolute-inside", path.join(repo, "shared/common.yaml")],
    ["projects/outside-file", "../../outside/secret.txt"],
    ["projects/outside-absolute", path.join(outside, "secret.txt")],
    ["projects/outside-dir", "../../outside/project"],
    ["projects/dangling", "../nowhere"],
    ["projects/loop-a", "loop-b"],
    ["projects/loop-b", "loop-a"],
    ["projects/self", "self"],
    ["projects/chain-inside", "inside-file"],
    ["projects/chain-outside", "outside-file"],
    ["projects/through-outside-and-back", "../../outside/../repo/shared/common.yaml"],
    ["linked-projects", "projects"],
    ["escaping-parent", "../outside"],
  ];
  for (const [link, target] of links) await symlink(target, path.join(repo, link));
  // The repository reached through a symlink: links inside it are judged by its real location.
  await symlink(repo, path.join(base, "repo-link"));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe("isInside (pure)", () => {
  it.each([
    ["/r", "/r", true],
    ["/r", "/r/a/b", true],
    ["/r", "/r/..a", true],
    ["/r", "/ra", false],
    ["/r", "/", false],
    ["/r/a", "/r", false],
    ["/", "/anything", true],
  ])("isInside(%s, %s) is %s", (root, candidate, expected) => {
    expect(isInside(root, candidate)).toBe(expected);
  });
});

describe("locateInside: followed inside the boundary, refused otherwise, never skipped", () => {
  it.each([
    ["a plain file", "projects/sales/dag.yaml", { state: "present", kind: "file", real: "projects/sales/dag.yaml", viaLink: false }],
    ["a plain folder", "projects/sales", { state: "present", kind: "dir", real: "projects/sales", viaLink: false }],
    ["nothing there", "projects/missing.yaml", { state: "missing" }],
    ["below a file", "projects/sales/dag.yaml/x", { state: "missing" }],
    ["a link to a file inside", "projects/inside-file", { state: "present", kind: "file", real: "shared/common.yaml", viaLink: true }],
    ["a link to a folder inside", "projects/inside-dir/dag.yaml", { state: "present", kind: "file", real: "projects/sales/dag.yaml", viaLink: true }],
    ["an absolute link inside", "projects/absolute-inside", { state: "present", kind: "file", real: "shared/common.yaml", viaLink: true }],
    ["a chain of links inside", "projects/chain-inside", { state: "present", kind: "file", real: "shared/common.yaml", viaLink: true }],
    [
      "a link whose path passes outside but ends inside",
      "projects/through-outside-and-back",
      { state: "present", kind: "file", real: "shared/common.yaml", viaLink: true },
    ],
    ["a symlinked parent folder inside", "linked-projects/sales/dag.yaml", { state: "present", kind: "file", real: "projects/sales/dag.yaml", viaLink: true }],
  ])("%s: %s", async (_, relative, expected) => {
    const found = await locateInside(boundary, path.join(repo, relative));
    expect(found).toEqual("real" in expected ? { ...expected, real: path.join(repo, expected.real) } : expected);
  });

  it.each([
    ["a relative link out of the repository", "projects/outside-file", "projects/outside-file", "outside", "../../outside/secret.txt"],
    ["an absolute link out of the repository", "projects/outside-absolute", "projects/outside-absolute", "outside", "<outside>/secret.txt"],
    ["a link to a folder outside", "projects/outside-dir/dag.yaml", "projects/outside-dir", "outside", "../../outside/project"],
    ["a chain that ends outside", "projects/chain-outside", "projects/chain-outside", "outside", "outside-file"],
    ["a symlinked parent folder outside", "escaping-parent/secret.txt", "escaping-parent", "outside", "../outside"],
    ["a dangling link", "projects/dangling", "projects/dangling", "dangling", "../nowhere"],
    ["a loop of two links", "projects/loop-a", "projects/loop-a", "loop", "loop-b"],
    ["a link to itself", "projects/self/x", "projects/self", "loop", "self"],
  ])("%s is refused, naming the link and where it points", async (_, relative, link, problem, target) => {
    const refused = await locateInside(boundary, path.join(repo, relative)).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(refused).toBeInstanceOf(SymlinkRefusedError);
    expect(refused).toBeInstanceOf(UserError);
    const error = refused as SymlinkRefusedError;
    expect(error.problem).toBe(problem);
    expect(error.link).toBe(path.join(repo, link));
    expect(error.target).toBe(target.replace("<outside>", outside));
    expect(error.message).toContain(`${link} is a symlink to ${JSON.stringify(error.target)}`);
    if (relative !== link) expect(error.message).toContain(`${relative}: its folder ${link}`);
    if (problem === "outside") expect(error.message).toContain(`outside the repository (${repo})`);
    // The refusal says where the link points; it never quotes what is there.
    expect(error.message).not.toContain("do-not-print");
  });

  it("judges links by the repository's real location when the repository is reached through a link", async () => {
    const viaLink: Boundary = { root: path.join(base, "repo-link"), name: "the repository" };
    expect(await locateInside(viaLink, path.join(base, "repo-link/projects/absolute-inside"))).toMatchObject({
      state: "present",
      real: path.join(repo, "shared/common.yaml"),
    });
    await expect(locateInside(viaLink, path.join(base, "repo-link/projects/outside-file"))).rejects.toThrow(/outside the repository/);
  });

  it("a boundary that does not exist holds nothing", async () => {
    expect(await locateInside({ root: path.join(base, "none"), name: "the destination" }, path.join(base, "none/a/b"))).toEqual({ state: "missing" });
  });
});

describe("ensureFolder", () => {
  it("creates the missing folders one level at a time and returns the real path", async () => {
    const made = await ensureFolder(path.join(repo, "out/a/b"), boundary);
    expect(made).toBe(path.join(repo, "out/a/b"));
    expect(await readdir(path.join(repo, "out/a"))).toEqual(["b"]);
    // Again: nothing to do, same answer.
    expect(await ensureFolder(path.join(repo, "out/a/b"), boundary)).toBe(made);
  });

  it("creates below a symlinked folder that stays inside, in its real place", async () => {
    expect(await ensureFolder(path.join(repo, "linked-projects/new/deeper"), boundary)).toBe(path.join(repo, "projects/new/deeper"));
  });

  it("refuses to create anything through a link that leaves the boundary", async () => {
    await expect(ensureFolder(path.join(repo, "escaping-parent/made-here"), boundary)).rejects.toBeInstanceOf(SymlinkRefusedError);
    expect(await readdir(outside)).not.toContain("made-here");
  });

  it.each([
    ["the folder is a file", "projects/sales/dag.yaml", "projects/sales/dag.yaml"],
    ["a parent is a file", "projects/sales/dag.yaml/sub", "projects/sales/dag.yaml"],
    ["a parent is a link to a file", "projects/inside-file/sub", "projects/inside-file"],
  ])("%s: NotAFolderError naming the file in the way", async (_, relative, blocker) => {
    const refused = await ensureFolder(path.join(repo, relative), boundary).catch((thrown: unknown) => thrown);
    expect(refused).toBeInstanceOf(NotAFolderError);
    expect((refused as NotAFolderError).blocker).toBe(path.join(repo, blocker));
    expect((refused as NotAFolderError).message).toContain(`${path.join(repo, blocker)} is a file`);
  });

  it("without a boundary follows links anywhere (a folder the user named) but still refuses a dangling one", async () => {
    expect(await ensureFolder(path.join(repo, "escaping-parent/named-by-user"))).toBe(path.join(outside, "named-by-user"));
    await expect(ensureFolder(path.join(repo, "projects/dangling/sub"))).rejects.toMatchObject({ problem: "dangling" });
  });

  it("creates the boundary itself when it is missing", async () => {
    const root = path.join(base, "fresh-destination");
    expect(await ensureFolder(path.join(root, "repo/sales"), { root, name: "the destination" })).toBe(path.join(root, "repo/sales"));
  });
});

describe("openNoFollow", () => {
  it("reads a file, and refuses a symlink in its place", async () => {
    const handle = await openNoFollow(path.join(repo, "shared/common.yaml"));
    expect(await handle.readFile("utf8")).toBe("tasks: {}\n");
    await handle.close();
    await expect(openNoFollow(path.join(repo, "projects/inside-file"))).rejects.toMatchObject({ code: "ELOOP" });
  });
});
