"""Entry point: load everything staged for one UTC day into that day's BigQuery partition.

    python3 -m weather_ingest.load --day 2024-01-01
"""
from __future__ import annotations

import argparse
import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from . import clients, settings
from .observations import load_job

ListNames = Callable[[str, str], list[str]]
RunJob = Callable[[dict[str, Any], str], dict[str, Any]]


def _real_list(bucket: str, prefix: str) -> list[str]:
    return clients.list_objects(clients.GoogleSession(), bucket, prefix)


def _real_run(job: dict[str, Any], location: str) -> dict[str, Any]:
    return clients.run_job(clients.GoogleSession(), job, location)


def main(argv: Sequence[str] | None = None, list_names: ListNames = _real_list, run_job: RunJob = _real_run) -> int:
    """Run the task; ``list_names`` and ``run_job`` are the network seams (tests pass fakes)."""
    parser = argparse.ArgumentParser(prog="weather_ingest.load", description=__doc__.splitlines()[0])
    parser.add_argument("--day", required=True, type=dt.date.fromisoformat, help="UTC day, YYYY-MM-DD")
    args = parser.parse_args(argv)

    project = settings.required("BQ_PROJECT", "the Google Cloud project of the BigQuery dataset")
    dataset = settings.required("BQ_DATASET", "the BigQuery dataset")
    table = settings.optional("BQ_TABLE", "observations")
    location = settings.optional("BQ_LOCATION", "US")
    bucket = settings.required("STAGING_BUCKET", "the bucket the fetch tasks staged rows in")
    prefix = f"{settings.optional('STAGING_PREFIX', 'weather').strip('/')}/dt={args.day.isoformat()}/"

    names = sorted(name for name in list_names(bucket, prefix) if name.endswith(".jsonl"))
    if not names:
        print(f"nothing staged under gs://{bucket}/{prefix}: partition {args.day} left as it is")
        return 0
    job_id = f"weather_ingest_{args.day:%Y%m%d}_{uuid.uuid4().hex[:12]}"
    job = load_job(project, dataset, table, args.day, [f"gs://{bucket}/{name}" for name in names], job_id)
    done = run_job(job, location)
    rows = done.get("statistics", {}).get("load", {}).get("outputRows", "?")
    print(f"{project}.{dataset}.{table} partition {args.day}: {rows} row(s) from {len(names)} file(s) (job {job_id})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
