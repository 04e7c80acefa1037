"""Entry point: clean one table's export of one day.

    python3 -m gcs_transform.clean --table orders --day 2024-01-01

Reads gs://$SOURCE_BUCKET/exports/DAY/TABLE.csv and writes, to $TARGET_BUCKET, the cleaned rows
(clean/TABLE/dt=DAY/part-000.jsonl), the rejected rows (rejects/...) and counts (stats/...).
Fails when more than $MAX_REJECT_RATIO of the rows are rejected: something upstream changed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Sequence
from typing import Protocol

from . import settings
from .cleaning import SchemaError, clean_csv, to_jsonl
from .paths import clean_name, export_name, rejects_name, stats_name
from .storage import Storage
from .tables import TABLES


class ReadWrite(Protocol):
    def read(self, bucket: str, name: str) -> bytes | None: ...

    def write(self, bucket: str, name: str, data: bytes, content_type: str) -> None: ...


def main(argv: Sequence[str] | None = None, storage: ReadWrite | None = None) -> int:
    """Run the task; ``storage`` is the network seam (tests pass a fake)."""
    parser = argparse.ArgumentParser(prog="gcs_transform.clean", description=__doc__.splitlines()[0])
    parser.add_argument("--table", required=True, choices=sorted(TABLES))
    parser.add_argument("--day", required=True, type=dt.date.fromisoformat, help="export day, YYYY-MM-DD")
    args = parser.parse_args(argv)
    table = TABLES[args.table]

    source = settings.required("SOURCE_BUCKET", "the bucket the exports land in (dag.yaml defaults.env)")
    target = settings.required("TARGET_BUCKET", "the bucket for cleaned data (dag.yaml defaults.env)")
    max_ratio = float(settings.optional("MAX_REJECT_RATIO", "0.05"))
    store = storage or Storage()

    raw = store.read(source, export_name(args.day, table.name))
    if raw is None:
        print(f"gs://{source}/{export_name(args.day, table.name)} does not exist")
        return 1
    try:
        result = clean_csv(raw.decode("utf-8-sig"), table)
    except (SchemaError, UnicodeDecodeError) as error:
        print(f"{table.name}: cannot clean this export: {error}")
        return 1

    store.write(target, clean_name(args.day, table.name), to_jsonl(result.rows), "application/x-ndjson")
    store.write(target, rejects_name(args.day, table.name), to_jsonl(result.rejects), "application/x-ndjson")
    stats = {"table": table.name, "day": args.day.isoformat(), **result.stats()}
    store.write(target, stats_name(args.day, table.name), json.dumps(stats, sort_keys=True).encode(), "application/json")
    print(f"{table.name} {args.day}: {stats['written']} row(s) written, {stats['rejected']} rejected, {stats['duplicates']} duplicate(s)")
    for reject in result.rejects[:10]:
        print(f"  line {reject['line']}: {reject['reason']}")

    ratio = len(result.rejects) / result.read if result.read else 0.0
    if ratio > max_ratio:
        print(f"{table.name}: {ratio:.1%} of the rows were rejected (more than MAX_REJECT_RATIO={max_ratio:.1%}); see gs://{target}/{rejects_name(args.day, table.name)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
