/**
 * Asset (Airflow 2: Dataset) URIs as Airflow compares them.
 *
 * Airflow 2.9 through 2.11 (`_sanitize_uri` in airflow/datasets/__init__.py) and Airflow 3.0/3.1
 * (`_sanitize_uri` in airflow/sdk/definitions/asset/__init__.py) normalise a URI with Python's
 * urllib before comparing it: the scheme is lower-cased, user info is dropped, the query is
 * re-encoded with its pairs sorted (blank values dropped), trailing slashes of the path are removed
 * (an empty path becomes "/") and the fragment is dropped; a URI without a scheme, or with an `x-`
 * scheme, is kept as written. Airflow 2.7 and 2.8 compare the text as written. dagship writes the
 * normalised form into every generated file, so producer and consumer spell an asset alike on every
 * supported version (on Airflow 3 the asset's name is that text too), and compares the normalised
 * form everywhere else (repository graph, producer checks).
 */

/** Python's `urllib.parse.uses_netloc` (3.11): schemes whose empty authority is written as `//`. */
const USES_NETLOC = new Set([
  "",
  "ftp",
  "http",
  "gopher",
  "nntp",
  "telnet",
  "imap",
  "wais",
  "file",
  "mms",
  "https",
  "shttp",
  "snews",
  "prospero",
  "rtsp",
  "rtsps",
  "rtspu",
  "rsync",
  "svn",
  "svn+ssh",
  "sftp",
  "nfs",
  "git",
  "git+ssh",
  "ws",
  "wss",
]);
const SCHEME_CHARS = /^[A-Za-z][A-Za-z0-9+.-]*$/;

