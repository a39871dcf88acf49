"""Entry point of the bundled ``imr-studio`` program (the command line, and the window when given no command)."""

from imr_studio.cli import main

raise SystemExit(main())
