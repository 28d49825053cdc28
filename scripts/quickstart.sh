#!/usr/bin/env bash
# The README's quickstart, end to end on SQLite, in build/quickstart (a scratch copy of
# examples/quickstart): init, migrate, upgrade, a model change, migrate, upgrade, history.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/build/quickstart"
rm -rf "$work"
mkdir -p "$work"
cp "$root/examples/quickstart/app.py" "$work/"
cd "$work"
export FLASK_APP=app.py

run() {
    echo
    echo "\$ $*"
    "$@"
}

run flask db init
run flask db migrate -m "create users"
run flask db upgrade

echo
echo "# a model change: add a Post model to app.py"
cat >> app.py <<'PY'


class Post(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(200), nullable=False)
    user_id = db.Column(db.Integer, db.ForeignKey("user.id"), index=True)
PY

run flask db migrate -m "add posts"
run flask db upgrade
run flask db history
run flask db current

echo
echo "# the app's tests and the migration checks (examples/quickstart/tests, pytest.ini)"
cp -r "$root/examples/quickstart/tests" "$root/examples/quickstart/pytest.ini" .
run python -m pytest -q -p no:cacheprovider
echo
echo "Quickstart done: the database is at the head revision ($work/instance/app.db)."
