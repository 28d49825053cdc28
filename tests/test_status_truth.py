"""status and current say what the database and the files really hold: a deleted file does not
turn applied revisions into pending ones, a file that fails to load is not "no file", and a
stamped revision is shown as stamped."""

from __future__ import annotations

import json

from deploy_project import write_project


def test_status_after_the_head_file_is_deleted_keeps_applied_revisions(
    make_project, any_database_url
):
    p = make_project(any_database_url)
    write_project(p, count=3)
    p.ok("db", "upgrade")
    (p.migrations / "versions" / "r03_step.py").unlink()  # e.g. a branch switch
    out = p.ok("db", "status").stdout.splitlines()
    assert out[0].endswith(": 1 without a file")
    assert [line.split()[:2] for line in out[1:]] == [
        ["applied", "r01"],
        ["applied", "r02"],
        ["NO", "FILE"],
    ]
    result = p.cli("db", "status", "--check")
    assert result.exit_code == 1
    assert "pending" not in result.stderr
    assert "Run 'flask db upgrade'" not in result.stderr
    assert "Restore the file of revision r03" in result.stderr


def test_status_without_history_says_it_cannot_tell(make_project, sqlite_url):
    p = make_project(sqlite_url, history=False)
    write_project(p, count=3)
    p.ok("db", "upgrade")
    (p.migrations / "versions" / "r03_step.py").unlink()
    out = p.ok("db", "status").stdout.splitlines()
    assert out[0].endswith(": 1 without a file, 2 unknown (no history to tell)")
    assert [line.split()[:2] for line in out[1:3]] == [["UNKNOWN", "r01"], ["UNKNOWN", "r02"]]
    data = json.loads(p.ok("db", "status", "--json").stdout)
    assert [r["state"] for r in data["databases"][0]["revisions"]] == [
        "unknown",
        "unknown",
        "missing",
    ]


def test_a_downgraded_revision_is_pending_again_by_history(make_project, any_database_url):
    p = make_project(any_database_url)
    write_project(p, count=3)
    p.ok("db", "upgrade")
    p.ok("db", "downgrade", "r01")
    p.ok("db", "stamp", "r03")  # the database now claims r03, whose file then goes
    (p.migrations / "versions" / "r03_step.py").unlink()
    out = p.ok("db", "status").stdout.splitlines()
    assert [line.split()[:2] for line in out[1:3]] == [["applied", "r01"], ["UNKNOWN", "r02"]]


def test_a_stamped_revision_shows_as_stamped(make_project, any_database_url):
    p = make_project(any_database_url)
    write_project(p, count=2)
    p.ok("db", "upgrade", "r01")
    p.ok("db", "stamp", "r02")
    out = p.ok("db", "status").stdout.splitlines()
    assert " ms, " in out[1] and "stamped" not in out[1]
    assert ", stamped, " in out[2] and " ms" not in out[2]
    data = json.loads(p.ok("db", "status", "--json").stdout)
    revisions = data["databases"][0]["revisions"]
    assert [r["stamped"] for r in revisions] == [False, True]
    assert revisions[1]["duration_ms"] is None


def test_current_and_status_name_a_revision_file_that_fails_to_load(
    make_project, sqlite_url
):
    p = make_project(sqlite_url)
    write_project(p, count=2)
    p.ok("db", "upgrade")
    r02 = p.migrations / "versions" / "r02_step.py"
    r02.write_text(r02.read_text() + "\nx = (\n")
    for command in ("current", "status"):
        result = p.cli("db", command)
        assert result.exit_code == 1, (command, result.stdout)
        assert "no revision file defines" not in result.stdout
        assert "r02_step.py has a syntax error at line" in result.stderr


def test_stamp_purge_with_a_broken_revision_file_keeps_the_version(make_project, any_database_url):
    p = make_project(any_database_url)
    write_project(p, count=2)
    p.ok("db", "upgrade")
    r02 = p.migrations / "versions" / "r02_step.py"
    r02.write_text(r02.read_text() + "\nx = (\n")
    result = p.cli("db", "stamp", "--purge", "head")
    assert result.exit_code == 1
    assert "r02_step.py has a syntax error" in result.stderr
    assert p.version() == {"r02"}


def test_upgrade_with_no_revisions_says_what_to_do(make_project, any_database_url):
    p = make_project(any_database_url)
    p.ok("db", "init")
    result = p.ok("db", "upgrade")
    assert "has no revisions yet, so there was nothing to upgrade" in result.stderr
    assert "Run 'flask db migrate'" in result.stderr
    p.model("User")
    p.ok("db", "migrate")
    assert "no revisions yet" not in p.ok("db", "upgrade").stderr
    assert "no revisions yet" not in p.ok("db", "upgrade").stderr  # at head: quiet


def test_status_says_when_each_database_was_last_migrated_and_by_whom(
    make_project, any_database_url
):
    p = make_project(any_database_url)
    write_project(p, count=2)
    first = p.ok("db", "status").stdout.splitlines()[0]
    assert "last migrated" not in first  # nothing ran yet
    p.ok("db", "upgrade")
    p.ok("db", "downgrade", "r01")
    header = p.ok("db", "status").stdout.splitlines()[0]
    rows_ = json.loads(p.ok("db", "status", "--json").stdout)["databases"][0]
    assert rows_["last_migrated_by"] and rows_["last_migrated_at"].endswith("Z")
    when = rows_["last_migrated_at"][:19].replace("T", " ")
    assert f", last migrated {when} UTC by {rows_['last_migrated_by']}: " in header
    assert header.endswith(": 1 pending")
