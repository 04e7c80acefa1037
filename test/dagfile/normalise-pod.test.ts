import { describe, expect, it } from "vitest";
import { dnsLabel, mergeVolumes, mountKey, normalisePod, volumeNames } from "../../src/dagfile/normalise-pod.js";
import type { PodSettings } from "../../src/dagfile/model.js";
import type { RawTaskSettings, RawVolume } from "../../src/dagfile/types.js";

const NOTHING: PodSettings = { tolerations: [], annotations: [], configMaps: [], volumes: [], onFinish: "delete_pod", imagePullPolicy: "IfNotPresent" };

/** Each merge rule of the README's "Pod settings", as defaults + task -> the pod. */
const MERGES: { rule: string; defaults: RawTaskSettings; task: RawTaskSettings; expected: Partial<PodSettings> }[] = [
  { rule: "nothing written: delete the pod, pull if not present, no other keyword", defaults: {}, task: {}, expected: {} },
  {
    rule: "service_account: the task's replaces",
    defaults: { service_account: "etl" },
    task: { service_account: "admin" },
    expected: { serviceAccount: "admin" },
  },
  { rule: "service_account: inherited", defaults: { service_account: "etl" }, task: {}, expected: { serviceAccount: "etl" } },
  {
    rule: "tolerations: the task's list replaces the defaults' whole",
    defaults: {
      tolerations: [
        { key: "a", operator: "Exists" },
        { key: "b", operator: "Exists" },
      ],
    },
    task: { tolerations: [{ key: "c", operator: "Equal", value: "d", effect: "NoExecute", toleration_seconds: 30 }] },
    expected: { tolerations: [{ key: "c", operator: "Equal", value: "d", effect: "NoExecute", tolerationSeconds: 30 }] },
  },
  { rule: "tolerations: [] drops the defaults'", defaults: { tolerations: [{ operator: "Exists" }] }, task: { tolerations: [] }, expected: {} },
  { rule: "tolerations: inherited", defaults: { tolerations: [{ operator: "Exists" }] }, task: {}, expected: { tolerations: [{ operator: "Exists" }] } },
  {
    rule: "annotations: key by key, the task's value in the defaults' place",
    defaults: { annotations: { a: "1", b: "2" } },
    task: { annotations: { b: "task", c: "3" } },
    expected: {
      annotations: [
        ["a", "1"],
        ["b", "task"],
        ["c", "3"],
      ],
    },
  },
  {
    rule: "config_maps: the defaults' the task does not list, then the task's in its order",
    defaults: { config_maps: ["base", "shared"] },
    task: { config_maps: ["own", "shared"] },
    expected: { configMaps: ["base", "own", "shared"] },
  },
  {
    rule: "volumes: merged by mount path, the task's in the place of the one it replaces; sources, names and read_only",
    defaults: {
      volumes: [
        { secret: "key", mount: "/secrets" },
        { config_map: "files", mount: "/etc/files" },
        { empty_dir: {}, mount: "/scratch" },
      ],
    },
    task: {
      volumes: [
        { empty_dir: { medium: "Memory", size_limit: "1Gi" }, mount: "/scratch/" },
        { secret: "key", mount: "/other", read_only: false },
        { config_map: "files", mount: "/etc/files", name: "mine" },
      ],
    },
    expected: {
      volumes: [
        { name: "secret-key", source: { kind: "secret", secretName: "key" }, mountPath: "/secrets", readOnly: true },
        { name: "mine", source: { kind: "config_map", configMapName: "files" }, mountPath: "/etc/files", readOnly: true },
        { name: "empty-dir-scratch", source: { kind: "empty_dir", medium: "Memory", sizeLimit: "1Gi" }, mountPath: "/scratch/", readOnly: false },
        { name: "secret-key-2", source: { kind: "secret", secretName: "key" }, mountPath: "/other", readOnly: false },
      ],
    },
  },
  {
    rule: "xcom and deferrable: as written, false included",
    defaults: { xcom: true, deferrable: true },
    task: { xcom: false },
    expected: { xcom: false, deferrable: true },
  },
  {
    rule: "on_finish and image_pull_policy: the task's replaces",
    defaults: { on_finish: "keep_pod", image_pull_policy: "Always" },
    task: { on_finish: "delete_succeeded_pod" },
    expected: { onFinish: "delete_succeeded_pod", imagePullPolicy: "Always" },
  },
];

