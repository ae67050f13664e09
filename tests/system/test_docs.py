"""The docs cannot drift: the settings reference is generated, and every page the README links exists."""

from __future__ import annotations

import re
import subprocess
import sys

from assistant.config import Settings, settings_reference

from ..conftest import ROOT


def test_settings_reference_is_up_to_date() -> None:
    stale = "docs/settings.md is stale: run `python scripts/gen_settings_doc.py`"
    assert (ROOT / "docs" / "settings.md").read_text(encoding="utf-8") == settings_reference(), stale


def test_the_generator_checks_and_names_every_setting() -> None:
    script = ROOT / "scripts" / "gen_settings_doc.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    reference = settings_reference()
    assert all(f"`ASSISTANT_{name.upper()}`" in reference for name in Settings.model_fields)


def test_readme_links_point_to_pages_that_exist() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = set(re.findall(r"\]\((docs/[^)#]+)", readme))
    assert {"docs/architecture.md", "docs/settings.md", "docs/http-api.md"} <= links
    assert [link for link in sorted(links) if not (ROOT / link).is_file()] == []