/** Python's `urllib.parse.urlsplit` for the ASCII text dag.yaml allows. */
function urlSplit(uri: string): { scheme: string; netloc: string; path: string; query: string } {
  let start = 0;
  while (start < uri.length && uri.charCodeAt(start) <= 0x20) start += 1;
  let rest = uri.slice(start).replace(/[\t\r\n]/g, "");
  let scheme = "";
  const colon = rest.indexOf(":");
  if (colon > 0 && SCHEME_CHARS.test(rest.slice(0, colon))) {
    scheme = rest.slice(0, colon).toLowerCase();
    rest = rest.slice(colon + 1);
  }
  let netloc = "";
  if (rest.startsWith("//")) {
    const end = rest.slice(2).search(/[/?#]/);
    netloc = end < 0 ? rest.slice(2) : rest.slice(2, end + 2);
    rest = end < 0 ? "" : rest.slice(end + 2);
  }
  const hash = rest.indexOf("#");
  if (hash >= 0) rest = rest.slice(0, hash);
  const question = rest.indexOf("?");
  return question < 0 ? { scheme, netloc, path: rest, query: "" } : { scheme, netloc, path: rest.slice(0, question), query: rest.slice(question + 1) };
}

/** Python's `unquote` (UTF-8, errors="replace") of ASCII text. */
function unquote(text: string): string {
  if (!text.includes("%")) return text;
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const hex = text.slice(index + 1, index + 3);
    if (text[index] === "%" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(text.charCodeAt(index));
    }
  }
  return new TextDecoder("utf-8").decode(Uint8Array.from(bytes));
}

/** Python's `quote_plus(text, safe="")`. */
function quotePlus(text: string): string {
  let out = "";
  for (const byte of new TextEncoder().encode(text)) {
    const char = String.fromCharCode(byte);
    if (/[A-Za-z0-9_.~-]/.test(char)) out += char;
    else if (char === " ") out += "+";
    else out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** Python's string order (by code point), which `sorted()` uses for the query pairs. */
function compareCodePoints(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const difference = (left[index]?.codePointAt(0) ?? 0) - (right[index]?.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

/** `urlencode(sorted(parse_qsl(query)))`, as Airflow normalises a query. */
function normaliseQuery(query: string): string {
  const pairs: [string, string][] = [];
  for (const field of query.split("&")) {
    const equals = field.indexOf("=");
    if (equals < 0 || equals === field.length - 1) continue;
    pairs.push([unquote(field.slice(0, equals).replace(/\+/g, " ")), unquote(field.slice(equals + 1).replace(/\+/g, " "))]);
  }
  pairs.sort(([keyA, valueA], [keyB, valueB]) => compareCodePoints(keyA, keyB) || compareCodePoints(valueA, valueB));
  return pairs.map(([key, value]) => `${quotePlus(key)}=${quotePlus(value)}`).join("&");
}

/**
 * The URI as Airflow 2.9+ and 3 store and compare it (see the module comment). Idempotent; a URI
 * that validation refuses (see {@link assetUriProblem}) is returned unchanged.
 */
export function normaliseAssetUri(uri: string): string {
  if (unusableUri(uri, 2) !== undefined) return uri;
  const { scheme, netloc, path, query } = urlSplit(uri);
  if (scheme === "" || scheme.startsWith("x-")) return uri;
  const host = netloc.slice(netloc.lastIndexOf("@") + 1);
  let rest = path.replace(/\/+$/, "") || "/";
  if (host !== "" || (USES_NETLOC.has(scheme) && !rest.startsWith("//"))) rest = `//${host}${rest.startsWith("/") ? "" : "/"}${rest}`;
  const normalisedQuery = query === "" ? "" : normaliseQuery(query);
  return `${scheme}:${rest}${normalisedQuery === "" ? "" : `?${normalisedQuery}`}`;
}

/** Longest URI Airflow 2 accepts (Dataset's validator); Airflow 3 names the asset by it too, at most 1500. */
export const MAX_ASSET_URI_LENGTH = { 2: 3000, 3: 1500 } as const;

/** What makes a URI unusable on every version, whatever its user info: what {@link normaliseAssetUri} leaves as written. */
function unusableUri(uri: string, airflow: 2 | 3): string | undefined {
  if (!/^[\x20-\x7e]*$/.test(uri)) return "must be printable ASCII (Airflow refuses other characters; percent-encode them, e.g. %C3%A9)";
  if (uri.trim() === "") return uri === "" ? "is empty" : "is only whitespace";
  if (uri !== uri.trim()) return "starts or ends with a space";
  if (uri.length > MAX_ASSET_URI_LENGTH[airflow])
    return `is ${uri.length} characters long; Airflow ${airflow} accepts at most ${MAX_ASSET_URI_LENGTH[airflow]}`;
  const { scheme, netloc, path } = urlSplit(uri);
  if (netloc.includes("[") || netloc.includes("]")) return "has '[' or ']' in its host, which Python's urlsplit refuses (Invalid IPv6 URL)";
  if (scheme === "airflow") return "uses the scheme airflow://, which Airflow reserves";
  if (airflow === 3 && (uri === "self" || uri === "context")) return `is "${uri}", a name Airflow 3 reserves`;
  // What the providers' URI checks (google: gs, bigquery; amazon: s3) raise on, after Airflow's own normalisation.
  const host = netloc.slice(netloc.lastIndexOf("@") + 1);
  if ((scheme === "gs" || scheme === "s3") && host === "") return `needs a bucket: ${scheme}://BUCKET/path`;
  if (scheme === "bigquery" && (host === "" || (path.replace(/\/+$/, "") || "/").split("/").length !== 3))
    return "must name a table: bigquery://PROJECT/DATASET/TABLE";
  return undefined;
}

/**
 * Why Airflow would refuse this asset URI at import (or, for gs://, s3:// and bigquery://, the
 * provider's URI check would), or undefined: the checks of `_sanitize_uri` (empty, whitespace,
 * ASCII, the reserved airflow scheme, user info), of Python's urlsplit and of the providers.
 * `airflow` picks the length limit and Airflow 3's reserved names.
 */
export function assetUriProblem(uri: string, airflow: 2 | 3 = 2): string | undefined {
  const unusable = unusableUri(uri, airflow);
  if (unusable !== undefined) return unusable;
  const { scheme, netloc } = urlSplit(uri);
  // Airflow 2.9 raises "Dataset URI must not contain auth information"; 2.10+ and 3 drop it (see normaliseAssetUri).
  if (scheme !== "" && !scheme.startsWith("x-") && netloc.includes("@"))
    return "carries credentials (user@host): Airflow 2.9 refuses them and later versions drop them, which changes which asset it is. Remove them";
  return undefined;
}
