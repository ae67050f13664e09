"""Answering: question kinds and the extractive answerer, the LLM chain and its backends, the
citation check, follow-up questions."""
