import type { SecretMask } from "./secrets.js";

/** Where the CLI writes; tests pass in-memory sinks. Its own module: every command takes it. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /**
   * The secrets no output may show; default: the environment's (see src/secrets.ts). The CLI's
   * main masks both sinks with it, and the deploy's logger registers the tokens it obtains in it.
   */
  secrets?: SecretMask;
}
