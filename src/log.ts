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

/** Logger that replaces every masked secret before writing; used by the CLI and tests. */
export class StreamLogger implements Logger {
  private readonly secrets = new Set<string>();

  constructor(
    private readonly write: (line: string) => void,
    private readonly verbose = false,
  ) {}

  info(message: string): void {
    this.write(this.redact(message));
  }
  warn(message: string): void {
    this.write(this.redact(`warning: ${message}`));
  }
  debug(message: string): void {
    if (this.verbose) this.write(this.redact(`debug: ${message}`));
  }
  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    this.write(this.redact(`== ${title}`));
    return body();
  }
  mask(secret: string): void {
    if (secret.length > 0) this.secrets.add(secret);
  }
  private redact(message: string): string {
    let out = message;
    for (const secret of this.secrets) out = out.split(secret).join("***");
    return out;
  }
}

/** A logger that keeps lines in memory, for tests and for building reports. */
export class MemoryLogger extends StreamLogger {
  readonly lines: string[] = [];
  constructor(verbose = true) {
    super((line) => this.lines.push(line), verbose);
  }
}
