"""Aktgranskning: the case-file review domain (no Qt here).

The desktop app lives in `reviewer.ui`; storage in `reviewer.store`.
"""

__version__ = "0.1.0"
