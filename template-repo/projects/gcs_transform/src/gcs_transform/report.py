"""Entry point: summarise the day's clean tasks, and tell the team when one failed.

    python3 -m gcs_transform.report --day 2024-01-01

Runs after every clean task, successful or not (trigger_rule all_done in dag.yaml). Posts the
summary to $ALERT_WEBHOOK_URL when a table has no result or rejected rows, and exits 1 when a
table has no result, so the run shows as failed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from . import settings
from .paths import stats_name
from .storage import Storage, post_message
from .tables import TABLES


class Reader(Protocol):
    def read(self, bucket: str, name: str) -> bytes | None: ...


def summarise(day: dt.date, stats: dict[str, dict[str, Any] | None]) -> tuple[str, bool]:
    """The report text, and whether it needs attention."""
    lines = [f"gcs_transform {day.isoformat()}"]
    attention = False
    for table, counts in sorted(stats.items()):
        if counts is None:
            attention = True
            lines.append(f"- {table}: NO RESULT (the clean task failed or did not run)")
            continue
        if counts["rejected"]:
            attention = True
        lines.append(f"- {table}: {counts['written']} written, {counts['rejected']} rejected, {counts['duplicates']} duplicate(s) of {counts['read']} read")
    return "\n".join(lines), attention


def main(argv: Sequence[str] | None = None, storage: Reader | None = None, notify: Callable[[str, str], None] = post_message) -> int:
    """Run the task; ``storage`` and ``notify`` are the network seams (tests pass fakes)."""
    parser = argparse.ArgumentParser(prog="gcs_transform.report", description=__doc__.splitlines()[0])
    parser.add_argument("--day", required=True, type=dt.date.fromisoformat, help="export day, YYYY-MM-DD")
    args = parser.parse_args(argv)

    target = settings.required("TARGET_BUCKET", "the bucket for cleaned data (dag.yaml defaults.env)")
    webhook = settings.optional("ALERT_WEBHOOK_URL", "")
    store = storage or Storage()
    stats: dict[str, dict[str, Any] | None] = {}
    for table in TABLES:
        raw = store.read(target, stats_name(args.day, table))
        stats[table] = json.loads(raw) if raw is not None else None

    text, attention = summarise(args.day, stats)
    print(text)
    if attention and webhook:
        notify(webhook, text)
    return 1 if attention and any(counts is None for counts in stats.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
