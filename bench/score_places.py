"""Score find_places alone on the development set, and on the demo samples when their
gold exists: one minimal export per set, then the shared scorer.

    .venv/bin/python bench/score_places.py [-v] [--show]

Body regions, language and date come from the header and boilerplate finders when they
load, else the whole text is the body.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loaders.lang import detect  # noqa: E402
from loaders.places import find_places  # noqa: E402
from loaders.records import Region  # noqa: E402

SCORER = ROOT.parent / "shared" / "tools" / "score.py"
SETS = [
    (ROOT.parent / "shared" / "seeds", ROOT.parent / "shared" / "gold"),
    (ROOT / "samples", ROOT / "tests" / "fixtures" / "samples_gold"),
]


def body_of(text: str) -> tuple[list[Region], str, str | None]:
    """Body regions, language and date as the pipeline finds them, or the whole text."""
    try:
        from loaders.boilerplate import find_regions
        from loaders.header import parse_header
        header = parse_header(text)
        regions, lang = find_regions(text, header.regions)
        return [r for r in regions if r.role == "body"], lang, header.published
    except Exception:  # the header and boilerplate finders are others' work in progress
        return [Region(0, len(text), "body")], detect(text), None


def export(paths: list[Path], show: bool = False) -> dict:
    docs = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        body, lang, published = body_of(text)
        found = find_places(text, body, lang, published)
        names = sorted({p.name for p in found.places.values()})
        if show:
            print(f"== {path.name} ({lang}) home={found.home}")
            for m in found.mentions:
                p = found.places[m.place_key]
                print(f"   {text[m.start:m.end]!r:28} -> {p.name} [{p.country} {p.kind} {p.key}]")
        docs.append({"id": path.name, "source": str(path), "lang": lang, "published": None, "title": None,
                     "localities": names})
    return {"documents": docs, "localities": [], "agreements": [], "figures": []}


def score(texts: Path, gold: Path, *, verbose: bool = False, show: bool = False, as_json: bool = False) -> str:
    """The scorer's report for find_places on one set ("" when the set or scorer is absent)."""
    golds = sorted(gold.glob("*.json")) if gold.is_dir() else []
    if not golds or not SCORER.exists():
        return ""
    wanted = {json.loads(g.read_text(encoding="utf-8"))["doc"] for g in golds}
    paths = [p for p in sorted(texts.glob("*")) if p.name in wanted]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(export(paths, show), fh)
    cmd = [sys.executable, str(SCORER), "--gold", str(gold), "--export", fh.name]
    cmd += ["-v"] if verbose else []
    cmd += ["--json"] if as_json else []
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    finally:
        Path(fh.name).unlink(missing_ok=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true", help="list every miss and extra")
    ap.add_argument("--show", action="store_true", help="print every mention")
    args = ap.parse_args()
    for texts, gold in SETS:
        out = score(texts, gold, verbose=args.v, show=args.show)
        if not out:
            continue
        lines = out.splitlines()
        print(f"# {texts}")
        print("\n".join(line for line in lines if line.startswith(("localities", "--", "   locality"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
