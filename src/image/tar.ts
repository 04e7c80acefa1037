/**
 * The few pieces of the POSIX tar format (ustar with pax extended headers for long names) that
 * a build context needs: regular files, directories and symlinks.
 */

const BLOCK = 512;

type TarEntryType = "file" | "dir" | "symlink";

interface TarHeader {
  path: string;
  type: TarEntryType;
  mode: number;
  size: number;
  mtime: number;
  linkTarget?: string | undefined;
}

const TYPEFLAG: Record<TarEntryType, string> = { file: "0", dir: "5", symlink: "2" };

function writeString(block: Buffer, value: string, offset: number, length: number): void {
  block.write(value, offset, Math.min(length, Buffer.byteLength(value)), "utf8");
}

function writeOctal(block: Buffer, value: number, offset: number, length: number): void {
  // length - 1 digits then NUL, as GNU and BSD tar write them.
  const digits = value.toString(8).padStart(length - 1, "0");
  if (digits.length > length - 1) throw new Error(`tar: value ${value} does not fit in ${length} bytes`);
  block.write(`${digits}\0`, offset, length, "ascii");
}

function rawHeader(name: string, typeflag: string, mode: number, size: number, mtime: number, linkname: string): Buffer {
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

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  // The length prefix counts itself, so find the fixed point.
  let length = Buffer.byteLength(body);
  for (;;) {
    const candidate = String(length).length + Buffer.byteLength(body);
    if (candidate === length) break;
    length = candidate;
  }
  return `${length}${body}`;
}

/** Zero bytes that round `size` up to a whole block. */
export function padding(size: number): Buffer {
  const rest = size % BLOCK;
  return Buffer.alloc(rest === 0 ? 0 : BLOCK - rest);
}

/** The header block(s) of one entry: a pax header first when a name does not fit ustar. */
export function headerBlocks(header: TarHeader): Buffer[] {
  const name = header.type === "dir" ? `${header.path}/` : header.path;
  const link = header.linkTarget ?? "";
  const records: string[] = [];
  if (Buffer.byteLength(name) > 100) records.push(paxRecord("path", name));
  if (Buffer.byteLength(link) > 100) records.push(paxRecord("linkpath", link));
  const blocks: Buffer[] = [];
  if (records.length > 0) {
    const body = Buffer.from(records.join(""), "utf8");
    blocks.push(rawHeader("PaxHeaders/entry", "x", 0o644, body.length, header.mtime, ""), body, padding(body.length));
  }
  blocks.push(rawHeader(name, TYPEFLAG[header.type], header.mode, header.type === "file" ? header.size : 0, header.mtime, link));
  return blocks;
}

/** Two zero blocks end an archive. */
export function endOfArchive(): Buffer {
  return Buffer.alloc(BLOCK * 2);
}
