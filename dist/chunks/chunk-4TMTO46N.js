import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  runBounded
} from "./chunk-VHEWEDXM.js";
import {
  isErrno,
  locateInside,
  openNoFollow
} from "./chunk-JVA4ALWN.js";
import {
  UserError,
  excerpt
} from "./chunk-K7TMSU63.js";

// src/image/context-hash.ts
import { createHash } from "node:crypto";
var FORMAT = "dagship-context-v1";
function compareContextPaths(a, b) {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return Buffer.compare(ba, bb);
}
function hashContext(entries, recipe) {
  const hash = createHash("sha256");
  hash.update(`${FORMAT}
`);
  hash.update(`dockerfile ${JSON.stringify(recipe.dockerfile)}
`);
  hash.update(`target ${JSON.stringify(recipe.target ?? null)}
`);
  const args = Object.keys(recipe.buildArgs).sort(compareContextPaths);
  for (const name of args) hash.update(`arg ${JSON.stringify(name)} ${JSON.stringify(recipe.buildArgs[name])}
`);
  const sorted = [...entries].sort((a, b) => compareContextPaths(a.path, b.path));
  for (const entry of sorted) {
    const mode = entry.executable ? "755" : "644";
    if (entry.type === "file") hash.update(`file ${mode} ${entry.sha256 ?? "?"} ${JSON.stringify(entry.path)}
`);
    else if (entry.type === "dir") hash.update(`dir ${JSON.stringify(entry.path)}
`);
    else hash.update(`symlink ${JSON.stringify(entry.path)} ${JSON.stringify(entry.linkTarget ?? "")}
`);
  }
  return hash.digest("hex");
}
var CONTENT_TAG_PREFIX = "ctx-";
function contentTagFor(contextHash) {
  return `${CONTENT_TAG_PREFIX}${contextHash.slice(0, 32)}`;
}

// src/image/context.ts
import { createHash as createHash2 } from "node:crypto";
import { lstat, readFile, readdir, readlink, realpath } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";

