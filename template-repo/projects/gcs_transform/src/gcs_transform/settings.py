"""Settings from the environment (dag.yaml's env and secrets), with messages that say what to set."""
from __future__ import annotations

import os


class MissingSetting(SystemExit):
    """A required environment variable is not set; exits with its name and where it comes from."""


def required(name: str, hint: str) -> str:
    """The value of environment variable ``name``, or exit naming it and ``hint``."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise MissingSetting(f"environment variable {name} is not set: {hint}")
    return value


def optional(name: str, default: str) -> str:
    """The value of environment variable ``name``, or ``default``."""
    return os.environ.get(name, "").strip() or default
