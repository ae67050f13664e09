"""The index on a real Chroma server started with `chroma run`, and a clear error when it is down."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant import Assistant, StoreUnavailableError

from .conftest import SEED_ID, SEEDS, _free_port, running_server

pytestmark = [pytest.mark.slow, pytest.mark.server]


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")
    assert chroma, "the `chroma` command comes with chromadb"
    data = tmp_path_factory.mktemp("chroma-data")
    port = _free_port()
    command = [chroma, "run", "--path", str(data / "db"), "--host", "127.0.0.1", "--port", str(port)]
    with running_server(
        command, f"http://127.0.0.1:{port}/api/v2/heartbeat", data / "server.log", timeout=60
    ):
        yield port


def test_ingest_and_ask_through_a_chroma_server(chroma_server: int, tmp_path: Path) -> None:
    assistant = Assistant.open(
        index_dir=tmp_path / "unused", corpus_dir=SEEDS, chroma_host="127.0.0.1", chroma_port=chroma_server
    )
    assert assistant.ingest([SEEDS]).added == [SEED_ID]
    assert not (tmp_path / "unused").exists()  # nothing written locally
    answer = assistant.ask("What do Israeli leaders say the lessons of October 7 require?")
    assert answer.citations[0].paragraph == 26

    # A second client (another process would be the same) sees the same index.
    other = Assistant.open(corpus_dir=SEEDS, chroma_host="127.0.0.1", chroma_port=chroma_server)
    assert other.ingest([SEEDS]).unchanged == [SEED_ID]
    assert [a.article_id for a in other.articles()] == [SEED_ID]


def test_unreachable_chroma_server_is_a_clear_error(tmp_path: Path) -> None:
    port = _free_port()
    assistant = Assistant.open(corpus_dir=SEEDS, chroma_host="127.0.0.1", chroma_port=port)
    with pytest.raises(StoreUnavailableError, match=f"Chroma server 127.0.0.1:{port}") as info:
        assistant.ask("Who are the mediators?")
    assert "chroma run" in str(info.value)
