"""Everything that talks to the network, behind small functions the tests replace.

Google APIs are called over plain HTTPS with an OAuth access token: from the environment
variable GOOGLE_OAUTH_ACCESS_TOKEN when set (local runs: ``gcloud auth print-access-token``),
otherwise from the metadata server, which on Composer's GKE cluster hands out the token of the
Kubernetes service account's Workload Identity.
"""
from __future__ import annotations

import datetime as dt
import os
import time
from typing import Any
from urllib.parse import quote

import requests

NWS_API = "https://api.weather.gov"
STORAGE_API = "https://storage.googleapis.com"
BIGQUERY_API = "https://bigquery.googleapis.com/bigquery/v2"
METADATA_TOKEN_URL = "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"
TIMEOUT = 30


class GoogleSession:
    """A requests session that sends a Google OAuth access token with every call."""

    def __init__(self, http: requests.Session | None = None, environ: dict[str, str] | None = None) -> None:
        self.http = http or requests.Session()
        self._environ = os.environ if environ is None else environ
        self._token: str | None = None
        self._expires = 0.0

    def token(self) -> str:
        explicit = self._environ.get("GOOGLE_OAUTH_ACCESS_TOKEN")
        if explicit:
            return explicit
        if self._token is None or time.monotonic() > self._expires - 60:
            response = self.http.get(METADATA_TOKEN_URL, headers={"Metadata-Flavor": "Google"}, timeout=TIMEOUT)
            response.raise_for_status()
            body = response.json()
            self._token = str(body["access_token"])
            self._expires = time.monotonic() + float(body.get("expires_in", 300))
        return self._token

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        headers = {**kwargs.pop("headers", {}), "Authorization": f"Bearer {self.token()}"}
        response = self.http.request(method, url, headers=headers, timeout=TIMEOUT, **kwargs)
        response.raise_for_status()
        return response


def fetch_observations(station: str, start: dt.datetime, end: dt.datetime, user_agent: str, http: requests.Session | None = None) -> Any:
    """The station's observations in [start, end) as the API's GeoJSON."""
    response = (http or requests.Session()).get(
        f"{NWS_API}/stations/{quote(station)}/observations",
        params={"start": start.isoformat(), "end": end.isoformat()},
        headers={"User-Agent": user_agent, "Accept": "application/geo+json"},
        timeout=TIMEOUT,
    )
    response.raise_for_status()
    return response.json()


def upload_object(session: GoogleSession, bucket: str, name: str, data: bytes, content_type: str) -> None:
    """Write one Cloud Storage object (replacing it), JSON API simple upload."""
    session.request(
        "POST",
        f"{STORAGE_API}/upload/storage/v1/b/{quote(bucket, safe='')}/o",
        params={"uploadType": "media", "name": name},
        data=data,
        headers={"Content-Type": content_type},
    )


def list_objects(session: GoogleSession, bucket: str, prefix: str) -> list[str]:
    """Names of the objects under ``prefix``, every page."""
    names: list[str] = []
    params: dict[str, str] = {"prefix": prefix, "fields": "items(name),nextPageToken"}
    while True:
        body = session.request("GET", f"{STORAGE_API}/storage/v1/b/{quote(bucket, safe='')}/o", params=params).json()
        names.extend(item["name"] for item in body.get("items", []))
        if not body.get("nextPageToken"):
            return names
        params["pageToken"] = body["nextPageToken"]


def run_job(session: GoogleSession, job: dict[str, Any], location: str, poll_seconds: float = 5.0) -> dict[str, Any]:
    """Insert a BigQuery job and wait for it; raise with BigQuery's message when it fails."""
    project = job["jobReference"]["projectId"]
    job = {**job, "jobReference": {**job["jobReference"], "location": location}}
    state = session.request("POST", f"{BIGQUERY_API}/projects/{quote(project)}/jobs", json=job).json()
    job_id = state["jobReference"]["jobId"]
    while state.get("status", {}).get("state") != "DONE":
        time.sleep(poll_seconds)
        state = session.request("GET", f"{BIGQUERY_API}/projects/{quote(project)}/jobs/{quote(job_id)}", params={"location": location}).json()
    error = state["status"].get("errorResult")
    if error:
        raise RuntimeError(f"BigQuery job {job_id} failed: {error.get('message', error)}")
    return state
