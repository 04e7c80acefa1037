"""Where things live in the buckets; one place, so the three tasks agree."""
from __future__ import annotations

import datetime as dt


def export_name(day: dt.date, table: str) -> str:
    """The upstream system's nightly export."""
    return f"exports/{day.isoformat()}/{table}.csv"


def clean_name(day: dt.date, table: str) -> str:
    """Cleaned rows, one Hive-style partition per day (BigQuery external tables read it as is)."""
    return f"clean/{table}/dt={day.isoformat()}/part-000.jsonl"


def rejects_name(day: dt.date, table: str) -> str:
    """Rows that could not be cleaned, with line numbers and reasons."""
    return f"rejects/{table}/dt={day.isoformat()}/rejects.jsonl"


def stats_name(day: dt.date, table: str) -> str:
    """Counts of one clean task, read by the report task."""
    return f"stats/dt={day.isoformat()}/{table}.json"
