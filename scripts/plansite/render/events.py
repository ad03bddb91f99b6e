"""Render stage helper: how an event's timing reads in each language."""

from __future__ import annotations

from plansite import model as m
from plansite.labels import t
from plansite.render.common import date_text, month_name


def when_text(event: m.Event, lang: str) -> str:
    if event.date is not None:
        return date_text(event.date, lang)
    rec = event.recurrence
    every = t("every_year" if rec.freq == m.Frequency.yearly else "every_month", lang)
    if rec.timing == m.Timing.during_month:
        return (
            every
            if rec.month is None
            else f"{every}, {t('in_month', lang)} {month_name(rec.month, lang)}"
        )
    key = "before_day" if rec.timing == m.Timing.before else "on_day"
    if rec.freq == m.Frequency.monthly:
        return f"{every}, {t(key, lang)} {rec.day}"
    return f"{every}, {t(key, lang)} {rec.day} {month_name(rec.month, lang)}"
