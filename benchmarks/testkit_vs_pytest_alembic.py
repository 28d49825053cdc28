"""What ``pytest --migrations`` and pytest-alembic's ``pytest --test-alembic`` each catch, on the
same projects: the clean one and each seeded defect of tests/testkit_projects.py.

Run from the project root::

    .venv/bin/python benchmarks/testkit_vs_pytest_alembic.py

pytest-alembic 0.13.1 does not run under pytest 9 (its collector sets ``_nodeid``, which
pytest 9 no longer has), so it runs from a venv of its own, benchmarks/.venv-pytest-alembic
(this checkout, pytest < 9, pytest-alembic), made on the first run. It gets the fixtures a
Flask team writes by hand (an application context around each test, the app's engine as
``alembic_engine``), and its default checks plus the experimental ``downgrade_leaves_no_trace``
and ``all_models_register_on_metadata``. Its app is configured with the database it tests (it
has no throwaway databases); ours is configured with a database that does not exist.

SQLite always; PostgreSQL and MariaDB when FLASK_MIGRATIONS_TEST_POSTGRESQL_URL /
FLASK_MIGRATIONS_TEST_MYSQL_URL are set. Prints a Markdown table: for each project and
database, the failing tests of each tool ("-" for none).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(__file__).resolve().parent / ".venv-pytest-alembic"
sys.path.insert(0, str(ROOT / "tests"))

import testkit_projects  # noqa: E402

CONFTEST = '''\
import pytest
from pytest_alembic.config import Config

from app import app, db


@pytest.fixture(autouse=True)
def _app_context():
    with app.app_context():
        yield


@pytest.fixture
def alembic_config():
    return Config(config_options={"script_location": "migrations"})


@pytest.fixture
def alembic_engine():
    with app.app_context():
        return db.engine
'''

INI = """\
[pytest]
pytest_alembic_include_experimental = downgrade_leaves_no_trace, all_models_register_on_metadata
"""

SERVERS = {
    "postgresql": "FLASK_MIGRATIONS_TEST_POSTGRESQL_URL",
    "mysql": "FLASK_MIGRATIONS_TEST_MYSQL_URL",
}


def venv() -> Path:
    python = VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        pip = [str(python), "-m", "pip", "install", "-q"]
        subprocess.run([*pip, "-e", f"{ROOT}[test]", "pytest<9", "pytest-alembic"], check=True)
    return python


def failing(output: str) -> list[str]:
    """The short names of the failed tests in a ``-rf`` summary."""
    names = re.findall(r"^(?:FAILED|ERROR) (\S+(?: [^ -]\S*)*)", output, re.M)
    return sorted({n.split("::")[-1] for n in names})


def ours(folder: Path) -> list[str]:
    command = [sys.executable, "-m", "pytest", "--migrations", "-q", "-rfE"]
    command += ["-p", "no:cacheprovider"]
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True)
    return failing(done.stdout)


def theirs(folder: Path, python: Path) -> list[str]:
    (folder / "tests").mkdir()
    (folder / "tests" / "conftest.py").write_text(CONFTEST)
    (folder / "pytest.ini").write_text(INI)
    command = [str(python), "-m", "pytest", "--test-alembic", "-q", "-rfE"]
    command += ["-p", "no:cacheprovider", "-p", "no:flask_migrations"]
    env = {**os.environ, "PYTHONPATH": str(folder)}
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True, env=env)
    return failing(done.stdout)


def row(backend: str, defect: str | None, python: Path) -> tuple[list[str], list[str]]:
    from flask_migrations.testing.throwaway import Throwaways

    made = Throwaways()
    with tempfile.TemporaryDirectory() as tmp:
        mine, theirs_folder = Path(tmp) / "ours", Path(tmp) / "theirs"
        mine.mkdir()
        theirs_folder.mkdir()
        if backend == "sqlite":
            never = f"sqlite:///{tmp}/never.db"
            tested = f"sqlite:///{tmp}/pytest_alembic.db"
        else:
            server = os.environ[SERVERS[backend]]
            never = server.rsplit("/", 1)[0] + "/fmkit_never_created"
            tested = made.create(server).render_as_string(hide_password=False)
        try:
            testkit_projects.write(mine, never, defect)
            testkit_projects.write(theirs_folder, tested, defect)
            return ours(mine), theirs(theirs_folder, python)
        finally:
            made.drop_all()


def main() -> None:
    python = venv()
    backends = ["sqlite"] + [b for b, var in SERVERS.items() if os.environ.get(var)]
    print("| project | database | pytest --migrations fails | pytest --test-alembic fails |")
    print("|---|---|---|---|")
    for defect in [None, *testkit_projects.DEFECTS]:
        for backend in backends:
            found_ours, found_theirs = row(backend, defect, python)
            print(
                f"| {defect or 'clean'} | {backend} | {', '.join(found_ours) or '-'}"
                f" | {', '.join(found_theirs) or '-'} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
