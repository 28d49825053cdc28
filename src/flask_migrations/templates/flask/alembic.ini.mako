# Alembic settings of this migrations folder, read by Flask-Migrations.
# The database URLs and the models come from the Flask application, and the folder's location
# is set when a command runs; the settings below are Alembic's own.

[alembic]
# Names of new revision files; the default is %%(rev)s_%%(slug)s.
# file_template = %%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d-%%(rev)s_%%(slug)s

# Longest slug taken from the message in a file name.
# truncate_slug_length = 40

# Set to true to run env.py (and so load the application) for "revision" without autogenerate.
# revision_environment = false

# How lists in this file (version_locations) are split.
path_separator = os

# Commands run on every new revision file, e.g. a formatter:
# [post_write_hooks]
# hooks = ruff
# ruff.type = exec
# ruff.executable = ruff
# ruff.options = format REVISION_SCRIPT_FILENAME
