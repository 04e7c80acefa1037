/**
 * `dagship new NAME`: a new project folder that validates, builds and passes its own tests as it
 * is, laid out like the template's example projects (Dockerfile with `ARG BASE_IMAGE`, a `test`
 * stage, pinned requirements, `src/<package>/`, `tests/`, Makefile, dag.yaml).
 * Most of its ~350 lines are the files' text, kept here so the project it writes reads as one.
 */
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { CliIo } from "./cli-io.js";
import { parseCommandArgs } from "./cli-args.js";
import { messageOf, UserError } from "./errors.js";
import { outputFolder } from "./fs-safety.js";
import { PYTHON_KEYWORDS } from "./render/python.js";
import { snakeCase } from "./dagfile/normalise.js";

/** Default folder, relative to the working directory, that holds the projects. */
export const DEFAULT_PROJECTS_DIR = "projects";

/** The Python the scaffolded Dockerfile defaults to (`--build-arg BASE_IMAGE=...` overrides it). */
export const DEFAULT_BASE_IMAGE = "python:3.12-slim";

// Names that would shadow what the project itself imports or the folders it contains.
const RESERVED = new Set(["src", "test", "tests", "pytest", "requests", "airflow", "dagship"]);
const MAX_NAME_LENGTH = 50;

/**
 * Why `name` cannot be a project name, or undefined when it can. A project name is at once the
 * folder, the Python package, the image name in the registry and the default dag_id, so it must
 * be lower-case snake_case: letters, digits and single underscores, starting with a letter.
 */
export function projectNameProblem(name: string): string | undefined {
  if (name === "") return "the name is empty";
  if (name.length > MAX_NAME_LENGTH) return `the name has ${name.length} characters; at most ${MAX_NAME_LENGTH} fit in image and pod names`;
  if (!/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/.test(name)) {
    const suggestion = snakeCase(name.trim())
      .replace(/\./g, "_")
      .replace(/^[^a-z]+/, "");
    const hint = suggestion !== "" && suggestion !== name && projectNameProblem(suggestion) === undefined ? `; try "${suggestion}"` : "";
    return `"${name}" is not lower-case snake_case (letters, digits and single underscores, starting with a letter): it names the folder, the Python package, the image and the DAG${hint}`;
  }
  if (PYTHON_KEYWORDS.has(name)) return `"${name}" is a Python keyword and cannot name the package`;
  if (RESERVED.has(name)) return `"${name}" would shadow a module or folder the project uses; pick a name that says what the job does`;
  return undefined;
}

/** One file of a new project: path relative to the project folder, and its text. */
export interface ScaffoldFile {
  path: string;
  content: string;
}

/** Options of {@link scaffoldFiles}. */
export interface ScaffoldOptions {
  /** start_date of the new dag.yaml, YYYY-MM-DD. */
  startDate: string;
  /** Default BASE_IMAGE of the Dockerfile. Default {@link DEFAULT_BASE_IMAGE}. */
  baseImage?: string;
}

