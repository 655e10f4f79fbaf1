"""Shared fixtures: every test gets its own user data folder."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _private_user_data(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("PRECIS_TUTOR_HOME", str(tmp_path_factory.mktemp("home")))
