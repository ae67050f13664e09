"""Tests of assistant/interfaces/: the CLI, the web UI, the HTTP API and the OpenAI endpoint."""
