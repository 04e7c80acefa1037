import { vi } from "vitest";
import { run, type ActionIo } from "../../src/action.js";

/**
 * Runs the action's entry in this process with the workflow commands it writes to stdout
 * (`::error::`, `::debug::`, ...) captured; the process's exit code is restored afterwards.
 */
export async function runCapturingCommands(io: ActionIo): Promise<{ commands: string[]; exitCode: typeof process.exitCode }> {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  const before = process.exitCode;
  try {
    await run(io);
    return { commands: written.filter((line) => line.startsWith("::")), exitCode: process.exitCode };
  } finally {
    spy.mockRestore();
    process.exitCode = before;
  }
}
