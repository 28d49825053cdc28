"""Migration environment of this Flask application, run by Alembic for every command.

Flask-Migrations does the work: it finds the database and the models from the application,
connects (sync or async), and runs the revisions online or as SQL (--sql). Keyword arguments
given to run_migrations() go to Alembic's context.configure(), after the Migrate() options.
"""

from flask_migrations.runtime import run_migrations

run_migrations()
