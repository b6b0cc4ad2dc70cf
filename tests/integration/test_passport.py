"""The skills passport of the demo worker, built from the demo's station sessions: who may build
it, what it says, and what it never says (a restriction, a health fact, a note)."""

from __future__ import annotations

import io
from datetime import date

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from logins_desktop.cli import main
from logins_desktop.domain.errors import DomainError
from logins_desktop.services.auth import AuthService
from logins_desktop.services.insertion import InsertionService
from logins_desktop.services.passport import PassportService
from logins_desktop.store.models import AccompanimentEntry, AuditEntry, Worker
from tests.sessions import signed_in


@pytest.fixture
def demo_db(db):
    """The demo as the app and `seed-demo` make it: with the insertion paths and Amina's months of work."""
    from logins_desktop.services.demo import seed_demo

    assert seed_demo(db, paths=True)
    return db


def pdf_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(io.BytesIO(data))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def worker_session(db, badge: str):
    auth = AuthService(db)
    return auth.sign_in_worker(auth.person_by_badge(badge))


def test_the_demo_workers_passport_from_her_station_sessions(demo_db):
    view = PassportService(demo_db).view(signed_in(demo_db, "insertion"), "B1001")
    f = view.figures
    assert view.name == "Amina Benali" and f.hours > 100 and f.units > 1000
    assert {k.operation for k in f.kinds} == {"kit_assembly", "quality_control", "labelling"}
    assert f.kinds[0].rome_code == "H3302" and len(f.months) >= 5
    assert f.accuracy_trend.value == "better" and f.autonomy_trend.value == "better"
    assert 0.8 < f.regularity <= 1.0
    assert [t.certification for t in view.trainings] == ["CléA", ""] and view.immersions[0].host.startswith("Boulangerie")


def test_the_pdf_never_holds_a_restriction_a_health_fact_or_a_note(demo_db):
    counsellor = signed_in(demo_db, "insertion")
    InsertionService(demo_db).add_entry(counsellor, "B1001", "health_access", date.today(), 30,
                                        "kinésithérapeute mardi, douleurs lombaires", "rappeler la MDPH")
    text = pdf_text(PassportService(demo_db).pdf(counsellor, "B1001"))
    assert "Amina Benali" in text and "H3302" in text and "CléA" in text and "Boulangerie" in text
    with demo_db.read() as s:
        worker = s.scalars(select(Worker).where(Worker.badge == "B1001")).one()
        notes = [text for row in s.execute(select(AccompanimentEntry.note, AccompanimentEntry.next_step)
                                           .where(AccompanimentEntry.worker_id == worker.id)) for text in row]
        restriction = worker.restrictions[-1]
    note_words = {w.strip(".,()").lower() for n in notes for w in n.split() if len(w) > 5}
    assert note_words and not [w for w in note_words if w in text.lower()], "a note's word reached the passport"
    # Amina: at most 5 kg, no overhead reach; chips the board would show, words the editor uses
    assert restriction.max_load_kg == 5.0 and restriction.overhead_ok is False
    for word in ("5 kg", "≤", "charge", "bras", "restriction :", "MDPH", "douleur", "santé :", "tutor", "Mme Colin",
                 "vente"):
        assert word.lower() not in text.lower(), word
    assert "aucune information de santé" in text  # the one sentence that names health says there is none


def test_who_may_build_a_passport(demo_db, tmp_path):
    service = PassportService(demo_db)
    assert service.view(worker_session(demo_db, "B1001"), "B1001").name == "Amina Benali"  # "mon parcours"
    for session in (worker_session(demo_db, "B1002"), signed_in(demo_db, "chef"), signed_in(demo_db, "logistique")):
        with pytest.raises(DomainError) as refused:
            service.view(session, "B1001")
        assert refused.value.message.id == "auth.not_allowed"
    with demo_db.read() as s:
        readers = set(s.scalars(select(AuditEntry.actor).where(AuditEntry.action == "passport.read")))
    assert readers == {"B1001"}


def test_the_job_codes_are_editable_by_the_counsellor(demo_db):
    service = PassportService(demo_db)
    counsellor = signed_in(demo_db, "insertion")
    service.set_job_code(counsellor, "labelling", "h3303", "Préparation de matières et produits industriels")
    assert service.job_codes()["labelling"] == ("H3303", "Préparation de matières et produits industriels")
    with pytest.raises(DomainError) as bad:
        service.set_job_code(counsellor, "labelling", "33030", "x")
    assert bad.value.message.id == "passport.bad_rome"
    with pytest.raises(DomainError):
        service.set_job_code(signed_in(demo_db, "chef"), "labelling", "H3302", "x")
    kinds = {k.operation: k.rome_code for k in service.view(counsellor, "B1001").figures.kinds}
    assert kinds["labelling"] == "H3303"


def test_passport_command_writes_a_pdf_that_renders(demo_db, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("LOGINS_PIN", "135790")
    out = tmp_path / "passeport.pdf"
    assert main(["passport", "B1001", "--out", str(out), "--db", demo_db.url, "--user", "insertion"]) == 0
    assert "Amina Benali" in capsys.readouterr().out
    pdf = pdfium.PdfDocument(out.read_bytes())
    assert len(pdf) == 1
    image = pdf[0].render(scale=1).to_pil()
    pdf.close()
    assert image.width > 500 and len(image.convert("L").getcolors(256) or ()) > 10  # drawn, not blank
    assert main(["passport", "B1001", "--out", str(out), "--db", demo_db.url, "--user", "insertion",
                 "--lang", "en"]) == 0
    assert "Skills passport" in pdf_text(out.read_bytes())


def test_the_demo_counsellor_has_alerts_of_every_kind(demo_db):
    found = InsertionService(demo_db).alerts(signed_in(demo_db, "insertion"))
    assert {a.kind.value for a in found} == {"contract_ending", "maximum_near", "no_interview",
                                              "immersion_without_outcome"}
    assert [a.due for a in found] == sorted(a.due for a in found)
    assert "Pierre Garnier" not in {a.name for a in found}  # left with a permanent contract
