"""The Gradio web UI (``ui``) and the HTML/Markdown it renders answers and articles with (``render``)."""
