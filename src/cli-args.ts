import { parseArgs, type ParseArgsConfig } from "node:util";
import { messageOf, UserError } from "./errors.js";

/**
 * parseArgs with positionals and strict options, where a wrong option is the user's mistake:
 * a UserError (exit 1) that ends with `usageHint`.
 */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig["options"]>>(args: readonly string[], options: T, usageHint: string) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (thrown) {
    throw new UserError(`${messageOf(thrown)}\n${usageHint}`);
  }
}
