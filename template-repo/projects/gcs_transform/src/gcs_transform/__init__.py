"""Nightly CSV exports in Cloud Storage, cleaned into typed newline-delimited JSON."""
