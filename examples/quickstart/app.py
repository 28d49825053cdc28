"""The quickstart application of the README: one model, SQLite, Flask-Migrations."""

from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from flask_migrations import Migrate

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///app.db"

db = SQLAlchemy(app)
migrate = Migrate(app, db)


class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(128))
