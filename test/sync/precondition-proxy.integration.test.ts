import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GcsStore } from "../../src/sync/gcs-store.js";
import { StoreError } from "../../src/sync/store.js";
import { emulatorHost, freshBucket } from "./helpers.js";
import { startPreconditionProxy, type PreconditionProxy } from "./precondition-proxy.js";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const options = { contentType: "text/x-python", metadata: {} };

async function failure(promise: Promise<unknown>): Promise<StoreError> {
  try {
    await promise;
  } catch (thrown) {
    if (thrown instanceof StoreError) return thrown;
    throw thrown;
  }
  throw new Error("expected the call to fail");
}

describe("the emulator alone ignores ifGenerationMatch (why the proxy exists)", () => {
  it("accepts a write with a stale generation", async () => {
    const store = new GcsStore(freshBucket("raw"), { apiEndpoint: emulatorHost() });
    const first = await store.write("x.py", bytes("1"), options);
    await store.write("x.py", bytes("2"), options);
    await expect(store.write("x.py", bytes("3"), { ...options, ifGenerationMatch: first.generation })).resolves.toBeDefined();
  });
});

describe("precondition-enforcing proxy in front of the emulator", () => {
  let proxy: PreconditionProxy;
  beforeAll(async () => {
    proxy = await startPreconditionProxy(emulatorHost());
  });
  afterAll(async () => {
    await proxy.close();
  });

  it("answers 412 to uploads whose ifGenerationMatch is not the emulator's current generation", async () => {
    const store = new GcsStore(freshBucket("pp"), { apiEndpoint: proxy.url });
    const created = await store.write("x.py", bytes("1"), { ...options, ifGenerationMatch: "0" });
    expect((await failure(store.write("x.py", bytes("again"), { ...options, ifGenerationMatch: "0" }))).kind).toBe("precondition-failed");
    const second = await store.write("x.py", bytes("2"), { ...options, ifGenerationMatch: created.generation });
    expect(second.generation).not.toBe(created.generation);
    expect((await failure(store.write("x.py", bytes("stale"), { ...options, ifGenerationMatch: created.generation }))).status).toBe(412);
    expect((await failure(store.write("y.py", bytes("absent"), { ...options, ifGenerationMatch: "123" }))).kind).toBe("precondition-failed");
    expect(new TextDecoder().decode((await store.read("x.py"))?.content)).toBe("2");
  });

  it("answers 412 to deletes at a stale generation, and deletes at the current one", async () => {
    const store = new GcsStore(freshBucket("pp"), { apiEndpoint: proxy.url });
    const first = await store.write("x.py", bytes("1"), options);
    const second = await store.write("x.py", bytes("2"), options);
    expect((await failure(store.delete("x.py", { ifGenerationMatch: first.generation }))).kind).toBe("precondition-failed");
    expect(await store.read("x.py")).toBeDefined();
    await store.delete("x.py", { ifGenerationMatch: second.generation });
    expect(await store.read("x.py")).toBeUndefined();
  });

  it("keeps generations unique even for writes within one millisecond", async () => {
    const store = new GcsStore(freshBucket("pp"), { apiEndpoint: proxy.url });
    const seen = new Set<string>();
    for (let i = 0; i < 15; i++) seen.add((await store.write("x.py", bytes(String(i)), options)).generation);
    expect(seen.size).toBe(15);
  });

  it("serialises concurrent conditional creates: exactly one of 20 wins", async () => {
    const store = new GcsStore(freshBucket("pp"), { apiEndpoint: proxy.url });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => store.write("x.py", bytes(String(i)), { ...options, ifGenerationMatch: "0" })),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "rejected")).toHaveLength(19);
    for (const o of outcomes) {
      if (o.status === "rejected") expect((o.reason as StoreError).kind).toBe("precondition-failed");
    }
  });
});
