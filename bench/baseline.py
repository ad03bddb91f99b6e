"""Benchmark helper: the default-configuration baseline for the same generated Markdown.

MkDocs + Material + mkdocs-static-i18n with their defaults: no hooks, no theme
overrides, no explicit nav (MkDocs lists every page in it), no theme features
(so no navigation.prune). The Markdown extensions are ours, so both builds
render the same content.
"""

from __future__ import annotations

from pathlib import Path

import yaml

NAME = "mkdocs-default.yml"


def write_config(project: Path) -> Path:
    ours = (project / "mkdocs.yml").read_text(encoding="utf-8")
    start = ours.index("markdown_extensions:")
    extensions = ours[start : ours.index("\nplugins:", start)]
    config = {
        "site_name": "Baseline",
        "theme": {"name": "material", "language": "vi"},
        "plugins": [
            "search",
            {
                "i18n": {
                    "docs_structure": "suffix",
                    "languages": [
                        {"locale": "vi", "default": True, "name": "Tiếng Việt", "build": True},
                        {"locale": "en", "name": "English", "build": True},
                    ],
                }
            },
        ],
    }
    text = yaml.safe_dump(config, allow_unicode=True, sort_keys=False) + extensions + "\n"
    path = project / NAME
    path.write_text(text, encoding="utf-8")
    return path
