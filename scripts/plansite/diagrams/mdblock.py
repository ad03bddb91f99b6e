"""Build stage helper: a Markdown extension that passes the pictures through as they are.

A picture (svg.figure) is one raw-HTML block of a generated page. Python-Markdown would
read it tag by tag with Python's HTMLParser (md_in_html's block reader), only to write it
out unchanged: the pictures' many small SVG elements made that a tenth of the Markdown
step. This preprocessor runs before that reader and stores each picture that stands on
lines of its own in Markdown's stash of raw HTML, as the reader would have, so the page
comes out the same. Its links are made addresses of the built site later, over the built
HTML, whatever engine built it (plansite.finish, plansite.diagrams.links).
"""

from __future__ import annotations

import re

from markdown import Extension
from markdown.preprocessors import Preprocessor

# A picture standing on its own lines with a blank line after it (svg.figure writes it
# without one inside); anything else is left to the reader.
_PICTURE = re.compile(
    r'^<figure class="dg-figure">.*?</figure>(?=\n[ ]*\n)', re.MULTILINE | re.DOTALL
)


class PictureBlocks(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if '<figure class="dg-figure">' not in text:
            return lines

        def stash(picture: re.Match) -> str:
            # What the reader stores and leaves for a block followed by a blank line.
            placeholder = self.md.htmlStash.store(picture.group(0) + "\n")
            return f"\n{placeholder}\n\n"

        return _PICTURE.sub(stash, text).split("\n")


class PictureBlocksExtension(Extension):
    def extendMarkdown(self, md) -> None:  # noqa: N802 (Markdown's API name)
        # after normalize_whitespace (30), before the raw-HTML block reader (html_block, 20)
        md.preprocessors.register(PictureBlocks(md), "plansite_picture_blocks", 25)


def makeExtension(**kwargs) -> PictureBlocksExtension:  # noqa: N802 (Markdown's API name)
    return PictureBlocksExtension(**kwargs)
