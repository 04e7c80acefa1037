/** Where the CLI writes; tests pass in-memory sinks. Its own module: every command takes it. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}
