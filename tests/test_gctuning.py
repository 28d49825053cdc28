"""The CLI tunes the garbage collector for one command and leaves the process as it found it."""

from __future__ import annotations

import gc

import pytest


@pytest.fixture
def collector():
    """The collector's settings before the test; put back afterwards whatever happens."""
    thresholds = gc.get_threshold()
    yield thresholds
    gc.set_threshold(*thresholds)
    gc.unfreeze()


def test_settings_come_back_after_a_command(project, collector):
    project.ok("db", "init")
    project.ok("db", "migrate")
    assert gc.get_threshold() == collector
    assert gc.get_freeze_count() == 0


def test_settings_come_back_after_a_failing_command(project, collector):
    result = project.cli("db", "upgrade")  # no migrations folder yet
    assert result.exit_code != 0
    assert gc.get_threshold() == collector
    assert gc.get_freeze_count() == 0


def test_a_freeze_of_the_host_process_stays(project, collector):
    gc.freeze()  # as a server does before forking workers
    assert gc.get_freeze_count() > 0
    project.ok("db", "init")
    # Still frozen (frozen objects freed meanwhile leave the count, so it may be lower).
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == collector

