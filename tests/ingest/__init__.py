"""Tests of assistant/ingest/: reading files, blocks, articles, the ingest guard."""
