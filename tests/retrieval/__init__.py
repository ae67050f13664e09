"""Tests of assistant/retrieval/: dense + BM25 fusion, the keyword index, the LangChain retriever."""
