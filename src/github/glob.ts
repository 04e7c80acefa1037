/**
 * The `projects` input: globs over project folders. `*` and `?` stay within one path segment,
 * `**` crosses segments, a leading `!` excludes. A pattern without a slash also matches the
 * project's folder name, so `sales_*` works wherever the folders live.
 */

import { posixRelative } from "../util/posix-path.js";

function escape(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}

/** The regular expression of one glob, anchored at both ends. */
export function globToRegExp(glob: string): RegExp {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] as string;
    if (char === "*") {
      if (glob[i + 1] === "*") {
        const slashAfter = glob[i + 2] === "/";
        source += slashAfter ? "(?:.*/)?" : ".*";
        i += slashAfter ? 2 : 1;
      } else {
        source += "[^/]*";
      }
    } else if (char === "?") {
      source += "[^/]";
    } else {
      source += escape(char);
    }
  }
  return new RegExp(`^${source}$`);
}

/** A project as the globs see it: its name and its folder relative to the working directory. */
export interface GlobTarget {
  name: string;
  /** Forward slashes, no leading `./`; "" for a project at the root. */
  path: string;
}

/** Projects as globs see them: each one's folder relative to `root`. */
export function projectFolders(root: string, projects: readonly { name: string; dir: string }[]): GlobTarget[] {
  return projects.map((project) => ({ name: project.name, path: posixRelative(root, project.dir) }));
}

/**
 * Names of the projects the globs select, in the given order. Later patterns win: `!x` after
 * `*` removes x; a pattern after `!x` can add it back. Only exclusions: everything else is kept.
 */
export function selectByGlobs(globs: readonly string[], targets: readonly GlobTarget[]): string[] {
  const rules = globs.map((raw) => {
    const negated = raw.startsWith("!");
    const pattern = (negated ? raw.slice(1) : raw).replace(/^\.\//, "").replace(/\/+$/, "");
    return { negated, regex: globToRegExp(pattern), byName: !pattern.includes("/") };
  });
  const onlyExclusions = rules.every((rule) => rule.negated);
  return targets
    .filter((target) => {
      let selected = onlyExclusions;
      for (const rule of rules) {
        const hit = rule.regex.test(target.path) || (rule.byName && rule.regex.test(target.name));
        if (hit) selected = !rule.negated;
      }
      return selected;
    })
    .map((target) => target.name);
}
