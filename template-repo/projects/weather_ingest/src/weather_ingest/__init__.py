"""Hourly weather observations from the National Weather Service API into BigQuery."""
