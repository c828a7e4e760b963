"""Command palette providers: jump to a locality or a document by name.

Localities are ranked by the finder's own index; documents by their folded
titles. Both rank in a thread, and show names as plain text (never markup).
"""
from __future__ import annotations

import asyncio
from functools import partial

from rapidfuzz import fuzz, process
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from tui.fold import fold
from tui.text import one_line

LIMIT = 20


class LocalityCommands(Provider):
    """Jump to a locality."""

    async def discover(self) -> Hits:
        overview = self.app.overview
        if overview is None:
            return
        for i in overview.order[:LIMIT]:
            yield self._hit(overview.localities[i], 0.0, discovery=True)

    async def search(self, query: str) -> Hits:
        overview = self.app.overview
        if overview is None or overview.index is None:
            return
        order = await asyncio.to_thread(overview.index.rank, query)
        for n, i in enumerate(order[:LIMIT]):
            yield self._hit(overview.localities[i], 1.0 - n / (LIMIT + 1))

    def _hit(self, place: dict, score: float, discovery: bool = False):
        name = one_line(self.app.overview.labels.get(place["id"], place["name"]))
        prompt = Content(f"{name} ({one_line(place['country'])})")
        help_text = Content(f"locality · {place['agreements']} agreements · {place['figures']} figures")
        command = partial(self.app.jump_to_locality, place["id"])
        if discovery:
            return DiscoveryHit(prompt, command, text=name, help=help_text)
        return Hit(score, prompt, command, text=name, help=help_text)


class DocumentCommands(Provider):
    """Open a document by its title."""

    async def search(self, query: str) -> Hits:
        overview = self.app.overview
        wanted = fold(query)
        if overview is None or not wanted or not overview.folded_titles:
            return
        found = await asyncio.to_thread(process.extract, wanted, overview.folded_titles, scorer=fuzz.WRatio,
                                        processor=None, limit=LIMIT, score_cutoff=60)
        for _, score, i in found:
            doc = overview.titles[i]
            title = one_line(doc["title"] or "(no title)")
            yield Hit(score / 100 * 0.99, Content(title),
                      partial(self.app.open_document, doc["id"], None), text=title,
                      help=Content(one_line(f"document #{doc['id']} · {doc['published'] or 'undated'}")))
