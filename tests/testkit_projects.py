"""Flask projects on disk for the migration test kit's tests and benchmarks: a clean one, and
the same project with one defect seeded (the kinds of issue 14).

The app builds its engine when imported (as the README's quickstart does) on a URL the kit
must never touch: a database that does not exist (a server) or a file (SQLite).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import flask_migrations

TEMPLATE = Path(flask_migrations.__file__).parent / "templates" / "flask"

APP = """\
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from flask_migrations import Migrate

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = {url!r}
db = SQLAlchemy(app)
Migrate(app, db)


class Account(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(80), nullable=False, index=True)
    mood = db.Column(db.Enum("happy", "sad", name="mood"))
{extra}"""

REVISION = '''\
"""{doc}"""
from alembic import op
import sqlalchemy as sa

revision = {rev!r}
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade():
{upgrade}


def downgrade():
{downgrade}
'''

R1_UP = """\
    op.create_table(
        "account",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
    )"""
R1_DOWN = '    op.drop_table("account")'
R2_UP = """\
    op.create_index("ix_account_name", "account", ["name"])
    sa.Enum("happy", "sad", name="mood").create(op.get_bind(), checkfirst=True)
    op.add_column("account", sa.Column("mood", sa.Enum("happy", "sad", name="mood")))"""
R2_DOWN_NO_ENUM = """\
    op.drop_column("account", "mood")"""
R2_DOWN_NO_INDEX = (
    R2_DOWN_NO_ENUM
    + """
    sa.Enum(name="mood").drop(op.get_bind(), checkfirst=True)"""
)
R2_DOWN = '    op.drop_index("ix_account_name", table_name="account")\n' + R2_DOWN_NO_INDEX
PASS = "    pass"

#: defect name -> what the kit's report must say (an item name and words in its failure).
DEFECTS = {
    "two heads": ("heads", ["2 heads", "r2", "r3"]),
    "missing parent": ("parents exist", ["r2", "points at parent nope"]),
    "duplicate id": ("unique revision ids", ["revision r2 is defined by 2 files"]),
    "cycle": ("no cycle", ["form a cycle", "r1", "r2"]),
    "index left behind": ("stairway[r2]", ["index 'ix_account_name'", "is left behind"]),
    "enum type left behind": ("stairway[r2]", ["enum type 'mood' is left behind"]),
    "sqlite only": ("stairway[r2]", ["revision r2", "upgrade failed"]),
    "model without revision": ("models match head", ["added column 'account.email'", "r2"]),
}


def write(root: Path, url: str, defect: str | None = None, revisions: int = 0) -> None:
    """The project in ``root``; ``revisions`` more (empty) ones after r2 for benchmarks."""
    extra = "    email = db.Column(db.String(120))\n" if defect == "model without revision" else ""
    (root / "app.py").write_text(APP.format(url=url, extra=extra))
    folder = root / "migrations"
    versions = folder / "versions"
    versions.mkdir(parents=True, exist_ok=True)
    for name in ("env.py", "script.py.mako"):
        shutil.copy(TEMPLATE / name, folder / name)
    (folder / "alembic.ini").write_text("[alembic]\n")
    r2_down = {
        "index left behind": R2_DOWN_NO_INDEX,
        "enum type left behind": R2_DOWN_NO_ENUM
        + '\n    op.drop_index("ix_account_name", table_name="account")',
    }.get(defect or "", R2_DOWN)
    r2_up = R2_UP
    if defect == "sqlite only":
        r2_up += "\n    op.execute(\"INSERT OR IGNORE INTO account (id, name) VALUES (1, 'a')\")"
    revision(versions, "r1", "r2" if defect == "cycle" else None, R1_UP, R1_DOWN)
    revision(versions, "r2", "nope" if defect == "missing parent" else "r1", r2_up, r2_down)
    if defect == "two heads":
        revision(versions, "r3", "r1", PASS, PASS)
    if defect == "duplicate id":
        revision(versions, "r2", "r1", PASS, PASS, file="r2_again.py")
    for n in range(3, 3 + revisions):
        rev, down = f"r{n}", f"r{n - 1}"
        up = f'    op.create_table("t{n}", sa.Column("id", sa.Integer, primary_key=True))'
        revision(versions, rev, down, up, f'    op.drop_table("t{n}")')


def revision(
    versions: Path,
    rev: str,
    down: str | None,
    upgrade: str,
    downgrade: str,
    file: str | None = None,
) -> None:
    text = REVISION.format(doc=rev, rev=rev, down=down, upgrade=upgrade, downgrade=downgrade)
    (versions / (file or f"{rev}_step.py")).write_text(text)


MULTIDB_APP = """\
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from flask_migrations import Migrate

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = {url!r}
app.config["SQLALCHEMY_BINDS"] = {{"audit": {audit!r}}}
db = SQLAlchemy(app)
Migrate(app, db)


class Account(db.Model):
    id = db.Column(db.Integer, primary_key=True)


class Entry(db.Model):
    __bind_key__ = "audit"
    id = db.Column(db.Integer, primary_key=True, index=True)
"""

MULTIDB_REVISION = '''\
"""both"""
from alembic import op
import sqlalchemy as sa

revision = "m1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade(engine_name):
    globals()["upgrade_%s" % engine_name]()


def downgrade(engine_name):
    globals()["downgrade_%s" % engine_name]()


def upgrade_():
    op.create_table("account", sa.Column("id", sa.Integer, primary_key=True))


def downgrade_():
    op.drop_table("account")


def upgrade_audit():
    op.create_table("entry", sa.Column("id", sa.Integer, primary_key=True))
    op.create_index("ix_entry_id", "entry", ["id"])


def downgrade_audit():
    {audit_down}
'''


def write_multidb(root: Path, url: str, audit: str, table_left: bool = False) -> None:
    """A project with a default database and an "audit" bind, one revision for both."""
    (root / "app.py").write_text(MULTIDB_APP.format(url=url, audit=audit))
    folder = root / "migrations"
    (folder / "versions").mkdir(parents=True, exist_ok=True)
    multidb = TEMPLATE.parent / "flask-multidb"
    for name in ("env.py", "script.py.mako"):
        shutil.copy(multidb / name, folder / name)
    (folder / "alembic.ini").write_text("[alembic]\n")
    down = "pass" if table_left else 'op.drop_index("ix_entry_id", table_name="entry")'
    down += '\n    op.drop_table("entry")' if not table_left else ""
    text = MULTIDB_REVISION.format(audit_down=down)
    (folder / "versions" / "m1_both.py").write_text(text)
