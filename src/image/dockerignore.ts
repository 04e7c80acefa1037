/**
 * `.dockerignore` with Docker's own semantics (moby/patternmatcher and its ignorefile reader):
 * comments only where `#` is the first character, whitespace trimmed, patterns cleaned like Go's
 * `filepath.Clean`, a leading `/` dropped, `!` re-includes, later lines win, `*`/`?` stop at `/`,
 * `**` crosses directories, and a pattern that matches a directory excludes everything below it.
 */
import { excerpt } from "../errors.js";

/** Go's `path.Clean` for slash-separated paths. */
export function cleanPath(path: string): string {
  if (path === "") return ".";
  const rooted = path.startsWith("/");
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!rooted) out.push("..");
      continue;
    }
    out.push(part);
  }
  const joined = out.join("/");
  if (rooted) return `/${joined}`;
  return joined === "" ? "." : joined;
}

/**
 * Reads a `.dockerignore` file into its list of patterns (exceptions keep their `!`), exactly as
 * Docker's reader does. Line numbers are kept for error messages.
 */
export function readDockerignore(text: string): { pattern: string; line: number }[] {
  const patterns: { pattern: string; line: number }[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((rawLine, index) => {
    // Go's bufio.Scanner drops a trailing \r; a comment is decided before any trimming.
    if (rawLine.startsWith("#")) return;
    let pattern = rawLine.trim();
    if (pattern === "") return;
    const invert = pattern.startsWith("!");
    if (invert) pattern = pattern.slice(1).trim();
    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.startsWith("/")) pattern = pattern.slice(1);
    }
    patterns.push({ pattern: invert ? `!${pattern}` : pattern, line: index + 1 });
  });
  return patterns;
}

/** A `.dockerignore` line that Docker would reject; its message quotes the line, shortened. */
export class IgnorePatternError extends Error {
  override readonly name = "IgnorePatternError";
  constructor(
    readonly pattern: string,
    readonly line: number | undefined,
    why: string,
  ) {
    super(`${line === undefined ? "" : `line ${line}: `}pattern "${excerpt(pattern, PATTERN_EXCERPT)}" ${why}`);
  }
}

/** How much of a refused pattern an error shows: a pattern is short; a longer "line" is not one. */
const PATTERN_EXCERPT = 80;

type MatchType = "exact" | "prefix" | "suffix" | "regexp";

const REGEX_SYNTAX = new Set(Array.from("\\^$.|?*+()[]{}"));
const GO_ESCAPED = new Set(Array.from(".+()|{}$"));

/** Checks the syntax that Go's `filepath.Match` accepts; Docker refuses other patterns. */
function checkGlobSyntax(pattern: string): string | undefined {
  const chars = Array.from(pattern);
  let i = 0;
  const rangeChar = (): boolean => {
    const ch = chars[i];
    if (ch === undefined || ch === "-" || ch === "]") return false;
    if (ch === "\\") {
      i += 1;
      if (chars[i] === undefined) return false;
    }
    i += 1;
    return true;
  };
  while (i < chars.length) {
    const ch = chars[i];
    if (ch === "\\") {
      if (i + 1 >= chars.length) return "ends with an unescaped backslash";
      i += 2;
    } else if (ch === "[") {
      i += 1;
      if (chars[i] === "^") i += 1;
      let ranges = 0;
      for (;;) {
        if (chars[i] === "]" && ranges > 0) {
          i += 1;
          break;
        }
        if (!rangeChar()) return "has a malformed character class";
        if (chars[i] === "-") {
          i += 1;
          if (!rangeChar()) return "has a malformed character range";
        }
        ranges += 1;
      }
    } else {
      i += 1;
    }
  }
  return undefined;
}

/** One compiled pattern, mirroring moby/patternmatcher's fast paths and their quirks. */
class Pattern {
  readonly matchType: MatchType;
  readonly regexp: RegExp | undefined;

