"""Inspect generated DAG files with Python's own parser and print what they say, as JSON.

Usage: python3 inspect_dag.py [--strings] FILE...   (or file paths on stdin, one per line)

For each file: whether it compiles (compile(), as Airflow's DagBag does, not only ast.parse);
its imports, and what each imported name is bound to ("alias" -> "module.name"); the DAG(...)
keywords; every TaskGroup(...) assignment; every KubernetesPodOperator(...) call with its keyword
values literal-evaluated (calls such as Secret(...) or datetime.timedelta(...) become
{"__call__": name, "args": [...], "kwargs": {...}}, names {"__name__": name}); the >> edges
resolved to task ids; names used but never defined; statements other than imports and the one
`with DAG(...)` block at module level; and, with --strings, every string constant in the file.
"""
import ast
import json
import sys


def dotted(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = dotted(node.value)
        return None if base is None else base + "." + node.attr
    return None


def evaluate(node):
    if isinstance(node, ast.Call):
        return {
            "__call__": dotted(node.func),
            "args": [evaluate(arg) for arg in node.args],
            "kwargs": {kw.arg: evaluate(kw.value) for kw in node.keywords},
        }
    if isinstance(node, ast.List) or isinstance(node, ast.Tuple):
        return [evaluate(item) for item in node.elts]
    if isinstance(node, ast.Dict):
        out = {}
        for key, value in zip(node.keys, node.values):
            out[ast.literal_eval(key)] = evaluate(value)
        return out
    if isinstance(node, (ast.Name, ast.Attribute)):
        return {"__name__": dotted(node)}
    return ast.literal_eval(node)


def inspect(path, want_strings):
    result = {"file": path}
    with open(path, "rb") as handle:
        source = handle.read()
    try:
        compile(source, path, "exec", dont_inherit=True)
        tree = ast.parse(source, path)
    except SyntaxError as error:
        result["ok"] = False
        result["error"] = "%s (line %s)" % (error.msg, error.lineno)
        return result
    result["ok"] = True
    result["compiled"] = True
    result["ascii"] = all(byte < 128 for byte in source)
    imports = []
    bindings = {}
    groups = []
    defined = set()
    toplevel_other = []
    dag_kwargs = None
    tasks = []
    edges = []
    variables = {}
    for statement in tree.body:
        if isinstance(statement, ast.ImportFrom):
            imports.append("from %s import %s" % (statement.module, ", ".join(
                alias.name + (" as " + alias.asname if alias.asname else "") for alias in statement.names)))
            for alias in statement.names:
                defined.add(alias.asname or alias.name)
                bindings[alias.asname or alias.name] = statement.module + "." + alias.name
        elif isinstance(statement, ast.Import):
            imports.append("import " + ", ".join(alias.name for alias in statement.names))
            for alias in statement.names:
                defined.add((alias.asname or alias.name).split(".")[0])
                bindings[(alias.asname or alias.name).split(".")[0]] = alias.name
        elif isinstance(statement, ast.With) and dag_kwargs is None:
            item = statement.items[0]
            call = item.context_expr
            if not (isinstance(call, ast.Call) and dotted(call.func) == "DAG"):
                toplevel_other.append("with " + ast.dump(call)[:80])
                continue
            dag_kwargs = {kw.arg: evaluate(kw.value) for kw in call.keywords}
            if item.optional_vars is not None:
                defined.add(item.optional_vars.id)
            for inner in statement.body:
                if isinstance(inner, ast.Assign) and isinstance(inner.value, ast.Call) and dotted(inner.value.func) == "TaskGroup":
                    name = inner.targets[0].id
                    defined.add(name)
                    groups.append({"var": name, "kwargs": {kw.arg: evaluate(kw.value) for kw in inner.value.keywords}})
                elif isinstance(inner, ast.Assign) and isinstance(inner.value, ast.Call):
                    name = inner.targets[0].id
                    defined.add(name)
                    kwargs = {kw.arg: evaluate(kw.value) for kw in inner.value.keywords}
                    variables[name] = kwargs.get("task_id")
                    tasks.append({"var": name, "callee": dotted(inner.value.func), "kwargs": kwargs})
                elif isinstance(inner, ast.Expr) and isinstance(inner.value, ast.BinOp) and isinstance(inner.value.op, ast.RShift):
                    left = inner.value.left
                    right = inner.value.right
                    upstream = [node.id for node in (left.elts if isinstance(left, ast.List) else [left])]
                    for name in upstream:
                        edges.append([variables.get(name, "?" + name), variables.get(right.id, "?" + right.id)])
                else:
                    toplevel_other.append("in with: " + type(inner).__name__)
        else:
            toplevel_other.append(type(statement).__name__)
    used = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            used.add(node.id)
    result.update({
        "imports": imports,
        "bindings": bindings,
        "dag": dag_kwargs,
        "groups": groups,
        "tasks": tasks,
        "edges": edges,
        "undefined": sorted(used - defined),
        "toplevel_other": toplevel_other,
    })
    if want_strings:
        result["strings"] = [node.value for node in ast.walk(tree)
                             if isinstance(node, ast.Constant) and isinstance(node.value, str)]
    return result


def main():
    args = sys.argv[1:]
    want_strings = "--strings" in args
    paths = [arg for arg in args if arg != "--strings"]
    if not paths:
        paths = [line.rstrip("\n") for line in sys.stdin if line.strip()]
    out = [inspect(path, want_strings) for path in paths]
    sys.stdout.write(json.dumps(out, ensure_ascii=True))


main()
