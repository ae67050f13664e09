"""The HTTP server: the JSON API (``api``), the OpenAI-compatible chat endpoint (``openai``), and
their shared error shapes and auth (``errors``), put together by ``server``."""
