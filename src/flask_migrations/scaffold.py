"""``flask db init``: a new migrations folder from a template, written whole or not at all."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from alembic.util import template_to_file

from .config import TEMPLATES_DIR
from .errors import ConfigurationError

#: Template files that are copied as they are (script.py.mako is rendered per revision).
_COPIED = {"script.py.mako"}


def create_environment(path: Path, template: Path, package: bool = False) -> list[Path]:
    """Write the migrations folder ``path`` from ``template``; return what was created.

    The folder is built beside its destination and moved into place at the end, so a failure
    leaves nothing behind. An existing non-empty folder is refused untouched.
    """
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise ConfigurationError(
            f"Directory {path} already exists and is not empty; nothing was changed.",
            hint="Choose another folder with -d/--directory, or remove this one first.",
        )
    if not (template / "env.py").is_file():
        names = ", ".join(p.name for p in sorted(TEMPLATES_DIR.iterdir()) if p.is_dir())
        raise ConfigurationError(
            f"No migration template at {template}.",
            hint=f"Use one of: {names} (see 'flask db list-templates'), or a template folder.",
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    created = [path, path / "versions"]
    work = Path(tempfile.mkdtemp(prefix=f".{path.name}-", dir=path.parent))
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(work, 0o777 & ~umask)  # mkdtemp makes it private; the folder is the project's
        (work / "versions").mkdir()
        for source in sorted(template.iterdir()):
            if source.is_dir():
                continue
            if source.name.endswith(".mako") and source.name not in _COPIED:
                name = source.name[: -len(".mako")]
                if name == "pyproject.toml":  # Alembic's own templates; not ours to write
                    continue
                template_to_file(str(source), str(work / name), "utf-8")
            else:
                name = source.name
                shutil.copyfile(source, work / name)
            created.append(path / name)
        if package:
            for folder in (work, work / "versions"):
                (folder / "__init__.py").write_text("")
            created += [path / "__init__.py", path / "versions" / "__init__.py"]
        if path.exists():
            path.rmdir()
        work.rename(path)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return [p.absolute() for p in created]
