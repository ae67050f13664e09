"""Tests of assistant/answer/: extractive answers, the LLM chain, citations, follow-ups."""