  constructor(
    readonly cleaned: string,
    readonly exclusion: boolean,
  ) {
    let reg = "^";
    let type: MatchType = "exact";
    const chars = Array.from(cleaned);
    let i = 0;
    // Tracked only to escape for JavaScript's stricter "u" regexps what Go reads literally.
    let inClass = false;
    for (let index = 0; i < chars.length; index++) {
      const ch = chars[i++] as string;
      if (ch === "*") {
        if (chars[i] === "*") {
          i++;
          if (chars[i] === "/") i++;
          if (i >= chars.length) {
            if (type === "exact") type = "prefix";
            else {
              reg += ".*";
              type = "regexp";
            }
          } else {
            reg += "(.*/)?";
            type = "regexp";
          }
          if (index === 0) type = "suffix";
        } else {
          reg += "[^/]*";
          type = "regexp";
        }
      } else if (ch === "?") {
        reg += "[^/]";
        type = "regexp";
      } else if (GO_ESCAPED.has(ch)) {
        reg += `\\${ch}`;
      } else if (ch === "\\") {
        const next = chars[i];
        if (next !== undefined) {
          i++;
          if (REGEX_SYNTAX.has(next) || (next === "-" && inClass)) reg += `\\${next}`;
          else reg += next;
          type = "regexp";
        } else {
          reg += "\\\\";
        }
      } else if (ch === "[") {
        reg += ch;
        inClass = true;
        if (chars[i] === "^") reg += chars[i++] as string;
        type = "regexp";
      } else if (ch === "]") {
        reg += inClass ? ch : "\\]";
        inClass = false;
        type = "regexp";
      } else {
        reg += ch;
      }
    }
    this.matchType = type;
    this.regexp = type === "regexp" ? new RegExp(`${reg}$`, "u") : undefined;
  }

  match(path: string): boolean {
    switch (this.matchType) {
      case "exact":
        return path === this.cleaned;
      case "prefix":
        return path.startsWith(this.cleaned.slice(0, -2));
      case "suffix": {
        const suffix = this.cleaned.slice(2);
        if (path.endsWith(suffix)) return true;
        return suffix.startsWith("/") && path === suffix.slice(1);
      }
      case "regexp":
        return this.regexp?.test(path) ?? false;
    }
  }

  /** The pattern's literal beginning: everything before its first wildcard or escape. */
  literalPrefix(): string {
    const stop = this.cleaned.search(/[*?[\\]/);
    return stop < 0 ? this.cleaned : this.cleaned.slice(0, stop);
  }
}

/** Decides which context paths `.dockerignore` patterns exclude. */
export class IgnoreMatcher {
  private readonly patterns: Pattern[] = [];
  /** True when some pattern is an exception (`!`), so excluded directories must still be walked. */
  private readonly hasExceptions: boolean;

  /** Throws IgnorePatternError for a pattern Docker would refuse. */
  constructor(patterns: readonly (string | { pattern: string; line: number })[]) {
    for (const item of patterns) {
      const source = typeof item === "string" ? item : item.pattern;
      const line = typeof item === "string" ? undefined : item.line;
      let p = source.trim();
      if (p === "") continue;
      p = cleanPath(p);
      let exclusion = false;
      if (p.startsWith("!")) {
        if (p.length === 1) throw new IgnorePatternError(source, line, 'is a lone "!" (an exception needs a pattern)');
        exclusion = true;
        p = p.slice(1);
      }
      const syntax = checkGlobSyntax(p);
      if (syntax !== undefined) throw new IgnorePatternError(source, line, syntax);
      let compiled: Pattern;
      try {
        compiled = new Pattern(p, exclusion);
      } catch {
        throw new IgnorePatternError(source, line, "is not a valid pattern");
      }
      this.patterns.push(compiled);
    }
    this.hasExceptions = this.patterns.some((p) => p.exclusion);
  }

  /**
   * Whether a context path (slash-separated, relative, no `./`) is excluded: Docker's
   * `MatchesOrParentMatches`, where a pattern matching any parent directory counts too.
   */
  excludes(path: string): boolean {
    let matched = false;
    const slash = path.lastIndexOf("/");
    const parents = slash < 0 ? [] : path.slice(0, slash).split("/");
    for (const pattern of this.patterns) {
      if (pattern.exclusion !== matched) continue;
      let match = pattern.match(path);
      if (!match) {
        for (let i = 1; i <= parents.length && !match; i++) match = pattern.match(parents.slice(0, i).join("/"));
      }
      if (match) matched = !pattern.exclusion;
    }
    return matched;
  }

  /**
   * Whether something below an excluded directory could be re-included by an exception, so the
   * walk must descend into it. Conservative: any exception whose literal beginning is compatible
   * with the directory counts.
   */
  mayIncludeBelow(dir: string): boolean {
    if (!this.hasExceptions) return false;
    const dirSlash = `${dir}/`;
    return this.patterns.some((p) => {
      if (!p.exclusion) return false;
      const literal = p.literalPrefix();
      return literal.startsWith(dirSlash) || dirSlash.startsWith(literal);
    });
  }
}
