import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { MAX_VALUE_DEPTH } from "../../src/dagfile/check-identifiers.js";
import { MAX_TIMEDELTA_SECONDS } from "../../src/dagfile/check-settings.js";

function python(code: string): string {
  const result = spawnSync("python3", ["-c", code], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

describe("the limits validate enforces are Python's", () => {
  it("the longest duration is timedelta.max, to the second", () => {
    expect(Number(python("import datetime; m = datetime.timedelta.max; print(m.days * 86400 + m.seconds)"))).toBe(MAX_TIMEDELTA_SECONDS);
    expect(python(`import datetime; print(datetime.timedelta(seconds=${MAX_TIMEDELTA_SECONDS}))`)).toBe("999999999 days, 23:59:59");
  });

  it("a value nested to the limit compiles inside the calls that wrap it in a DAG file; the parser's own limit is far above", () => {
    const nested = `${"{'a': ".repeat(MAX_VALUE_DEPTH)}1${"}".repeat(MAX_VALUE_DEPTH)}`;
    const file = `with DAG(params={'p': Param(default=${nested})}) as dag:\n    t = KubernetesPodOperator(affinity=${nested})\n`;
    expect(python(`compile(${JSON.stringify(file)}, 'dag.py', 'exec'); print('ok')`)).toBe("ok");
    expect(python("try:\n    compile('x = ' + '[' * 201 + ']' * 201, 'f', 'exec')\nexcept SyntaxError as error:\n    print(error.msg)")).toBe(
      "too many nested parentheses",
    );
  });
});
