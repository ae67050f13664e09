"""Tests of assistant/index/: records and rules, the store, embeddings, Chroma servers."""
