import { AsyncLocalStorage } from "node:async_hooks";
import { SecretMask } from "./secrets.js";

/**
 * The one logging seam. The action backs it with @actions/core, the CLI with stderr,
 * tests with an in-memory recorder.
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** Detail shown only when debugging is on (ACTIONS_STEP_DEBUG or --verbose). */
  debug(message: string): void;
  /** A collapsible log section. */
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
  /** Registers a secret so that no later log line can print it. */
  mask(secret: string): void;
}

/**
 * Logger that replaces every masked secret before writing; used by the CLI and tests. Pass the
 * run's {@link SecretMask} to share it with the run's other sinks (stdout, `--json`): a secret
 * registered here is then hidden there too.
 */
export class StreamLogger implements Logger {
  private readonly secrets: SecretMask;

  constructor(
    private readonly write: (line: string) => void,
    private readonly verbose = false,
    secrets: SecretMask = new SecretMask(),
  ) {
    this.secrets = secrets;
  }

  info(message: string): void {
    this.write(this.secrets.redact(message));
  }
  warn(message: string): void {
    this.write(this.secrets.redact(`warning: ${message}`));
  }
  debug(message: string): void {
    if (this.verbose) this.write(this.secrets.redact(`debug: ${message}`));
  }
  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    this.write(this.secrets.redact(`== ${title}`));
    return body();
  }
  mask(secret: string): void {
    this.secrets.add(secret);
  }
}

/** A logger that keeps lines in memory, for tests and for building reports. */
export class MemoryLogger extends StreamLogger {
  readonly lines: string[] = [];
  constructor(verbose = true) {
    super((line) => this.lines.push(line), verbose);
  }
}

type Entry =
  | { readonly kind: "info" | "warn" | "debug"; readonly message: string }
  | { readonly kind: "group"; readonly title: string; readonly entries: Entry[] };

async function replayEntries(entries: readonly Entry[], target: Logger): Promise<void> {
  for (const entry of entries) {
    if (entry.kind === "group") await target.group(entry.title, () => replayEntries(entry.entries, target));
    else target[entry.kind](entry.message);
  }
}

/**
 * Keeps one unit of work's log (lines and groups, debug included) until {@link writeTo} writes it
 * whole, so units that run at the same time never interleave their lines. Secrets go to the
 * target's mask at once: the target masks them in the replayed lines and in every line after.
 */
export class BufferedLogger implements Logger {
  private readonly entries: Entry[] = [];
  // Which group a line belongs to follows the async call chain, not a depth counter: work inside
  // one unit may itself run concurrently, inside and outside its groups.
  private readonly openGroup = new AsyncLocalStorage<Entry[]>();

  constructor(private readonly masks: Pick<Logger, "mask">) {}

  info(message: string): void {
    this.sink().push({ kind: "info", message });
  }
  warn(message: string): void {
    this.sink().push({ kind: "warn", message });
  }
  debug(message: string): void {
    this.sink().push({ kind: "debug", message });
  }
  group<T>(title: string, body: () => Promise<T>): Promise<T> {
    const entries: Entry[] = [];
    this.sink().push({ kind: "group", title, entries });
    return this.openGroup.run(entries, body);
  }
  mask(secret: string): void {
    this.masks.mask(secret);
  }

  /** Nothing recorded yet. */
  get empty(): boolean {
    return this.entries.length === 0;
  }

  /**
   * Writes everything recorded so far into one group of `target` titled `title`. Several buffers
   * written to one target must go one after the other (a replay awaits its nested groups).
   */
  writeTo(target: Logger, title: string): Promise<void> {
    return target.group(title, () => replayEntries(this.entries, target));
  }

  private sink(): Entry[] {
    return this.openGroup.getStore() ?? this.entries;
  }
}

// The logger of the unit of work the current async call chain belongs to (see routeLogs).
const routes = new AsyncLocalStorage<Logger>();

/**
 * Runs `body` with the lines of every {@link routedLogger} it reaches, directly or through any
 * callback, promise or timer it starts, going to `logger`. Shared collaborators (one docker CLI,
 * one credential source for many projects) so write into the log of the project they work for.
 */
export function routeLogs<T>(logger: Logger, body: () => Promise<T>): Promise<T> {
  return routes.run(logger, body);
}

/** A logger that writes to the logger of the innermost {@link routeLogs} around the caller, else to `base`. */
export function routedLogger(base: Logger): Logger {
  const current = (): Logger => routes.getStore() ?? base;
  return {
    info: (message) => current().info(message),
    warn: (message) => current().warn(message),
    debug: (message) => current().debug(message),
    group: (title, body) => current().group(title, body),
    mask: (secret) => current().mask(secret),
  };
}
/**
 * Another logger behind a {@link SecretMask}: every line is redacted before it reaches `inner`,
 * and every secret registered is added to the mask (and still handed to `inner`, so a runner
 * that masks on its own, GitHub's, also hides it in output dagship does not write).
 */
export class MaskingLogger implements Logger {
  constructor(
    private readonly inner: Logger,
    readonly secrets: SecretMask,
  ) {}

  info(message: string): void {
    this.inner.info(this.secrets.redact(message));
  }
  warn(message: string): void {
    this.inner.warn(this.secrets.redact(message));
  }
  debug(message: string): void {
    this.inner.debug(this.secrets.redact(message));
  }
  group<T>(title: string, body: () => Promise<T>): Promise<T> {
    return this.inner.group(this.secrets.redact(title), body);
  }
  mask(secret: string): void {
    this.secrets.add(secret);
    this.inner.mask(secret);
  }
}
