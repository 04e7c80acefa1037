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
