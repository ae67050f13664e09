"""Web UI entry point: `python app.py` serves the chat on http://127.0.0.1:7860."""

from assistant.interfaces.web.ui import main

if __name__ == "__main__":
    main()
