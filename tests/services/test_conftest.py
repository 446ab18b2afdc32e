"""The list of service test modules that also run against the server names modules that exist, so a
module moved or renamed cannot silently stop running as [server]."""

from __future__ import annotations

from pathlib import Path

from tests.services.conftest import SERVER_TOO


def test_every_module_run_on_the_server_too_exists():
    here = Path(__file__).parent
    missing = sorted(m for m in SERVER_TOO if not (here / (m.replace(".", "/") + ".py")).is_file())
    assert missing == []
