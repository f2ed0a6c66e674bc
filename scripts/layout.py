"""Lines of code per app, the largest module, and the 400-line limit on any module.

    python scripts/layout.py           # prints the table; exits 1 if a module is over the limit

Migrations are left out: they are generated. Prints what the README's layout promises, so the
figures can be checked by anyone.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

LIMIT = 400
ROOT = Path(__file__).resolve().parent.parent


def python_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "*.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [ROOT / name for name in listed if "/migrations/" not in name and (ROOT / name).exists()]


def main() -> int:
    files = python_files()
    apps = {path.parent.name for path in ROOT.glob("*/apps.py")} | {"config"}
    lines = {path: len(path.read_text(encoding="utf-8").splitlines()) for path in files}
    per_app: Counter[str] = Counter()
    for path, count in lines.items():
        top = path.relative_to(ROOT).parts[0]
        if top in apps:
            per_app[top] += count
    total = sum(per_app.values())
    print(f"{'app':<12}{'lines':>7}{'share':>8}")
    for app, count in per_app.most_common():
        print(f"{app:<12}{count:>7}{count / total:>8.0%}")
    print(f"{'all apps':<12}{total:>7}")
    largest = max(lines, key=lines.get)
    print(f"largest module: {largest.relative_to(ROOT)} ({lines[largest]} lines)")
    over = [path for path, count in lines.items() if count > LIMIT]
    for path in over:
        print(f"over {LIMIT} lines: {path.relative_to(ROOT)} ({lines[path]})", file=sys.stderr)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