describe("normalisePod: defaults merged into a task's pod settings", () => {
  it.each(MERGES)("$rule", ({ defaults, task, expected }) => {
    expect(normalisePod(task, defaults)).toEqual({ ...NOTHING, ...expected });
  });
});

const volume = (fields: Partial<RawVolume>): RawVolume => ({ mount: "/m", ...fields });

describe("volume names", () => {
  it.each([
    {
      why: "derived from the source kind and name",
      volumes: [volume({ secret: "gcp-key" }), volume({ config_map: "etl.files" }), volume({ empty_dir: {}, mount: "/var/Scratch_Space/" })],
      names: ["secret-gcp-key", "config-map-etl-files", "empty-dir-var-scratch-space"],
    },
    { why: "an empty dir at / is empty-dir", volumes: [volume({ empty_dir: {}, mount: "/" })], names: ["empty-dir"] },
    {
      why: "the same source twice: -2, -3",
      volumes: [volume({ secret: "k" }), volume({ secret: "k" }), volume({ secret: "k" })],
      names: ["secret-k", "secret-k-2", "secret-k-3"],
    },
    {
      why: "a derived name never takes a written one, wherever it is written",
      volumes: [volume({ secret: "k" }), volume({ config_map: "c", name: "secret-k" })],
      names: ["secret-k-2", "secret-k"],
    },
    {
      why: "XCom's own name cannot come out: every derived name has a prefix",
      volumes: [volume({ empty_dir: {}, mount: "/xcom" })],
      names: ["empty-dir-xcom"],
    },
    {
      why: "long sources are cut to 63 characters, the counter kept",
      volumes: [volume({ secret: "s".repeat(200) }), volume({ secret: "s".repeat(200) })],
      names: [`secret-${"s".repeat(56)}`, `secret-${"s".repeat(54)}-2`],
    },
  ])("$why", ({ volumes, names }) => {
    const got = volumeNames(volumes);
    expect(got).toEqual(names);
    for (const name of got) expect(name).toMatch(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/);
  });

  it.each([
    ["Secret.Name", "secret-name"],
    ["--a--b--", "a-b"],
    ["a".repeat(62) + "-b", "a".repeat(62)],
    ["...", "volume"],
  ])("dnsLabel(%j) is %j", (text, label) => {
    expect(dnsLabel(text)).toBe(label);
  });
});

describe("mount paths", () => {
  it.each([
    ["/data", "/data"],
    ["/data/", "/data"],
    ["/data//", "/data"],
    ["/", "/"],
    ["//", "/"],
    ["relative/", "relative"],
  ])("mountKey(%j) is %j", (path, key) => {
    expect(mountKey(path)).toBe(key);
  });

  it("mountKey of 100,000 slashes before the last character completes (its cost is linear)", () => {
    const path = `${"/".repeat(100_000)}x`;
    expect(mountKey(path)).toBe(path);
    expect(mountKey(`${path}/`)).toBe(path);
  });

  it("mergeVolumes keeps the defaults' order and puts a replacing volume in place of the one it replaces", () => {
    const merged = mergeVolumes(
      [
        { mount: "/a", id: 1 },
        { mount: "/b", id: 2 },
      ],
      [
        { mount: "/c", id: 3 },
        { mount: "/a/", id: 4 },
      ],
    );
    expect(merged.map((entry) => entry.id)).toEqual([4, 2, 3]);
  });
});
