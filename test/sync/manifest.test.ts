import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { MANIFEST_FORMAT, parseManifest, serializeManifest, type Manifest } from "../../src/sync/manifest.js";

const PREFIX = "dags/etl/sales/";
const WHERE = "gs://b/dags/etl/sales/.dagship-manifest.json";

const manifest: Manifest = {
  format: MANIFEST_FORMAT,
  repository: "github.com/acme/etl",
  repo: "etl",
  project: "sales",
  prefix: PREFIX,
  commit: "a".repeat(40),
  commitTime: "2024-03-01T10:00:00.000Z",
  deployedAt: "2024-03-01T10:05:00.000Z",
  dagshipVersion: "0.1.0",
  files: {
    "z_last.py": { md5: "1B2M2Y8AsgTpgAmY7PhCfg==", size: 0 },
    "a_first.py": { md5: "rL0Y20zC+Fzt72VPzMSk2A==", size: 3, dagId: "a_first" },
  },
};

function bytesOf(value: unknown): Uint8Array {
  return new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));
}

describe("manifest", () => {
  it("round-trips, with file paths sorted so equal deploys give equal bytes", () => {
    const bytes = serializeManifest(manifest);
    expect(parseManifest(bytes, WHERE, PREFIX)).toEqual(manifest);
    const text = new TextDecoder().decode(bytes);
    expect(text.indexOf("a_first.py")).toBeLessThan(text.indexOf("z_last.py"));
    const { "a_first.py": first, "z_last.py": last } = manifest.files;
    const reordered = { ...manifest, files: { "a_first.py": first, "z_last.py": last } as Manifest["files"] };
    expect(serializeManifest(reordered)).toEqual(bytes);
  });

  it("keeps the release tag of a rollback", () => {
    const tagged = { ...manifest, releaseTag: "v1.2.0" };
    expect(parseManifest(serializeManifest(tagged), WHERE, PREFIX).releaseTag).toBe("v1.2.0");
  });

  const good = JSON.parse(new TextDecoder().decode(serializeManifest(manifest))) as Record<string, unknown>;
  const corrupt: [string, Uint8Array, RegExp][] = [
    ["truncated JSON", bytesOf('{"format": 1, "files": {'), /not valid JSON/],
    ["not UTF-8", new Uint8Array([0xff, 0xfe, 0x00]), /not valid JSON/],
    ["an array", bytesOf([]), /not a JSON object/],
    ["no format", bytesOf({ ...good, format: undefined }), /"format" is undefined, expected 1 or 2/],
    ["no repository (format 2)", bytesOf({ ...good, repository: undefined }), /"repository" must be a non-empty string/],
    ["an empty repository", bytesOf({ ...good, repository: "" }), /"repository" must be a non-empty string/],
    ["files missing", bytesOf({ ...good, files: undefined }), /"files" must be an object/],
    ["files as a list", bytesOf({ ...good, files: ["a.py"] }), /"files" must be an object/],
    ["another prefix", bytesOf({ ...good, prefix: "dags/etl/other/" }), /governs "dags\/etl\/other\/", not this project's prefix/],
    ["short commit", bytesOf({ ...good, commit: "abc1234" }), /not a full git commit id/],
    ["bad commit time", bytesOf({ ...good, commitTime: "yesterday" }), /"commitTime" is not a date/],
    ["path escaping the prefix", bytesOf({ ...good, files: { "../other/x.py": { md5: "1B2M2Y8AsgTpgAmY7PhCfg==", size: 0 } } }), /not a safe relative path/],
    ["absolute path", bytesOf({ ...good, files: { "/x.py": { md5: "1B2M2Y8AsgTpgAmY7PhCfg==", size: 0 } } }), /not a safe relative path/],
    ["bad md5", bytesOf({ ...good, files: { "x.py": { md5: "abc", size: 0 } } }), /no valid base64 "md5"/],
    ["negative size", bytesOf({ ...good, files: { "x.py": { md5: "1B2M2Y8AsgTpgAmY7PhCfg==", size: -1 } } }), /no valid "size"/],
    ["lists itself", bytesOf({ ...good, files: { ".dagship-manifest.json": { md5: "1B2M2Y8AsgTpgAmY7PhCfg==", size: 0 } } }), /lists itself/],
  ];
  it.each(corrupt)("a manifest with %s is a clear error, never 'owns nothing'", (_name, bytes, reason) => {
    let caught: unknown;
    try {
      parseManifest(bytes, WHERE, PREFIX);
    } catch (thrown) {
      caught = thrown;
    }
    expect(caught).toBeInstanceOf(UserError);
    const message = (caught as UserError).message;
    expect(message).toMatch(reason);
    expect(message).toContain(WHERE);
    expect(message).toContain("Restore it");
  });

  it("asks for an upgrade when a newer dagship wrote the manifest", () => {
    expect(() => parseManifest(bytesOf({ ...good, format: 3, dagshipVersion: "9.0.0" }), WHERE, PREFIX)).toThrow(
      /format 3, written by a newer dagship \(9\.0\.0\); upgrade dagship/,
    );
  });

  it("writes format 2 with the repository right after the format", () => {
    const text = new TextDecoder().decode(serializeManifest(manifest));
    expect(text.startsWith('{\n  "format": 2,\n  "repository": "github.com/acme/etl",\n  "repo": "etl",')).toBe(true);
  });

  it("reads a format-1 manifest (dagship 0.1) as recording no repository, whatever it says", () => {
    const legacy = { ...good, format: 1, repository: "github.com/someone/else" };
    const parsed = parseManifest(bytesOf(legacy), WHERE, PREFIX);
    expect(parsed.repository).toBeUndefined();
    expect(parsed).toEqual({ ...manifest, repository: undefined });
  });
});
