"""Export stage: iCalendar (RFC 5545) files for the whole plan and per organisation.

CRLF line ends, lines folded at 75 octets without splitting a UTF-8 character,
TEXT escaping, stable UIDs, DTSTAMP from the status date (reproducible),
RRULE for recurring duties. Only duties go into calendars, not later changes.
The calendar of an organisation that has ended stops the day before it ended
(RRULE UNTIL), and leaves out one-off duties from that day on.

Written here, not with the icalendar library (which the tests use, independently, to
parse these files back): the library folds a property's first line short of 75 octets,
writes RRULE parts in its own order, and takes many times as long for the same files.
"""

from __future__ import annotations

import calendar as cal
import datetime as dt

from plansite import model as m
from plansite.crossref import Index
from plansite.duties import calendar_events, last_day
from plansite.language import pick, suffix, t, when_text
from plansite.model import task_number
from plansite.status import start_of


def escape_text(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 character nor right after a
    backslash (some clients misread an escape such as "\\," cut in two).

    Continuation lines start with a space, so they carry 74 octets of the line."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, start, limit = [], 0, 75
    while len(data) - start > limit:
        end = start + limit
        while data[end] & 0xC0 == 0x80:  # a UTF-8 continuation byte: cut before its character
            end -= 1
        if data[end - 1] == 0x5C:  # a backslash: keep it with the character it escapes
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, limit = end, 74
    parts.append(data[start:].decode("utf-8"))
    return "\r\n ".join(parts)


def _date(value: dt.date) -> str:
    return value.strftime("%Y%m%d")


def _timing(event: m.Event, until: dt.date | None) -> list[str]:
    """DTSTART, DTEND and RRULE lines of an event; recurrences end on `until` if given."""
    if event.date is not None:
        start = start_of(event.date)
        return [
            f"DTSTART;VALUE=DATE:{_date(start)}",
            f"DTEND;VALUE=DATE:{_date(start + dt.timedelta(days=1))}",
        ]
    rec = event.recurrence
    year, month, _ = m.date_key(rec.since)
    if rec.freq == m.Frequency.monthly:
        month = month or 1
        if rec.timing == m.Timing.during_month:
            last = cal.monthrange(year, month)[1]
            start = dt.date(year, month, last)
            rule = "FREQ=MONTHLY;BYMONTHDAY=-1"
        else:
            day = rec.day - 1 if rec.timing == m.Timing.before else rec.day
            start = dt.date(year, month, day)
            rule = f"FREQ=MONTHLY;BYMONTHDAY={day}"
        end = start + dt.timedelta(days=1)
    elif rec.timing == m.Timing.during_month:
        start = dt.date(year, rec.month, 1)
        end = dt.date(year + (rec.month == 12), rec.month % 12 + 1, 1)
        rule = f"FREQ=YEARLY;BYMONTH={rec.month}"
    else:
        day_date = dt.date(year, rec.month, rec.day)
        start = day_date - dt.timedelta(days=1) if rec.timing == m.Timing.before else day_date
        end = start + dt.timedelta(days=1)
        rule = f"FREQ=YEARLY;BYMONTH={start.month};BYMONTHDAY={start.day}"
    if until is not None:
        rule += f";UNTIL={_date(until)}"
    return [f"DTSTART;VALUE=DATE:{_date(start)}", f"DTEND;VALUE=DATE:{_date(end)}", f"RRULE:{rule}"]


def _event_lines(
    index: Index, event: m.Event, lang: str, stamp: str, until: dt.date | None
) -> list[str]:
    tasks = ", ".join(task_number(x) for x in event.tasks)
    description = f"{when_text(event, lang)}. {pick(event.description, lang)}"
    if tasks:
        description += f" ({t('tasks', lang)}: {tasks})"
    return [
        "BEGIN:VEVENT",
        f"UID:{event.id}@{index.data.plan.calendar.uid_domain}",
        f"DTSTAMP:{stamp}",
        *_timing(event, until),
        f"SUMMARY:{escape_text(pick(event.title, lang))}",
        f"DESCRIPTION:{escape_text(description)}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def render_calendar(
    index: Index, events: list[m.Event], name: str, lang: str, until: dt.date | None = None
) -> str:
    """A whole calendar; with `until`, no reminder falls after that day."""
    stamp = f"{_date(index.as_of)}T000000Z"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{index.data.plan.calendar.prodid}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for event in events:
        first = start_of(event.date or event.recurrence.since)
        if until is not None and first > until:
            continue
        lines += _event_lines(index, event, lang, stamp, until)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def files(index: Index, lang: str) -> dict[str, str]:
    """The whole plan's calendar and each organisation's (pagekinds: "calendars")."""
    sfx = suffix(lang)
    out = {
        f"ke-hoach{sfx}.ics": render_calendar(
            index, calendar_events(index, None), t("calendar_all", lang), lang
        )
    }
    for org in index.orgs.values():
        events = calendar_events(index, org.id)
        if events:
            out[f"{org.id}{sfx}.ics"] = render_calendar(
                index, events, pick(org.name, lang), lang, last_day(index, org.id)
            )
    return out
