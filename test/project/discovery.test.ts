/**
 * Project discovery with real symlinks in real folders: links are followed inside the
 * repository; a link that could hide a project (a folder or a dag.yaml leaving the repository, a
 * dangling link, a loop) is an error, never an absence that a later prune would read as
 * "removed".
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { SymlinkRefusedError } from "../../src/fs-safety.js";
import { discoverProjects, projectFromPath, readProjectFile } from "../../src/project.js";

const SPEC = "tasks:\n  run:\n    command: [echo]\n";
const bases: string[] = [];

/** A repository with projects/sales and an `outside` folder next to it holding a project. */
function layout(): { base: string; repo: string } {
  const base = realpathSync(mkdtempSync(path.join(tmpdir(), "dagship-discovery-")));
  bases.push(base);
  const repo = path.join(base, "repo");
  for (const file of ["repo/projects/sales/dag.yaml", "repo/shared/billing.yaml", "outside/project/dag.yaml", "outside/notes.md"]) {
    mkdirSync(path.dirname(path.join(base, file)), { recursive: true });
    writeFileSync(path.join(base, file), file.endsWith(".md") ? "# notes\n" : SPEC);
  }
  return { base, repo };
}

afterEach(() => {
  for (const base of bases.splice(0)) rmSync(base, { recursive: true, force: true });
});

const link = (repo: string, at: string, target: string): void => {
  mkdirSync(path.dirname(path.join(repo, at)), { recursive: true });
  symlinkSync(target, path.join(repo, at));
};

describe("discoverProjects follows symlinks inside the repository", () => {
  it.each([
    ["a dag.yaml linking to a file inside", "projects/billing/dag.yaml", "../../shared/billing.yaml", ["billing", "sales"]],
    ["a project folder linking to a folder inside", "projects/sales_copy", "sales", ["sales", "sales_copy"]],
    ["a symlinked parent folder inside", "more", "projects", ["sales", "sales"]],
    ["a link to a file outside, which cannot hide a project", "projects/sales/NOTES.md", "../../../outside/notes.md", ["sales"]],
    ["a link outside inside a skipped folder", "node_modules/pkg", "../../outside/project", ["sales"]],
    ["a link outside inside a dot folder", ".cache/project", "../../outside/project", ["sales"]],
  ])("%s", async (_, at, target, names) => {
    const { repo } = layout();
    link(repo, at, target);
    if (new Set(names).size < names.length) {
      // The same project reached twice under one folder name is a clash, reported as such.
      await expect(discoverProjects(repo)).rejects.toThrow(/two projects are named "sales" \(more\/sales\/dag\.yaml and projects\/sales\/dag\.yaml\)/);
      return;
    }
    expect((await discoverProjects(repo)).map((project) => project.name).sort()).toEqual(names);
  });

  it("a project found through a link keeps the path the user sees", async () => {
    const { repo } = layout();
    link(repo, "projects/billing/dag.yaml", "../../shared/billing.yaml");
    const billing = (await discoverProjects(repo)).find((project) => project.name === "billing");
    expect(billing).toMatchObject({ specPath: "projects/billing/dag.yaml", dir: path.join(repo, "projects/billing"), root: repo });
  });

  it("a repository reached through a symlink is walked as itself", async () => {
    const { base, repo } = layout();
    symlinkSync(repo, path.join(base, "checkout"));
    expect((await discoverProjects(path.join(base, "checkout"))).map((project) => project.specPath)).toEqual(["projects/sales/dag.yaml"]);
  });
});

describe("discoverProjects refuses what could hide a project", () => {
  it.each([
    ["a project folder linking outside", "projects/billing", "../../outside/project", "outside"],
    ["a project folder linking outside, absolute", "projects/billing", "<base>/outside/project", "outside"],
    ["a dag.yaml linking outside", "projects/billing/dag.yaml", "../../../outside/project/dag.yaml", "outside"],
    ["a dangling project folder", "projects/billing", "../gone", "dangling"],
    ["a dangling dag.yaml", "projects/billing/dag.yaml", "gone.yaml", "dangling"],
    ["a folder linking to its own parent", "projects/loop", "..", "loop"],
    ["a link to itself", "projects/self", "self", "loop"],
    ["a symlinked parent folder outside", "more", "../outside", "outside"],
  ])("%s", async (_, at, target, problem) => {
    const { base, repo } = layout();
    link(repo, at, target.replace("<base>", base));
    const refused = await discoverProjects(repo).catch((thrown: unknown) => thrown);
    expect(refused).toBeInstanceOf(SymlinkRefusedError);
    expect((refused as SymlinkRefusedError).problem).toBe(problem);
    expect((refused as Error).message).toContain(`${at} is a symlink to ${JSON.stringify(target.replace("<base>", base))}`);
  });

  it("a dag.yaml that links to a folder is an error, not a skipped project", async () => {
    const { repo } = layout();
    link(repo, "projects/billing/dag.yaml", "../../shared");
    await expect(discoverProjects(repo)).rejects.toThrow(/projects\/billing\/dag\.yaml is a symlink to a folder, not a file/);
  });
});

describe("projectFromPath and readProjectFile", () => {
  it("render's single folder: a dag.yaml linking outside the repository is refused", async () => {
    const { repo } = layout();
    link(repo, "projects/billing/dag.yaml", "../../../outside/project/dag.yaml");
    await expect(projectFromPath(path.join(repo, "projects/billing"), repo)).rejects.toThrow(/outside the repository/);
    expect((await projectFromPath(path.join(repo, "projects/sales/dag.yaml"), repo)).specPath).toBe("projects/sales/dag.yaml");
  });

  it("reads a file named in dag.yaml inside the repository, through links that stay inside", async () => {
    const { repo } = layout();
    link(repo, "projects/sales/README.md", "../../shared/billing.yaml");
    const [sales] = await discoverProjects(repo);
    expect(await readProjectFile(sales as never, "README.md")).toBe(SPEC);
  });

  it.each([
    ["a link leaving the repository", "DOC.md", "../../../outside/notes.md", /DOC\.md is a symlink to .*, outside the repository/],
    [
      "a path leaving the repository",
      "../../../outside/notes.md",
      undefined,
      /\.\.\/\.\.\/\.\.\/outside\/notes\.md \(named in projects\/sales\/dag\.yaml\) is outside the repository/,
    ],
    ["a missing file", "MISSING.md", undefined, /projects\/sales\/MISSING\.md \(named in projects\/sales\/dag\.yaml\) does not exist/],
    ["a folder", "../../shared", undefined, /shared \(named in projects\/sales\/dag\.yaml\) is not a file/],
  ])("refuses %s, naming it", async (_, name, target, message) => {
    const { repo } = layout();
    if (target !== undefined) link(repo, path.join("projects/sales", name), target);
    const [sales] = await discoverProjects(repo);
    const refused = await readProjectFile(sales as never, name).catch((thrown: unknown) => thrown);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as Error).message).toMatch(message);
    expect((refused as Error).message).not.toContain("# notes");
  });
});

describe("the repository around a working directory", () => {
  it("links from the working directory to the rest of the checkout are followed when the checkout is named", async () => {
    const { repo } = layout();
    link(repo, "projects/billing/dag.yaml", "../../shared/billing.yaml");
    const workingDirectory = path.join(repo, "projects");
    await expect(discoverProjects(workingDirectory)).rejects.toThrow(/billing\/dag\.yaml is a symlink to .*, outside the repository/);
    const found = await discoverProjects(workingDirectory, workingDirectory, repo);
    expect(found.map((project) => project.specPath)).toEqual(["billing/dag.yaml", "sales/dag.yaml"]);
  });
});
