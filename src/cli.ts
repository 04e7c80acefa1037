/** The dagship command line. Returns the exit code: 0 ok, 1 user error, 2 internal error. */
export async function main(argv: readonly string[]): Promise<number> {
  process.stdout.write(`dagship ${argv.join(" ")}\n`);
  return 0;
}
