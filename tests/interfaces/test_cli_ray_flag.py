"""`assistant ingest --ray [ADDRESS]`: the address is optional; a path after a bare `--ray` stays a path."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.interfaces.cli import _optional_ray_address


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["ingest", "--ray"], ["ingest", "--ray="]),
        (["ingest", "--ray", "--json", "docs"], ["ingest", "--ray=", "--json", "docs"]),
        (["ingest", "--ray", "10.0.0.5:6379", "docs"], ["ingest", "--ray", "10.0.0.5:6379", "docs"]),
        (["ingest", "--ray", "auto"], ["ingest", "--ray", "auto"]),
        (["ingest", "--ray=head:6379", "docs"], ["ingest", "--ray=head:6379", "docs"]),
        (["ingest", "docs"], ["ingest", "docs"]),
        (["ask", "--ray"], ["ask", "--ray"]),  # only `ingest` has the option
    ],
)
def test_a_bare_ray_flag_takes_the_configured_address(args: list[str], expected: list[str]) -> None:
    assert _optional_ray_address(args) == expected


def test_an_existing_path_after_a_bare_ray_flag_is_a_path(tmp_path: Path) -> None:
    folder = tmp_path / "host:1"  # looks like an address, but it is a folder
    folder.mkdir()
    assert _optional_ray_address(["ingest", "--ray", str(folder)]) == ["ingest", "--ray=", str(folder)]
    assert _optional_ray_address(["ingest", "--ray", str(tmp_path)]) == ["ingest", "--ray=", str(tmp_path)]
