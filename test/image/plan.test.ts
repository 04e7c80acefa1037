import { describe, expect, it } from "vitest";
import { buildCommand, type BuildSpec, loginCommand, planImage, type PlanInput, pushCommand, pushTags } from "../../src/image/plan.js";

const CTX = "ctx-0123456789abcdef0123456789abcdef";
const SHA = "a".repeat(40);
const D1 = `sha256:${"1".repeat(64)}`;
const D2 = `sha256:${"2".repeat(64)}`;

function input(current: Record<string, string>, extra: Partial<PlanInput> = {}): PlanInput {
  return { contentTag: CTX, commitTag: SHA, current: new Map(Object.entries(current)), noBuild: false, ...extra };
}

describe("planImage", () => {
  it.each([
    {
      name: "first deploy: nothing in the registry -> build with commit and content tags",
      plan: input({}),
      expected: { kind: "build", tags: [SHA, CTX] },
    },
    {
      name: "first deploy of a release -> build with the release tag too",
      plan: input({}, { releaseTag: "v1.0.0" }),
      expected: { kind: "build", tags: [SHA, CTX, "v1.0.0"] },
    },
    {
      name: "unchanged context at a new commit -> reuse, add the commit tag",
      plan: input({ [CTX]: D1 }),
      expected: { kind: "reuse", source: CTX, digest: D1, addTags: [SHA], movedTags: [], tags: [CTX, SHA] },
    },
    {
      name: "re-run of a deployed commit -> nothing to add",
      plan: input({ [CTX]: D1, [SHA]: D1 }),
      expected: { kind: "reuse", source: CTX, digest: D1, addTags: [], movedTags: [] },
    },
    {
      name: "commit re-deployed with other build args -> its tag moves to the new content's image",
      plan: input({ [CTX]: D2, [SHA]: D1 }),
      expected: { kind: "reuse", source: CTX, digest: D2, addTags: [SHA], movedTags: [SHA] },
    },
    {
      name: "release of a deployed commit -> the commit's own image gains the release tag",
      plan: input({ [CTX]: D1, [SHA]: D1 }, { releaseTag: "v2.0.0" }),
      expected: { kind: "reuse", source: SHA, digest: D1, addTags: ["v2.0.0"], movedTags: [], tags: [SHA, "v2.0.0"] },
    },
    {
      name: "release prefers the commit's image even when the content tag was rebuilt elsewhere",
      plan: input({ [CTX]: D2, [SHA]: D1 }, { releaseTag: "v2.0.0" }),
      expected: { kind: "reuse", source: SHA, digest: D1, addTags: ["v2.0.0"] },
    },
    {
      name: "release of a commit never deployed but with a known context -> reuse the content image",
      plan: input({ [CTX]: D1 }, { releaseTag: "v2.0.0" }),
      expected: { kind: "reuse", source: CTX, digest: D1, addTags: [SHA, "v2.0.0"] },
    },
    {
      name: "release tag re-pointed from another image -> moved",
      plan: input({ [SHA]: D1, "v2.0.0": D2 }, { releaseTag: "v2.0.0" }),
      expected: { kind: "reuse", source: SHA, digest: D1, addTags: ["v2.0.0"], movedTags: ["v2.0.0"] },
    },
    {
      name: "--no-build with the content image present -> reuse",
      plan: input({ [CTX]: D1 }, { noBuild: true }),
      expected: { kind: "reuse", source: CTX, addTags: [SHA] },
    },
    {
      name: "--no-build with nothing present -> refuse, naming the content tag",
      plan: input({}, { noBuild: true }),
      expected: { kind: "refuse" },
      reason: new RegExp(`no image with content tag ${CTX} exists, and building is turned off \\(--no-build\\)`),
    },
    {
      name: "--no-build release with neither image -> refuse, naming both",
      plan: input({}, { noBuild: true, releaseTag: "v1" }),
      expected: { kind: "refuse" },
      reason: new RegExp(`commit ${SHA} has no image`),
    },
  ])("$name", ({ plan, expected, reason }) => {
    const result = planImage(plan);
    expect(result).toMatchObject(expected);
    if (reason) expect(result.reason).toMatch(reason);
  });
});

