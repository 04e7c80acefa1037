import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { randomBytes } from "node:crypto";
import { HISTORY_LIMIT, packRender, RENDER_BUDGET, unpackRender, type DeployHistory } from "../../src/sync/deploy-record.js";
import { MANIFEST_FORMAT, parseManifest, serializeManifest, type Manifest } from "../../src/sync/manifest.js";
import { withHistory } from "../../src/sync/next-history.js";
import { sameDeployment } from "../../src/sync/next-manifest.js";
import { md5Base64 } from "../../src/sync/store.js";

const PREFIX = "dags/etl/sales/";
const WHERE = "gs://b/dags/etl/sales/.dagship-manifest.json";
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const sha = (n: number): string => n.toString(16).padStart(40, "0");

/** The manifest a deploy of `n` (commit n, render "dag n") would write, before its history. */
function manifestOf(n: number, render = `dag ${n}\n`): { manifest: Manifest; contents: Map<string, Uint8Array> } {
  const bytes = encode(render);
  return {
    manifest: {
      format: MANIFEST_FORMAT,
      repository: "github.com/acme/etl",
      repo: "etl",
      project: "sales",
      prefix: PREFIX,
      commit: sha(n),
      commitTime: new Date(Date.UTC(2024, 0, n)).toISOString(),
      deployedAt: new Date(Date.UTC(2024, 0, n, 1)).toISOString(),
      dagshipVersion: "0.1.0",
      files: { "sales.py": { md5: md5Base64(bytes), size: bytes.byteLength, dagId: "sales" } },
    },
    contents: new Map([["sales.py", bytes]]),
  };
}

const image = (n: number) => ({ sales: { reference: `r.example/etl/sales@sha256:${String(n).repeat(64).slice(0, 64)}`, tag: `ctx-${n}` } });

/** Deploys 1..count, each over the one before, as sync writes them. */
function deployChain(count: number, render: (n: number) => string = (n) => `dag ${n}\n`): Manifest {
  let previous: Manifest | undefined;
  for (let n = 1; n <= count; n++) {
    const { manifest, contents } = manifestOf(n, render(n));
    previous = withHistory(manifest, previous, { images: image(n) }, contents);
  }
  return previous as Manifest;
}

