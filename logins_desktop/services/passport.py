"""The skills passport: a PDF a person keeps and hands to an employer, built from what the floor
recorded (station sessions, scans, help calls) plus the trainings and immersions of their path.

What goes in is chosen here, column by column: sessions, scan decisions, help-call times, training
titles and certifications, immersion hosts and dates. No restriction, note, suspension reason or
health fact is read, so none can be printed. Who may build it: the counsellor, or the person
themself (their own badge sign-in at a station: "mon parcours"). Every build is in the audit log.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.insertion import ContractPeriod, weekdays
from logins_desktop.domain.passport import DEFAULT_JOB_CODES, PassportFigures, Trend, WorkSpan, figures
from logins_desktop.messages import msg, render
from logins_desktop.messages.core import format_number
from logins_desktop.services import audit
from logins_desktop.services.auth import SignedIn, require_role, verify_session
from logins_desktop.services.insertion import PATH_ROLES, session_spans, worker_of
from logins_desktop.store.database import Database
from logins_desktop.store.models import (
    HelpCall,
    Immersion,
    InsertionContract,
    InsertionSuspension,
    PassportJobCode,
    ScanDecision,
    ScanEvent,
    Training,
)

__all__ = ["PassportService", "PassportView", "PassportFigures", "Trend"]


@dataclass(frozen=True)
class TrainingLine:
    title: str
    certification: str
    done_hours: float
    obtained_on: date | None


@dataclass(frozen=True)
class ImmersionLine:
    host: str
    start: date
    end: date


@dataclass(frozen=True)
class PassportView:
    badge: str
    name: str
    figures: PassportFigures
    trainings: tuple[TrainingLine, ...]
    immersions: tuple[ImmersionLine, ...]
    made_on: date


def _own_or_counsellor(session: SignedIn, badge: str) -> str:
    """The counsellor, or the person themself (a worker's sign-in carries their badge, no role)."""
    if verify_session(session) and session.role is None and session.key == badge:
        return session.key
    return require_role(session, PATH_ROLES, msg("auth.what.passeport_de_competences")).key


class PassportService:
    def __init__(self, db: Database, today: Callable[[], date] = date.today):
        self._db = db
        self._today = today

    # ------------------------------------------------------------ the job codes (ROME), editable

    def job_codes(self) -> dict[str, tuple[str, str]]:
        with self._db.read() as s:
            stored = {r.operation: (r.rome_code, r.label) for r in s.scalars(select(PassportJobCode))}
        return {**DEFAULT_JOB_CODES, **stored}

    def set_job_code(self, session: SignedIn, operation: str, rome_code: str, label: str) -> None:
        author = require_role(session, PATH_ROLES, msg("auth.what.codes_metier_du_passeport")).key
        rome_code = rome_code.strip().upper()
        if not (len(rome_code) == 5 and rome_code[0].isalpha() and rome_code[1:].isdigit()):
            raise DomainError(msg("passport.bad_rome", code=rome_code))
        if not operation.strip() or not label.strip():
            raise DomainError(msg("passport.code_needs_label"))
        with self._db.write() as s:
            row = s.get(PassportJobCode, operation.strip())
            if row is None:
                s.add(PassportJobCode(operation=operation.strip(), rome_code=rome_code, label=label.strip()))
            else:
                row.rome_code, row.label = rome_code, label.strip()
            audit.record(s, author, "passport.job_code", "passport", operation.strip(), rome=rome_code)

    # ------------------------------------------------------------ the passport

    def view(self, session: SignedIn, badge: str) -> PassportView:
        reader = _own_or_counsellor(session, badge)
        codes = self.job_codes()
        today = self._today()
        with self._db.write() as s:
            worker = worker_of(s, badge)
            spans = [WorkSpan(op, start, seconds, units) for op, start, seconds, units in session_spans(s, worker.id)]
            scans = s.execute(select(ScanEvent.created_at, ScanEvent.decision)
                              .where(ScanEvent.worker_id == worker.id,
                                     ScanEvent.decision.in_((ScanDecision.ACCEPTED.value,
                                                             ScanDecision.REJECTED.value)))).all()
            calls = s.scalars(select(HelpCall.created_at).where(HelpCall.worker_id == worker.id)).all()
            periods = [ContractPeriod(c.start_date, min(c.end_date, c.ended_on or c.end_date), c.weekly_hours)
                       for c in s.scalars(select(InsertionContract).where(InsertionContract.worker_id == worker.id))]
            # Dates only: the days away are not expected at work; why they were away is never read.
            away = {d for a, b in s.execute(select(InsertionSuspension.start_date, InsertionSuspension.end_date)
                                            .where(InsertionSuspension.worker_id == worker.id))
                    for d in weekdays(a, b)}
            away |= {d for a, b in s.execute(select(Immersion.start_date, Immersion.end_date)
                                             .where(Immersion.worker_id == worker.id)) for d in weekdays(a, b)}
            expected = None
            first_day = min((span.start.astimezone().date() for span in spans), default=None)
            if periods and first_day is not None:
                # Counted from the first day the floor recorded: before it, no station could have seen the person.
                expected = len({d for p in periods for d in weekdays(max(p.start, first_day), min(p.end, today))}
                               - away)
            trainings = tuple(TrainingLine(t.title, t.certification, t.done_hours, t.obtained_on)
                              for t in s.scalars(select(Training).where(Training.worker_id == worker.id)
                                                 .order_by(Training.start_date)))
            immersions = tuple(ImmersionLine(i.host, i.start_date, i.end_date)
                               for i in s.scalars(select(Immersion).where(Immersion.worker_id == worker.id,
                                                                          Immersion.end_date < today)
                                                  .order_by(Immersion.start_date)))
            audit.record(s, reader, "passport.read", "worker", badge)
            return PassportView(worker.badge, worker.display_name,
                                figures(spans, [(at, d == ScanDecision.ACCEPTED.value) for at, d in scans], calls,
                                        codes, expected),
                                trainings, immersions, today)

    def pdf(self, session: SignedIn, badge: str, out: Path | None = None, lang: str = "fr") -> bytes:
        data = render_pdf(self.view(session, badge), lang)
        if out is not None:
            Path(out).write_bytes(data)
        return data


# ---------------------------------------------------------------- the document


def _day(d: date | None, lang: str) -> str:
    if d is None:
        return "—"
    return d.strftime("%d/%m/%Y") if lang == "fr" else d.isoformat()


def _share(value: float | None, lang: str) -> str:
    return "—" if value is None else f"{format_number(round(value * 100), lang)} %"


def _printable(text: str) -> str:
    """The PDF's standard fonts have no narrow no-break space (French thousands): a no-break space instead."""
    return text.replace("\u202f", "\u00a0")


def _say(lang: str, message_id: str, **args) -> str:
    return render(msg(message_id, **args), lang)


def trend_words(view: PassportView, lang: str) -> tuple[str, str]:
    """The accuracy and autonomy lines, in plain words (also what the station's "mon parcours" shows)."""
    f = view.figures
    accuracy = (_say(lang, "passport.accuracy", share=_share(f.accuracy, lang)) if f.accuracy is not None
                else _say(lang, "passport.accuracy_none"))
    with_accuracy = [m.accuracy for m in f.months if m.accuracy is not None]
    if f.accuracy_trend is not Trend.UNKNOWN:
        accuracy += " " + _say(lang, "passport.trend_line", trend=msg(f"passport.trend.{f.accuracy_trend.value}"),
                               first=_share(with_accuracy[0], lang), last=_share(with_accuracy[-1], lang))
    autonomy = (_say(lang, "passport.autonomy", rate=format_number(round(f.help_per_hour, 2), lang))
                if f.help_per_hour is not None else _say(lang, "passport.autonomy_none"))
    with_help = [m.help_per_hour for m in f.months if m.help_per_hour is not None]
    if f.autonomy_trend is not Trend.UNKNOWN:
        autonomy += " " + _say(lang, "passport.trend_line", trend=msg(f"passport.trend.{f.autonomy_trend.value}"),
                               first=format_number(round(with_help[0], 2), lang),
                               last=format_number(round(with_help[-1], 2), lang))
    return accuracy, autonomy


def total_words(view: PassportView, lang: str) -> str:
    return _say(lang, "passport.total", hours=format_number(view.figures.hours, lang), units=view.figures.units)


def export_file(name: str) -> Path:
    """Where the counsellor's screen saves a passport: the data folder's passeports/, one file a day."""
    from logins_desktop.settings import data_dir

    safe = "".join(c if c.isalnum() else "-" for c in name).strip("-") or "passeport"
    folder = data_dir() / "passeports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"passeport-{safe}-{date.today().isoformat()}.pdf"


def regularity_words(view: PassportView, lang: str) -> str:
    f = view.figures
    if f.regularity is None:
        return _say(lang, "passport.regularity_days", days=f.days_worked)
    return _say(lang, "passport.regularity", days=f.days_worked, expected=f.days_expected,
                share=_share(f.regularity, lang))


def _work_words(operation: str, lang: str) -> str:
    return _say(lang, f"passport.op.{operation}") if f"passport.op.{operation}" in _OPS else operation


def _chart(view: PassportView, lang: str):
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib.colors import HexColor
    from reportlab.lib.units import mm

    months = list(view.figures.months)[-12:]
    main = view.figures.kinds[0].operation if view.figures.kinds else "kit_assembly"
    labels = [f"{m.month[5:]}/{m.month[2:4]}" for m in months]
    drawing = Drawing(170 * mm, 58 * mm)
    accuracy = [None if m.accuracy is None else round(m.accuracy * 100) for m in months]
    pace = [None if m.pace is None else round(m.pace, 1) for m in months]
    for i, (title, values, colour) in enumerate((
        (_say(lang, "passport.chart_accuracy"), accuracy, "#1b7f3b"),
        (_say(lang, "passport.chart_pace", work=_work_words(main, lang)), pace, "#1f4e9e"),
    )):
        x0 = i * 87 * mm
        drawing.add(String(x0 + 2 * mm, 53 * mm, title, fontName="Helvetica-Bold", fontSize=11))
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = x0 + 10 * mm, 8 * mm, 72 * mm, 38 * mm
        chart.data = [[v or 0 for v in values] or [0]]
        chart.categoryAxis.categoryNames = labels or ["—"]
        chart.categoryAxis.labels.fontSize = 9
        chart.valueAxis.labels.fontSize = 9
        chart.valueAxis.valueMin = 0
        if i == 0:
            chart.valueAxis.valueMax = 100
            chart.valueAxis.valueStep = 25
        chart.bars[0].fillColor = HexColor(colour)
        chart.barLabelFormat = "values"  # a month too short to measure says "—", not 0
        chart.barLabelArray = [["—" if v is None else _printable(format_number(v, lang)) for v in values] or ["—"]]
        chart.barLabels.fontSize = 9
        chart.barLabels.nudge = 6
        drawing.add(chart)
    return drawing


def render_pdf(view: PassportView, lang: str = "fr") -> bytes:
    """A4, large plain type: who, what work (with job codes), how well, how regularly, trainings,
    immersions, a chart of progress month by month."""
    from xml.sax.saxutils import escape

    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=12.5, leading=17, spaceAfter=4)
    small = ParagraphStyle("small", parent=body, fontSize=10, leading=13, textColor=HexColor("#444444"))
    h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=24, leading=29, spaceAfter=2)
    h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=15, leading=20, spaceBefore=8,
                        textColor=HexColor("#1f4e9e"))
    f = view.figures

    def p(text: str, style=body) -> Paragraph:
        return Paragraph(escape(_printable(text)), style)

    story = [p(_say(lang, "passport.title"), h1), p(view.name, ParagraphStyle("name", parent=h1, fontSize=19)),
             p(_say(lang, "passport.period", first=_day(f.first_day, lang), last=_day(f.last_day, lang))
               if f.first_day else _say(lang, "passport.no_work_yet")),
             p(total_words(view, lang)),
             p(_say(lang, "passport.work_title"), h2)]
    rows = [[_say(lang, "passport.col_work"), _say(lang, "passport.col_code"), _say(lang, "passport.col_hours"),
             _say(lang, "passport.col_units")]]
    for k in f.kinds:
        work = _work_words(k.operation, lang)
        code = Paragraph(escape(f"{k.rome_code} — {k.rome_label}" if k.rome_code else "—"), small)
        rows.append([work, code, _printable(format_number(k.hours, lang)), _printable(format_number(k.units, lang))])
    if len(rows) == 1:
        rows.append([_say(lang, "passport.no_work_yet"), "", "", ""])
    table = Table(rows, colWidths=[45 * mm, 85 * mm, 20 * mm, 22 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 11.5), ("FONT", (0, 1), (-1, -1), "Helvetica", 11.5),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 1, HexColor("#1f4e9e")), ("LINEBELOW", (0, 1), (-1, -1), 0.3, HexColor("#999999")),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    accuracy, autonomy = trend_words(view, lang)
    story += [table, p(_say(lang, "passport.how_title"), h2), p(accuracy), p(autonomy),
              p(regularity_words(view, lang)), p(_say(lang, "passport.chart_title"), h2), _chart(view, lang),
              p(_say(lang, "passport.trainings_title"), h2)]
    for t in view.trainings:
        what = f"{t.title} — {t.certification}" if t.certification else t.title
        story.append(p(_say(lang, "passport.training_obtained", what=what, day=_day(t.obtained_on, lang),
                            hours=format_number(t.done_hours, lang)) if t.obtained_on else
                       _say(lang, "passport.training_ongoing", what=what, hours=format_number(t.done_hours, lang))))
    if not view.trainings:
        story.append(p(_say(lang, "passport.none_yet")))
    story.append(p(_say(lang, "passport.immersions_title"), h2))
    for i in view.immersions:
        story.append(p(_say(lang, "passport.immersion_line", host=i.host, start=_day(i.start, lang),
                            end=_day(i.end, lang))))
    if not view.immersions:
        story.append(p(_say(lang, "passport.none_yet")))
    footer = [_printable(_say(lang, "passport.made_on", day=_day(view.made_on, lang))),
              _printable(_say(lang, "passport.footer"))]

    def page_footer(canvas, doc) -> None:
        # On every page: when it was made, and that it holds nothing but the work.
        from reportlab.lib.utils import simpleSplit

        canvas.saveState()
        canvas.setFont("Helvetica", 9.5)
        canvas.setFillColor(HexColor("#444444"))
        lines = [line for text in footer for line in simpleSplit(text, "Helvetica", 9.5, A4[0] - 36 * mm)]
        for i, line in enumerate(lines):
            canvas.drawString(18 * mm, 8 * mm + (len(lines) - 1 - i) * 12, line)
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=26 * mm, title=_say(lang, "passport.title") + " — " + view.name,
                            author="Log'ins Desktop")
    doc.build(story, onFirstPage=page_footer, onLaterPages=page_footer)
    return buffer.getvalue()


_OPS = {f"passport.op.{op}" for op in DEFAULT_JOB_CODES}
