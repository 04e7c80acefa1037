import { mkdtempSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GcsStore } from "../../src/sync/gcs-store.js";
import { LocalFolderStore } from "../../src/sync/local-store.js";
import { md5Base64, StoreError, type ObjectStore } from "../../src/sync/store.js";
import { emulatorHost, freshBucket } from "./helpers.js";
import { startPreconditionProxy, type PreconditionProxy } from "./precondition-proxy.js";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (content: Uint8Array | undefined): string | undefined => (content === undefined ? undefined : new TextDecoder().decode(content));
const options = { contentType: "text/x-python", metadata: {} };

async function kindOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (thrown) {
    if (thrown instanceof StoreError) return thrown.kind;
    return `other: ${String(thrown)}`;
  }
}

let proxy: PreconditionProxy;
beforeAll(async () => {
  proxy = await startPreconditionProxy(emulatorHost());
});
afterAll(async () => {
  await proxy.close();
});

const stores: [string, () => ObjectStore][] = [
  ["local folder", () => new LocalFolderStore(mkdtempSync(path.join(tmpdir(), "dagship-store-")))],
  ["Cloud Storage emulator behind the precondition-enforcing proxy", () => new GcsStore(freshBucket("contract"), { apiEndpoint: proxy.url })],
];

describe.each(stores)("ObjectStore contract: %s", (_name, open) => {
  it("writes, reads back with generation and MD5, and lists by prefix", async () => {
    const store = open();
    const written = await store.write("dags/etl/a.py", bytes("alpha"), options);
    await store.write("dags/etl/sub/b.py", bytes("beta"), options);
    await store.write("dags/other/c.py", bytes("gamma"), options);
    const read = await store.read("dags/etl/a.py");
    expect(text(read?.content)).toBe("alpha");
    expect(read?.generation).toBe(written.generation);
    expect(read?.md5).toBe(md5Base64(bytes("alpha")));
    const listed = await store.list("dags/etl/");
    expect(listed.map((o) => o.key)).toEqual(["dags/etl/a.py", "dags/etl/sub/b.py"]);
    expect(listed[0]).toMatchObject({ generation: written.generation, md5: md5Base64(bytes("alpha")), size: 5 });
    expect(await store.read("dags/etl/missing.py")).toBeUndefined();
    expect(await store.list("nothing/here/")).toEqual([]);
  });

  it("enforces ifGenerationMatch on writes: 0 means absent, otherwise the current generation", async () => {
    const store = open();
    const first = await store.write("x.py", bytes("1"), { ...options, ifGenerationMatch: "0" });
    expect(await kindOf(store.write("x.py", bytes("2"), { ...options, ifGenerationMatch: "0" }))).toBe("precondition-failed");
    const second = await store.write("x.py", bytes("2"), { ...options, ifGenerationMatch: first.generation });
    expect(second.generation).not.toBe(first.generation);
    expect(await kindOf(store.write("x.py", bytes("3"), { ...options, ifGenerationMatch: first.generation }))).toBe("precondition-failed");
    expect(text((await store.read("x.py"))?.content)).toBe("2");
  });

  it("changes the generation on every write, even in quick succession", async () => {
    const store = open();
    const generations = new Set<string>();
    for (let i = 0; i < 10; i++) generations.add((await store.write("x.py", bytes("same bytes"), options)).generation);
    expect(generations.size).toBe(10);
  });

  it("deletes only at the expected generation, and deleting a missing object succeeds", async () => {
    const store = open();
    const first = await store.write("x.py", bytes("1"), options);
    const second = await store.write("x.py", bytes("2"), options);
    expect(await kindOf(store.delete("x.py", { ifGenerationMatch: first.generation }))).toBe("precondition-failed");
    expect(await store.read("x.py")).toBeDefined();
    await store.delete("x.py", { ifGenerationMatch: second.generation });
    expect(await store.read("x.py")).toBeUndefined();
    await store.delete("x.py");
    await store.delete("never-existed.py", { ifGenerationMatch: "0" });
  });

  it("refuses keys that could escape the root", async () => {
    const store = open();
    for (const key of ["../x.py", "a/../../x.py", "/abs.py", "a//b.py", "a\\b.py", "dir/", ""]) {
      await expect(store.write(key, bytes("x"), options), key).rejects.toThrow(/unsafe object key/);
    }
  });
});

describe("local folder specifics", () => {
  it("never lists its temporary files, and leaves none behind", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "dagship-store-"));
    const store = new LocalFolderStore(root);
    await store.write("etl/a.py", bytes("a"), options);
    mkdirSync(path.join(root, "etl"), { recursive: true });
    // What a write interrupted before its rename leaves: never an object.
    writeFileSync(path.join(root, "etl", ".a.py.dagship-tmp-0123456789ab"), "partial");
    expect((await store.list("")).map((o) => o.key)).toEqual(["etl/a.py"]);
    await store.write("etl/a.py", bytes("b"), options);
    expect(readdirSync(path.join(root, "etl")).sort()).toEqual([".a.py.dagship-tmp-0123456789ab", "a.py"]);
  });

  it("serialises conditional writes within the process: exactly one of 20 creates wins", async () => {
    const store = new LocalFolderStore(mkdtempSync(path.join(tmpdir(), "dagship-store-")));
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => kindOf(store.write("x.py", bytes(String(i)), { ...options, ifGenerationMatch: "0" }))),
    );
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "precondition-failed")).toHaveLength(19);
  });
});

describe("Cloud Storage store without an explicit endpoint", () => {
  it("follows STORAGE_EMULATOR_HOST, as the action does when it is set", async () => {
    expect(process.env.STORAGE_EMULATOR_HOST).toBe(emulatorHost());
    const bucket = freshBucket("env");
    const viaEnvironment = new GcsStore(bucket);
    const { generation } = await viaEnvironment.write("dags/a.py", bytes("a"), options);
    expect((await viaEnvironment.list("dags/")).map((o) => o.key)).toEqual(["dags/a.py"]);
    expect((await viaEnvironment.read("dags/a.py"))?.generation).toBe(generation);
    // The same bucket seen directly at the emulator: the object is there, then gone.
    const direct = new GcsStore(bucket, { apiEndpoint: emulatorHost() });
    expect((await direct.list("")).map((o) => `${o.key}@${o.generation}`)).toEqual([`dags/a.py@${generation}`]);
    await viaEnvironment.delete("dags/a.py", { ifGenerationMatch: generation });
    expect(await direct.list("")).toEqual([]);
  });
});
