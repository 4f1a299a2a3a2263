"""`python -m reviewer …` runs the headless command line."""

from reviewer.cli import main

raise SystemExit(main())