// src/image/dockerignore.ts
function cleanPath(path2) {
  if (path2 === "") return ".";
  const rooted = path2.startsWith("/");
  const out = [];
  for (const part of path2.split("/")) {
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
function readDockerignore(text) {
  const patterns = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((rawLine, index) => {
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
var IgnorePatternError = class extends Error {
  constructor(pattern, line, why) {
    super(`${line === void 0 ? "" : `line ${line}: `}pattern "${excerpt(pattern, PATTERN_EXCERPT)}" ${why}`);
    this.pattern = pattern;
    this.line = line;
  }
  pattern;
  line;
  name = "IgnorePatternError";
};
var PATTERN_EXCERPT = 80;
var REGEX_SYNTAX = new Set(Array.from("\\^$.|?*+()[]{}"));
var GO_ESCAPED = new Set(Array.from(".+()|{}$"));
function checkGlobSyntax(pattern) {
  const chars = Array.from(pattern);
  let i = 0;
  const rangeChar = () => {
    const ch = chars[i];
    if (ch === void 0 || ch === "-" || ch === "]") return false;
    if (ch === "\\") {
      i += 1;
      if (chars[i] === void 0) return false;
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
      for (; ; ) {
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
  return void 0;
}
var Pattern = class {
  constructor(cleaned, exclusion) {
    this.cleaned = cleaned;
    this.exclusion = exclusion;
    let reg = "^";
    let type = "exact";
    const chars = Array.from(cleaned);
    let i = 0;
    let inClass = false;
    for (let index = 0; i < chars.length; index++) {
      const ch = chars[i++];
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
        if (next !== void 0) {
          i++;
          if (REGEX_SYNTAX.has(next) || next === "-" && inClass) reg += `\\${next}`;
          else reg += next;
          type = "regexp";
        } else {
          reg += "\\\\";
        }
      } else if (ch === "[") {
        reg += ch;
        inClass = true;
        if (chars[i] === "^") reg += chars[i++];
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
    this.regexp = type === "regexp" ? new RegExp(`${reg}$`, "u") : void 0;
  }
  cleaned;
  exclusion;
  matchType;
  regexp;
  match(path2) {
    switch (this.matchType) {
      case "exact":
        return path2 === this.cleaned;
      case "prefix":
        return path2.startsWith(this.cleaned.slice(0, -2));
      case "suffix": {
        const suffix = this.cleaned.slice(2);
        if (path2.endsWith(suffix)) return true;
        return suffix.startsWith("/") && path2 === suffix.slice(1);
      }
      case "regexp":
        return this.regexp?.test(path2) ?? false;
    }
  }
  /** The pattern's literal beginning: everything before its first wildcard or escape. */
  literalPrefix() {
    const stop = this.cleaned.search(/[*?[\\]/);
    return stop < 0 ? this.cleaned : this.cleaned.slice(0, stop);
  }
};
var IgnoreMatcher = class {
  patterns = [];
  /** True when some pattern is an exception (`!`), so excluded directories must still be walked. */
  hasExceptions;
  /** Throws IgnorePatternError for a pattern Docker would refuse. */
  constructor(patterns) {
    for (const item of patterns) {
      const source = typeof item === "string" ? item : item.pattern;
      const line = typeof item === "string" ? void 0 : item.line;
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
      if (syntax !== void 0) throw new IgnorePatternError(source, line, syntax);
      let compiled;
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
  excludes(path2) {
    let matched = false;
    const slash = path2.lastIndexOf("/");
    const parents = slash < 0 ? [] : path2.slice(0, slash).split("/");
    for (const pattern of this.patterns) {
      if (pattern.exclusion !== matched) continue;
      let match = pattern.match(path2);
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
  mayIncludeBelow(dir) {
    if (!this.hasExceptions) return false;
    const dirSlash = `${dir}/`;
    return this.patterns.some((p) => {
      if (!p.exclusion) return false;
      const literal = p.literalPrefix();
      return literal.startsWith(dirSlash) || dirSlash.startsWith(literal);
    });
  }
};

// src/image/tar.ts
var BLOCK = 512;
var TYPEFLAG = { file: "0", dir: "5", symlink: "2" };
function writeString(block, value, offset, length) {
  block.write(value, offset, Math.min(length, Buffer.byteLength(value)), "utf8");
}
function writeOctal(block, value, offset, length) {
  const digits = value.toString(8).padStart(length - 1, "0");
  if (digits.length > length - 1) throw new Error(`tar: value ${value} does not fit in ${length} bytes`);
  block.write(`${digits}\0`, offset, length, "ascii");
}
function rawHeader(name, typeflag, mode, size, mtime, linkname) {
  const block = Buffer.alloc(BLOCK);
  writeString(block, name, 0, 100);
  writeOctal(block, mode, 100, 8);
  writeOctal(block, 0, 108, 8);
  writeOctal(block, 0, 116, 8);
  writeOctal(block, size, 124, 12);
  writeOctal(block, mtime, 136, 12);
  block.fill(" ", 148, 156);
  block.write(typeflag, 156, 1, "ascii");
  writeString(block, linkname, 157, 100);
  block.write("ustar\0", 257, 6, "ascii");
  block.write("00", 263, 2, "ascii");
  writeString(block, "root", 265, 32);
  writeString(block, "root", 297, 32);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, 8, "ascii");
  return block;
}
function paxRecord(key, value) {
  const body = ` ${key}=${value}
`;
  let length = Buffer.byteLength(body);
  for (; ; ) {
    const candidate = String(length).length + Buffer.byteLength(body);
    if (candidate === length) break;
    length = candidate;
  }
  return `${length}${body}`;
}
function padding(size) {
  const rest = size % BLOCK;
  return Buffer.alloc(rest === 0 ? 0 : BLOCK - rest);
}
function headerBlocks(header) {
  const name = header.type === "dir" ? `${header.path}/` : header.path;
  const link = header.linkTarget ?? "";
  const records = [];
  if (Buffer.byteLength(name) > 100) records.push(paxRecord("path", name));
  if (Buffer.byteLength(link) > 100) records.push(paxRecord("linkpath", link));
  const blocks = [];
  if (records.length > 0) {
    const body = Buffer.from(records.join(""), "utf8");
    blocks.push(rawHeader("PaxHeaders/entry", "x", 420, body.length, header.mtime, ""), body, padding(body.length));
  }
  blocks.push(rawHeader(name, TYPEFLAG[header.type], header.mode, header.type === "file" ? header.size : 0, header.mtime, link));
  return blocks;
}
function endOfArchive() {
  return Buffer.alloc(BLOCK * 2);
}

// src/image/context.ts
var DEFAULT_CONTEXT_EXCLUDES = ["dag.yaml", "dag.yml"];
function contextSelector(ignorePatterns, dockerfile, exclude) {
  const matcher = new IgnoreMatcher(ignorePatterns);
  const alwaysSent = /* @__PURE__ */ new Set([dockerfile, ".dockerignore"]);
  const excluded = new Set(exclude.map((p) => p.replace(/^\.\//, "")).filter((p) => p !== dockerfile));
  return {
    includes(relPath) {
      if (excluded.has(relPath)) return false;
      if (alwaysSent.has(relPath)) return true;
      return !matcher.excludes(relPath);
    },
    mustDescend(relDir) {
      if (excluded.has(relDir)) return false;
      return matcher.mayIncludeBelow(relDir) || [...alwaysSent].some((p) => p.startsWith(`${relDir}/`));
    }
  };
}
function toPosix(relative) {
  return relative.split(path.sep).join("/");
}
async function sha256File(file, size) {
  const handle = await openNoFollow(file).catch((thrown) => {
    throw isErrno(thrown, "ELOOP") ? new ContextChangedError(file) : thrown;
  });
  try {
    if (size < 4 * 1024 * 1024)
      return createHash2("sha256").update(await handle.readFile()).digest("hex");
    const hash = createHash2("sha256");
    for await (const chunk of handle.createReadStream({ autoClose: false })) hash.update(chunk);
    return hash.digest("hex");
  } finally {
    await handle.close();
  }
}
async function describeEntry(item) {
  if (item.type === "file") {
    const stat = await lstat(item.abs);
    const executable = (stat.mode & 73) !== 0;
    return { path: item.rel, type: "file", executable, size: stat.size, sha256: await sha256File(item.abs, stat.size) };
  }
  if (item.type === "symlink") {
    return { path: item.rel, type: "symlink", executable: false, linkTarget: await readlink(item.abs) };
  }
  return { path: item.rel, type: "dir", executable: true };
}
async function readIgnoreFile(root, dockerfile, boundary) {
  for (const candidate of [`${dockerfile}.dockerignore`, ".dockerignore"]) {
    const located = await locateInside(boundary, path.join(root, candidate));
    if (located.state === "missing") continue;
    if (located.kind !== "file") {
      throw new UserError(`${path.join(root, candidate)} is not a file: Docker reads ignore patterns from a file; remove it or replace it by a file`);
    }
    return { file: candidate, text: await readFile(located.real, "utf8") };
  }
  return void 0;
}
async function checkDockerfile(context, dockerfileAbs, realRoot) {
  const located = await locateInside(context, dockerfileAbs);
  if (located.state === "missing") {
    throw new UserError(
      `no Dockerfile at ${dockerfileAbs}: every project folder needs a Dockerfile to build its image (add one, or set the project's dockerfile path)`
    );
  }
  if (located.kind !== "file")
    throw new UserError(`the Dockerfile ${dockerfileAbs} is not a file: replace it by a file (or a symlink to one in the project folder)`);
  return toPosix(path.relative(realRoot, located.real));
}
async function scanContext(options) {
  const given = path.resolve(options.contextDir);
  const rootStat = await lstat(given).catch(() => void 0);
  const root = rootStat?.isSymbolicLink() ? await realpath(given).catch(() => given) : given;
  const dockerfileAbs = path.resolve(root, options.dockerfile ?? "Dockerfile");
  const dockerfileRel = toPosix(path.relative(root, dockerfileAbs));
  if (dockerfileRel.startsWith("../") || dockerfileRel === ".." || path.isAbsolute(dockerfileRel)) {
    throw new UserError(
      `Dockerfile ${dockerfileAbs} is outside the build context ${root}: move it into the project folder or point the dockerfile setting at a file inside it`
    );
  }
  const contextInfo = await lstat(root).catch(() => void 0);
  if (!contextInfo?.isDirectory()) {
    throw new UserError(`build context ${given} is not a directory: check the project path`);
  }
  const context = { root, name: "the build context" };
  const dockerfileTarget = await checkDockerfile(context, dockerfileAbs, root);
  const ignoreBoundary = options.boundary === void 0 ? context : { root: path.resolve(options.boundary), name: "the repository" };
  const ignore = await readIgnoreFile(root, dockerfileRel, ignoreBoundary);
  let selector;
  try {
    selector = contextSelector(ignore ? readDockerignore(ignore.text) : [], dockerfileRel, options.exclude ?? []);
  } catch (thrown) {
    if (thrown instanceof IgnorePatternError && ignore) {
      throw new UserError(`${path.join(root, ignore.file)}: ${thrown.message}; Docker would refuse it too, so fix or remove that line`);
    }
    throw thrown;
  }
  if (dockerfileTarget !== dockerfileRel && !selector.includes(dockerfileTarget)) {
    throw new UserError(
      `the Dockerfile ${dockerfileRel} is a symlink to ${dockerfileTarget}, which ${ignore?.file ?? "the exclude list"} leaves out of the build context: Docker could not read it. Add "!${dockerfileTarget}" to ${ignore?.file ?? ".dockerignore"}, or make the Dockerfile a file`
    );
  }
  const found = [];
  let excludedCount = 0;
  const walk = async (dirAbs, dirRel) => {
    const children = await readdir(dirAbs, { withFileTypes: true });
    for (const child of children) {
      const rel = dirRel === "" ? child.name : `${dirRel}/${child.name}`;
      const abs = path.join(dirAbs, child.name);
      const included = selector.includes(rel);
      if (child.isDirectory()) {
        if (included) found.push({ rel, abs, type: "dir" });
        else excludedCount++;
        if (included || selector.mustDescend(rel)) await walk(abs, rel);
        continue;
      }
      if (!included) {
        excludedCount++;
        continue;
      }
      if (child.isSymbolicLink()) found.push({ rel, abs, type: "symlink" });
      else if (child.isFile()) found.push({ rel, abs, type: "file" });
    }
  };
  await walk(root, "");
  const entries = [];
  await runBounded(found, 16, async (item) => {
    entries.push(await describeEntry(item));
  });
  entries.sort((a, b) => compareContextPaths(a.path, b.path));
  return { root, dockerfile: dockerfileRel, ignoreFile: ignore?.file, entries, excludedCount };
}
var FIXED_MTIME = Date.UTC(2e3, 0, 1) / 1e3;
var ContextChangedError = class extends UserError {
  constructor(file) {
    super(`${file} changed while the image was being built: its content tag no longer describes it; run the deploy again`);
  }
};
async function* tarChunks(context) {
  for (const entry of context.entries) {
    const mode = entry.type === "symlink" ? 511 : entry.executable ? 493 : 420;
    const size = entry.type === "file" ? entry.size ?? 0 : 0;
    const header = { path: entry.path, type: entry.type, mode, size, mtime: FIXED_MTIME, linkTarget: entry.linkTarget };
    for (const block of headerBlocks(header)) yield block;
    if (entry.type !== "file") continue;
    const abs = path.join(context.root, ...entry.path.split("/"));
    const hash = createHash2("sha256");
    let sent = 0;
    const handle = await openNoFollow(abs).catch((thrown) => {
      throw isErrno(thrown, "ELOOP") || isErrno(thrown, "ENOENT") ? new ContextChangedError(abs) : thrown;
    });
    try {
      for await (const chunk of handle.createReadStream({ autoClose: false })) {
        const buffer = chunk;
        sent += buffer.length;
        if (sent > size) throw new ContextChangedError(abs);
        hash.update(buffer);
        yield buffer;
      }
    } finally {
      await handle.close();
    }
    if (sent !== size || hash.digest("hex") !== entry.sha256) throw new ContextChangedError(abs);
    yield padding(size);
  }
  yield endOfArchive();
}
function contextTar(context) {
  return Readable.from(tarChunks(context), { objectMode: false });
}

export {
  hashContext,
  contentTagFor,
  DEFAULT_CONTEXT_EXCLUDES,
  scanContext,
  contextTar
};
//# sourceMappingURL=chunk-4TMTO46N.js.map
