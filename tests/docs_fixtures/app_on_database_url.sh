# Sourced by the fixtures whose app reads its database from $DATABASE_URL: writes app.py
# (Flask-SQLAlchemy, Migrate) into the current folder and runs 'flask db init'.
cat > app.py <<'PY'
import os

from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from flask_migrations import Migrate

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
db = SQLAlchemy(app)
migrate = Migrate(app, db)
PY
flask db init >/dev/null
