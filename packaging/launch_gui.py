"""Entry point of the bundled ``imr-studio-gui`` program: the window, with no console (on Windows)."""

from imr_studio.cli import gui_main

raise SystemExit(gui_main())
