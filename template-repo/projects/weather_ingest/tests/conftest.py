import json
import pathlib

import pytest

FIXTURES = pathlib.Path(__file__).parent / "fixtures"


@pytest.fixture
def kjfk_payload():
    """A recorded-shape answer of GET /stations/KJFK/observations (newest first, as the API sends)."""
    return json.loads((FIXTURES / "kjfk_observations.json").read_text())


@pytest.fixture
def env(monkeypatch):
    """The environment dag.yaml gives the tasks."""
    values = {
        "STAGING_BUCKET": "acme-staging",
        "STAGING_PREFIX": "weather",
        "WEATHER_API_USER_AGENT": "acme-weather (data-eng@example.com)",
        "BQ_PROJECT": "acme-data",
        "BQ_DATASET": "raw_weather",
        "BQ_TABLE": "observations",
        "BQ_LOCATION": "EU",
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return values
