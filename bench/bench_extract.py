"""How many ~3 KB articles per second the extraction handles on one core.

    .venv/bin/python bench/bench_extract.py [--docs 3000] [--size 3000]

Documents are built from the development articles (../shared/seeds and samples/):
each is a random run of their paragraphs cut to about ``--size`` characters, with
its numbers changed, so no two are alike and every grammar path is exercised.
Three figures are printed:

- ``extractors``: sentence splitting, agreements and figures on prepared contexts
  (places already found), the part this module set owns;
- ``localities``: header, boilerplate and places, the stage that finds and resolves
  localities;
- ``pipeline``: ``loaders.pipeline.extract`` end to end (header, boilerplate,
  places, sentences, agreements, figures), when it can run.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loaders.agreements import extract_agreements  # noqa: E402
from loaders.context import DocContext  # noqa: E402
from loaders.figures import extract_figures  # noqa: E402
from loaders.sentences import split_sentences  # noqa: E402

SOURCES = [ROOT.parent / "shared" / "seeds", ROOT / "samples"]


def corpus(n: int, size: int, seed: int = 7) -> list[str]:
    paragraphs: dict[str, list[str]] = {}
    for folder in SOURCES:
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix not in (".txt", ".md"):
                continue
            text = path.read_text(encoding="utf-8")
            paras = [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.strip()) > 40]
            paragraphs[path.name] = paras
    rng = random.Random(seed)
    names = sorted(paragraphs)
    docs = []
    for i in range(n):
        paras = paragraphs[names[i % len(names)]]
        out, length = [], 0
        while length < size:
            p = rng.choice(paras)
            p = re.sub(r"\d+", lambda m: str(rng.randint(1, 999)) if len(m.group()) < 4 else m.group(), p)
            out.append(p)
            length += len(p) + 2
        docs.append("\n\n".join(out)[:size + 400])
    return docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--size", type=int, default=3000)
    args = ap.parse_args()
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    except (AttributeError, OSError):
        pass
    docs = corpus(args.docs, args.size)
    mean = sum(map(len, docs)) / len(docs)
    print(f"{len(docs)} documents, {mean:.0f} characters on average")

    try:
        from loaders.boilerplate import find_regions
        from loaders.header import parse_header
        from loaders.places import find_places
        prepared = []
        for text in docs:
            header = parse_header(text)
            regions, lang = find_regions(text, header.regions)
            body = [r for r in regions if r.role == "body"]
            found = find_places(text, body, lang, published=header.published)
            prepared.append(DocContext(text=text, lang=lang, published=header.published, body=body,
                                       mentions=found.mentions, places=found.places,
                                       country_cues=found.country_cues, home=found.home))
    except Exception as exc:  # places in progress elsewhere: no mentions, the grammar still runs
        print(f"(no places: {exc!r})")
        from loaders.lang import detect
        from loaders.records import Region
        prepared = [DocContext(text=t, lang=detect(t), published="2024", body=[Region(0, len(t), "body")])
                    for t in docs]

    n_agr = n_fig = 0
    t0 = time.process_time()
    for ctx in prepared:
        ctx.sentences = split_sentences(ctx.text, ctx.body)
        n_agr += len(extract_agreements(ctx))
        n_fig += len(extract_figures(ctx))
    dt = time.process_time() - t0
    print(f"extractors: {len(prepared) / dt:8.0f} documents/s  ({dt * 1000 / len(prepared):.2f} ms each; "
          f"{n_agr} agreements, {n_fig} figures)")

    try:
        from loaders.boilerplate import find_regions
        from loaders.header import parse_header
        from loaders.places import find_places
        t0 = time.process_time()
        n_places = 0
        for text in docs:
            header = parse_header(text)
            regions, lang = find_regions(text, header.regions)
            body = [r for r in regions if r.role == "body"]
            n_places += len(find_places(text, body, lang, published=header.published).mentions)
        dt = time.process_time() - t0
        print(f"localities: {len(docs) / dt:8.0f} documents/s  ({dt * 1000 / len(docs):.2f} ms each; "
              f"header, boilerplate and places: {n_places} mentions)")
    except Exception as exc:
        print(f"localities: not run ({exc!r})")

    try:
        from loaders.pipeline import extract
        extract(docs[0], "warm-up")
        t0 = time.process_time()
        for i, text in enumerate(docs):
            extract(text, f"doc{i}.txt")
        dt = time.process_time() - t0
        print(f"pipeline:   {len(docs) / dt:8.0f} documents/s  ({dt * 1000 / len(docs):.2f} ms each)")
    except Exception as exc:
        print(f"pipeline:   not run ({exc!r})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
