"""``python -m airflow``: see the package docstring. A stand-in, not Airflow."""
import argparse
import ast
import json
import os
import sys
import traceback

VERSION = os.environ.get("AIRFLOW_STAND_IN_VERSION", "2.10.5")
MAJOR = int(VERSION.split(".")[0])
MISSING = [name for name in os.environ.get("AIRFLOW_STAND_IN_MISSING_MODULES", "").split(",") if name]


def dags_folder():
    configured = os.environ.get("AIRFLOW__CORE__DAGS_FOLDER")
    if configured:
        return os.path.abspath(configured)
    return os.path.join(os.environ.get("AIRFLOW_HOME", os.path.expanduser("~/airflow")), "dags")


def dag_files(folder):
    """Airflow's safe-mode walk: .py files whose bytes mention both 'airflow' and 'dag'."""
    if os.path.isfile(folder):
        return [folder]
    found = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            if not name.endswith(".py"):
                continue
            with open(path, "rb") as handle:
                content = handle.read().lower()
            if b"airflow" in content and b"dag" in content:
                found.append(path)
    return found


def frames(path, line, text):
    head = ['Traceback (most recent call last):\n', '  File "<frozen importlib._bootstrap>", line 488, in _call_with_frames_removed\n']
    return head + ['  File "%s", line %d, in <module>\n' % (path, line), "    %s\n" % text.strip()]


def parse(path):
    """(error text or None, dag ids) of one file, without running it."""
    with open(path, encoding="utf-8") as handle:
        source = handle.read()
    try:
        tree = ast.parse(compile(source, path, "exec", ast.PyCF_ONLY_AST), path)
    except SyntaxError as error:
        lines = ['Traceback (most recent call last):\n', '  File "<frozen importlib._bootstrap_external>", line 995, in exec_module\n']
        return "".join(lines + traceback.format_exception_only(type(error), error)), []
    source_lines = source.splitlines()
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        for name in names:
            for missing in MISSING:
                if name == missing or name.startswith(missing + "."):
                    text = source_lines[node.lineno - 1] if node.lineno <= len(source_lines) else ""
                    return "".join(frames(path, node.lineno, text) + ["ModuleNotFoundError: No module named '%s'\n" % missing]), []
    dag_ids = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "DAG":
            for keyword in node.keywords:
                if keyword.arg == "dag_id" and isinstance(keyword.value, ast.Constant):
                    dag_ids.append(keyword.value.value)
            if node.args and isinstance(node.args[0], ast.Constant):
                dag_ids.append(node.args[0].value)
    return None, dag_ids


def output(rows, fmt):
    if fmt == "json":
        print(json.dumps(rows))
    elif not rows:
        print("No data found")
    else:
        for row in rows:
            print("  ".join(str(value) for value in row.values()))


def main(argv):
    parser = argparse.ArgumentParser(prog="airflow")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("version")
    dags = commands.add_parser("dags").add_subparsers(dest="subcommand", required=True)
    for name in ("list-import-errors", "report"):
        sub = dags.add_parser(name)
        sub.add_argument("-o", "--output", default="table", choices=["table", "json", "yaml", "plain"])
        sub.add_argument("-v", "--verbose", action="store_true")
        if MAJOR == 2:
            sub.add_argument("-S", "--subdir", default="[AIRFLOW_HOME]/dags")
        else:
            sub.add_argument("-B", "--bundle-name", action="append")
            if name == "list-import-errors":
                sub.add_argument("-l", "--local", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "version":
        print(VERSION)
        return 0
    folder = getattr(args, "subdir", None)
    folder = dags_folder() if folder in (None, "[AIRFLOW_HOME]/dags") else os.path.abspath(folder)
    print("[2025-01-01T00:00:00.000+0000] {dagbag.py:588} INFO - Filling up the DagBag from %s" % folder, file=sys.stderr)
    parsed = [(path,) + parse(path) for path in dag_files(folder)]
    if args.subcommand == "report":
        rows = [{"file": path, "duration": "0:00:00.010000", "dag_num": len(ids), "task_num": 1, "dags": sorted(ids)} for path, error, ids in parsed]
        output(rows, args.output)
        return 0
    from_database = MAJOR == 3 and not args.local
    rows = []
    for path, error, _ in parsed:
        if error is None:
            continue
        if from_database:
            # What a DAG processor records: paths relative to the bundle, with the bundle's name.
            rows.append({"bundle_name": "dags-folder", "filepath": os.path.relpath(path, folder), "error": error})
        else:
            rows.append({"filepath": path, "error": error})
    output(rows, args.output)
    return 1 if rows else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