describe("a manifest's deploy history", () => {
  it("round-trips through the manifest's bytes, with every render restorable byte for byte", () => {
    const manifest = deployChain(3);
    const parsed = parseManifest(serializeManifest(manifest), WHERE, PREFIX);
    expect(parsed).toEqual(manifest);
    const history = parsed.history as DeployHistory;
    expect(history.deploys.map((deploy) => deploy.commit)).toEqual([sha(3), sha(2), sha(1)]);
    expect(history.deploys[1]?.images).toEqual(image(2));
    for (const deploy of history.deploys) {
      const md5 = deploy.files["sales.py"]?.md5 as string;
      expect(new TextDecoder().decode(unpackRender(history, md5))).toBe(`dag ${Number.parseInt(deploy.commit, 16)}\n`);
    }
  });

  it("an old manifest without a history still parses, and its next deploy starts one with it", () => {
    const { manifest: old, contents } = manifestOf(1);
    const bytes = serializeManifest(old);
    expect(new TextDecoder().decode(bytes)).not.toContain("history");
    const parsed = parseManifest(bytes, WHERE, PREFIX);
    expect(parsed.history).toBeUndefined();

    // The same deploy again: nothing else changed, but the manifest is written once to start the history.
    const again = withHistory({ ...old, deployedAt: "2024-02-01T00:00:00.000Z" }, parsed, { images: image(1) }, contents);
    expect(sameDeployment(parsed, again)).toBe(false);
    expect(again.history?.deploys.map((deploy) => deploy.commit)).toEqual([sha(1)]);
    // From then on an equal deploy is "the same deployment" whatever its history says.
    const third = withHistory({ ...old, deployedAt: "2024-03-01T00:00:00.000Z" }, again, { images: image(1) }, contents);
    expect(sameDeployment(again, third)).toBe(true);

    // A later commit over the old manifest keeps the old deploy, without images, and its bytes
    // only where this deploy renders them too (here it does not: they are unknown).
    const next = manifestOf(2);
    const after = withHistory(next.manifest, parsed, { images: image(2) }, next.contents);
    expect(after.history?.deploys.map((deploy) => [deploy.commit, deploy.images])).toEqual([
      [sha(2), image(2)],
      [sha(1), {}],
    ]);
    expect(unpackRender(after.history as DeployHistory, old.files["sales.py"]?.md5 as string)).toBeUndefined();
  });

  it(`keeps the last ${HISTORY_LIMIT} deploys and exactly the renders they name`, () => {
    const manifest = deployChain(HISTORY_LIMIT + 5);
    const history = manifest.history as DeployHistory;
    expect(history.deploys).toHaveLength(HISTORY_LIMIT);
    expect(history.deploys[0]?.commit).toBe(sha(HISTORY_LIMIT + 5));
    expect(history.deploys.at(-1)?.commit).toBe(sha(6));
    expect(Object.keys(history.renders).sort()).toEqual(history.deploys.map((deploy) => deploy.files["sales.py"]?.md5).sort());
  });

  it(`keeps renders within ${RENDER_BUDGET} bytes, the newest deploy's always, older deploys whole or not at all`, () => {
    // Random hex compresses to about half: each render is about 0.8 MB of base64, two do not fit.
    const noise = (n: number): string => randomBytes(600_000).toString("hex") + String(n);
    const history = deployChain(3, noise).history as DeployHistory;
    expect(history.deploys).toHaveLength(3);
    const kept = history.deploys.map((deploy) => unpackRender(history, deploy.files["sales.py"]?.md5 as string) !== undefined);
    expect(kept).toEqual([true, false, false]);
    expect(Object.values(history.renders).reduce((sum, packed) => sum + packed.length, 0)).toBeLessThanOrEqual(RENDER_BUDGET);
  });

  it("keeps one copy of a render that several deploys share", () => {
    const history = deployChain(5, () => "the same bytes\n").history as DeployHistory;
    expect(history.deploys).toHaveLength(5);
    expect(Object.keys(history.renders)).toEqual([md5Base64(encode("the same bytes\n"))]);
  });

  it("records a rollback's and a promotion's origin", () => {
    const { manifest, contents } = manifestOf(2);
    const rolled = withHistory(manifest, deployChain(1), { origin: { via: "rollback", from: sha(3) } }, contents);
    expect(parseManifest(serializeManifest(rolled), WHERE, PREFIX).history?.deploys[0]?.origin).toEqual({ via: "rollback", from: sha(3) });
  });

  it("a render whose bytes do not match their MD5 is not handed out", () => {
    const history: DeployHistory = { deploys: [], renders: { [md5Base64(encode("a"))]: packRender(encode("b")) } };
    expect(unpackRender(history, md5Base64(encode("a")))).toBeUndefined();
    expect(unpackRender({ deploys: [], renders: { [md5Base64(encode("a"))]: "not gzip" } }, md5Base64(encode("a")))).toBeUndefined();
  });

  const good = JSON.parse(new TextDecoder().decode(serializeManifest(deployChain(2)))) as Record<string, unknown> & {
    history: { deploys: Record<string, unknown>[]; renders: Record<string, string> };
  };
  const withDeploy = (change: Record<string, unknown>) => ({ ...good, history: { ...good.history, deploys: [{ ...good.history.deploys[0], ...change }] } });
  const corrupt: [string, unknown, RegExp][] = [
    ["a list for a history", { ...good, history: [] }, /"history" must be an object/],
    [
      "too many deploys",
      { ...good, history: { ...good.history, deploys: Array.from({ length: HISTORY_LIMIT + 1 }, () => good.history.deploys[0]) } },
      /more than 20/,
    ],
    ["a short commit", withDeploy({ commit: "abc" }), /history deploy 1: "commit" is not a full git commit id/],
    ["a bad time", withDeploy({ deployedAt: "soon" }), /"deployedAt" is not a date/],
    ["an unsafe path", withDeploy({ files: { "../x.py": { md5: md5Base64(encode("x")) } } }), /not a safe relative path/],
    ["an image without reference", withDeploy({ images: { sales: {} } }), /image of sales has no "reference"/],
    ["an unknown origin", withDeploy({ origin: { via: "magic", from: "x" } }), /"origin" must be/],
    ["a render key that is no MD5", { ...good, history: { ...good.history, renders: { nope: "x" } } }, /is not an MD5/],
  ];
  it.each(corrupt)("a history with %s makes the manifest unusable, with the reason", (_name, value, reason) => {
    const read = () => parseManifest(encode(JSON.stringify(value)), WHERE, PREFIX);
    expect(read).toThrow(UserError);
    expect(read).toThrow(reason);
  });
});
