import datetime as dt
import json

import pytest

from weather_ingest.observations import (
    PayloadError,
    load_job,
    parse_instant,
    parse_observations,
    quantity,
    rows_by_day,
    staging_name,
    to_jsonl,
)

UTC = dt.timezone.utc
START = dt.datetime(2024, 1, 1, 23, 15, tzinfo=UTC)
END = dt.datetime(2024, 1, 2, 0, 15, tzinfo=UTC)


def test_parse_instant_accepts_z_and_offsets_and_normalises_to_utc():
    assert parse_instant("2024-01-01T23:51:00Z") == dt.datetime(2024, 1, 1, 23, 51, tzinfo=UTC)
    assert parse_instant("2024-01-02T00:51:00+01:00") == dt.datetime(2024, 1, 1, 23, 51, tzinfo=UTC)
    with pytest.raises(ValueError, match="no UTC offset"):
        parse_instant("2024-01-01T23:51:00")


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        ({"unitCode": "wmoUnit:degF", "value": 212}, "degC", 100.0),
        ({"unitCode": "wmoUnit:degF", "value": 41}, "degC", 5.0),
        ({"unitCode": "wmoUnit:m_s-1", "value": 5}, "km_h", 18.0),
        ({"unitCode": "wmoUnit:Pa", "value": 101325}, "hPa", 1013.25),
        ({"unitCode": "wmoUnit:percent", "value": 64.5312}, "percent", 64.53),
        ({"unitCode": "wmoUnit:degC", "value": None}, "degC", None),
        ({"unitCode": "wmoUnit:degC", "value": 5, "qualityControl": "X"}, "degC", None),
        (None, "degC", None),
    ],
)
def test_quantity_converts_units_and_drops_missing_or_rejected_values(value, unit, expected):
    assert quantity(value, unit) == expected


def test_quantity_refuses_a_unit_it_cannot_convert():
    with pytest.raises(PayloadError, match="unexpected unit 'wmoUnit:K'"):
        quantity({"unitCode": "wmoUnit:K", "value": 280}, "degC")


def test_parse_observations_keeps_the_interval_once_per_instant_oldest_first(kjfk_payload):
    rows = parse_observations(kjfk_payload, "KJFK", START, END)
    assert [row["observed_at"] for row in rows] == ["2024-01-01T23:15:00Z", "2024-01-01T23:51:00Z", "2024-01-02T00:05:00Z"]
    first, second, third = rows
    assert first["description"] is None and first["temperature_c"] == 5.6 and first["wind_speed_kmh"] is None
    # 41 degF -> 5 degC; 5 m/s -> 18 km/h; QC-rejected pressure and missing dewpoint -> null.
    assert second == {
        "station": "KJFK",
        "observed_at": "2024-01-01T23:51:00Z",
        "temperature_c": 5.0,
        "dewpoint_c": None,
        "relative_humidity_pct": 61.2,
        "wind_speed_kmh": 18.0,
        "wind_direction_deg": 300.0,
        "pressure_hpa": None,
        "description": "Mostly Cloudy",
    }
    assert third["pressure_hpa"] == 1016.6 and third["relative_humidity_pct"] == 64.53


def test_parse_observations_rejects_a_payload_that_is_not_a_collection():
    with pytest.raises(PayloadError, match="FeatureCollection"):
        parse_observations({"title": "Not Found", "status": 404}, "KJFK", START, END)
    with pytest.raises(PayloadError, match="timestamp"):
        parse_observations({"features": [{"properties": {}}]}, "KJFK", START, END)


def test_rows_split_by_utc_day_and_serialise_as_sorted_jsonl(kjfk_payload):
    days = rows_by_day(parse_observations(kjfk_payload, "KJFK", START, END))
    assert {day: len(rows) for day, rows in days.items()} == {dt.date(2024, 1, 1): 2, dt.date(2024, 1, 2): 1}
    lines = to_jsonl(days[dt.date(2024, 1, 2)]).decode().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith('{"description":"Cloudy","dewpoint_c":-2.2,')
    assert json.loads(lines[0])["observed_at"] == "2024-01-02T00:05:00Z"


def test_staging_name_is_per_day_station_and_interval():
    assert staging_name("/weather/", dt.date(2024, 1, 2), "KJFK", START) == "weather/dt=2024-01-02/KJFK-20240101T2315.jsonl"


def test_load_job_rewrites_exactly_one_day_partition():
    job = load_job("acme-data", "raw_weather", "observations", dt.date(2024, 1, 2), ["gs://b/weather/dt=2024-01-02/KSFO.jsonl", "gs://b/weather/dt=2024-01-02/KJFK.jsonl"], "job-1")
    load = job["configuration"]["load"]
    assert load["destinationTable"] == {"projectId": "acme-data", "datasetId": "raw_weather", "tableId": "observations$20240102"}
    assert load["writeDisposition"] == "WRITE_TRUNCATE"
    assert load["timePartitioning"] == {"type": "DAY", "field": "observed_at"}
    assert load["sourceUris"] == ["gs://b/weather/dt=2024-01-02/KJFK.jsonl", "gs://b/weather/dt=2024-01-02/KSFO.jsonl"]
    assert [field["name"] for field in load["schema"]["fields"]][:2] == ["station", "observed_at"]
    with pytest.raises(ValueError, match="at least one source"):
        load_job("p", "d", "t", dt.date(2024, 1, 2), [], "job-2")
