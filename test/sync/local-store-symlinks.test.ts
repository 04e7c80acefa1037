/**
 * The local folder destination with real symlinks in it: every operation stays inside the
 * folder; a link leaving it, dangling or looping is refused, naming the link, and nothing outside
 * is read, written or deleted. Also the folder itself being a file or a link, and the
 * temporary-file marker against dag_ids.
 */
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SymlinkRefusedError } from "../../src/fs-safety.js";
import { isTemporaryName, LocalFolderStore, TEMP_MARKER } from "../../src/sync/local-store.js";
import { StoreError, type ObjectStore } from "../../src/sync/store.js";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const options = { contentType: "text/x-python", metadata: {} };
const SECRET = "TOKEN=never-shown-4f1c";

/** A destination folder and a sibling "outside" folder holding a secret file. */
function layout(): { root: string; outside: string; store: LocalFolderStore } {
  const base = realpathSync(mkdtempSync(path.join(tmpdir(), "dagship-store-links-")));
  const root = path.join(base, "dags");
  const outside = path.join(base, "outside");
  mkdirSync(root);
  mkdirSync(outside);
  writeFileSync(path.join(outside, "secret.env"), `${SECRET}\n`);
  return { root, outside, store: new LocalFolderStore(root) };
}

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (thrown) {
    if (thrown instanceof SymlinkRefusedError) return `refused:${thrown.problem}`;
    if (thrown instanceof StoreError) return `store:${thrown.kind}`;
    return `other:${String(thrown)}`;
  }
}

type Operation = [string, (store: ObjectStore) => Promise<unknown>];
const OPERATIONS: Operation[] = [
  ["read", (store) => store.read("etl/sales/sales.py")],
  ["write", (store) => store.write("etl/sales/sales.py", bytes("x = 1\n"), options)],
  ["conditional write", (store) => store.write("etl/sales/sales.py", bytes("x = 1\n"), { ...options, ifGenerationMatch: "0" })],
  ["delete", (store) => store.delete("etl/sales/sales.py")],
  ["list of the project", (store) => store.list("etl/sales/")],
  ["list of everything", (store) => store.list("")],
];

describe("a folder inside the destination that is a symlink", () => {
  it.each(OPERATIONS)("pointing outside: %s is refused and nothing outside changes", async (_, operation) => {
    const { root, outside, store } = layout();
    symlinkSync("../outside", path.join(root, "etl"));
    const before = readdirSync(outside);
    expect(await outcome(operation(store))).toBe("refused:outside");
    expect(readdirSync(outside)).toEqual(before);
  });

  it.each(OPERATIONS)("dangling: %s is refused", async (_, operation) => {
    const { root, store } = layout();
    symlinkSync("../nowhere", path.join(root, "etl"));
    expect(await outcome(operation(store))).toBe("refused:dangling");
  });

  it("pointing inside: followed for every operation, keys named as written", async () => {
    const { root, store } = layout();
    mkdirSync(path.join(root, "real-etl"));
    symlinkSync("real-etl", path.join(root, "etl"));
    const { generation } = await store.write("etl/sales/sales.py", bytes("x = 1\n"), { ...options, ifGenerationMatch: "0" });
    expect(readFileSync(path.join(root, "real-etl/sales/sales.py"), "utf8")).toBe("x = 1\n");
    expect((await store.read("etl/sales/sales.py"))?.generation).toBe(generation);
    expect((await store.list("etl/")).map((object) => [object.key, object.generation])).toEqual([["etl/sales/sales.py", generation]]);
    await store.delete("etl/sales/sales.py", { ifGenerationMatch: generation });
    expect(readdirSync(path.join(root, "real-etl/sales"))).toEqual([]);
  });

  it("a loop (a link to a folder that contains it) is refused by a listing, not walked forever", async () => {
    const { root, store } = layout();
    mkdirSync(path.join(root, "etl"));
    await store.write("etl/a.py", bytes("a\n"), options);
    symlinkSync("..", path.join(root, "etl/loop"));
    expect(await outcome(store.list("etl/"))).toBe("store:failed");
    await expect(store.list("etl/")).rejects.toThrow(/a folder that contains it \(a loop\)/);
    // A listing the link cannot match is not its business.
    expect((await store.list("etl/a")).map((object) => object.key)).toEqual(["etl/a.py"]);
  });
});

