"""Write docs/settings.md from the ``Settings`` model (``--check``: exit 1 when it is stale)."""

from __future__ import annotations

import sys
from pathlib import Path

from assistant.config import settings_reference

TARGET = Path(__file__).resolve().parent.parent / "docs" / "settings.md"


def main() -> int:
    text = settings_reference()
    if "--check" in sys.argv[1:]:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET} is stale: run `python scripts/gen_settings_doc.py`", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
