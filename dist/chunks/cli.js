import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  parseBuildArgs,
  parseCommandArgs,
  parseJobs
} from "./chunk-M64SRJMS.js";
import {
  importCheckNotes
} from "./chunk-IEWZFXIO.js";
import {
  PYTHON_KEYWORDS,
  assetUsesOf,
  compileProjects,
  compileRepositoryGraph,
  dagIdClashes,
  graphJson,
  imageProjects,
  mermaidGraph,
  profileName,
  renderProject,
  repoGraphJson,
  repoGraphMermaid,
  resolveProfile,
  snakeCase,
  withAssetWarnings
} from "./chunk-VRMTMOE7.js";
import {
  SPEC_FILE,
  discoverProjects,
  projectFromPath
} from "./chunk-4R5KA2VE.js";
import {
  DEFAULT_LOCAL_FOLDER,
  VERSION
} from "./chunk-NLAMMUB7.js";
import {
  SecretMask,
  StreamLogger
} from "./chunk-BDMO263D.js";
import {
  outputFolder
} from "./chunk-JVA4ALWN.js";
import {
  UserError,
  environmentError,
  formatProblem,
  messageOf
} from "./chunk-K7TMSU63.js";
import "./chunk-LHRLJ43V.js";

// src/cli.ts
import { stat as stat2, writeFile as writeFile2 } from "node:fs/promises";
import { join as join2, resolve as resolve2 } from "node:path";

// src/scaffold.ts
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
var DEFAULT_PROJECTS_DIR = "projects";
var DEFAULT_BASE_IMAGE = "python:3.12-slim";
var RESERVED = /* @__PURE__ */ new Set(["src", "test", "tests", "pytest", "requests", "airflow", "dagship"]);
var MAX_NAME_LENGTH = 50;
function projectNameProblem(name) {
  if (name === "") return "the name is empty";
  if (name.length > MAX_NAME_LENGTH) return `the name has ${name.length} characters; at most ${MAX_NAME_LENGTH} fit in image and pod names`;
  if (!/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/.test(name)) {
    const suggestion = snakeCase(name.trim()).replace(/\./g, "_").replace(/^[^a-z]+/, "");
    const hint = suggestion !== "" && suggestion !== name && projectNameProblem(suggestion) === void 0 ? `; try "${suggestion}"` : "";
    return `"${name}" is not lower-case snake_case (letters, digits and single underscores, starting with a letter): it names the folder, the Python package, the image and the DAG${hint}`;
  }
  if (PYTHON_KEYWORDS.has(name)) return `"${name}" is a Python keyword and cannot name the package`;
  if (RESERVED.has(name)) return `"${name}" would shadow a module or folder the project uses; pick a name that says what the job does`;
  return void 0;
}
function scaffoldFiles(name, options) {
  const problem = projectNameProblem(name);
  if (problem !== void 0) throw new UserError(problem);
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
`
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
`
    },
    {
      path: "requirements.txt",
      content: `# Runtime dependencies of ${name}, pinned (package==version), one per line. Dependabot proposes upgrades.
`
    },
    { path: "requirements-dev.txt", content: "# Test-only dependencies (the `test` stage of the Dockerfile and `make venv`).\npytest==7.2.1\n" },
    {
      path: "pytest.ini",
      content: `[pytest]
testpaths = tests
pythonpath = src
# The image runs as a non-root user that cannot write a cache next to the code.
addopts = -p no:cacheprovider -q
`
    },
    { path: `src/${name}/__init__.py`, content: `"""${name}: an ETL job run by Airflow, one Kubernetes pod per task."""
` },
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
`
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
`
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
	@echo "make venv        create $(VENV) with $(PYTHON) and install the pinned requirements"
	@echo "make test        run the tests (in $(VENV) when it exists, else with python3)"
	@echo "make image       build $(IMAGE) (BASE_IMAGE=$(BASE_IMAGE))"
	@echo "make test-image  build the test stage and run the tests inside it, offline"
	@echo "make run ARGS='--day 2024-01-01'  run the task in $(IMAGE)"

venv:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install -r requirements.txt -r requirements-dev.txt

test:
	@if [ -x $(VENV)/bin/python ]; then $(VENV)/bin/python -m pytest; else python3 -m pytest; fi

image:
	docker build --build-arg BASE_IMAGE=$(BASE_IMAGE) -t $(IMAGE) .

test-image:
	docker build --build-arg BASE_IMAGE=$(BASE_IMAGE) --target test -t $(PROJECT):test .
	docker run --rm --network none $(PROJECT):test

