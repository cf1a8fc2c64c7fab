"""``python -m osce_model``: the same as the ``osce-model`` command."""

from .cli import main

raise SystemExit(main())
