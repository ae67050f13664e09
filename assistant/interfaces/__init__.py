"""The interfaces over ``Assistant``: the CLI, the web UI (``web``) and the HTTP server (``http``).

They call the front (``assistant.assistant``) and never each other, except that the CLI starts the
HTTP server (``assistant serve``) and the HTTP server mounts the web UI; an import contract in
pyproject.toml (``[tool.importlinter]``) keeps it so.
"""
