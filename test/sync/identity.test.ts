import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { describeRepository, githubIdentity, readRepositoryIdentity, remoteIdentity, rootCommitIdentity } from "../../src/sync/identity.js";
import { gitFixture, linearHistory, shallowClone } from "./git-fixture.js";

describe("a remote URL as the repository's identity", () => {
  it.each([
    ["https://github.com/acme/etl.git", "github.com/acme/etl"],
    ["https://github.com/Acme/ETL", "github.com/acme/etl"],
    ["https://x-access-token:ghs_secret@github.com/acme/etl.git", "github.com/acme/etl"],
    ["http://github.com/acme/etl/", "github.com/acme/etl"],
    ["git@github.com:acme/etl.git", "github.com/acme/etl"],
    ["github.com:acme/etl", "github.com/acme/etl"],
    ["ssh://git@github.com/acme/etl.git", "github.com/acme/etl"],
    ["ssh://git@github.com:22/acme/etl", "github.com/acme/etl"],
    ["git+ssh://git@github.com/acme/etl.git", "github.com/acme/etl"],
    ["git://github.com/acme/etl.git", "github.com/acme/etl"],
    ["https://gitlab.example.com:8443/data/platform/etl.git", "gitlab.example.com/data/platform/etl"],
    ["ssh://git@bitbucket.example.com/~alice/etl.git", "bitbucket.example.com/~alice/etl"],
    ["  https://github.com/acme/etl.git\n", "github.com/acme/etl"],
  ])("%s -> %s", (url, id) => {
    expect(remoteIdentity(url)).toEqual({ id, source: "remote" });
  });

  it.each([["/srv/git/etl.git"], ["../etl"], ["file:///srv/git/etl.git"], ["C:\\repos\\etl"], ["https://github.com/"], [""], ["ftp://example.com/etl"]])(
    "%j names no repository (a folder on one machine, or nothing)",
    (url) => {
      expect(remoteIdentity(url)).toBeUndefined();
    },
  );

  it("never keeps credentials", () => {
    expect(JSON.stringify(remoteIdentity("https://user:hunter2@github.com/acme/etl"))).not.toContain("hunter2");
  });
});

describe("the GitHub repository of a workflow run", () => {
  it.each([
    ["https://github.com", "acme/etl", "github.com/acme/etl"],
    ["", "Acme/ETL", "github.com/acme/etl"],
    ["https://github.example.com", "data/etl", "github.example.com/data/etl"],
  ])("%j + %s -> %s, the same identity a clone's origin gives", (server, repository, id) => {
    expect(githubIdentity(server, repository)).toEqual({ id, source: "github" });
    expect(remoteIdentity(`${server || "https://github.com"}/${repository}.git`)?.id).toBe(id);
  });

  it.each([[""], ["etl"], ["a/b/c"]])("%j is no repository", (repository) => {
    expect(githubIdentity("https://github.com", repository)).toBeUndefined();
  });
});

describe("reading the identity from a real repository", () => {
  it("the origin remote when it names a host", async () => {
    const { fixture } = linearHistory(1);
    fixture.run("remote", "add", "origin", "git@github.com:Acme/etl.git");
    expect(await readRepositoryIdentity(fixture.git)).toEqual({ id: "github.com/acme/etl", source: "remote" });
  });

  it("the first commit without a remote, or with a local-path remote", async () => {
    const { fixture, shas } = linearHistory(3);
    expect(await readRepositoryIdentity(fixture.git)).toEqual(rootCommitIdentity(shas[0] as string));
    fixture.run("remote", "add", "origin", "/srv/git/etl.git");
    expect(await readRepositoryIdentity(fixture.git)).toEqual({ id: `git-root:${shas[0] as string}`, source: "root-commit" });
    expect(describeRepository(`git-root:${shas[0] as string}`)).toBe(`the repository whose first commit is ${(shas[0] as string).slice(0, 12)}`);
  });

  it("a shallow clone of a local folder has neither: a clear error, not a wrong identity", async () => {
    const { fixture } = linearHistory(3);
    const shallow = shallowClone(fixture.dir);
    const thrown = await readRepositoryIdentity(shallow).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as Error).message).toMatch(/cannot tell which repository this is: .*git remote add origin URL.*git fetch --unshallow/);
  });

  it("two repositories with the same folder name and no remote are told apart by their first commits", async () => {
    const a = gitFixture();
    const b = gitFixture();
    a.commit("first", "2024-01-01T00:00:00Z");
    b.commit("first", "2024-01-02T00:00:00Z");
    expect((await readRepositoryIdentity(a.git)).id).not.toBe((await readRepositoryIdentity(b.git)).id);
  });
});
