import pytest


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
