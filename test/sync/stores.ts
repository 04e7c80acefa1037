import type { ObjectContent, ObjectInfo, ObjectStore, WriteOptions } from "../../src/sync/store.js";
import { latency, RoundTripCounter } from "./round-trips.js";

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

/**
 * The real store, every call delayed by `latencyMs` (the network's round trip) and counted by a
 * {@link RoundTripCounter}: how many sequential round trips a deploy needs, exactly.
 */
export class LatencyStore extends DelegatingStore {
  constructor(
    inner: ObjectStore,
    readonly latencyMs: number,
    readonly counter: RoundTripCounter = new RoundTripCounter(),
  ) {
    super(inner);
  }
  override list(prefix: string): Promise<ObjectInfo[]> {
    return this.timed(`list ${prefix}`, () => super.list(prefix));
  }
  override read(key: string): Promise<ObjectContent | undefined> {
    return this.timed(`read ${key}`, () => super.read(key));
  }
  override write(key: string, content: Uint8Array, options: WriteOptions): Promise<{ generation: string }> {
    return this.timed(`write ${key}`, () => super.write(key, content, options));
  }
  override delete(key: string, options?: { ifGenerationMatch?: string }): Promise<void> {
    return this.timed(`delete ${key}`, () => super.delete(key, options));
  }
  private async timed<T>(what: string, call: () => Promise<T>): Promise<T> {
    const answered = this.counter.begin(what);
    try {
      await latency(this.latencyMs);
      return await call();
    } finally {
      answered();
    }
  }
}

/**
 * The real store, with `meanwhile` run once just before its first write goes out: another deploy
 * landing between a deploy's reads and its writes, at the worst moment.
 */
export class InterruptedStore extends DelegatingStore {
  private interrupted = false;
  constructor(
    inner: ObjectStore,
    private readonly meanwhile: () => Promise<unknown>,
  ) {
    super(inner);
  }
  override async write(key: string, content: Uint8Array, options: WriteOptions): Promise<{ generation: string }> {
    if (!this.interrupted) {
      this.interrupted = true;
      await this.meanwhile();
    }
    return super.write(key, content, options);
  }
}