describe("a file in the destination that is a symlink", () => {
  it("to a secret outside: reading or listing it is refused, and the refusal never quotes the secret", async () => {
    const { root, store } = layout();
    mkdirSync(path.join(root, "etl/sales"), { recursive: true });
    symlinkSync("../../../outside/secret.env", path.join(root, "etl/sales/.dagship-manifest.json"));
    for (const operation of [store.read("etl/sales/.dagship-manifest.json"), store.list("etl/sales/")]) {
      const refused = await operation.catch((thrown: unknown) => thrown);
      expect(refused).toBeInstanceOf(SymlinkRefusedError);
      expect((refused as Error).message).toContain("etl/sales/.dagship-manifest.json is a symlink to");
      expect((refused as Error).message).not.toContain(SECRET);
    }
    // A conditional write (what sync does) needs the current generation: refused too.
    expect(await outcome(store.write("etl/sales/.dagship-manifest.json", bytes("{}"), { ...options, ifGenerationMatch: "0" }))).toBe("refused:outside");
    expect(readFileSync(path.join(root, "../outside/secret.env"), "utf8")).toBe(`${SECRET}\n`);
  });

  it("a plain write replaces the link itself, as an object store replaces an object; the target is untouched", async () => {
    const { root, outside, store } = layout();
    mkdirSync(path.join(root, "etl"));
    symlinkSync(path.join(outside, "secret.env"), path.join(root, "etl/a.py"));
    await store.write("etl/a.py", bytes("a = 1\n"), options);
    expect(lstatSync(path.join(root, "etl/a.py")).isFile()).toBe(true);
    expect(readFileSync(path.join(outside, "secret.env"), "utf8")).toBe(`${SECRET}\n`);
  });

  it("inside: read through it; a delete removes the link, never the file it points at", async () => {
    const { root, store } = layout();
    await store.write("shared/common.py", bytes("shared\n"), options);
    mkdirSync(path.join(root, "etl"));
    symlinkSync("../shared/common.py", path.join(root, "etl/common.py"));
    expect(new TextDecoder().decode((await store.read("etl/common.py"))?.content)).toBe("shared\n");
    await store.delete("etl/common.py");
    expect(readdirSync(path.join(root, "etl"))).toEqual([]);
    expect(readFileSync(path.join(root, "shared/common.py"), "utf8")).toBe("shared\n");
  });
});

describe("the destination folder itself", () => {
  it("a file: every operation fails as an unusable DAG folder, a plan included", async () => {
    const { root } = layout();
    const file = path.join(root, "afile");
    writeFileSync(file, "not a folder\n");
    const store = new LocalFolderStore(file);
    for (const [, operation] of OPERATIONS) expect(await outcome(operation(store))).toBe("store:bucket-not-found");
    expect(await outcome(new LocalFolderStore(path.join(file, "below")).list(""))).toBe("store:bucket-not-found");
    expect(readFileSync(file, "utf8")).toBe("not a folder\n");
  });

  it("a dangling link: refused, naming it; a link to a folder: used", async () => {
    const { root, outside } = layout();
    symlinkSync("nowhere", path.join(root, "dangling"));
    expect(await outcome(new LocalFolderStore(path.join(root, "dangling")).list(""))).toBe("refused:dangling");
    expect(await outcome(new LocalFolderStore(path.join(root, "dangling")).write("a.py", bytes("a"), options))).toBe("refused:dangling");
    symlinkSync(outside, path.join(root, "linked"));
    const linked = new LocalFolderStore(path.join(root, "linked"));
    await linked.write("etl/a.py", bytes("a"), options);
    expect(readFileSync(path.join(outside, "etl/a.py"), "utf8")).toBe("a");
  });

  it("missing: lists nothing, then is created by the first write", async () => {
    const { root } = layout();
    const store = new LocalFolderStore(path.join(root, "new/dags"));
    expect(await store.list("")).toEqual([]);
    await store.write("etl/a.py", bytes("a"), options);
    expect(readFileSync(path.join(root, "new/dags/etl/a.py"), "utf8")).toBe("a");
  });
});

describe("temporary files", () => {
  it.each([
    [`.a.py${TEMP_MARKER}0123456789ab`, true],
    [".a.py.dagship-tmp-0123456789ab", true],
    ["x.dagship-tmp-y.py", false],
    ["a.dagship-tmp-0123456789ab.py", false],
    [".dagship-manifest.json", false],
    ["a.py", false],
  ])("isTemporaryName(%s) is %s", (name, expected) => {
    expect(isTemporaryName(name)).toBe(expected);
  });

  it("a DAG file whose dag_id holds the old marker is an object like any other; the store's own leftovers are not", async () => {
    const { root, store } = layout();
    const { generation } = await store.write("etl/x.dagship-tmp-y.py", bytes("dag\n"), { ...options, ifGenerationMatch: "0" });
    writeFileSync(path.join(root, "etl", `.x.py${TEMP_MARKER}0123456789ab`), "partial");
    writeFileSync(path.join(root, "etl", ".x.py.dagship-tmp-0123456789ab"), "partial, from an earlier version");
    expect((await store.list("etl/")).map((object) => [object.key, object.generation])).toEqual([["etl/x.dagship-tmp-y.py", generation]]);
    await store.write("etl/x.dagship-tmp-y.py", bytes("dag 2\n"), { ...options, ifGenerationMatch: generation });
  });

  it("refuses to create an object named like one of its temporary files", async () => {
    const { store } = layout();
    expect(await outcome(store.write(`etl/.a.py${TEMP_MARKER}0123456789ab`, bytes("a"), options))).toBe("store:failed");
  });
});
