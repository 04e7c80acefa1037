/** One imported name: `from module import name [as alias]`. */
export interface ImportName {
  module: string;
  name: string;
  alias?: string;
}

/**
 * `from` import lines, one per module, modules and names sorted, so the same model always gives
 * the same lines.
 */
export function fromImportLines(names: readonly ImportName[]): string[] {
  const byModule = new Map<string, Set<string>>();
  for (const { module, name, alias } of names) {
    const entry = byModule.get(module) ?? new Set<string>();
    entry.add(alias === undefined ? name : `${name} as ${alias}`);
    byModule.set(module, entry);
  }
  return [...byModule.keys()].sort().map((module) => `from ${module} import ${[...(byModule.get(module) ?? [])].sort().join(", ")}`);
}
