import sys
from pathlib import Path

import pytest

# The code under test is in src/ (the image sets PYTHONPATH=/app/src; pytest 6, this project's
# pin, has no `pythonpath` ini option), so `python3 -m pytest` works from a checkout too.
SRC = str(Path(__file__).resolve().parents[1] / "src")
if SRC not in sys.path:
    sys.path.insert(0, SRC)


class MemoryStorage:
    """An in-memory stand-in for gcs_transform.storage.Storage: a dict of (bucket, name) -> bytes."""

    def __init__(self, objects=None):
        self.objects = dict(objects or {})
        self.content_types = {}

    def read(self, bucket, name):
        return self.objects.get((bucket, name))

    def write(self, bucket, name, data, content_type):
        self.objects[(bucket, name)] = data
        self.content_types[(bucket, name)] = content_type

    def exists(self, bucket, name):
        return (bucket, name) in self.objects


@pytest.fixture
def storage():
    return MemoryStorage()


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("SOURCE_BUCKET", "acme-exports")
    monkeypatch.setenv("TARGET_BUCKET", "acme-lake")
    monkeypatch.setenv("MAX_REJECT_RATIO", "0.25")
    monkeypatch.delenv("ALERT_WEBHOOK_URL", raising=False)
