"""Score the extraction on every development set at hand, through the real CLI.

    python bench/score_sets.py [-v] [--set NAME=ARTICLES:GOLD ...]

Sets: the shared seeds (../shared/seeds with ../shared/gold), the demo corpus
(samples/ with tests/fixtures/samples_gold/) and the held-out set (eval/holdout/,
never tuned on: see its README); more with --set.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "tools" / "score.py"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=ARTICLES:GOLD")
    args = ap.parse_args()
    sets = [("seeds", ROOT.parent / "shared" / "seeds", ROOT.parent / "shared" / "gold"),
            ("samples", ROOT / "samples", ROOT / "tests" / "fixtures" / "samples_gold"),
            ("holdout", ROOT / "eval" / "holdout" / "articles", ROOT / "eval" / "holdout" / "gold")]
    for spec in args.set:
        name, _, dirs = spec.partition("=")
        articles, _, gold = dirs.partition(":")
        sets.append((name, Path(articles), Path(gold)))
    if not SCORER.exists():
        print(f"no scorer at {SCORER}", file=sys.stderr)
        return 1
    cli = [sys.executable, "-m", "twinlens"]
    for name, articles, gold in sets:
        if not articles.is_dir() or not gold.is_dir():
            print(f"{name}: skipped ({articles} or {gold} missing)")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            db, out = Path(tmp) / "s.db", Path(tmp) / "s.json"
            subprocess.run([*cli, "load", "-q", "--db", str(db), str(articles)], cwd=ROOT, check=False)
            subprocess.run([*cli, "export", "--db", str(db), "--output", str(out)], cwd=ROOT, check=True)
            res = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--export", str(out)]
                                 + (["-v"] if args.verbose else []), capture_output=True, text=True, check=True)
        print(f"== {name}")
        print(res.stdout if args.verbose else "\n".join(res.stdout.splitlines()[:14]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
