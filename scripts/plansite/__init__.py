"""plansite: turns the plan's YAML data into cross-linked bilingual pages and exports.

Layers, lowest first; a module imports only from its own layer or lower ones
(tests/unit/test_layers.py reads the imports and fails otherwise):

- shared: problems, paths, pagekinds (the page registry), parallel, write, archive, search.text,
  i18n (the languages, read from their files: the one place a language code is named)
- model: model, proseformat (the syntax of content/ prose), yamlload, plantext
- load: load
- validate: validate, contentcheck
- index: crossref (reverse links, statuses), status, duties (calendars' duties, checklists)
- language: language (interface words, dates, names in each language; with i18n, the
  language layer)
- render (render/*, diagrams/*, abbr, mdext, slug) and, beside it, export (export, ical,
  sheets, xlsx): neither imports the other
- generate: prose (joins content/ with the cards), generate (the pipeline)
- site: sitebuild, offline, finish, pagesource, sharing, search/*, diagrams.links: the
  engine (MkDocs or ProperDocs) and the work over the HTML it built
- cli: cli, and scripts/mkdocs_hooks.py (the engine's glue)
"""
