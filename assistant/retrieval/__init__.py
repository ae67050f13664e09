"""Retrieval: dense search in the index, BM25 keyword search, and their fusion (``hybrid``)."""
