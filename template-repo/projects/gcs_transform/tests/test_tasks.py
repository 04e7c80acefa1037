"""The three entry points end to end, with Cloud Storage and the webhook replaced by in-memory fakes."""
import json

import pytest
import requests

from gcs_transform import check_inputs, clean, report
from gcs_transform.storage import Storage

CUSTOMERS_CSV = b"id,Email,Country,Signed Up,Opt-In\n7,ann@example.com,DE,03/04/2024,yes\n8,,FR,01/01/2024,no\n7,ann@example.org,DE,03/04/2024,no\n"


def test_check_inputs_fails_until_every_export_is_there(env, storage, capsys):
    storage.write("acme-exports", "exports/2024-01-02/orders.csv", b"", "text/csv")
    assert check_inputs.main(["--day", "2024-01-02", "--tables", "orders,customers"], storage=storage) == 1
    assert "exports/2024-01-02/customers.csv" in capsys.readouterr().out
    storage.write("acme-exports", "exports/2024-01-02/customers.csv", b"", "text/csv")
    assert check_inputs.main(["--day", "2024-01-02", "--tables", "orders,customers"], storage=storage) == 0


def test_check_inputs_refuses_an_unknown_table(env, storage):
    with pytest.raises(SystemExit) as exit_info:
        check_inputs.main(["--day", "2024-01-02", "--tables", "orders,invoices"], storage=storage)
    assert exit_info.value.code == 2


def test_clean_writes_rows_rejects_and_stats(env, storage):
    storage.write("acme-exports", "exports/2024-01-02/customers.csv", CUSTOMERS_CSV, "text/csv")
    # One of three rows rejected is above the 25% allowed here: the task fails, after writing everything.
    assert clean.main(["--table", "customers", "--day", "2024-01-02"], storage=storage) == 1
    rows = [json.loads(line) for line in storage.objects[("acme-lake", "clean/customers/dt=2024-01-02/part-000.jsonl")].splitlines()]
    assert rows == [{"customer_id": 7, "email": "ann@example.org", "country": "DE", "signup_date": "2024-04-03", "marketing_opt_in": False}]
    rejects = [json.loads(line) for line in storage.objects[("acme-lake", "rejects/customers/dt=2024-01-02/rejects.jsonl")].splitlines()]
    assert [(reject["line"], reject["reason"]) for reject in rejects] == [(3, "email: required")]
    stats = json.loads(storage.objects[("acme-lake", "stats/dt=2024-01-02/customers.json")])
    assert stats == {"table": "customers", "day": "2024-01-02", "read": 3, "written": 1, "rejected": 1, "duplicates": 1, "ignored_columns": []}
    assert storage.content_types[("acme-lake", "clean/customers/dt=2024-01-02/part-000.jsonl")] == "application/x-ndjson"


def test_clean_passes_within_the_reject_ratio(env, storage, monkeypatch):
    monkeypatch.setenv("MAX_REJECT_RATIO", "0.5")
    storage.write("acme-exports", "exports/2024-01-02/customers.csv", CUSTOMERS_CSV, "text/csv")
    assert clean.main(["--table", "customers", "--day", "2024-01-02"], storage=storage) == 0


def test_clean_fails_clearly_on_a_missing_export_or_a_broken_header(env, storage, capsys):
    assert clean.main(["--table", "refunds", "--day", "2024-01-02"], storage=storage) == 1
    assert "exports/2024-01-02/refunds.csv does not exist" in capsys.readouterr().out
    storage.write("acme-exports", "exports/2024-01-02/refunds.csv", b"refund_id,amount\n1,2\n", "text/csv")
    assert clean.main(["--table", "refunds", "--day", "2024-01-02"], storage=storage) == 1
    assert "lacks required column(s) order_id, refunded_at" in capsys.readouterr().out
    assert ("acme-lake", "clean/refunds/dt=2024-01-02/part-000.jsonl") not in storage.objects


def test_report_alerts_on_a_missing_result(env, storage, monkeypatch, capsys):
    monkeypatch.setenv("ALERT_WEBHOOK_URL", "https://hooks.example.com/T0/B0")
    storage.write("acme-lake", "stats/dt=2024-01-02/orders.json", json.dumps({"read": 5, "written": 4, "rejected": 1, "duplicates": 0}).encode(), "application/json")
    storage.write("acme-lake", "stats/dt=2024-01-02/customers.json", json.dumps({"read": 2, "written": 2, "rejected": 0, "duplicates": 0}).encode(), "application/json")
    sent = []
    assert report.main(["--day", "2024-01-02"], storage=storage, notify=lambda url, text: sent.append((url, text))) == 1
    (url, text), = sent
    assert url == "https://hooks.example.com/T0/B0"
    assert text.splitlines() == [
        "gcs_transform 2024-01-02",
        "- customers: 2 written, 0 rejected, 0 duplicate(s) of 2 read",
        "- orders: 4 written, 1 rejected, 0 duplicate(s) of 5 read",
        "- refunds: NO RESULT (the clean task failed or did not run)",
    ]


def test_report_is_quiet_when_all_is_well(env, storage):
    for table in ("orders", "customers", "refunds"):
        storage.write("acme-lake", f"stats/dt=2024-01-02/{table}.json", json.dumps({"read": 1, "written": 1, "rejected": 0, "duplicates": 0}).encode(), "application/json")
    sent = []
    assert report.main(["--day", "2024-01-02"], storage=storage, notify=lambda *args: sent.append(args)) == 0
    assert sent == []


class FakeResponse:
    def __init__(self, status, content=b""):
        self.status_code, self.content = status, content

    def raise_for_status(self):
        if self.status_code >= 400:
            raise requests.HTTPError(f"{self.status_code}", response=self)


class FakeHttp:
    def __init__(self, *responses):
        self.responses, self.sent = list(responses), []

    def request(self, method, url, **kwargs):
        self.sent.append((method, url, kwargs))
        return self.responses.pop(0)


def test_storage_speaks_the_json_api_and_maps_404_to_none():
    http = FakeHttp(FakeResponse(200, b"a,b\n"), FakeResponse(404), FakeResponse(200))
    store = Storage(http=http, environ={"GOOGLE_OAUTH_ACCESS_TOKEN": "t0k"})
    assert store.read("acme-exports", "exports/2024-01-02/orders.csv") == b"a,b\n"
    assert store.read("acme-exports", "exports/missing.csv") is None
    store.write("acme-lake", "clean/orders/dt=2024-01-02/part-000.jsonl", b"{}\n", "application/x-ndjson")
    (method, url, kwargs), _, (post, upload_url, upload) = http.sent
    assert (method, url) == ("GET", "https://storage.googleapis.com/storage/v1/b/acme-exports/o/exports%2F2024-01-02%2Forders.csv")
    assert kwargs["params"] == {"alt": "media"} and kwargs["headers"]["Authorization"] == "Bearer t0k"
    assert (post, upload_url) == ("POST", "https://storage.googleapis.com/upload/storage/v1/b/acme-lake/o")
    assert upload["params"] == {"uploadType": "media", "name": "clean/orders/dt=2024-01-02/part-000.jsonl"}


def test_storage_talks_to_an_emulator_without_credentials():
    http = FakeHttp(FakeResponse(200))
    Storage(http=http, environ={"STORAGE_EMULATOR_HOST": "http://127.0.0.1:9199/"}).write("b", "o", b"x", "text/plain")
    (_, url, kwargs), = http.sent
    assert url == "http://127.0.0.1:9199/upload/storage/v1/b/b/o" and "Authorization" not in kwargs["headers"]
