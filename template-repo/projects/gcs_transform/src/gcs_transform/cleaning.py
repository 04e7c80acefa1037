"""Pure logic: one CSV export -> typed, de-duplicated rows plus the rejected rows and why.

Nothing here touches the network, so all of it is unit-tested (tests/test_cleaning.py).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from dateutil import parser as dateparser

from .tables import Column, Table

_TRUE = {"true", "t", "yes", "y", "1"}
_FALSE = {"false", "f", "no", "n", "0"}
_NULLS = {"", "null", "none", "n/a", "na", "-"}


class SchemaError(ValueError):
    """The export's header does not fit the table: nothing of it can be loaded."""


@dataclass
class Result:
    """What cleaning one export produced."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    rejects: list[dict[str, Any]] = field(default_factory=list)
    duplicates: int = 0
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def read(self) -> int:
        return len(self.rows) + len(self.rejects) + self.duplicates

    def stats(self) -> dict[str, Any]:
        """Counts for the report task."""
        return {
            "read": self.read,
            "written": len(self.rows),
            "rejected": len(self.rejects),
            "duplicates": self.duplicates,
            "ignored_columns": self.ignored_columns,
        }


def normalise_header(name: str) -> str:
    """`` Order Date`` / ``order-date`` / ``OrderDate`` -> ``order_date``."""
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name.strip().lstrip("\ufeff"))
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def parse_value(raw: str, column: Column, table: Table) -> Any:
    """One cell as the column's type; None for an empty cell. Raises ValueError with the reason."""
    text = raw.strip()
    if text.lower() in _NULLS:
        return None
    kind = column.type
    if kind == "string":
        return re.sub(r"\s+", " ", text)
    if kind == "int":
        digits = text.replace(",", "").replace("_", "")
        if not re.fullmatch(r"[+-]?\d+", digits):
            raise ValueError(f"not a whole number: {raw!r}")
        return int(digits)
    if kind == "decimal":
        cleaned = re.sub(r"^[$€£]|[$€£]$", "", text.replace(",", "").replace(" ", ""))
        negative = cleaned.startswith("(") and cleaned.endswith(")")
        try:
            value = Decimal(cleaned.strip("()"))
        except InvalidOperation:
            raise ValueError(f"not a number: {raw!r}") from None
        if not value.is_finite():
            raise ValueError(f"not a number: {raw!r}")
        return str(-value if negative else value)
    if kind == "bool":
        if text.lower() in _TRUE:
            return True
        if text.lower() in _FALSE:
            return False
        raise ValueError(f"not a yes/no value: {raw!r}")
    if kind in ("date", "timestamp"):
        try:
            parsed = dateparser.parse(text, dayfirst=table.day_first)
        except (ValueError, OverflowError):
            raise ValueError(f"not a {kind}: {raw!r}") from None
        if kind == "date":
            return parsed.date().isoformat()
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=ZoneInfo(table.timezone))
        return parsed.astimezone(dt.timezone.utc).isoformat().replace("+00:00", "Z")
    raise ValueError(f"column {column.name} has unknown type {kind!r}")


def _column_map(header: Iterable[str], table: Table) -> tuple[dict[int, Column], list[str]]:
    by_name: dict[str, Column] = {}
    for column in table.columns:
        for spelling in (column.name, *column.aliases):
            by_name[normalise_header(spelling)] = column
    mapping: dict[int, Column] = {}
    ignored: list[str] = []
    for index, name in enumerate(header):
        column = by_name.get(normalise_header(name))
        if column is None:
            ignored.append(name.strip())
        elif column in mapping.values():
            raise SchemaError(f"{table.name}: column {column.name} appears twice in the header")
        else:
            mapping[index] = column
    missing = [column.name for column in table.columns if column.required and column not in mapping.values()]
    if missing:
        raise SchemaError(f"{table.name}: the header lacks required column(s) {', '.join(missing)} (header: {', '.join(header)})")
    return mapping, ignored


def clean_csv(text: str, table: Table) -> Result:
    """Clean one export: type every cell, reject rows that cannot be loaded, keep the last row per key."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    header = next(reader, None)
    if header is None:
        raise SchemaError(f"{table.name}: the export is empty (not even a header)")
    mapping, ignored = _column_map(header, table)
    result = Result(ignored_columns=ignored)
    by_key: dict[tuple[Any, ...], dict[str, Any]] = {}
    for line, record in enumerate(reader, start=2):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            result.rejects.append({"line": line, "reason": f"{len(record)} fields, the header has {len(header)}", "raw": record})
            continue
        row: dict[str, Any] = {column.name: None for column in table.columns}
        problems: list[str] = []
        for index, column in mapping.items():
            try:
                row[column.name] = parse_value(record[index], column, table)
            except ValueError as error:
                problems.append(f"{column.name}: {error}")
        problems += [f"{column.name}: required" for column in table.columns if column.required and row[column.name] is None and not any(p.startswith(f"{column.name}:") for p in problems)]
        if problems:
            result.rejects.append({"line": line, "reason": "; ".join(problems), "raw": record})
            continue
        key = tuple(row[name] for name in table.key)
        if key in by_key:
            result.duplicates += 1
        by_key[key] = row
    result.rows = [by_key[key] for key in sorted(by_key, key=lambda k: tuple((isinstance(v, str), v) for v in k))]
    return result


def to_jsonl(rows: Iterable[Mapping[str, Any]]) -> bytes:
    """Newline-delimited JSON (BigQuery's NEWLINE_DELIMITED_JSON), keys sorted: same input, same bytes."""
    return "".join(json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n" for row in rows).encode()
