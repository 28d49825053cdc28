"""Open the built site in a real headless browser: every page renders, the navigation reaches all.

Run by ``make docs`` after Sphinx: ``python docs/check_site.py [docs/_build/html]``. Starting at
index.html, it follows the site's own links (the toctree in the sidebar and the pages) with
Debian's chromium (``chromium --headless --dump-dom``: the DOM after the page's scripts ran) and
fails when a page of docs/*.md is never reached, a page has no title or body text, shows a
docutils error box, or a link leads to a page that is not there.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from html import unescape
from pathlib import Path

DOCS = Path(__file__).resolve().parent
_HREF = re.compile(r'<a\s[^>]*href="([^"#?]+\.html)(?:[#?][^"]*)?"')
_SKIP = {"genindex.html", "search.html", "py-modindex.html"}


def browser() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit(
        "check_site: no chromium to open the built site with. Install Debian's:"
        " apt-get install -y --no-install-recommends chromium"
    )


def dump_dom(chromium: str, page: Path) -> str:
    """The page's DOM after chromium loaded and rendered it."""
    with tempfile.TemporaryDirectory(prefix="check-site-") as profile:
        done = subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                f"--user-data-dir={profile}",
                "--dump-dom",
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
    return done.stdout


def problems_of(page: Path, dom: str) -> list[str]:
    """What is wrong with one rendered page."""
    problems = []
    if "<h1" not in dom:
        problems.append("no title (<h1>): the page did not render")
    body = re.search(r'<div class="body"[^>]*>(.*?)<div class="sphinxsidebar"', dom, re.S)
    text = unescape(re.sub(r"<[^>]+>", " ", body.group(1))) if body else ""
    if len(text.split()) < 20:
        problems.append("almost no text in the page's body")
    if 'class="system-message"' in dom:
        problems.append("a docutils error box is shown")
    home = page.name == "index.html" or 'href="index.html"' in dom
    if 'class="sphinxsidebar"' not in dom or not home:
        problems.append("no navigation sidebar leading back to the index")
    return [f"{page.name}: {problem}" for problem in problems]


def missing_commands(site: Path) -> list[str]:
    """Commands of the real ``flask db`` group that the generated CLI reference lacks."""
    from flask_migrations.commands import real_group

    page = (site / "cli.html").read_text(encoding="utf-8") if (site / "cli.html").is_file() else ""
    return [
        f"cli.html: no section for 'flask db {name}'"
        for name in sorted(real_group().commands)
        if f'id="flask-db-{name}"' not in page
    ]


def check(site: Path) -> list[str]:
    chromium = browser()
    expected = {f"{p.stem}.html" for p in DOCS.glob("*.md") if p.name != "README.md"}
    seen: set[str] = set()
    todo = ["index.html"]
    problems: list[str] = []
    with ThreadPoolExecutor(max_workers=4) as pool:
        while todo:
            batch = [name for name in dict.fromkeys(todo) if name not in seen]
            seen.update(batch)
            todo = []
            for name, dom in zip(batch, pool.map(lambda n: dump_dom(chromium, site / n), batch)):
                if not (site / name).is_file():
                    problems.append(f"a link leads to {name}, which was not built")
                    continue
                problems += problems_of(site / name, dom)
                todo += [h for h in _HREF.findall(dom) if "/" not in h and h not in _SKIP]
    problems += [f"{name}: no link of the site leads to it" for name in sorted(expected - seen)]
    problems += missing_commands(site)
    print(f"check_site: {len(seen)} pages opened in chromium, {len(problems)} problems")
    return problems


def main() -> None:
    site = (Path(sys.argv[1]) if len(sys.argv) > 1 else DOCS / "_build" / "html").resolve()
    problems = check(site)
    for problem in problems:
        print(f"check_site: {problem}", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
