"""A benchmark app: BENCH_MODELS models of 8 columns, an index and a foreign key each."""

import os

from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from flask_migrations import Migrate

MODELS = int(os.environ.get("BENCH_MODELS", "0"))

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["BENCH_DATABASE_URL"]
db = SQLAlchemy(app)
migrate = Migrate(app, db)


def make_model(i):
    attrs = {
        "__tablename__": f"model_{i:04d}",
        "id": db.Column(db.Integer, primary_key=True),
        "name": db.Column(db.String(100), nullable=False),
        "code": db.Column(db.String(20), index=True),
        "amount": db.Column(db.Numeric(12, 2)),
        "active": db.Column(db.Boolean, nullable=False, default=True),
        "created_at": db.Column(db.DateTime),
        "notes": db.Column(db.Text),
        "parent_id": db.Column(db.Integer, db.ForeignKey(f"model_{max(i - 1, 0):04d}.id")),
    }
    if i == 0 and os.environ.get("BENCH_CHANGE") == "1":
        attrs["extra"] = db.Column(db.String(50))
    return type(f"Model{i:04d}", (db.Model,), attrs)


for _i in range(MODELS):
    make_model(_i)
