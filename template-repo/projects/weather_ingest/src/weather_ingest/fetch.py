"""Entry point: fetch one station's observations for one schedule interval and stage them.

    python3 -m weather_ingest.fetch --station KJFK --start 2024-01-01T05:15:00+00:00 --end 2024-01-01T06:15:00+00:00

Writes one newline-delimited JSON object per UTC day to
gs://$STAGING_BUCKET/$STAGING_PREFIX/dt=DAY/STATION-START.jsonl; the load task picks them up.
"""
from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from . import clients, settings
from .observations import parse_instant, parse_observations, rows_by_day, staging_name, to_jsonl

Fetch = Callable[[str, dt.datetime, dt.datetime, str], Any]
Upload = Callable[[str, str, bytes], None]


def _real_upload(bucket: str, name: str, data: bytes) -> None:
    clients.upload_object(clients.GoogleSession(), bucket, name, data, "application/x-ndjson")


def main(argv: Sequence[str] | None = None, fetch: Fetch = clients.fetch_observations, upload: Upload = _real_upload) -> int:
    """Run the task; ``fetch`` and ``upload`` are the network seams (tests pass fakes)."""
    parser = argparse.ArgumentParser(prog="weather_ingest.fetch", description=__doc__.splitlines()[0])
    parser.add_argument("--station", required=True, help="NWS station id, e.g. KJFK")
    parser.add_argument("--start", required=True, type=parse_instant, help="interval start, ISO 8601 with offset")
    parser.add_argument("--end", required=True, type=parse_instant, help="interval end (exclusive)")
    args = parser.parse_args(argv)
    if args.end <= args.start:
        parser.error(f"--end ({args.end.isoformat()}) must be after --start ({args.start.isoformat()})")
    station = args.station.strip().upper()

    bucket = settings.required("STAGING_BUCKET", "the bucket for staged rows (dag.yaml defaults.env)")
    prefix = settings.optional("STAGING_PREFIX", "weather")
    user_agent = settings.required("WEATHER_API_USER_AGENT", "the API asks for an app name and contact (a Kubernetes secret in dag.yaml)")

    rows = parse_observations(fetch(station, args.start, args.end, user_agent), station, args.start, args.end)
    if not rows:
        print(f"{station}: no observations between {args.start.isoformat()} and {args.end.isoformat()}")
        return 0
    for day, day_rows in sorted(rows_by_day(rows).items()):
        name = staging_name(prefix, day, station, args.start)
        upload(bucket, name, to_jsonl(day_rows))
        print(f"{station}: {len(day_rows)} observation(s) -> gs://{bucket}/{name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
