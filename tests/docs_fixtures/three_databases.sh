#!/usr/bin/env bash
# docs/databases.md's failure half-way: three SQLite databases (default, audit, users), the
# first revision applied to all, the second failing on users after default and audit took it.
set -euo pipefail
cat > app.py <<'PY'
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from flask_migrations import Migrate

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///app.db"
app.config["SQLALCHEMY_BINDS"] = {"audit": "sqlite:///audit.db", "users": "sqlite:///users.db"}
db = SQLAlchemy(app)
migrate = Migrate(app, db)


class Post(db.Model):
    id = db.Column(db.Integer, primary_key=True)


class Event(db.Model):
    __bind_key__ = "audit"
    id = db.Column(db.Integer, primary_key=True)


class User(db.Model):
    __bind_key__ = "users"
    id = db.Column(db.Integer, primary_key=True)
PY
flask db init --multidb >/dev/null
flask db migrate -m "first" --rev-id 1a2b3c4d5e6f >/dev/null 2>&1
flask db upgrade >/dev/null 2>&1
cat >> app.py <<'PY'
    name = db.Column(db.String(100))


class Tag(db.Model):
    id = db.Column(db.Integer, primary_key=True)


class Change(db.Model):
    __bind_key__ = "audit"
    id = db.Column(db.Integer, primary_key=True)
PY
flask db migrate -m "second" --rev-id 4d5e6f7a8b9c >/dev/null 2>&1
python - <<'PY'
from pathlib import Path

path = next(Path("migrations/versions").glob("4d5e6f7a8b9c_*.py"))
text = path.read_text()
start = text.index("def upgrade_users():\n")
end = text.index("\n\n\ndef ", start)  # the last statement of upgrade_users() fails
text = text[:end] + "\n    op.execute(\"UPDATE accounts SET name = 'x'\")" + text[end:]
path.write_text(text)
PY
