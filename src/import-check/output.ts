/**
 * Reading what the Airflow CLI printed: the JSON list of `dags list-import-errors --output json`
 * (`[{"filepath": ..., "error": ...}]`, Airflow 3 adding `bundle_name`) and of `dags report
 * --output json` (`[{"file": ..., "dags": [...]}]`), found among whatever else the command logged,
 * and an import error's traceback shortened to the exception and the line of the DAG file. Pure.
 */

/** One file Airflow could not import, as the CLI printed it. */
export interface ImportErrorEntry {
  filepath: string;
  error: string;
}

/** One file of a DagBag report: which DAGs it defined. */
export interface ReportEntry {
  file: string;
  dags: string[];
}

/** An import error shortened to what a reader needs. */
export interface ShortError {
  /** The exception line, e.g. `ModuleNotFoundError: No module named 'foo'`. */
  message: string;
  /** The line of the DAG file the error points at, when the traceback names it. */
  line?: number;
}

// Colour and cursor escapes, in case the CLI thought it wrote to a terminal.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
const MAX_JSON_LINES = 400;
const MAX_MESSAGE = 400;

/** The last JSON list in the output, which may span several lines; undefined when there is none. */
export function findJsonList(lines: readonly string[]): unknown[] | undefined {
  const clean = lines.map((line) => line.replace(ANSI, ""));
  for (let start = clean.length - 1; start >= 0; start--) {
    if (!(clean[start] ?? "").trimStart().startsWith("[")) continue;
    let text = "";
    for (let end = start; end < clean.length && end - start < MAX_JSON_LINES; end++) {
      text = end === start ? (clean[end] ?? "") : `${text}\n${clean[end] ?? ""}`;
      try {
        const parsed: unknown = JSON.parse(text);
        if (Array.isArray(parsed)) return parsed as unknown[];
      } catch {
        // Not a whole JSON value yet: take the next line too.
      }
    }
  }
  return undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** The entries of `dags list-import-errors --output json`; undefined when the output holds no such list. */
export function parseImportErrors(lines: readonly string[]): ImportErrorEntry[] | undefined {
  const list = findJsonList(lines);
  if (list === undefined || !list.every((entry) => isRecord(entry) && typeof entry["filepath"] === "string")) return undefined;
  return (list as Record<string, unknown>[]).map((entry) => ({
    filepath: entry["filepath"] as string,
    error: typeof entry["error"] === "string" ? entry["error"] : JSON.stringify(entry["error"] ?? ""),
  }));
}

/** The entries of `dags report --output json`; undefined when the output holds no such list. */
export function parseReport(lines: readonly string[]): ReportEntry[] | undefined {
  const list = findJsonList(lines);
  if (list === undefined || !list.every((entry) => isRecord(entry) && typeof entry["file"] === "string")) return undefined;
  return (list as Record<string, unknown>[]).map((entry) => ({
    file: entry["file"] as string,
    dags: Array.isArray(entry["dags"]) ? entry["dags"].filter((id): id is string => typeof id === "string") : [],
  }));
}

/**
 * `filepath` relative to `folder` when it lies inside it (Airflow 2 prints absolute paths), the
 * path itself when it is already relative (Airflow 3 records paths relative to the bundle), else
 * undefined.
 */
export function relativeTo(filepath: string, folder: string): string | undefined {
  const root = folder.replace(/\/+$/, "");
  if (filepath.startsWith(`${root}/`)) return filepath.slice(root.length + 1);
  return filepath.startsWith("/") ? undefined : filepath.replace(/^\.\//, "");
}

function cap(text: string): string {
  return text.length <= MAX_MESSAGE ? text : `${text.slice(0, MAX_MESSAGE - 1)}…`;
}

/**
 * The exception and the DAG file's line from an import error: Airflow stores the traceback
 * (`Traceback ... File "<path>", line N ... Error: message`) or, with tracebacks turned off,
 * the exception's text alone.
 * @param filepath the file as the error names it, to pick its frame among the traceback's
 */
export function shortenImportError(error: string, filepath: string): ShortError {
  const lines = error
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(ANSI, ""))
    .filter((line) => line.trim() !== "");
  if (!lines.some((line) => line.startsWith("Traceback"))) return { message: cap((lines[0] ?? error).trim() || "import failed") };
  let line: number | undefined;
  for (const text of lines) {
    const frame = /^\s*File "([^"]+)", line (\d+)/.exec(text);
    const path = frame?.[1] ?? "";
    if (frame && (path === filepath || path.endsWith(`/${filepath}`) || filepath.endsWith(`/${path}`))) line = Number(frame[2]);
  }
  const exceptionLine = [...lines]
    .reverse()
    .find((text) => !/^\s/.test(text) && !text.startsWith("Traceback") && !/^During handling|^The above exception/.test(text));
  const message = cap((exceptionLine ?? lines[lines.length - 1] ?? "import failed").trim());
  return line === undefined ? { message } : { message, line };
}
