"""The Alembic ``Config`` that every command of Flask-Migrations builds."""

from __future__ import annotations

import argparse
import configparser
import inspect
import os
from pathlib import Path
from typing import Any

from alembic.config import Config as AlembicConfig

TEMPLATES_DIR = Path(__file__).parent / "templates"


class Config(AlembicConfig):
    """Alembic's Config, reading templates from Flask-Migrations (or a directory given)."""

    def __init__(self, *args: Any, template_directory: str | None = None, **kwargs: Any) -> None:
        self.template_directory = template_directory
        super().__init__(*args, **kwargs)

    def get_template_directory(self) -> str:
        """The folder holding the migration environment templates (``init -t``)."""
        return self.template_directory or str(TEMPLATES_DIR)

    def _get_template_path(self) -> Path:  # Alembic >= 1.16 reads templates through this
        return Path(self.get_template_directory())


def build_config(
    directory: str,
    x_arg: str | list[str] | tuple[str, ...] | None = None,
    opts: list[str] | tuple[str, ...] | None = None,
    template_directory: str | None = None,
) -> Config:
    """A Config for the migrations folder ``directory``, with ``-x`` values and flags set.

    ``x_arg`` values are kept once each, in the order given.
    """
    config = Config(
        os.path.join(directory, "alembic.ini"),
        template_directory=template_directory,
        **_pyproject(directory),
    )
    try:  # the first look at alembic.ini reads it
        config.set_main_option("script_location", directory.replace("%", "%%"))
    except configparser.Error as exc:
        from .explain import bad_settings

        raise bad_settings(exc, config) or exc from exc
    if config.cmd_opts is None:
        config.cmd_opts = argparse.Namespace()
    for opt in opts or ():
        setattr(config.cmd_opts, opt, True)
    if not hasattr(config.cmd_opts, "x"):
        values: list[str] = []
        if isinstance(x_arg, str):
            x_arg = [x_arg]
        for value in x_arg or ():
            if value not in values:
                values.append(value)
        config.cmd_opts.x = values
    return config


def _pyproject(directory: str) -> dict[str, str]:
    """``toml_file=`` for Alembic 1.16+, which reads ``[tool.alembic]`` from a pyproject.toml.

    The project's pyproject.toml is the one beside the migrations folder; failing that, the one
    in the working directory (where Alembic's own command line looks).
    """
    if "toml_file" not in inspect.signature(AlembicConfig.__init__).parameters:
        return {}
    for folder in (os.path.dirname(os.path.abspath(directory)), os.getcwd()):
        candidate = os.path.join(folder, "pyproject.toml")
        if os.path.isfile(candidate):
            return {"toml_file": candidate}
    return {}
