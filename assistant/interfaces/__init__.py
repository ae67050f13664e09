"""The interfaces over ``Assistant``: the CLI, the web UI (``web``), the HTTP server (``http``) and the
MCP server (``mcp``).

They call the front (``assistant.assistant``) and never each other, except that the CLI starts the
HTTP and MCP servers (``assistant serve``, ``assistant mcp``) and the HTTP server mounts the web UI;
an import contract in pyproject.toml (``[tool.importlinter]``) keeps it so. What they share sits
beside them: ``uploads`` (adding uploaded files) and ``access`` (the API key and Host/Origin checks).
"""
