"""Pure logic: the National Weather Service's observation GeoJSON -> BigQuery rows.

Nothing here touches the network, so all of it is unit-tested (tests/test_observations.py).
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

# The BigQuery table's schema; the load job creates the table with it on first use.
SCHEMA: list[dict[str, str]] = [
    {"name": "station", "type": "STRING", "mode": "REQUIRED"},
    {"name": "observed_at", "type": "TIMESTAMP", "mode": "REQUIRED"},
    {"name": "temperature_c", "type": "FLOAT", "mode": "NULLABLE"},
    {"name": "dewpoint_c", "type": "FLOAT", "mode": "NULLABLE"},
    {"name": "relative_humidity_pct", "type": "FLOAT", "mode": "NULLABLE"},
    {"name": "wind_speed_kmh", "type": "FLOAT", "mode": "NULLABLE"},
    {"name": "wind_direction_deg", "type": "FLOAT", "mode": "NULLABLE"},
    {"name": "pressure_hpa", "type": "FLOAT", "mode": "NULLABLE"},
    {"name": "description", "type": "STRING", "mode": "NULLABLE"},
]

# (API unit code, the unit we store) -> conversion. An unknown unit is an error, never a guess.
_CONVERSIONS: dict[tuple[str, str], Callable[[float], float]] = {
    ("wmoUnit:degC", "degC"): lambda v: v,
    ("wmoUnit:degF", "degC"): lambda v: (v - 32.0) * 5.0 / 9.0,
    ("wmoUnit:km_h-1", "km_h"): lambda v: v,
    ("wmoUnit:m_s-1", "km_h"): lambda v: v * 3.6,
    ("wmoUnit:Pa", "hPa"): lambda v: v / 100.0,
    ("wmoUnit:percent", "percent"): lambda v: v,
    ("wmoUnit:degree_(angle)", "degree"): lambda v: v,
}

# qualityControl flags of the MADIS quality checks that mark a value as wrong.
_REJECTED_QC = {"X", "Q", "B"}

# property in the API -> (column, unit we store)
_FIELDS: dict[str, tuple[str, str]] = {
    "temperature": ("temperature_c", "degC"),
    "dewpoint": ("dewpoint_c", "degC"),
    "relativeHumidity": ("relative_humidity_pct", "percent"),
    "windSpeed": ("wind_speed_kmh", "km_h"),
    "windDirection": ("wind_direction_deg", "degree"),
    "barometricPressure": ("pressure_hpa", "hPa"),
}


class PayloadError(ValueError):
    """The API answered with something that is not an observation collection."""


def parse_instant(text: str) -> dt.datetime:
    """An ISO 8601 instant with an offset (``...Z`` or ``...+00:00``) as an aware UTC datetime."""
    value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        raise ValueError(f"{text!r} has no UTC offset; pass e.g. 2024-01-01T05:15:00+00:00")
    return value.astimezone(dt.timezone.utc)


def quantity(value: Any, unit: str) -> float | None:
    """One ``{"unitCode": ..., "value": ...}`` measurement in ``unit``; None when missing or rejected by QC."""
    if not isinstance(value, Mapping) or value.get("value") is None:
        return None
    if value.get("qualityControl") in _REJECTED_QC:
        return None
    code = str(value.get("unitCode", ""))
    convert = _CONVERSIONS.get((code, unit))
    if convert is None:
        raise PayloadError(f"unexpected unit {code!r} (expected one convertible to {unit})")
    return round(convert(float(value["value"])), 2)


def parse_observations(payload: Any, station: str, start: dt.datetime, end: dt.datetime) -> list[dict[str, Any]]:
    """The observations of ``station`` in [start, end), oldest first, one row per instant."""
    if not isinstance(payload, Mapping) or not isinstance(payload.get("features"), list):
        raise PayloadError("expected a GeoJSON FeatureCollection with a 'features' list")
    rows: dict[dt.datetime, dict[str, Any]] = {}
    for feature in payload["features"]:
        props = feature.get("properties") if isinstance(feature, Mapping) else None
        if not isinstance(props, Mapping) or not props.get("timestamp"):
            raise PayloadError("an observation without properties.timestamp")
        observed_at = parse_instant(str(props["timestamp"]))
        if not start <= observed_at < end or observed_at in rows:
            continue
        row: dict[str, Any] = {"station": station, "observed_at": observed_at.isoformat().replace("+00:00", "Z")}
        for prop, (column, unit) in _FIELDS.items():
            row[column] = quantity(props.get(prop), unit)
        description = props.get("textDescription")
        row["description"] = (description.strip() or None) if isinstance(description, str) else None
        rows[observed_at] = row
    return [rows[key] for key in sorted(rows)]


def rows_by_day(rows: Iterable[Mapping[str, Any]]) -> dict[dt.date, list[Mapping[str, Any]]]:
    """Rows grouped by the UTC day of ``observed_at``: each group goes to its own day partition."""
    days: dict[dt.date, list[Mapping[str, Any]]] = {}
    for row in rows:
        days.setdefault(parse_instant(str(row["observed_at"])).date(), []).append(row)
    return days


def staging_name(prefix: str, day: dt.date, station: str, start: dt.datetime) -> str:
    """Object name of one fetch's rows of one day; a retried fetch overwrites its own object."""
    return f"{prefix.strip('/')}/dt={day.isoformat()}/{station}-{start:%Y%m%dT%H%M}.jsonl"


def to_jsonl(rows: Iterable[Mapping[str, Any]]) -> bytes:
    """Newline-delimited JSON, BigQuery's NEWLINE_DELIMITED_JSON source format."""
    return "".join(json.dumps(row, sort_keys=True, separators=(",", ":")) + "\n" for row in rows).encode()


def load_job(project: str, dataset: str, table: str, day: dt.date, source_uris: list[str], job_id: str) -> dict[str, Any]:
    """A BigQuery load job that replaces the day's partition with everything staged for that day.

    Re-running it (a retry, a backfill, the next hour's run) gives the same partition: loads are
    idempotent because the whole day is rewritten from the staged files.
    """
    if not source_uris:
        raise ValueError("a load job needs at least one source URI")
    return {
        "jobReference": {"projectId": project, "jobId": job_id},
        "configuration": {
            "load": {
                "sourceUris": sorted(source_uris),
                "sourceFormat": "NEWLINE_DELIMITED_JSON",
                "destinationTable": {"projectId": project, "datasetId": dataset, "tableId": f"{table}${day:%Y%m%d}"},
                "schema": {"fields": SCHEMA},
                "timePartitioning": {"type": "DAY", "field": "observed_at"},
                "writeDisposition": "WRITE_TRUNCATE",
                "createDisposition": "CREATE_IF_NEEDED",
            }
        },
    }
