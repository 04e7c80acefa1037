import { describe, expect, it } from "vitest";
import { projectNameProblem } from "../../src/scaffold.js";

describe("dagship new: project names", () => {
  it.each([
    ["sales_sync", undefined],
    [
      "SalesSync",
      '"SalesSync" is not lower-case snake_case (letters, digits and single underscores, starting with a letter): it names the folder, the Python package, the image and the DAG; try "sales_sync"',
    ],
    [
      "sales-sync.v2",
      '"sales-sync.v2" is not lower-case snake_case (letters, digits and single underscores, starting with a letter): it names the folder, the Python package, the image and the DAG; try "sales_sync_v2"',
    ],
    [
      "2fast",
      '"2fast" is not lower-case snake_case (letters, digits and single underscores, starting with a letter): it names the folder, the Python package, the image and the DAG; try "fast"',
    ],
    ["lambda", '"lambda" is a Python keyword and cannot name the package'],
    ["tests", '"tests" would shadow a module or folder the project uses; pick a name that says what the job does'],
    ["", "the name is empty"],
  ])("%j -> %j", (name, problem) => {
    expect(projectNameProblem(name)).toBe(problem);
  });
});
