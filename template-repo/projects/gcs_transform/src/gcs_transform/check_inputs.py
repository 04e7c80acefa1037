"""Entry point: fail (so Airflow retries later) until every export of the day has arrived.

    python3 -m gcs_transform.check_inputs --day 2024-01-01 --tables orders,customers,refunds
"""
from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from . import settings
from .paths import export_name
from .storage import Storage
from .tables import TABLES


class Exists(Protocol):
    def exists(self, bucket: str, name: str) -> bool: ...


def main(argv: Sequence[str] | None = None, storage: Exists | None = None) -> int:
    """Run the task; ``storage`` is the network seam (tests pass a fake)."""
    parser = argparse.ArgumentParser(prog="gcs_transform.check_inputs", description=__doc__.splitlines()[0])
    parser.add_argument("--day", required=True, type=dt.date.fromisoformat, help="export day, YYYY-MM-DD")
    parser.add_argument("--tables", default=",".join(TABLES), help="comma-separated tables (default: all)")
    args = parser.parse_args(argv)
    tables = [name.strip() for name in args.tables.split(",") if name.strip()]
    unknown = [name for name in tables if name not in TABLES]
    if unknown:
        parser.error(f"unknown table(s) {', '.join(unknown)}; known: {', '.join(TABLES)}")

    bucket = settings.required("SOURCE_BUCKET", "the bucket the exports land in (dag.yaml defaults.env)")
    store = storage or Storage()
    missing = [export_name(args.day, name) for name in tables if not store.exists(bucket, export_name(args.day, name))]
    if missing:
        print(f"not there yet in gs://{bucket}: {', '.join(missing)}")
        return 1
    print(f"all {len(tables)} export(s) of {args.day} are in gs://{bucket}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
