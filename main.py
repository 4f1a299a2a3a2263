"""Starts the Aktgranskning desktop app: `python main.py [PROJECT.aktg]`."""

from reviewer.ui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
