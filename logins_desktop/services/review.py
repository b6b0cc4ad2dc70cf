"""The yearly review the structure owes (PDF and CSV): people accompanied, entries, exits per
category, the dynamic-exit rate with its trend per site, the average time in the path and the
training hours. Statistics only: no name, no note. Counsellor only, audited."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from logins_desktop.domain.insertion import ExitCategory, Outcomes, outcomes
from logins_desktop.messages import msg, render
from logins_desktop.messages.core import format_number
from logins_desktop.services import audit
from logins_desktop.services.auth import SignedIn, require_role
from logins_desktop.services.insertion import PATH_ROLES
from logins_desktop.store.database import Database
from logins_desktop.store.models import InsertionContract, InsertionExit, Training

YEARS_OF_TREND = 3


@dataclass(frozen=True)
class YearlyReview:
    year: int
    accompanied: int
    entries: int
    outcomes: Outcomes
    months_in_path: float | None  # average, for the people who left this year
    training_hours: float
    rate_by_site: dict[str, dict[int, float | None]]  # site -> year -> dynamic rate


def yearly_review(db: Database, session: SignedIn, year: int) -> YearlyReview:
    reader = require_role(session, PATH_ROLES, "bilan annuel").key
    start, end = date(year, 1, 1), date(year, 12, 31)
    with db.write() as s:
        contracts = s.execute(select(InsertionContract.worker_id, InsertionContract.kind, InsertionContract.start_date,
                                     InsertionContract.end_date)).all()
        exits = s.execute(select(InsertionExit.worker_id, InsertionExit.day, InsertionExit.outcome,
                                 InsertionExit.site)).all()
        trainings = s.scalars(select(Training.done_hours).where(Training.start_date >= start,
                                                                Training.start_date <= end)).all()
        audit.record(s, reader, "path.review", "worker", "", year=year)
    accompanied = {w for w, _k, a, b in contracts if a <= end and b >= start}
    entries = sum(1 for _w, kind, a, _b in contracts if kind == "initial" and start <= a <= end)
    first_start: dict = {}
    for w, _k, a, _b in contracts:
        first_start[w] = min(a, first_start.get(w, a))
    this_year = [(w, d, o) for w, d, o, _site in exits if start <= d <= end]
    durations = [(d - first_start[w]).days / 30.44 for w, d, _o in this_year if w in first_start]
    by_site: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for _w, d, o, site in exits:
        if year - YEARS_OF_TREND < d.year <= year:
            by_site[site or "—"][d.year].append(o)
    rates = {site: {y: outcomes(years.get(y, [])).dynamic_rate for y in range(year - YEARS_OF_TREND + 1, year + 1)}
             for site, years in sorted(by_site.items())}
    return YearlyReview(year, len(accompanied), entries, outcomes(o for _w, _d, o in this_year),
                        round(sum(durations) / len(durations), 1) if durations else None,
                        round(sum(trainings), 1), rates)


def _say(lang: str, message_id: str, **args) -> str:
    return render(msg(message_id, **args), lang)


def _rate(value: float | None, lang: str) -> str:
    return "—" if value is None else f"{format_number(round(value * 100), lang)} %"


def write_csv(review: YearlyReview, path: Path, lang: str = "fr") -> None:
    """For French Excel: BOM, `;`, decimal comma; one figure a line."""
    def number(value) -> str:
        return "" if value is None else str(value).replace(".", ",")

    rows = [("indicateur", "valeur"), ("annee", review.year), ("personnes_accompagnees", review.accompanied),
            ("entrees", review.entries), ("sorties", review.outcomes.exits)]
    rows += [(f"sorties_{c}", n) for c, n in review.outcomes.by_category.items()]
    rows += [(f"sorties_{o}", n) for o, n in review.outcomes.by_outcome.items()]
    rate = review.outcomes.dynamic_rate
    rows += [("taux_sorties_dynamiques", number(None if rate is None else round(rate, 4))),
             ("duree_moyenne_parcours_mois", number(review.months_in_path)),
             ("heures_formation", number(review.training_hours))]
    for site, years in review.rate_by_site.items():
        rows += [(f"taux_{site}_{y}", number(None if r is None else round(r, 4))) for y, r in years.items()]
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerows((k, number(v) if isinstance(v, float) else v) for k, v in rows)


def render_pdf(review: YearlyReview, lang: str = "fr") -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=12, leading=16, spaceAfter=4)
    h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=22, leading=27)
    h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=19, spaceBefore=8,
                        textColor=HexColor("#1f4e9e"))

    def p(text: str, style=body) -> Paragraph:
        return Paragraph(escape(text.replace("\u202f", "\u00a0")), style)

    o = review.outcomes
    story = [p(_say(lang, "insertion.review.title", year=str(review.year)), h1),
             p(_say(lang, "insertion.review.people", accompanied=review.accompanied, entries=review.entries, exits=o.exits)),
             p(_say(lang, "insertion.review.rate", rate=_rate(o.dynamic_rate, lang))),
             p(_say(lang, "insertion.review.duration", months=format_number(review.months_in_path, lang))
               if review.months_in_path is not None else _say(lang, "insertion.review.duration_none")),
             p(_say(lang, "insertion.review.training", hours=format_number(review.training_hours, lang))),
             p(_say(lang, "insertion.review.exits_title"), h2)]
    categories = [c.value for c in ExitCategory]
    chart = VerticalBarChart()
    drawing = Drawing(170 * mm, 60 * mm)
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 10 * mm, 150 * mm, 45 * mm
    chart.data = [[o.by_category[c] for c in categories]]
    chart.categoryAxis.categoryNames = [_say(lang, f"insertion.review.category.{c}") for c in categories]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = max(1, -(-max(chart.data[0] + [1]) // 5))  # whole people
    chart.bars[0].fillColor = HexColor("#1b7f3b")
    chart.barLabelFormat = "%d"
    chart.barLabels.nudge = 7
    drawing.add(chart)
    story += [drawing]
    for c in categories:
        story.append(p(f"{_say(lang, f'insertion.review.category.{c}')} : {o.by_category[c]}"))
    story.append(p(_say(lang, "insertion.review.trend_title"), h2))
    if review.rate_by_site:
        sites = list(review.rate_by_site)
        years = list(next(iter(review.rate_by_site.values())))
        trend = VerticalBarChart()
        drawing = Drawing(170 * mm, 62 * mm)
        trend.x, trend.y, trend.width, trend.height = 12 * mm, 10 * mm, 110 * mm, 45 * mm
        trend.data = [[round((review.rate_by_site[s][y] or 0) * 100) for y in years] for s in sites]
        trend.categoryAxis.categoryNames = [str(y) for y in years]
        trend.valueAxis.valueMin, trend.valueAxis.valueMax = 0, 100
        palette = ["#1f4e9e", "#c26a00", "#1b7f3b", "#a30f17"]
        for i in range(len(sites)):
            trend.bars[i].fillColor = HexColor(palette[i % len(palette)])
        trend.barLabelFormat = "values"  # a year without exits says "—", not "0 %"
        trend.barLabelArray = [[_rate(review.rate_by_site[s][y], lang).replace("\u202f", " ") for y in years]
                               for s in sites]
        trend.barLabels.nudge = 7
        drawing.add(trend)
        legend = Legend()
        legend.x, legend.y = 130 * mm, 50 * mm
        legend.colorNamePairs = [(HexColor(palette[i % len(palette)]), site) for i, site in enumerate(sites)]
        drawing.add(legend)
        story.append(drawing)
        for site in sites:
            story.append(p(f"{site} : " + ", ".join(f"{y} {_rate(r, lang)}" for y, r in review.rate_by_site[site].items())))
    else:
        story.append(p(_say(lang, "insertion.review.no_exit")))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                      bottomMargin=16 * mm, title=_say(lang, "insertion.review.title", year=str(review.year))).build(story)
    return buffer.getvalue()
