"""Entry point for `python -m plansite`."""

from plansite.cli import main

raise SystemExit(main())
