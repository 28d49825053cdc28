"""The linter's example: orders get an index on user_id, the safe way.

    cd examples/lint
    flask db lint                       # the app says PostgreSQL: no findings
    cp before/0002_orders_user_id_index.py migrations/versions/
    flask db lint                       # the plain CREATE INDEX: index-not-concurrently

Linting needs no database: the URL only names the dialect (set DATABASE_URL to yours).
"""

import os

from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from flask_migrations import Migrate

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ.get(
    "DATABASE_URL", "postgresql://localhost/lint_example"
)

db = SQLAlchemy(app)
migrate = Migrate(app, db)


class Order(db.Model):
    __tablename__ = "orders"
    id = db.Column(db.Integer, primary_key=True)
    user_id = db.Column(db.Integer, index=True)
    total = db.Column(db.Numeric(10, 2))
