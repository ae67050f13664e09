"""Where article files are recorded: relative to the corpus folder, so that the index and the corpus can
be moved together, and no server path ever reaches an HTTP client (`assistant serve`, real processes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from ..conftest import SEED_FILE, SEED_ID, free_port, running_api, running_server

pytestmark = [pytest.mark.slow, pytest.mark.api]

PIER = "Pier Repairs\n\nThe pier will reopen in June after repairs to its deck, the council said.\n"


def test_no_server_path_reaches_clients_and_moved_folders_keep_working(tmp_path: Path) -> None:
    home = tmp_path / "first-place"
    home.mkdir()
    seen: list[str] = []  # every response body a client got
    with running_api(home, "--no-ui") as url, httpx.Client(base_url=url, timeout=120) as http:

        def call(method: str, path: str, **kwargs: object) -> httpx.Response:
            response = http.request(method, path, **kwargs)  # type: ignore[arg-type]
            seen.append(response.text)
            return response

        listed = call("GET", "/v1/articles").json()["articles"]
        assert [a["source"] for a in listed] == [f"{SEED_ID}.txt"]
        call("GET", f"/v1/articles/{SEED_ID}")
        files = [
            ("files", ("pier.txt", PIER.encode())),
            ("files", ("copy-of-seed.txt", SEED_FILE.read_bytes())),  # a duplicate
            ("files", ("empty.txt", b"")),  # unusable
            ("files", ("bad name?.pdf", b"%PDF-1.4")),  # unsupported
        ]
        upload = call("POST", "/v1/articles", files=files)
        assert upload.status_code == 422
        results = {r["file"]: r["result"] for r in upload.json()["results"]}
        assert results == {
            "pier.txt": "added",
            "copy-of-seed.txt": "duplicate",
            "empty.txt": "failed",
            "bad name?.pdf": "failed",
        }
        assert {d["path"] for d in upload.json()["report"]["duplicates"]} == {"copy-of-seed.txt"}
        call("POST", "/v1/articles", files=[("files", ("pier.txt", PIER.replace("June", "May").encode()))])
        call("POST", "/v1/ask", json={"question": "When will the pier reopen?"})
        removal = call("DELETE", "/v1/articles/pier").json()
        # (.removed/pier.txt holds the version the update replaced)
        assert removal["moved_to"].startswith(".removed/pier-") and removal["moved_to"].endswith(".txt")
        call("GET", "/v1/articles/pier")
    for body in seen:
        assert str(tmp_path) not in body and str(tmp_path.resolve()) not in body, body

    # The index and the corpus move together to another folder.
    moved = tmp_path / "second-place"
    home.rename(moved)
    env = os.environ | {
        "ASSISTANT_INDEX_DIR": str(moved / "index"),
        "ASSISTANT_CORPUS_DIR": str(moved / "corpus"),
    }
    port = free_port()
    command = [str(Path(sys.executable).with_name("assistant")), "serve", "--no-ui", "--port", str(port)]
    url = f"http://127.0.0.1:{port}"
    with (
        running_server(command, f"{url}/healthz", moved / "serve-2.log", cwd=moved, env=env),
        httpx.Client(base_url=url, timeout=120) as http,
    ):
        removal = http.delete(f"/v1/articles/{SEED_ID}").json()
        assert removal["moved_to"] == f".removed/{SEED_ID}.txt", removal
        assert (moved / "corpus" / ".removed" / f"{SEED_ID}.txt").is_file()
        assert not (moved / "corpus" / f"{SEED_ID}.txt").exists()
        assert http.get("/v1/articles").json()["articles"] == []

    # Ingesting the corpus folder again, as a restart or `assistant ingest` does, does not bring it back.
    again = subprocess.run(
        [str(Path(sys.executable).with_name("assistant")), "ingest", "--json"],
        capture_output=True, text=True, env=env, cwd=moved, timeout=300,
    )  # fmt: skip
    report = json.loads(again.stdout)
    assert SEED_ID not in report["added"] + report["updated"] + report["unchanged"], report
