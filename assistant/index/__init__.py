"""The index: pure records and rules (``records``), the Chroma client (``chroma``), the store, embeddings."""
