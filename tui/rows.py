"""Store rows turned into table rows and sentences for people.

Pure functions of the dicts ``store.queries`` returns: no SQL and no widgets, so
each screen stays about layout and keys.
"""
from __future__ import annotations

from tui.text import dash, format_value, one_line
from tui.widgets.table import Column, Row

LOCALITY_COLUMNS = (Column("Locality", 10, flex=1, max_width=32), Column("Cc", 2), Column("Agr", 3, align="right"),
                    Column("Fig", 3, align="right"))
TIE_COLUMNS = (Column("Partner", 8, flex=1, max_width=32), Column("Cc", 2), Column("Kind", 11), Column("Status", 11),
               Column("Date", 7), Column("Doc", 3, align="right"))
FIGURE_COLUMNS = (Column("Metric", 9, flex=1, max_width=20), Column("Value", 12, align="right"), Column("Qual.", 6),
                  Column("Cc", 2), Column("Year", 4), Column("Doc", 5, align="right"))
DOCUMENT_COLUMNS = (Column("#", 5, align="right"), Column("Date", 10), Column("Ln", 2),
                    Column("Title", 12, flex=1), Column("Agr", 3, align="right"), Column("Fig", 3, align="right"))
RELATION_COLUMNS = (Column("Date", 10), Column("Kind", 11), Column("Status", 11), Column("Published", 10),
                    Column("Document", 8, flex=1), Column("Doc", 5, align="right"))


def locality_row(row: dict, labels: dict[str, str] | None = None) -> Row:
    name = (labels or {}).get(row["id"], row["name"])
    return Row(row["id"], (name, row["country"], str(row["agreements"]), str(row["figures"])), row,
               dim=not (row["agreements"] or row["figures"]))


def tie_key(row: dict) -> str:
    return "\x1f".join((row["partner_id"], row["kind"], row["status"], row["date"] or ""))


def tie_row(row: dict, labels: dict[str, str] | None = None) -> Row:
    partner = row["partner_label"] = (labels or {}).get(row["partner_id"], row["partner"])
    return Row(tie_key(row), (partner, row["partner_country"], row["kind"], row["status"],
                              short_date(row["date"]), str(row["documents"])), row)


def figure_row(row: dict) -> Row:
    return Row(str(row["id"]), (row["metric"], format_value(row["value"], row["unit"]), row["qualifier"] or "",
                                dash(row["partner"]), dash(row["year"]), f"#{row['document_id']}"), row)


def document_row(row: dict) -> Row:
    return Row(str(row["id"]), (f"#{row['id']}", dash(row["published"]), row["lang"] or "", row["title"] or "",
                                str(row["agreements"]), str(row["figures"])), row)


def relation_row(row: dict) -> Row:
    return Row(str(row["agreement_id"]), (dash(row["date"]), row["kind"], row["status"], dash(row["published"]),
                                          row["title"] or row["source"], f"#{row['document_id']}"), row)


def short_date(date: str | None) -> str:
    # A date column of 7 cells shows year and month; the full date is in the preview.
    return "—" if not date else date[:7]


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def source_line(row: dict) -> str:
    title = row.get("title") or row.get("source") or "untitled"
    when = f", {row['published']}" if row.get("published") else ""
    return f"{title}{when} (#{row['document_id']})"


def tie_summary(row: dict) -> str:
    date = row["date"] or "undated"
    fields = f" · {', '.join(row['fields'])}" if row.get("fields") else ""
    return (f"{row.get('partner_label') or row['partner']} ({row['partner_country']}) · {row['kind']} {row['status']} · {date}{fields}"
            f" · {plural(row['documents'], 'doc')}")


def figure_summary(row: dict) -> str:
    qualifier = f"{row['qualifier']} " if row.get("qualifier") else ""
    partner = f" · partner {row['partner']}" if row.get("partner") else ""
    year = f" · {row['year']}" if row.get("year") else ""
    return f"{row['metric']}: {qualifier}{format_value(row['value'], row['unit'])}{partner}{year}"


def relation_summary(row: dict) -> str:
    date = row["date"] or "no date stated"
    return f"{row['kind']} · {row['status']} · {date} · {row.get('lang') or '?'}"


def quote(sentence: str, row: dict) -> str:
    """What ``c`` copies: the sentence and where it comes from."""
    parts = [row.get("title") or "untitled", row.get("published"), row.get("source")]
    return f"“{' '.join(one_line(sentence).split())}” — " + ", ".join(one_line(p) for p in parts if p)
