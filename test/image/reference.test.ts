import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { imageNameForProject, imageRepository, isLoopbackHost, parseRegistryRef, tagFromGitRef } from "../../src/image/reference.js";

describe("parseRegistryRef", () => {
  it.each([
    {
      ref: "us-central1-docker.pkg.dev/my-project/etl",
      kind: "artifact-registry",
      host: "us-central1-docker.pkg.dev",
      path: "my-project/etl",
      repo: { project: "my-project", location: "us-central1", repository: "etl" },
    },
    {
      ref: "europe-docker.pkg.dev/p1/images/team/",
      kind: "artifact-registry",
      host: "europe-docker.pkg.dev",
      path: "p1/images/team",
      repo: { project: "p1", location: "europe", repository: "images" },
    },
    { ref: "gcr.io/my-project", kind: "gcr", host: "gcr.io", path: "my-project", repo: { project: "my-project", location: "us", repository: "gcr.io" } },
    { ref: "eu.gcr.io/acme", kind: "gcr", host: "eu.gcr.io", path: "acme", repo: { project: "acme", location: "europe", repository: "eu.gcr.io" } },
    { ref: "asia.gcr.io/acme/sub", kind: "gcr", host: "asia.gcr.io", path: "acme/sub", repo: { project: "acme", location: "asia", repository: "asia.gcr.io" } },
    { ref: "US.GCR.IO/acme", kind: "gcr", host: "us.gcr.io", path: "acme", repo: { project: "acme", location: "us", repository: "us.gcr.io" } },
    { ref: "127.0.0.1:5555/etl", kind: "plain", host: "127.0.0.1:5555", path: "etl", repo: undefined },
    { ref: "localhost:5000", kind: "plain", host: "localhost:5000", path: "", repo: undefined },
    { ref: " registry.example.com/team/etl ", kind: "plain", host: "registry.example.com", path: "team/etl", repo: undefined },
    { ref: "[::1]:5000/x", kind: "plain", host: "[::1]:5000", path: "x", repo: undefined },
  ])("accepts $ref", ({ ref, kind, host, path, repo }) => {
    const parsed = parseRegistryRef(ref);
    expect(parsed.kind).toBe(kind);
    expect(parsed.host).toBe(host);
    expect(parsed.path).toBe(path);
    expect(parsed.artifactRepository).toEqual(repo);
    expect(parsed.google).toBe(kind !== "plain");
  });

  it("talks to Docker Hub's API host for docker.io", () => {
    expect(parseRegistryRef("docker.io/acme").apiHost).toBe("registry-1.docker.io");
  });

  it.each([
    ["", "it is empty"],
    ["https://gcr.io/p", "leave out the URL scheme"],
    ["myorg/etl", "is not a registry host"],
    ["etl", "is not a registry host"],
    ["us-central1-docker.pkg.dev/only-project", "needs both PROJECT and REPO"],
    ["us-central1-docker.pkg.dev", "needs both PROJECT and REPO"],
    ["us-central1-python.pkg.dev/p/r", "not a Docker-format Artifact Registry host"],
    ["gcr.io", "needs the PROJECT"],
    ["k8s.gcr.io/x", "not a Container Registry host"],
    ["127.0.0.1:5555/etl:latest", "contains a tag"],
    ["gcr.io/p@sha256:abc", "contains a digest"],
    ["gcr.io/My-Project", "must be lowercase"],
    ["host.example.com:99999/x", "not a valid host[:port]"],
    ["gcr.io/a//b", "is not allowed"],
    ["gcr.io/a b", "whitespace"],
  ])("rejects %j (%s) with the expected forms", (ref, why) => {
    let error: unknown;
    try {
      parseRegistryRef(ref);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(UserError);
    const message = (error as UserError).message;
    expect(message).toContain(why);
    expect(message).toContain("REGION-docker.pkg.dev".replace("REGION", "us-central1"));
    expect(message).toContain("gcr.io/my-project");
  });
});

describe("image names", () => {
  it.each([
    ["salesforce_sync", "salesforce_sync"],
    ["Salesforce Sync", "salesforce-sync"],
    ["a--b", "a--b"],
    ["a__b", "a__b"],
    ["a._b", "a-b"],
    ["-leading.", "leading"],
    ["ünïcode", "n-code"],
  ])("%j becomes %j", (project, name) => {
    expect(imageNameForProject(project)).toBe(name);
  });

  it("refuses a project name with nothing usable", () => {
    expect(() => imageNameForProject("---")).toThrow(UserError);
  });

  it("puts the project under the registry path", () => {
    expect(imageRepository(parseRegistryRef("us-docker.pkg.dev/p/r"), "sf").fullName).toBe("us-docker.pkg.dev/p/r/sf");
    expect(imageRepository(parseRegistryRef("us-docker.pkg.dev/p/r"), "sf").name).toBe("p/r/sf");
    expect(imageRepository(parseRegistryRef("localhost:5000"), "sf").name).toBe("sf");
  });
});

describe("tags", () => {
  it.each([
    ["v1.2.0", "v1.2.0"],
    ["refs/tags/v1.2.0", "v1.2.0"],
    ["release/2024-05", "release-2024-05"],
    [".hidden", "hidden"],
    ["x".repeat(200), "x".repeat(128)],
  ])("git ref %j becomes tag %j", (ref, tag) => {
    expect(tagFromGitRef(ref)).toBe(tag);
  });

  it("refuses a git ref with no usable character", () => {
    expect(() => tagFromGitRef("...")).toThrow(UserError);
  });

  it.each([
    ["localhost:5000", true],
    ["127.0.0.1:5555", true],
    ["127.1.2.3", true],
    ["[::1]:5000", true],
    ["gcr.io", false],
    ["10.0.0.1:5000", false],
  ])("%s is loopback: %s", (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});
