import { describe, expect, it } from "vitest";
import { parseImageVersion } from "../../src/google/composer.js";

// Image versions as Composer environments report them in config.softwareConfig.imageVersion
// (taken from Composer's version lists and release notes).
describe("parseImageVersion", () => {
  const supported: [string, 2 | 3, 2 | 3][] = [
    ["composer-2.9.7-airflow-2.9.3", 2, 2],
    ["composer-2.13.1-airflow-2.10.5", 2, 2],
    ["composer-2.0.0-preview.3-airflow-2.1.4", 2, 2],
    ["composer-2.6.6-airflow-2.7.3", 2, 2],
    ["composer-3-airflow-2.10.5-build.7", 3, 2],
    ["composer-3-airflow-2.10.5-build.22", 3, 2],
    ["composer-3-airflow-2.9.3-build.42", 3, 2],
    ["composer-3-airflow-3.1.0-build.5", 3, 3],
    ["composer-3-airflow-3.1.7-build.13", 3, 3],
    ["composer-3-airflow-3.1.0-build.latest", 3, 3],
    ["composer-3-airflow-2", 3, 2],
  ];
  it.each(supported)("%s -> Composer %i, Airflow %i", (version, composer, airflow) => {
    expect(parseImageVersion(version)).toEqual({ composer, airflow });
  });

  const unsupported: [string, RegExp][] = [
    ["composer-1.20.12-airflow-2.4.3", /Composer 1 .* not supported.*upgrade the environment/],
    ["composer-1.17.0-airflow-1.10.15", /Composer 1 .* not supported/],
    ["composer-latest-airflow-2.10.5", /alias, not a resolved version/],
    ["composer-4-airflow-3.2.0-build.1", /Composer 4 .* not supported/],
    ["composer-2.9.7-airflow-3.0.0", /pairs Composer 2 with Airflow 3/],
    ["airflow-2.9.3", /unrecognised Composer image version/],
    ["composer-3-airflow-2.10.5-build", /unrecognised/],
    ["", /unrecognised/],
  ];
  it.each(unsupported)("%j is refused: %s", (version, message) => {
    expect(() => parseImageVersion(version)).toThrow(message);
  });
});
