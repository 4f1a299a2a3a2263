"""Moved to `reviewer.backups`, the domain's door to backups (issue 12). The command line
(`reviewer/cli/projects.py`) imports these two names from here until it imports them from
there; then this module goes."""

from reviewer.backups import list_backups, restore_backup

__all__ = ["list_backups", "restore_backup"]
