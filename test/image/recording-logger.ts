import type { Logger } from "../../src/log.js";

/**
 * A logger that records every line verbatim, debug included, and does NOT redact masked
 * secrets: a test can then prove a secret was never handed to the logger at all, instead of
 * relying on the mask to hide it.
 */
export class RecordingLogger implements Logger {
  readonly lines: string[] = [];
  readonly masked: string[] = [];

  info(message: string): void {
    this.lines.push(message);
  }
  warn(message: string): void {
    this.lines.push(`warning: ${message}`);
  }
  debug(message: string): void {
    this.lines.push(`debug: ${message}`);
  }
  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    this.lines.push(`== ${title}`);
    return body();
  }
  mask(secret: string): void {
    this.masked.push(secret);
  }

  /** Every recorded line that contains any of the given strings. */
  leaks(...secrets: string[]): string[] {
    return this.lines.filter((line) => secrets.some((secret) => secret !== "" && line.includes(secret)));
  }
}
