"""Everything that talks to the network, behind small functions the tests replace.

Cloud Storage is called through its JSON API with an OAuth access token: from the environment
variable GOOGLE_OAUTH_ACCESS_TOKEN when set (local runs: ``gcloud auth print-access-token``),
otherwise from the metadata server, which on Composer's GKE cluster hands out the token of the
Kubernetes service account's Workload Identity. STORAGE_EMULATOR_HOST points it at an emulator.
"""
from __future__ import annotations

import os
import time
from typing import Any
from urllib.parse import quote

import requests

METADATA_TOKEN_URL = "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"
TIMEOUT = 60


class Storage:
    """The few Cloud Storage calls the tasks make."""

    def __init__(self, http: requests.Session | None = None, environ: dict[str, str] | None = None) -> None:
        self.http = http or requests.Session()
        self.environ = os.environ if environ is None else environ
        self.api = self.environ.get("STORAGE_EMULATOR_HOST", "").rstrip("/") or "https://storage.googleapis.com"
        self._token: str | None = None
        self._expires = 0.0

    def _auth(self) -> dict[str, str]:
        if "STORAGE_EMULATOR_HOST" in self.environ:
            return {}
        explicit = self.environ.get("GOOGLE_OAUTH_ACCESS_TOKEN")
        if explicit:
            return {"Authorization": f"Bearer {explicit}"}
        if self._token is None or time.monotonic() > self._expires - 60:
            response = self.http.get(METADATA_TOKEN_URL, headers={"Metadata-Flavor": "Google"}, timeout=TIMEOUT)
            response.raise_for_status()
            body = response.json()
            self._token = str(body["access_token"])
            self._expires = time.monotonic() + float(body.get("expires_in", 300))
        return {"Authorization": f"Bearer {self._token}"}

    def _call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {**kwargs.pop("headers", {}), **self._auth()}
        response = self.http.request(method, f"{self.api}{path}", headers=headers, timeout=TIMEOUT, **kwargs)
        response.raise_for_status()
        return response

    def read(self, bucket: str, name: str) -> bytes | None:
        """An object's bytes; None when it does not exist."""
        try:
            return self._call("GET", f"/storage/v1/b/{quote(bucket, safe='')}/o/{quote(name, safe='')}", params={"alt": "media"}).content
        except requests.HTTPError as error:
            if error.response is not None and error.response.status_code == 404:
                return None
            raise

    def write(self, bucket: str, name: str, data: bytes, content_type: str) -> None:
        """Create or replace an object."""
        self._call(
            "POST",
            f"/upload/storage/v1/b/{quote(bucket, safe='')}/o",
            params={"uploadType": "media", "name": name},
            data=data,
            headers={"Content-Type": content_type},
        )

    def exists(self, bucket: str, name: str) -> bool:
        """Whether the object exists (metadata only, no download)."""
        try:
            self._call("GET", f"/storage/v1/b/{quote(bucket, safe='')}/o/{quote(name, safe='')}", params={"fields": "name"})
            return True
        except requests.HTTPError as error:
            if error.response is not None and error.response.status_code == 404:
                return False
            raise


def post_message(url: str, text: str) -> None:
    """Post a chat message to an incoming webhook (Slack and Google Chat accept {"text": ...})."""
    response = requests.post(url, json={"text": text}, timeout=TIMEOUT)
    response.raise_for_status()
