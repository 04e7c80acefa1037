"""The two entry points end to end, with the network seams replaced by in-memory fakes."""
import datetime as dt
import json

import pytest

from weather_ingest import clients, fetch, load
from weather_ingest.settings import MissingSetting


def test_fetch_asks_for_the_interval_and_stages_one_file_per_day(env, kjfk_payload, capsys):
    calls = []
    uploads = {}

    def fake_fetch(station, start, end, user_agent):
        calls.append((station, start, end, user_agent))
        return kjfk_payload

    def fake_upload(bucket, name, data):
        uploads[(bucket, name)] = data

    code = fetch.main(
        ["--station", "kjfk", "--start", "2024-01-01T23:15:00+00:00", "--end", "2024-01-02T00:15:00+00:00"],
        fetch=fake_fetch,
        upload=fake_upload,
    )
    assert code == 0
    assert calls == [("KJFK", dt.datetime(2024, 1, 1, 23, 15, tzinfo=dt.timezone.utc), dt.datetime(2024, 1, 2, 0, 15, tzinfo=dt.timezone.utc), env["WEATHER_API_USER_AGENT"])]
    assert sorted(uploads) == [
        ("acme-staging", "weather/dt=2024-01-01/KJFK-20240101T2315.jsonl"),
        ("acme-staging", "weather/dt=2024-01-02/KJFK-20240101T2315.jsonl"),
    ]
    day1 = [json.loads(line) for line in uploads[("acme-staging", "weather/dt=2024-01-01/KJFK-20240101T2315.jsonl")].splitlines()]
    assert [row["temperature_c"] for row in day1] == [5.6, 5.0]
    assert "2 observation(s) -> gs://acme-staging/weather/dt=2024-01-01/" in capsys.readouterr().out


def test_fetch_with_nothing_in_the_interval_uploads_nothing(env, kjfk_payload):
    uploads = []
    code = fetch.main(
        ["--station", "KJFK", "--start", "2023-06-01T00:00:00Z", "--end", "2023-06-01T01:00:00Z"],
        fetch=lambda *_: kjfk_payload,
        upload=lambda *args: uploads.append(args),
    )
    assert code == 0 and uploads == []


def test_fetch_refuses_a_backwards_interval(env):
    with pytest.raises(SystemExit) as exit_info:
        fetch.main(["--station", "KJFK", "--start", "2024-01-02T00:00:00Z", "--end", "2024-01-01T00:00:00Z"], fetch=lambda *_: {}, upload=lambda *_: None)
    assert exit_info.value.code == 2


def test_fetch_names_the_missing_secret(env, monkeypatch):
    monkeypatch.delenv("WEATHER_API_USER_AGENT")
    with pytest.raises(MissingSetting, match="WEATHER_API_USER_AGENT is not set"):
        fetch.main(["--station", "KJFK", "--start", "2024-01-01T00:00:00Z", "--end", "2024-01-01T01:00:00Z"], fetch=lambda *_: {}, upload=lambda *_: None)


def test_load_loads_every_staged_file_of_the_day_into_its_partition(env, capsys):
    listed = []
    jobs = []

    def fake_list(bucket, prefix):
        listed.append((bucket, prefix))
        return ["weather/dt=2024-01-02/KSFO-20240102T0015.jsonl", "weather/dt=2024-01-02/KJFK-20240101T2315.jsonl", "weather/dt=2024-01-02/_SUCCESS"]

    def fake_run(job, location):
        jobs.append((job, location))
        return {"status": {"state": "DONE"}, "statistics": {"load": {"outputRows": "7"}}}

    assert load.main(["--day", "2024-01-02"], list_names=fake_list, run_job=fake_run) == 0
    assert listed == [("acme-staging", "weather/dt=2024-01-02/")]
    (job, location), = jobs
    assert location == "EU"
    assert job["jobReference"]["jobId"].startswith("weather_ingest_20240102_")
    assert job["configuration"]["load"]["sourceUris"] == [
        "gs://acme-staging/weather/dt=2024-01-02/KJFK-20240101T2315.jsonl",
        "gs://acme-staging/weather/dt=2024-01-02/KSFO-20240102T0015.jsonl",
    ]
    assert "partition 2024-01-02: 7 row(s) from 2 file(s)" in capsys.readouterr().out


def test_load_with_nothing_staged_runs_no_job(env):
    jobs = []
    assert load.main(["--day", "2024-01-02"], list_names=lambda *_: [], run_job=lambda *a: jobs.append(a) or {}) == 0
    assert jobs == []


class FakeResponse:
    def __init__(self, body, status=200):
        self.body, self.status_code = body, status

    def json(self):
        return self.body

    def raise_for_status(self):
        if self.status_code >= 400:
            raise RuntimeError(f"HTTP {self.status_code}")


class FakeHttp:
    """Stands in for requests.Session; answers BigQuery's job API like the service does."""

    def __init__(self, answers):
        self.answers, self.sent = list(answers), []

    def request(self, method, url, **kwargs):
        self.sent.append((method, url, kwargs))
        return FakeResponse(self.answers.pop(0))

    def get(self, url, **kwargs):
        return self.request("GET", url, **kwargs)


def test_run_job_polls_until_done_and_raises_bigquery_errors():
    http = FakeHttp([
        {"jobReference": {"jobId": "j1"}, "status": {"state": "RUNNING"}},
        {"jobReference": {"jobId": "j1"}, "status": {"state": "DONE", "errorResult": {"message": "Not found: Dataset acme-data:raw_weather"}}},
    ])
    session = clients.GoogleSession(http=http, environ={"GOOGLE_OAUTH_ACCESS_TOKEN": "t0k"})
    with pytest.raises(RuntimeError, match="Not found: Dataset acme-data:raw_weather"):
        clients.run_job(session, {"jobReference": {"projectId": "acme-data", "jobId": "j1"}}, "EU", poll_seconds=0)
    (post, url, kwargs), (get, poll_url, poll_kwargs) = http.sent
    assert (post, url) == ("POST", "https://bigquery.googleapis.com/bigquery/v2/projects/acme-data/jobs")
    assert kwargs["json"]["jobReference"] == {"projectId": "acme-data", "jobId": "j1", "location": "EU"}
    assert kwargs["headers"]["Authorization"] == "Bearer t0k"
    assert (get, poll_url, poll_kwargs["params"]) == ("GET", "https://bigquery.googleapis.com/bigquery/v2/projects/acme-data/jobs/j1", {"location": "EU"})


def test_google_session_takes_the_token_from_the_metadata_server_once():
    http = FakeHttp([{"access_token": "from-metadata", "expires_in": 3599}, {"items": [{"name": "a.jsonl"}], "nextPageToken": "p2"}, {"items": [{"name": "b.jsonl"}]}])
    session = clients.GoogleSession(http=http, environ={})
    assert clients.list_objects(session, "acme-staging", "weather/") == ["a.jsonl", "b.jsonl"]
    token_call, page1, page2 = http.sent
    assert token_call[1] == clients.METADATA_TOKEN_URL and token_call[2]["headers"] == {"Metadata-Flavor": "Google"}
    assert page1[2]["headers"]["Authorization"] == "Bearer from-metadata"
    assert page2[2]["params"]["pageToken"] == "p2"
