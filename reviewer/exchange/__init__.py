"""Exchange packages (*.aktgx): a project, or some of its units, as one file for a colleague;
importing one as a project of its own, and merging one into the project it came from.

A package is a zip of `manifest.json` and the payload: a consistent snapshot of the project
file (SQLite's backup API), optionally encrypted with AES-256-GCM under a key derived from
the password with scrypt. Everything is checked before anything is written: the zip's
names, sizes against what the manifest says, the payload's SHA-256, the password, and that
the payload is a project file of the project named.

The rooms: `manifest` (what a package says, read within bounds), `crypto` (sealing with a
password), `archive` (the zip), `safety` (the personnummer guard at the door), `package`
(export, open, import) and `merge` (merging, and its report).
"""

from reviewer.exchange.archive import read_manifest
from reviewer.exchange.manifest import ENCRYPTED_NAME, MANIFEST_NAME, PAYLOAD_NAME, Manifest
from reviewer.exchange.merge import MergeReport, merge_package
from reviewer.exchange.package import export_package, import_package, open_package, open_payload

__all__ = ["ENCRYPTED_NAME", "MANIFEST_NAME", "PAYLOAD_NAME", "Manifest", "MergeReport",
           "export_package", "import_package", "merge_package", "open_package",
           "open_payload", "read_manifest"]
