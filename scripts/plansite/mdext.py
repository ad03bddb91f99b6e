"""Render stage helper: a Markdown extension that gives every anchored paragraph a visible link.

Paragraphs and list items that carry an explicit id (`{: #ii-1-3 }`) get a
small link showing that id, e.g. "#ii-1-3", so a reader can copy a permanent
address on a phone. Headings keep the toc extension's permalink.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

TAGS = {"p", "li", "div"}


class ParagraphLinks(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            anchor = element.get("id")
            if element.tag not in TAGS or not anchor or anchor.startswith("fn"):
                continue
            target = element
            if element.tag == "li" and len(element) and element[0].tag == "p":
                target = element[0]
            link = etree.SubElement(target, "a")
            link.set("class", "para-link")
            link.set("href", f"#{anchor}")
            link.text = f"#{anchor}"
            link.tail = None
            classes = element.get("class", "")
            element.set("class", f"{classes} anchored".strip())


class ParagraphLinksExtension(Extension):
    def extendMarkdown(self, md) -> None:  # noqa: N802 (Markdown's API name)
        # after attr_list (priority 8) has set the ids
        md.treeprocessors.register(ParagraphLinks(md), "plansite_paragraph_links", 4)


def makeExtension(**kwargs) -> ParagraphLinksExtension:  # noqa: N802 (Markdown's API name)
    return ParagraphLinksExtension(**kwargs)