run: image
	docker run --rm $(IMAGE) python3 -m $(PROJECT).main $(ARGS)

clean:
	rm -rf $(VENV) .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
`
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
`
    }
  ];
}
var NEW_OPTIONS = { dir: { type: "string" }, help: { type: "boolean", short: "h", default: false } };
var NEW_USAGE = `Usage: dagship new NAME [--dir PROJECTS_DIR]

Creates PROJECTS_DIR/NAME (default ${DEFAULT_PROJECTS_DIR}/NAME): a project that validates, builds and
passes its own tests as it is. NAME is lower-case snake_case; it names the folder, the Python
package, the image and the DAG.
`;
async function exists(path) {
  return stat(path).then(
    () => true,
    () => false
  );
}
async function newCommand(args, io) {
  const { values, positionals } = parseCommandArgs(args, NEW_OPTIONS, NEW_USAGE);
  if (values.help) {
    io.stdout(NEW_USAGE);
    return 0;
  }
  const [name, ...extra] = positionals;
  if (name === void 0) throw new UserError(`dagship new needs the project's name: dagship new NAME (e.g. dagship new salesforce_sync)`);
  if (extra.length > 0) throw new UserError(`dagship new takes one name, got ${positionals.length}: ${positionals.join(" ")}`);
  const problem = projectNameProblem(name);
  if (problem !== void 0) throw new UserError(`cannot create project: ${problem}`);
  const projectsDir = resolve(io.cwd, values.dir ?? DEFAULT_PROJECTS_DIR);
  if (values.dir === void 0 && !await exists(projectsDir)) {
    throw new UserError(`there is no ${DEFAULT_PROJECTS_DIR}/ folder in ${io.cwd}: run dagship new from the repository's root, or pass --dir PROJECTS_DIR`);
  }
  const target = join(projectsDir, name);
  const shown = relative(io.cwd, target) || ".";
  if (await exists(target)) throw new UserError(`${shown} already exists: pick another name, or remove the folder first`);
  await outputFolder(projectsDir, values.dir === void 0 ? DEFAULT_PROJECTS_DIR : "--dir");
  try {
    await mkdir(target);
  } catch (thrown) {
    throw new UserError(`cannot create ${shown}: ${messageOf(thrown)}`);
  }
  const files = scaffoldFiles(name, { startDate: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10) });
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
  io.stdout(`${files.map((file) => `created ${join(shown, file.path)}`).join("\n")}
`);
  io.stderr(
    [
      ``,
      `Next:`,
      `  dagship validate ${shown}`,
      `  cd ${shown} && make venv && make test     # a virtualenv with the pinned requirements, then the tests`,
      `  make test-image                          # the tests inside the image, offline`,
      `  edit src/${name}/main.py and dag.yaml, then commit and push: the workflow builds and deploys it`,
      ``
    ].join("\n")
  );
  return 0;
}

