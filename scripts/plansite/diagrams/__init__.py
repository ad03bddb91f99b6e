"""Render stage: pictures drawn from the data as inline SVG (no script, no outside request).

`relations` draws a document's relations (its card) and the whole chain of documents with
the law lineages (/van-ban/); `timeline` the drawn timeline (/moc-thoi-gian/); `reporting`
who reports to whom (/don-vi/). `layered` places boxes in columns, `svg` writes the markup,
`links` turns the pictures' Markdown-style links into the built site's addresses (run by
plansite.finish), `mdblock` passes the pictures through Markdown unread.
"""
