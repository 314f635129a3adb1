"""Render stage (being written): Brief -> Markdown, HTML, PDF, JSON."""


def render_markdown(brief, settings=None):
    raise NotImplementedError


render_html = render_pdf = render_json = render_markdown