/** The files of a new project named `name` (which must pass {@link projectNameProblem}). */
export function scaffoldFiles(name: string, options: ScaffoldOptions): ScaffoldFile[] {
  const problem = projectNameProblem(name);
  if (problem !== undefined) throw new UserError(problem);
  const baseImage = options.baseImage ?? DEFAULT_BASE_IMAGE;
  const pythonVersion = /python:(\d+\.\d+)/.exec(baseImage)?.[1] ?? "3";
  return [
    {
      path: "Dockerfile",
      content: `# ${name}. Builds on any Debian-based Python image: docker build --build-arg BASE_IMAGE=... .
ARG BASE_IMAGE=${baseImage}

FROM \${BASE_IMAGE} AS base
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    PIP_NO_CACHE_DIR=1 \\
    PIP_DISABLE_PIP_VERSION_CHECK=1 \\
    PIP_ROOT_USER_ACTION=ignore \\
    PYTHONPATH=/app/src
RUN groupadd --system --gid 10001 etl \\
    && useradd --system --uid 10001 --gid etl --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin etl
WORKDIR /app
# Dependencies first: this layer is rebuilt only when requirements.txt changes.
COPY requirements.txt ./
RUN python3 -m pip install -r requirements.txt

# \`docker build --target test .\` adds pytest and the tests; CI runs them inside this image.
FROM base AS test
COPY requirements-dev.txt pytest.ini ./
RUN python3 -m pip install -r requirements-dev.txt
COPY src/ src/
COPY tests/ tests/
USER 10001:10001
CMD ["python3", "-m", "pytest"]

# The image the DAG runs (the default, last stage): code only, no tests, not root.
FROM base AS runtime
COPY src/ src/
USER 10001:10001
CMD ["python3", "-m", "${name}.main", "--help"]
`,
    },
    {
      path: ".dockerignore",
      content: `# Not image content: the DAG spec, local environments, caches.
dag.yaml
Makefile
.env
.venv/
**/__pycache__/
**/*.pyc
.pytest_cache/
`,
    },
    {
      path: "requirements.txt",
      content: `# Runtime dependencies of ${name}, pinned (package==version), one per line. Dependabot proposes upgrades.
`,
    },
    { path: "requirements-dev.txt", content: "# Test-only dependencies (the `test` stage of the Dockerfile and `make venv`).\npytest==7.2.1\n" },
    {
      path: "pytest.ini",
      content: `[pytest]
testpaths = tests
pythonpath = src
# The image runs as a non-root user that cannot write a cache next to the code.
addopts = -p no:cacheprovider -q
`,
    },
    { path: `src/${name}/__init__.py`, content: `"""${name}: an ETL job run by Airflow, one Kubernetes pod per task."""\n` },
    {
      path: `src/${name}/main.py`,
      content: `"""Entry point of the \`run\` task in dag.yaml.

    python3 -m ${name}.main --day 2024-01-01

Keep the logic in plain functions like \`summarise\` (tested without a network) and the calls to
other systems in small functions that \`main\` takes as arguments, so tests can replace them.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
from collections.abc import Callable, Sequence


def summarise(day: dt.date, records: Sequence[dict[str, int]]) -> dict[str, object]:
    """What the job did for \`day\`: replace this with the job's real transformation."""
    return {"day": day.isoformat(), "records": len(records), "total": sum(record.get("value", 0) for record in records)}


def extract(day: dt.date) -> list[dict[str, int]]:
    """Read the day's input: replace this with the call to the source system."""
    return [{"value": day.day}]


def main(argv: Sequence[str] | None = None, read: Callable[[dt.date], list[dict[str, int]]] = extract) -> int:
    """Run the task; \`read\` is the seam to the source system (tests pass a fake)."""
    parser = argparse.ArgumentParser(prog="${name}.main", description="${name}: one run of the job")
    parser.add_argument("--day", required=True, type=dt.date.fromisoformat, help="the run's logical day, YYYY-MM-DD")
    args = parser.parse_args(argv)
    summary = summarise(args.day, read(args.day))
    summary["environment"] = os.environ.get("ENVIRONMENT", "dev")
    print(json.dumps(summary, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
`,
    },
    {
      path: "tests/test_main.py",
      content: `import datetime as dt
import json

import pytest

from ${name}.main import main, summarise


def test_summarise_counts_and_adds_up_the_records():
    assert summarise(dt.date(2024, 1, 2), [{"value": 3}, {"value": 4}, {}]) == {"day": "2024-01-02", "records": 3, "total": 7}


def test_main_reads_the_day_it_is_given_and_prints_one_json_line(capsys, monkeypatch):
    monkeypatch.setenv("ENVIRONMENT", "test")
    asked = []

    def fake_read(day):
        asked.append(day)
        return [{"value": 5}]

    assert main(["--day", "2024-01-02"], read=fake_read) == 0
    assert asked == [dt.date(2024, 1, 2)]
    assert json.loads(capsys.readouterr().out) == {"day": "2024-01-02", "environment": "test", "records": 1, "total": 5}


def test_main_refuses_a_day_that_is_not_a_date():
    with pytest.raises(SystemExit) as exit_info:
        main(["--day", "yesterday"], read=lambda day: [])
    assert exit_info.value.code == 2
`,
    },
    {
      path: "Makefile",
      content: `# Local development of this project. \`make help\` lists the targets.
PROJECT := ${name}
PYTHON ?= python${pythonVersion}
VENV := .venv
IMAGE := $(PROJECT):dev
BASE_IMAGE ?= ${baseImage}

.PHONY: help venv test image test-image run clean

help:
\t@echo "make venv        create $(VENV) with $(PYTHON) and install the pinned requirements"
\t@echo "make test        run the tests (in $(VENV) when it exists, else with python3)"
\t@echo "make image       build $(IMAGE) (BASE_IMAGE=$(BASE_IMAGE))"
\t@echo "make test-image  build the test stage and run the tests inside it, offline"
\t@echo "make run ARGS='--day 2024-01-01'  run the task in $(IMAGE)"

venv:
\t$(PYTHON) -m venv $(VENV)
\t$(VENV)/bin/python -m pip install -r requirements.txt -r requirements-dev.txt

test:
\t@if [ -x $(VENV)/bin/python ]; then $(VENV)/bin/python -m pytest; else python3 -m pytest; fi

image:
\tdocker build --build-arg BASE_IMAGE=$(BASE_IMAGE) -t $(IMAGE) .

test-image:
\tdocker build --build-arg BASE_IMAGE=$(BASE_IMAGE) --target test -t $(PROJECT):test .
\tdocker run --rm --network none $(PROJECT):test

run: image
\tdocker run --rm $(IMAGE) python3 -m $(PROJECT).main $(ARGS)

clean:
\trm -rf $(VENV) .pytest_cache
\tfind . -name __pycache__ -type d -prune -exec rm -rf {} +
`,
    },
    {
      path: "dag.yaml",
      content: `# yaml-language-server: $schema=https://raw.githubusercontent.com/dagship/dagship/v1/schema/dag.schema.json
# The DAG of ${name}; reference: the dag.yaml section of dagship's README.
description: ${name} (describe what it loads, from where, to where)
schedule: "@daily"
start_date: ${options.startDate}
timezone: UTC
catchup: false
max_active_runs: 1
tags: [${name}]
params:                        # run parameters, set in the trigger form; {{ params.NAME }} in args
  day: {type: string, default: "", pattern: "^(\\\\d{4}-\\\\d{2}-\\\\d{2})?$", description: "Day to process (YYYY-MM-DD); empty: the run's own day"}
# notify:                      # alerts once per failed run: email needs Airflow's smtp connection,
#   on_failure:                # Slack a Slack connection (apache-airflow-providers-slack 8.1+)
#     - email: [${name}-owners@example.com]
#     - slack: {connection: slack_webhook}
defaults:
  retries: 2
  retry_delay: 5m
  timeout: 1h
  startup_timeout: 5m
  resources: {cpu: 250m, memory: 512Mi}
  env: {ENVIRONMENT: prod}
tasks:
  run:
    command: [python3, -m, ${name}.main]
    args: ["--day", "{{ params.day or ds }}"]
`,
    },
  ];
}