// src/cli.ts
var defaultIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd()
};
var USAGE = `dagship ${VERSION} - build, render and deploy containerised Airflow DAGs

Usage:
  dagship validate [PATH...]                 check dag.yaml files (default: every project below .)
  dagship render PROJECT_DIR --out DIR       write <dag_id>.py for one project
  dagship graph PROJECT_DIR                  print the task graph as Mermaid
  dagship graph --repo [DIR]                 print every DAG and the assets linking them
  dagship plan [--repo DIR] [--dest URI]     show what a deploy would change (writes nothing)
  dagship deploy [--repo DIR] [--dest URI]   build images, render every project, sync the DAGs
  dagship new NAME [--dir PROJECTS_DIR]      create a project (default folder: projects/NAME)
  dagship run PROJECT_DIR [TASK...]          run tasks locally in Docker, for one DAG run, as Composer would
  dagship history [PROJECT] [--env NAME]     what each environment runs per project: commits, times, digests
  dagship rollback PROJECT --to COMMIT       redeploy the render an earlier deploy of COMMIT had, byte for byte

Deploy and plan options (history and rollback take --env, --dest, --repo and --repo-name too):
  --env NAME            an environment of dagship.config.yaml: its destination, registry and profile
                        (a flag given as well wins); promote_from: deploy the digests that environment runs
  --dest URI            gs://BUCKET[/PATH], projects/P/locations/L/environments/E, or a folder
                        (default ${DEFAULT_LOCAL_FOLDER} in the repository)
  --registry REF        REGION-docker.pkg.dev/PROJECT/REPO, gcr.io/PROJECT or host[:port]/path;
                        without it, DAGs name local PROJECT:dev images and nothing is built
                        (plain registries: DAGSHIP_REGISTRY_USERNAME / DAGSHIP_REGISTRY_PASSWORD)
  --no-build            deploy only images that already exist for this build context
  --release-tag TAG     release deploy: promote the commit's image, allow a rollback
  --project NAME        deploy only this project (repeatable); all are still validated
  --repo-name NAME      middle part of each project's folder dags/NAME/PROJECT/ (default: folder name)
  --prune               remove the DAGs of projects whose folder is gone (only from folders
                        this repository deployed)
  --create-repository   create a missing Artifact Registry repository
  --build-arg KEY=VALUE docker build argument, part of the image's content hash (repeatable)
  --import-check        prove the DAG files import before deploying them (default for Composer:
  --no-import-check     the files are checked in the environment, from its bucket's data/ folder)
  --import-check-python PYTHON
                        run that check with a local Python that has Airflow (any destination)
  --jobs N              image builds at once (default: the number of CPUs); pushes at once: at most 4

Profile options (validate, render, plan, deploy):
  --composer 2|3|none   Cloud Composer major, or none for plain Kubernetes   (default 3;
                        plan/deploy: auto, from the Composer environment)
  --airflow 2|3         Airflow major                                        (default 2; auto)
  --namespace NS        namespace for plain Kubernetes                       (default "default")

Run options (dagship run; also --image, --build-arg, --no-build, --json and the profile options):
  --at TIME             the run triggered at TIME (the end of its data interval); default: now
  --logical-date DATE   the run with this logical date; times without an offset are in the DAG's zone
  --param NAME=VALUE    a run parameter, read as its declared type (repeatable)
  --dry-run             print each task's rendered image, cmds, arguments and env; run nothing
  --parallel N          tasks running at once (default 4, at most max_active_tasks)
  --secrets-file FILE   env file with the tasks' secrets (NAME=value or SECRET/KEY=value)
  --network MODE        docker network of the containers (e.g. none)
  --no-retries          one try per task, whatever retries says

Other options:
  --image REF           image for render (default PROJECT:dev, a local image)
  --json                machine-readable output on stdout
  --verbose             debug output
  -h, --help            this text
  --version             the version

Exit status: 0 success, 1 a problem in your input or setup, 2 an internal error.
`;
var PROFILE_OPTIONS = {
  composer: { type: "string" },
  airflow: { type: "string" },
  namespace: { type: "string" },
  json: { type: "boolean", default: false },
  verbose: { type: "boolean", default: false }
};
function parse(args, options) {
  return parseCommandArgs(args, options, 'Run "dagship --help" for usage.');
}
function profileFrom(values) {
  const options = {};
  if (values.composer !== void 0) options.composer = values.composer;
  if (values.airflow !== void 0) options.airflow = values.airflow;
  if (values.namespace !== void 0) options.namespace = values.namespace;
  return resolveProfile(options);
}
function reportProblems(io, problems) {
  for (const problem of problems) io.stderr(`${formatProblem(problem)}
`);
}
async function projectsFor(paths, cwd, repository) {
  if (paths.length === 0) return [...repository];
  const projects = [];
  for (const path of paths) {
    const absolute = resolve2(cwd, path);
    if (absolute.endsWith(SPEC_FILE)) projects.push(await projectFromPath(absolute, cwd));
    else projects.push(...await discoverProjects(absolute, absolute.startsWith(resolve2(cwd)) ? cwd : absolute));
  }
  return projects;
}
async function validateCommand(args, io) {
  const { values, positionals } = parse(args, PROFILE_OPTIONS);
  const profile = profileFrom(values);
  const repository = positionals.length === 0 ? await discoverProjects(io.cwd) : await discoverProjects(io.cwd).catch(() => []);
  const projects = await projectsFor(positionals, io.cwd, repository);
  if (projects.length === 0) throw new UserError(`no ${SPEC_FILE} found below ${positionals.join(", ") || io.cwd}`);
  const knownProjects = [...new Set([...repository, ...projects].map((project) => project.name))];
  const rest = repository.filter((project) => !projects.some((validated) => validated.name === project.name));
  const compiled = withAssetWarnings(await compileProjects(projects, profile, { knownProjects }), await assetUsesOf(rest));
  const clashes = dagIdClashes(compiled);
  const problems = [...compiled.flatMap((entry) => entry.problems), ...clashes];
  const failed = problems.some((problem) => problem.severity === "error");
  if (values.json) {
    io.stdout(
      `${JSON.stringify({ ok: !failed, profile: profileName(profile), files: compiled.map((entry) => ({ file: entry.project.specPath, project: entry.project.name, dagId: entry.dag?.dagId ?? null, problems: entry.problems })), problems: clashes }, null, 2)}
`
    );
  } else {
    reportProblems(io, problems);
    const bad = new Set(problems.filter((problem) => problem.severity === "error").map((problem) => problem.file)).size;
    io.stderr(
      failed ? `${bad} of ${projects.length} dag.yaml file(s) have errors.
` : `${projects.length} dag.yaml file(s) valid for ${profileName(profile)}.
`
    );
  }
  return failed ? 1 : 0;
}
async function compileOne(path, profile, io, command) {
  if (path === void 0) throw new UserError(`dagship ${command} needs a project folder: dagship ${command} PROJECT_DIR`);
  const project = await projectFromPath(resolve2(io.cwd, path), io.cwd);
  const [compiled] = await compileProjects([project], profile, { knownProjects: null });
  if (!compiled?.dag) {
    reportProblems(io, compiled?.problems ?? []);
    throw new UserError(`${project.specPath} has errors; nothing was written`);
  }
  return { project, dag: compiled.dag };
}
async function renderCommand(args, io) {
  const { values, positionals } = parse(args, { ...PROFILE_OPTIONS, out: { type: "string" }, image: { type: "string" } });
  if (values.out === void 0) throw new UserError("dagship render needs --out DIR: the folder to write <dag_id>.py into");
  if (positionals.length > 1) throw new UserError(`dagship render takes one project folder, got ${positionals.length}`);
  const profile = profileFrom(values);
  const { project, dag } = await compileOne(positionals[0], profile, io, "render");
  const images = { [project.name]: { reference: values.image ?? `${project.name}:dev` } };
  for (const other of imageProjects(dag)) images[other] ??= { reference: `${other}:dev` };
  const rendered = renderProject(dag, profile, images);
  const outDir = await outputFolder(resolve2(io.cwd, values.out), "--out");
  const target = join2(outDir, rendered.fileName);
  const existing = await stat2(target).catch(() => void 0);
  if (existing !== void 0 && !existing.isFile()) throw new UserError(`${target} exists and is not a file: remove it, or pass another --out`);
  await writeFile2(target, rendered.content);
  if (values.json) io.stdout(`${JSON.stringify({ dagId: rendered.dagId, file: target, profile: profileName(profile) })}
`);
  else io.stderr(`wrote ${target} (${profileName(profile)})
`);
  return 0;
}
async function graphCommand(args, io) {
  const { values, positionals } = parse(args, { ...PROFILE_OPTIONS, repo: { type: "boolean", default: false } });
  const profile = profileFrom(values);
  if (values.repo) {
    if (positionals.length > 1) throw new UserError(`dagship graph --repo takes one repository folder, got ${positionals.length}`);
    const graph = await compileRepositoryGraph(resolve2(io.cwd, positionals[0] ?? "."), profile);
    io.stdout(values.json ? `${JSON.stringify(repoGraphJson(graph))}
` : repoGraphMermaid(graph));
    return 0;
  }
  const { dag } = await compileOne(positionals[0], profile, io, "graph");
  io.stdout(values.json ? `${JSON.stringify(graphJson(dag))}
` : mermaidGraph(dag));
  return 0;
}
var DEPLOY_OPTIONS = {
  ...PROFILE_OPTIONS,
  repo: { type: "string" },
  "repo-name": { type: "string" },
  dest: { type: "string" },
  registry: { type: "string" },
  project: { type: "string", multiple: true },
  "release-tag": { type: "string" },
  "no-build": { type: "boolean", default: false },
  "create-repository": { type: "boolean", default: false },
  "build-arg": { type: "string", multiple: true },
  "import-check": { type: "boolean" },
  "no-import-check": { type: "boolean" },
  "import-check-python": { type: "string" },
  jobs: { type: "string" },
  prune: { type: "boolean", default: false },
  env: { type: "string" }
};
function importCheckSetting(values) {
  if (values["import-check"] && values["no-import-check"]) throw new UserError("--import-check and --no-import-check contradict each other: pass one of them");
  const enabled = values["no-import-check"] ? false : values["import-check"] ? true : void 0;
  const python = values["import-check-python"];
  return { ...enabled === void 0 ? {} : { enabled }, ...python === void 0 ? {} : { python } };
}
function versionChoice(value, allowed, flag) {
  if (value === void 0 || value === "auto") return "auto";
  if (allowed.includes(value)) return value;
  throw new UserError(`--${flag} must be ${allowed.join(", ")} or auto, not "${value}"`);
}
function deployCommand(dryRun) {
  return async (args, io) => {
    const { values, positionals } = parse(args, DEPLOY_OPTIONS);
    if (positionals.length > 0) throw new UserError(`unexpected argument "${positionals[0]}": pass the repository with --repo DIR`);
    const repoRoot = resolve2(io.cwd, values.repo ?? ".");
    const [
      { deployRepository, exitStatus, formatReport, reportJson },
      { deployImageDeps, readRegistryLogin },
      { parseRegistryRef },
      { CliGit, parseDestination }
    ] = await Promise.all([import("./deploy-6E2NB6MV.js"), import("./deploy-deps-UDD5MVXY.js"), import("./image-2YY3FFOT.js"), import("./sync-X45W2UCC.js")]);
    let options = {
      repoRoot,
      // A --dest the user typed is relative to where they are; the default lives in the repository.
      destination: values.dest === void 0 ? parseDestination(DEFAULT_LOCAL_FOLDER, repoRoot) : parseDestination(values.dest, io.cwd),
      composer: versionChoice(values.composer, ["2", "3", "none"], "composer"),
      airflow: versionChoice(values.airflow, ["2", "3"], "airflow"),
      dryRun,
      noBuild: values["no-build"],
      createRepository: values["create-repository"],
      importCheck: importCheckSetting(values),
      prune: values.prune
    };
    if (values["repo-name"] !== void 0) options.repoName = values["repo-name"];
    if (values.registry !== void 0) options.registry = parseRegistryRef(values.registry);
    if (values.project !== void 0) options.projects = values.project;
    if (values.namespace !== void 0) options.namespace = values.namespace;
    if (values["release-tag"] !== void 0) options.releaseTag = values["release-tag"];
    if (values["build-arg"] !== void 0) options.buildArgs = parseBuildArgs(values["build-arg"]);
    if (values.jobs !== void 0) options.jobs = parseJobs(values.jobs);
    const log = new StreamLogger((line) => io.stderr(`${line}
`), values.verbose, io.secrets);
    if (values.env !== void 0) {
      const { explicitSettings, withEnvironment } = await import("./commands-KQ4M3X73.js");
      options = await withEnvironment(options, values.env, explicitSettings(options, values), { log, git: new CliGit(repoRoot) });
    }
    const images = options.registry === void 0 ? void 0 : deployImageDeps({ log, login: readRegistryLogin(process.env) });
    const report = await deployRepository(options, { log, git: new CliGit(repoRoot), ...images ? { images } : {} });
    if (values.json) io.stdout(`${JSON.stringify(reportJson(report), null, 2)}
`);
    io.stderr(`${formatReport(report)}
`);
    for (const note of importCheckNotes(report.importCheck)) io.stderr(`${note}
`);
    return exitStatus(report);
  };
}
var COMMANDS = {
  validate: validateCommand,
  render: renderCommand,
  graph: graphCommand,
  plan: deployCommand(true),
  deploy: deployCommand(false),
  new: newCommand,
  run: async (args, io) => (await import("./command-E4NF4Y7L.js")).runCommand(args, io),
  history: async (args, io) => (await import("./commands-KQ4M3X73.js")).historyCommand(args, io),
  rollback: async (args, io) => (await import("./commands-KQ4M3X73.js")).rollbackCommand(args, io)
};
async function main(argv, io = defaultIo) {
  const secrets = io.secrets ?? SecretMask.fromEnvironment(process.env);
  const masked = { cwd: io.cwd, secrets, stdout: (text) => io.stdout(secrets.redact(text)), stderr: (text) => io.stderr(secrets.redact(text)) };
  return runCommand(argv, masked);
}
async function runCommand(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "-h" || name === "--help" || name === "help") {
    io.stdout(USAGE);
    return name === void 0 ? 1 : 0;
  }
  if (name === "--version") {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UserError(`unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(", ")}. Run "dagship --help".`);
    return await command(rest, io);
  } catch (thrown) {
    const problem = thrown instanceof UserError ? thrown : environmentError(thrown);
    if (problem) {
      reportProblems(io, problem.problems);
      io.stderr(`dagship: ${problem.message}
`);
      return 1;
    }
    io.stderr(`dagship: internal error: ${messageOf(thrown)}
This is a bug in dagship; please report it with the command you ran.
`);
    if (argv.includes("--verbose") && thrown instanceof Error && thrown.stack) io.stderr(`${thrown.stack}
`);
    return 2;
  }
}

// src/cli-main.ts
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
//# sourceMappingURL=cli.js.map
