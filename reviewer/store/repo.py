"""The three reads `reviewer.summary` takes under their old names, until it imports them from
`structure` and `events` itself (issue 12: summary.py changes on another branch; then this
module goes). Everything else reads `structure`, `events` and `integrity` directly."""

from reviewer.store.events import head_table
from reviewer.store.structure import list_case_files, list_units

__all__ = ["head_table", "list_case_files", "list_units"]
