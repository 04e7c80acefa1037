import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isTimeZone, timeZoneHint } from "../../src/dagfile/timezones.js";
import { TIME_ZONE_NAMES } from "../../src/dagfile/timezones.generated.js";

const ROOT = new URL("../..", import.meta.url).pathname;

describe("time zones as pendulum (zoneinfo) knows them", () => {
  it("the committed list is what scripts/generate-timezones.py writes from this machine's zoneinfo", () => {
    const generated = spawnSync("python3", ["scripts/generate-timezones.py", "--stdout"], { cwd: ROOT, encoding: "utf8" });
    expect(generated.status, generated.stderr).toBe(0);
    expect(readFileSync(`${ROOT}src/dagfile/timezones.generated.ts`, "utf8")).toBe(generated.stdout);
  });

  it("holds the canonical zones and the backward-compatible aliases Intl.supportedValuesOf leaves out", () => {
    for (const name of Intl.supportedValuesOf("timeZone")) expect(TIME_ZONE_NAMES, name).toContain(name);
    for (const alias of ["US/Eastern", "Asia/Calcutta", "GB", "Etc/GMT+5", "UTC"]) expect(isTimeZone(alias), alias).toBe(true);
  });

  it("is exact about case, which Intl is not", () => {
    expect(() => new Intl.DateTimeFormat("en-US", { timeZone: "europe/paris" })).not.toThrow();
    expect(isTimeZone("europe/paris")).toBe(false);
    expect(isTimeZone("Europe/Paris")).toBe(true);
    expect(isTimeZone("localtime")).toBe(false);
  });

  it.each([
    ["europe/paris", ' Did you mean "Europe/Paris"? Time zone names are case-sensitive.'],
    ["Europe/Pariss", ' Did you mean "Europe/Paris"?'],
    ["US/Easten", ' Did you mean "US/Eastern"?'],
    ["Nowhere/Special", ""],
  ])("%s: %j", (name, hint) => {
    expect(timeZoneHint(name)).toBe(hint);
  });
});