const SPEC: BuildSpec = {
  builder: "classic",
  image: "127.0.0.1:5555/etl/sf",
  tags: [SHA, CTX],
  dockerfile: "docker/Dockerfile",
  buildArgs: { Z: "last", BASE_IMAGE: "busybox:local" },
  labels: { "org.opencontainers.image.revision": SHA },
  registryCache: true,
};

describe("docker command lines", () => {
  it.each([
    {
      builder: "classic" as const,
      args: [
        "build",
        "--file",
        "docker/Dockerfile",
        "--tag",
        `127.0.0.1:5555/etl/sf:${SHA}`,
        "--tag",
        `127.0.0.1:5555/etl/sf:${CTX}`,
        "--build-arg",
        "BASE_IMAGE=busybox:local",
        "--build-arg",
        "Z=last",
        "--label",
        `org.opencontainers.image.revision=${SHA}`,
        "-",
      ],
      env: { DOCKER_BUILDKIT: "0" },
    },
    {
      builder: "buildkit" as const,
      args: [
        "build",
        "--progress",
        "plain",
        "--file",
        "docker/Dockerfile",
        "--tag",
        `127.0.0.1:5555/etl/sf:${SHA}`,
        "--tag",
        `127.0.0.1:5555/etl/sf:${CTX}`,
        "--build-arg",
        "BASE_IMAGE=busybox:local",
        "--build-arg",
        "Z=last",
        "--label",
        `org.opencontainers.image.revision=${SHA}`,
        "--cache-from",
        "127.0.0.1:5555/etl/sf:buildcache",
        "--build-arg",
        "BUILDKIT_INLINE_CACHE=1",
        "-",
      ],
      env: { DOCKER_BUILDKIT: "1" },
    },
    {
      builder: "buildx" as const,
      args: [
        "buildx",
        "build",
        "--progress",
        "plain",
        "--file",
        "docker/Dockerfile",
        "--tag",
        `127.0.0.1:5555/etl/sf:${SHA}`,
        "--tag",
        `127.0.0.1:5555/etl/sf:${CTX}`,
        "--build-arg",
        "BASE_IMAGE=busybox:local",
        "--build-arg",
        "Z=last",
        "--label",
        `org.opencontainers.image.revision=${SHA}`,
        "--cache-from",
        "type=registry,ref=127.0.0.1:5555/etl/sf:buildcache",
        "--cache-to",
        "type=inline",
        "--push",
        "-",
      ],
      env: {},
    },
  ])("$builder build", ({ builder, args, env }) => {
    expect(buildCommand({ ...SPEC, builder })).toEqual({ args, env });
  });

  it("adds --target and leaves out the registry cache on a project's first build", () => {
    const { args } = buildCommand({ ...SPEC, builder: "buildx", target: "prod", registryCache: false });
    expect(args).toContain("--target");
    expect(args[args.indexOf("--target") + 1]).toBe("prod");
    expect(args.join(" ")).not.toContain("--cache-from");
  });

  it("pushes with docker only what buildx did not push itself", () => {
    expect(pushTags("classic", [SHA, CTX])).toEqual([SHA]);
    expect(pushTags("buildkit", [SHA, CTX])).toEqual([SHA]);
    expect(pushTags("buildx", [SHA, CTX])).toEqual([]);
    expect(pushCommand("h/i", SHA).args).toEqual(["push", `h/i:${SHA}`]);
  });

  it("logs in with the password on standard input only", () => {
    expect(loginCommand("us-docker.pkg.dev", "oauth2accesstoken").args).toEqual([
      "login",
      "--username",
      "oauth2accesstoken",
      "--password-stdin",
      "us-docker.pkg.dev",
    ]);
  });
});
