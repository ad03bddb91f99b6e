"""Readers of the generator's outputs, shared by the layers that test them on the small plan
(unit/) and on the real one (content/, site/): the days a calendar reminds of, as a
calendar application expands them, and the arrows and links of the pictures."""

from __future__ import annotations

import datetime as dt
import posixpath
import re

import icalendar
from dateutil.rrule import rrulestr

HORIZON = dt.date(2040, 1, 1)
ARROW = re.compile(r'data-rel="([a-z_]+)" data-from="([^"]+)" data-to="([^"]+)"')
HREF = re.compile(r'href="([^"]+)"')


def occurrences(ics: str) -> list[dt.date]:
    """Every day a calendar reminds of, up to HORIZON: its events parsed back with icalendar
    and every recurrence expanded with dateutil's RFC 5545 rule parser."""
    days = []
    for event in icalendar.Calendar.from_ical(ics).walk("VEVENT"):
        start = event.decoded("DTSTART")
        rule = event.get("RRULE")
        if rule is None:
            days.append(start)
            continue
        expanded = rrulestr(rule.to_ical().decode(), dtstart=dt.datetime.combine(start, dt.time()))
        end = dt.datetime.combine(HORIZON, dt.time())
        days += [d.date() for d in expanded.between(dt.datetime(1900, 1, 1), end, inc=True)]
    return days


def arrows(markup: str) -> set[tuple[str, str, str]]:
    """(relation, from, to) of every arrow a picture draws."""
    return set(ARROW.findall(markup))


def written_relations(index) -> set[tuple[str, str, str]]:
    """(relation, from, to) for every relation in the data."""
    out = {
        (rel, doc.id, target)
        for doc in index.docs.values()
        for rel in ("implements", "based_on", "replaces", "amends")
        for target in getattr(doc.relations, rel)
    }
    out |= {("programme", p.document, f"p:{p.id}") for p in index.programmes.values()}
    return out


def picture_links(page: str, markdown: str) -> list[str]:
    """Links of a page's pictures, as paths of generated files (fragments dropped)."""
    out = []
    for figure in re.findall(r'<figure class="dg-figure">.*?</figure>', markdown, re.DOTALL):
        for href in HREF.findall(figure):
            target = href.split("#")[0]
            if target and not target.startswith("/"):
                out.append(posixpath.normpath(posixpath.join(posixpath.dirname(page), target)))
    return out


def picture_link_check(pages: dict[str, str]) -> tuple[list[str], list[str], int]:
    """Of generated pages (file name -> Markdown): those with pictures, the picture links
    that lead to no generated page ("page: target"), and how many links were checked."""
    with_pictures = [name for name, text in pages.items() if "dg-figure" in str(text)]
    generated = {name.replace(".en.md", ".md") for name in pages}
    links = [
        (name, target) for name in with_pictures for target in picture_links(name, pages[name])
    ]
    broken = [f"{name}: {target}" for name, target in links if target not in generated]
    return with_pictures, broken, len(links)