const NEW_OPTIONS = { dir: { type: "string" }, help: { type: "boolean", short: "h", default: false } } as const;

/** Usage of `dagship new`. */
export const NEW_USAGE = `Usage: dagship new NAME [--dir PROJECTS_DIR]

Creates PROJECTS_DIR/NAME (default ${DEFAULT_PROJECTS_DIR}/NAME): a project that validates, builds and
passes its own tests as it is. NAME is lower-case snake_case; it names the folder, the Python
package, the image and the DAG.
`;

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * `dagship new NAME [--dir PROJECTS_DIR]`: write a new project and say what to do next.
 * Refuses an invalid name, an existing folder, and (without --dir) a working directory without
 * a `projects/` folder, each with a UserError that says how to fix it.
 */
export async function newCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, NEW_OPTIONS, NEW_USAGE);
  if (values.help) {
    io.stdout(NEW_USAGE);
    return 0;
  }
  const [name, ...extra] = positionals;
  if (name === undefined) throw new UserError(`dagship new needs the project's name: dagship new NAME (e.g. dagship new salesforce_sync)`);
  if (extra.length > 0) throw new UserError(`dagship new takes one name, got ${positionals.length}: ${positionals.join(" ")}`);
  const problem = projectNameProblem(name);
  if (problem !== undefined) throw new UserError(`cannot create project: ${problem}`);

  const projectsDir = resolve(io.cwd, values.dir ?? DEFAULT_PROJECTS_DIR);
  if (values.dir === undefined && !(await exists(projectsDir))) {
    throw new UserError(`there is no ${DEFAULT_PROJECTS_DIR}/ folder in ${io.cwd}: run dagship new from the repository's root, or pass --dir PROJECTS_DIR`);
  }
  const target = join(projectsDir, name);
  const shown = relative(io.cwd, target) || ".";
  if (await exists(target)) throw new UserError(`${shown} already exists: pick another name, or remove the folder first`);

  await outputFolder(projectsDir, values.dir === undefined ? DEFAULT_PROJECTS_DIR : "--dir");
  try {
    await mkdir(target); // not recursive: fails if another process created it meanwhile
  } catch (thrown) {
    throw new UserError(`cannot create ${shown}: ${messageOf(thrown)}`);
  }
  const files = scaffoldFiles(name, { startDate: new Date().toISOString().slice(0, 10) });
  try {
    for (const file of files) {
      const path = join(target, file.path);
      await mkdir(resolve(path, ".."), { recursive: true });
      await writeFile(path, file.content, { flag: "wx" });
    }
  } catch (thrown) {
    await rm(target, { recursive: true, force: true });
    throw new UserError(`cannot write ${shown}: ${messageOf(thrown)} (nothing was left behind)`);
  }
  io.stdout(`${files.map((file) => `created ${join(shown, file.path)}`).join("\n")}\n`);
  io.stderr(
    [
      ``,
      `Next:`,
      `  dagship validate ${shown}`,
      `  cd ${shown} && make venv && make test     # a virtualenv with the pinned requirements, then the tests`,
      `  make test-image                          # the tests inside the image, offline`,
      `  edit src/${name}/main.py and dag.yaml, then commit and push: the workflow builds and deploys it`,
      ``,
    ].join("\n"),
  );
  return 0;
}
