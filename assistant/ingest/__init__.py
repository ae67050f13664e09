"""Ingest: files -> blocks -> articles (txt, md, html readers), the ingest guard, index maintenance."""
