import { describe, expect, it } from "vitest";
import { contextSelector } from "../../src/image/context.js";
import { cleanPath, IgnoreMatcher, IgnorePatternError, readDockerignore } from "../../src/image/dockerignore.js";

describe("cleanPath (Go's path.Clean)", () => {
  it.each([
    ["", "."],
    [".", "."],
    ["./a", "a"],
    ["a/", "a"],
    ["a//b", "a/b"],
    ["a/./b/..", "a"],
    ["../a", "../a"],
    ["a/../../b", "../b"],
    ["/../a", "/a"],
    ["/", "/"],
  ])("%j -> %j", (input, output) => {
    expect(cleanPath(input)).toBe(output);
  });
});

describe("readDockerignore", () => {
  it("keeps Docker's reading rules: BOM, #-comments only at column 1, trimming, cleaning, leading slash", () => {
    const text = "\uFEFF# comment\n  #not-a-comment  \n\n/docs/\n! ./keep/../keep.txt\r\n*.pyc   \n";
    expect(readDockerignore(text)).toEqual([
      { pattern: "#not-a-comment", line: 2 },
      { pattern: "docs", line: 4 },
      { pattern: "!keep.txt", line: 5 },
      { pattern: "*.pyc", line: 6 },
    ]);
  });
});

/** Patterns go through the same reader as a real .dockerignore file. */
function excluded(patterns: string[], path: string): boolean {
  return new IgnoreMatcher(readDockerignore(patterns.join("\n"))).excludes(path);
}

describe("IgnoreMatcher: Docker's documented examples and its matcher's rules", () => {
  it.each([
    // [patterns, path, excluded]
    [["*/temp*"], "somedir/temporary.txt", true],
    [["*/temp*"], "somedir/temp", true],
    [["*/temp*"], "temp.txt", false],
    [["*/*/temp*"], "a/b/temp.txt", true],
    [["*/*/temp*"], "a/temp.txt", false],
    [["temp?"], "tempa", true],
    [["temp?"], "temp", false],
    [["temp?"], "tempab", false],
    [["**/*.go"], "main.go", true],
    [["**/*.go"], "a/b/c.go", true],
    [["**/*.go"], "a/b/c.gox", false],
    [["*.md", "!README.md"], "README.md", false],
    [["*.md", "!README.md"], "CHANGES.md", true],
    [["*.md", "!README*.md", "README-secret.md"], "README-secret.md", true],
    [["*.md", "!README*.md", "README-secret.md"], "README.md", false],
    [["*.md", "README-secret.md", "!README*.md"], "README-secret.md", false],
    // A pattern naming a directory excludes everything below it.
    [["docs"], "docs/a/b.txt", true],
    [["docs/"], "docs/a/b.txt", true],
    [["/docs"], "docs/a.txt", true],
    [["docs"], "other/docs/a.txt", false],
    [["docs", "!docs/README.md"], "docs/README.md", false],
    [["docs", "!docs/README.md"], "docs/other.md", true],
    [["docs/*", "!docs/README.md"], "docs/README.md", false],
    // "*" and "?" never cross a slash; "**" does, also zero directories.
    [["*"], "a", true],
    [["*"], "a/b", true], // via its parent "a"
    [["a*/b"], "abc/b", true],
    [["a*/b"], "a/c/b", false],
    [["a?b"], "a/b", false],
    [["dir/**"], "dir", false],
    [["dir/**"], "dir/file", true],
    [["dir/**"], "dir/d2/file", true],
    [["**/dir2/*"], "dir/dir2/file", true],
    [["**/foo/bar"], "foo/bar", true],
    [["**/foo/bar"], "x/y/foo/bar", true],
    [["a**/*.txt"], "a/dir/dir/file.txt", true],
    [["**"], "anything/at/all", true],
    // Docker's fast path for a leading "**" is a plain suffix test: "**file" also matches "myfile".
    [["**file"], "dir/myfile", true],
    [["**/.foo"], "bar.foo", false],
    // Character classes and escapes.
    [["a[b-d]e"], "ace", true],
    [["a[b-d]e"], "aae", false],
    [["a[^b-d]e"], "aze", true],
    [["a\\*b"], "a*b", true],
    [["a\\*b"], "axb", false],
    [["abc.def"], "abcXdef", false],
    [["a(b)c/def"], "a(b)c/def", true],
    [["dist/*.whl"], "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true],
    [[".*"], ".git", true],
    [[".*"], ".git/config", true],
    [[".*"], "a/.git", false],
    // An exception for a path under an excluded directory re-includes it; a later pattern wins.
    [["**", "!src"], "src/main.py", false],
    [["**", "!src", "src/secret"], "src/secret", true],
    [["node_modules", "!node_modules/keep"], "node_modules/keep/x.js", false],
  ])("%j excludes %j: %s", (patterns, path, expected) => {
    expect(excluded(patterns, path)).toBe(expected);
  });

  it.each([["!"], ["["], ["a[b"], ["[]a]"], ["[x-]"], ["a\\"], ["[a-b-c]"]])("refuses %j as Docker does", (pattern) => {
    expect(() => new IgnoreMatcher([{ pattern, line: 3 }])).toThrow(IgnorePatternError);
    expect(() => new IgnoreMatcher([{ pattern, line: 3 }])).toThrow(/line 3/);
  });

  it("knows when an excluded directory must still be walked for exceptions", () => {
    const matcher = new IgnoreMatcher(["vendor", "!vendor/keep/**", "build"]);
    expect(matcher.mayIncludeBelow("vendor")).toBe(true);
    expect(matcher.mayIncludeBelow("vendor/keep")).toBe(true);
    expect(matcher.mayIncludeBelow("build")).toBe(false);
    expect(new IgnoreMatcher(["vendor"]).mayIncludeBelow("vendor")).toBe(false);
    expect(new IgnoreMatcher(["vendor", "!**/*.keep"]).mayIncludeBelow("vendor")).toBe(true);
  });
});

describe("contextSelector", () => {
  it("always sends the Dockerfile and .dockerignore, even when .dockerignore names them", () => {
    const select = contextSelector(["Dockerfile", ".dockerignore", "*.txt"], "Dockerfile", []);
    expect(select.includes("Dockerfile")).toBe(true);
    expect(select.includes(".dockerignore")).toBe(true);
    expect(select.includes("notes.txt")).toBe(false);
    expect(select.includes("main.py")).toBe(true);
  });

  it("walks into an excluded directory that holds the Dockerfile", () => {
    const select = contextSelector(["docker"], "docker/Dockerfile", []);
    expect(select.includes("docker")).toBe(false);
    expect(select.mustDescend("docker")).toBe(true);
    expect(select.includes("docker/Dockerfile")).toBe(true);
    expect(select.includes("docker/other")).toBe(false);
  });

  it("never sends deployment files, whatever .dockerignore says", () => {
    const select = contextSelector(["*", "!dag.yaml", "!main.py"], "Dockerfile", ["dag.yaml"]);
    expect(select.includes("dag.yaml")).toBe(false);
    expect(select.includes("main.py")).toBe(true);
  });

  it("keeps a Dockerfile that is also listed as a deployment file", () => {
    expect(contextSelector([], "dag.yaml", ["dag.yaml"]).includes("dag.yaml")).toBe(true);
  });
});
