"""``python -m imr_studio``: the same as the ``imr-studio`` command."""

from .cli import main

raise SystemExit(main())
