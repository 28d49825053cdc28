"""Sphinx configuration of the Flask-Migrations documentation (``make docs``).

The pages are Markdown (MyST). What the code defines is generated from the code at every build,
into ``_generated/`` (not committed): the exit codes from :mod:`flask_migrations.exitcodes`, the
lint rules from :data:`flask_migrations.lint.rules.RULES`; the CLI reference comes from the click
commands (sphinx-click), the API reference from the docstrings (autodoc).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402  (docs/generate.py)

import flask_migrations  # noqa: E402

project = "Flask-Migrations"
author = "the Flask-Migrations authors"
copyright = "the Flask-Migrations authors"
release = version = flask_migrations.__version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx_click",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build", "_generated", "README.md"]

myst_heading_anchors = 4
myst_enable_extensions = ["colon_fence"]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True}

html_theme = "alabaster"
html_title = f"Flask-Migrations {release}"
html_theme_options = {"description": "Database migrations for Flask, on Alembic"}
html_sidebars = {"**": ["about.html", "navigation.html", "searchbox.html"]}

generate.write_all(HERE / "_generated")
