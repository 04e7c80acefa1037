import { describe, expect, test } from "vitest";
import { buildInvocation, bytesOf, containerName, cpusOf, runInvocation, type ContainerSpec } from "../../src/run/docker-args.js";

const base: ContainerSpec = { name: "dagship-1-t-1", image: "sales:ctx-1", command: [], args: [], env: [], labels: { "dagship.run": "1" } };

describe("runInvocation: Kubernetes command/args as docker entrypoint and words", () => {
  const cases: [string, Partial<ContainerSpec>, string[]][] = [
    ["neither: the image's ENTRYPOINT and CMD", {}, ["run", "--rm", "--name", "dagship-1-t-1", "--label", "dagship.run=1", "sales:ctx-1"]],
    [
      "args only: the image's ENTRYPOINT with these args",
      { args: ["--day", "2024-05-09"] },
      ["run", "--rm", "--name", "dagship-1-t-1", "--label", "dagship.run=1", "sales:ctx-1", "--day", "2024-05-09"],
    ],
    [
      "command and args: the first word is the entrypoint (CMD cleared)",
      { command: ["python3", "-m", "sales.load"], args: ["--day", "x"] },
      ["run", "--rm", "--name", "dagship-1-t-1", "--label", "dagship.run=1", "--entrypoint", "python3", "sales:ctx-1", "-m", "sales.load", "--day", "x"],
    ],
    [
      "limits, network, env, and the secrets env file (a named pipe)",
      {
        network: "none",
        cpus: "0.25",
        memoryBytes: 536870912,
        env: [
          ["A", "1"],
          ["B", "x y"],
        ],
        envFile: "/tmp/dagship-secrets-x/env",
      },
      [
        "run",
        "--rm",
        "--name",
        "dagship-1-t-1",
        "--label",
        "dagship.run=1",
        "--network",
        "none",
        "--cpus",
        "0.25",
        "--memory",
        "536870912",
        "--env",
        "A=1",
        "--env",
        "B=x y",
        "--env-file",
        "/tmp/dagship-secrets-x/env",
        "sales:ctx-1",
      ],
    ],
  ];
  test.each(cases)("%s", (_name, change, expected) => {
    expect(runInvocation({ ...base, ...change }).args).toEqual(expected);
  });
});

describe("buildInvocation", () => {
  test.each([
    [
      false,
      {
        args: ["build", "--file", "Dockerfile", "--tag", "sales:ctx-1", "--build-arg", "A=1", "--build-arg", "B=2", "--label", "x=y", "-"],
        env: { DOCKER_BUILDKIT: "0" },
      },
    ],
    [
      true,
      {
        args: [
          "buildx",
          "build",
          "--load",
          "--progress",
          "plain",
          "--file",
          "Dockerfile",
          "--tag",
          "sales:ctx-1",
          "--build-arg",
          "A=1",
          "--build-arg",
          "B=2",
          "--label",
          "x=y",
          "-",
        ],
        env: {},
      },
    ],
  ])("buildx=%s", (buildx, expected) => {
    expect(buildInvocation({ reference: "sales:ctx-1", dockerfile: "Dockerfile", buildArgs: { B: "2", A: "1" }, labels: { x: "y" }, buildx })).toEqual(
      expected,
    );
  });
});

describe("resource quantities", () => {
  test.each([
    ["250m", "0.25"],
    ["1", "1"],
    ["1.5", "1.5"],
    ["100m", "0.1"],
  ])("cpu %s -> --cpus %s", (quantity, cores) => expect(cpusOf(quantity)).toBe(cores));
  test.each([
    ["512Mi", 536870912],
    ["1Gi", 1073741824],
    ["1G", 1e9],
    ["500M", 5e8],
    ["128974848", 128974848],
    ["1.5Gi", 1610612736],
  ])("memory %s -> %d bytes", (quantity, bytes) => expect(bytesOf(quantity)).toBe(bytes));
  test("container names are docker-safe", () => expect(containerName("ab12", "clean_orders", 2)).toBe("dagship-ab12-clean_orders-2"));
});
