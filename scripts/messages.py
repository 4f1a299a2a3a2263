"""List every translatable message in the code (the literals in `_()` and `N_()` calls).

`python scripts/messages.py --missing sv` prints those the Swedish catalog lacks.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def messages(root: Path = ROOT / "reviewer") -> dict[str, str]:
    """msgid -> first place it is used, for every module outside the Qt UI."""
    found: dict[str, str] = {}
    for path in sorted(root.rglob("*.py")):
        if "ui" in path.relative_to(root).parts:
            continue  # Qt widgets translate through Qt's own .ts files
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name | ast.Attribute)
                    and (getattr(node.func, "id", None) or getattr(node.func, "attr", None))
                    in ("_", "N_") and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.setdefault(node.args[0].value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--missing":
        catalog = json.loads((ROOT / "resources" / "i18n" / f"{sys.argv[2]}.json").read_text(
            encoding="utf-8"))
        missing = {m: w for m, w in messages().items() if m not in catalog}
        print(json.dumps(missing, ensure_ascii=False, indent=2))
        return 1 if missing else 0
    for message, where in messages().items():
        print(f"{where}\t{message!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
