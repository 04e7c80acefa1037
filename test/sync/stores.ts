import type { ObjectContent, ObjectInfo, ObjectStore, WriteOptions } from "../../src/sync/store.js";

/**
 * A real store, passed through unchanged; subclasses override the calls they observe or break.
 * No test framework here: the benchmark uses these too.
 */
export class DelegatingStore implements ObjectStore {
  constructor(protected readonly inner: ObjectStore) {}
  get location(): string {
    return this.inner.location;
  }
  list(prefix: string): Promise<ObjectInfo[]> {
    return this.inner.list(prefix);
  }
  read(key: string): Promise<ObjectContent | undefined> {
    return this.inner.read(key);
  }
  write(key: string, content: Uint8Array, options: WriteOptions): Promise<{ generation: string }> {
    return this.inner.write(key, content, options);
  }
  delete(key: string, options?: { ifGenerationMatch?: string }): Promise<void> {
    return this.inner.delete(key, options);
  }
}

/**
 * The real store, with the process "killed" after `allowedWrites` writes: the next write and
 * every later call fail as if the deploy process had died. Not a mock: the writes that happen
 * are real.
 */
export class KilledAfterWrites extends DelegatingStore {
  private writes = 0;
  private dead = false;
  constructor(
    inner: ObjectStore,
    private readonly allowedWrites: number,
  ) {
    super(inner);
  }
  override list(prefix: string): Promise<ObjectInfo[]> {
    this.check();
    return super.list(prefix);
  }
  override read(key: string): Promise<ObjectContent | undefined> {
    this.check();
    return super.read(key);
  }
  override write(key: string, content: Uint8Array, options: WriteOptions): Promise<{ generation: string }> {
    this.check();
    if (this.writes >= this.allowedWrites) {
      this.dead = true;
      this.check();
    }
    this.writes++;
    return super.write(key, content, options);
  }
  override delete(key: string, options?: { ifGenerationMatch?: string }): Promise<void> {
    this.check();
    return super.delete(key, options);
  }
  private check(): void {
    if (this.dead) throw new Error("deploy process killed (simulated)");
  }
}

/** The real store, counting the writes and deletes that reach it. */
export class CountingStore extends DelegatingStore {
  readonly writes: string[] = [];
  readonly deletes: string[] = [];
  override write(key: string, content: Uint8Array, options: WriteOptions): Promise<{ generation: string }> {
    this.writes.push(key);
    return super.write(key, content, options);
  }
  override delete(key: string, options?: { ifGenerationMatch?: string }): Promise<void> {
    this.deletes.push(key);
    return super.delete(key, options);
  }
}
