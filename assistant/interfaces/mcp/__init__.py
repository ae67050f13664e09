"""The MCP server (`assistant mcp`): tools and article resources for agents. Needs the `mcp` extra."""

from .server import ArticleMCP, create_mcp_server, http_app, run_mcp, serve_http, serve_stdio

__all__ = ["ArticleMCP", "create_mcp_server", "http_app", "run_mcp", "serve_http", "serve_stdio"]
