import { describe, expect, it } from "vitest";
import { CliGit, compareCommits, CommitComparer, type IGit } from "../../src/sync/history.js";
import { gitFixture, linearHistory, shallowClone } from "./git-fixture.js";

describe("CliGit on a real repository", () => {
  it("answers ancestry, commit time and HEAD", async () => {
    const { fixture, shas } = linearHistory(3);
    const [c0, c1, c2] = shas as [string, string, string];
    expect(await fixture.git.headSha()).toBe(c2);
    expect(await fixture.git.isAncestor(c0, c2)).toBe(true);
    expect(await fixture.git.isAncestor(c2, c0)).toBe(false);
    expect(await fixture.git.isAncestor(c1, c1)).toBe(true);
    expect(await fixture.git.commitTime(c1)).toEqual(new Date("2024-01-02T12:00:00Z"));
  });

  it("says 'unknown' (undefined) for commits not in the local history, and for non-ids", async () => {
    const { fixture, shas } = linearHistory(1);
    const absent = "f".repeat(40);
    expect(await fixture.git.isAncestor(absent, shas[0] as string)).toBeUndefined();
    expect(await fixture.git.commitTime(absent)).toBeUndefined();
    // Not a commit id: must never reach git as an option or ref name.
    expect(await fixture.git.isAncestor("--output=/tmp/x", shas[0] as string)).toBeUndefined();
    expect(await fixture.git.isAncestor("HEAD", shas[0] as string)).toBeUndefined();
  });

  it("fails clearly outside a repository", async () => {
    await expect(new CliGit("/").headSha()).rejects.toThrow(/git rev-parse HEAD failed in \//);
  });
});

describe("compareCommits", () => {
  it("orders a linear history, and tells diverged branches apart", async () => {
    const fixture = gitFixture();
    const base = fixture.commit("base", "2024-01-01T00:00:00Z");
    const main1 = fixture.commit("main 1", "2024-01-02T00:00:00Z");
    fixture.run("checkout", "-q", "-b", "side", base);
    const side1 = fixture.commit("side 1", "2024-01-03T00:00:00Z");
    const git = fixture.git;
    expect(await compareCommits(git, { sha: main1 }, { sha: base })).toEqual({ relation: "ahead", basis: "git" });
    expect(await compareCommits(git, { sha: base }, { sha: main1 })).toEqual({ relation: "behind", basis: "git" });
    expect(await compareCommits(git, { sha: main1 }, { sha: main1 })).toEqual({ relation: "same", basis: "git" });
    expect(await compareCommits(git, { sha: side1 }, { sha: main1 })).toEqual({ relation: "diverged", basis: "git" });
  });

  it("in a shallow clone, a deployed commit it lacks is ordered by commit time", async () => {
    const { fixture } = linearHistory(3);
    const shallow = shallowClone(fixture.dir);
    expect(await shallow.isShallow()).toBe(true);
    const ours = { sha: await shallow.headSha() };
    const unknownOlder = { sha: "e".repeat(40), time: new Date("2023-12-01T00:00:00Z") };
    const unknownNewer = { sha: "d".repeat(40), time: new Date("2025-01-01T00:00:00Z") };
    expect(await compareCommits(shallow, ours, unknownOlder)).toEqual({ relation: "ahead", basis: "time" });
    expect(await compareCommits(shallow, ours, unknownNewer)).toEqual({ relation: "behind", basis: "time" });
    expect(await compareCommits(shallow, ours, { sha: "c".repeat(40) })).toEqual({ relation: "unknown", basis: "none" });
  });

  it("in a full clone, a deployed commit it lacks is never ordered by time, however old or new it claims to be", async () => {
    const { fixture, shas } = linearHistory(2);
    expect(await fixture.git.isShallow()).toBe(false);
    const ours = { sha: shas[1] as string };
    for (const time of [new Date("2000-01-01T00:00:00Z"), new Date("2099-01-01T00:00:00Z"), undefined]) {
      const theirs = time === undefined ? { sha: "e".repeat(40) } : { sha: "e".repeat(40), time };
      expect(await compareCommits(fixture.git, ours, theirs)).toEqual({ relation: "unknown", basis: "absent" });
    }
  });

  it("reads the origin remote and the first commit (following first parents)", async () => {
    const fixture = gitFixture();
    expect(await fixture.git.originUrl()).toBeUndefined();
    const root = fixture.commit("root", "2024-01-01T00:00:00Z");
    fixture.run("checkout", "-q", "--orphan", "other");
    fixture.commit("another root", "2024-01-02T00:00:00Z");
    fixture.run("checkout", "-q", "main");
    fixture.run("merge", "-q", "--allow-unrelated-histories", "--no-gpg-sign", "-m", "merge", "other");
    expect(await fixture.git.rootCommit()).toBe(root);
    fixture.run("remote", "add", "origin", "git@github.com:Acme/etl.git");
    expect(await fixture.git.originUrl()).toBe("git@github.com:Acme/etl.git");
  });

  it("asks git once per commit within a deploy", async () => {
    const { fixture, shas } = linearHistory(2);
    let calls = 0;
    const counting: IGit = {
      headSha: () => fixture.git.headSha(),
      isAncestor: (a, b) => {
        calls++;
        return fixture.git.isAncestor(a, b);
      },
      commitTime: (sha) => fixture.git.commitTime(sha),
      isShallow: () => fixture.git.isShallow(),
      originUrl: () => fixture.git.originUrl(),
      rootCommit: () => fixture.git.rootCommit(),
    };
    const comparer = new CommitComparer(counting, { sha: shas[1] as string });
    await comparer.compare({ sha: shas[0] as string });
    const afterFirst = calls;
    await comparer.compare({ sha: shas[0] as string });
    expect(afterFirst).toBeGreaterThan(0);
    expect(calls).toBe(afterFirst);
  });
});
