"""plansite: turns the plan's YAML data into cross-linked bilingual pages and exports.

Stages: load (yamlload) -> validate (validate) -> index (index) -> render (render/*)
-> write (write), plus exports (calendar, export), then, over the HTML any engine built,
finish. The engine (MkDocs or ProperDocs) is imported only by sitebuild (the `build`
command) and called from scripts/mkdocs_hooks.py.
"""
