"""plansite: turns the plan's YAML data into cross-linked bilingual pages and exports.

Stages: load (yamlload) -> validate (validate) -> index (index) -> render (render/*)
-> write (write), plus exports (calendar, export). MkDocs is only called by
scripts/mkdocs_hooks.py and by the `build` command; nothing here imports it.
"""
