"""Render stage: pure functions (record, index, lang) -> Markdown, one module per page kind."""
