"""The insertion path's commands: imports of contracts and exits (line-numbered, all or nothing,
French and ISO dates), alerts and outcomes as JSON, the monthly hours CSV for French Excel,
privacy export and erase, each with the counsellor's PIN."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from logins_desktop.cli import main
from logins_desktop.store.database import open_database
from logins_desktop.store.models import InsertionContract, InsertionExit, Worker


@pytest.fixture
def demo_url(db, db_url, monkeypatch):
    """The demo without its insertion paths: each test imports the contracts it needs."""
    from logins_desktop.services.demo import seed_demo

    assert seed_demo(db)
    monkeypatch.setenv("LOGINS_PIN", "135790")
    return db_url


def run(url, *args) -> int:
    return main([*args, "--db", url])


def write(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


def count(url, model) -> int:
    db = open_database(url)
    with db.read() as s:
        n = s.scalar(select(func.count()).select_from(model))
    db.dispose()
    return n


def test_import_contracts_french_and_iso_dates_then_again_unchanged(demo_url, tmp_path, capsys):
    f = write(tmp_path / "paie.csv", "badge;start;end;weekly_hours;kind;reason\n"
              "B1001;05/01/2026;31/12/2026;35;;\n"
              "B1001;2027-01-01;2027-06-30;35;renewal;\n"
              "B1002;01/03/2026;30/09/2026;17,5;initial;reprise progressive\n")
    assert run(demo_url, "import", "contracts", str(f), "--user", "insertion") == 0
    out = capsys.readouterr().out
    assert "2 contrats initiaux, 1 renouvellement" in out
    assert count(demo_url, InsertionContract) == 3
    assert run(demo_url, "import", "contracts", str(f), "--user", "insertion") == 0
    assert "3 inchangés" in capsys.readouterr().out and count(demo_url, InsertionContract) == 3


def test_a_renewal_past_the_maximum_refuses_the_whole_file_with_the_line_and_date(demo_url, tmp_path, capsys):
    f = write(tmp_path / "paie.csv", "badge;start;end;weekly_hours\n"
              "B1003;2026-01-05;2026-12-31;35\n"
              "B1004;2026-02-01;2026-07-31;35\n"
              "B1003;2027-01-01;2028-03-31;35\n")
    assert run(demo_url, "import", "contracts", str(f), "--user", "insertion") == 1
    err = capsys.readouterr().err
    assert "ligne 4" in err and "04/01/2028" in err  # a day as French screens write it
    assert count(demo_url, InsertionContract) == 0  # all or nothing


def test_bad_cells_are_reported_by_line_and_column(demo_url, tmp_path, capsys):
    f = write(tmp_path / "paie.csv", "badge;start;end;weekly_hours\n"
              "B1003;31/02/2026;2026-12-31;35\n"
              "B9999;2026-01-05;2026-12-31;35\n"
              "B1004;2026-01-05;2026-12-31;12\n")
    assert run(demo_url, "import", "contracts", str(f), "--user", "insertion") == 1
    err = capsys.readouterr().err
    assert "ligne 2" in err and "start" in err and "JJ/MM/AAAA" in err
    f = write(tmp_path / "paie2.csv", "badge;start;end;weekly_hours\n"
              "B9999;2026-01-05;2026-12-31;35\n"
              "B1004;2026-01-05;2026-12-31;12\n")
    assert run(demo_url, "import", "contracts", str(f), "--user", "insertion") == 1
    err = capsys.readouterr().err
    assert "ligne 2" in err and "B9999" in err and "ligne 3" in err and "indiquez la raison" in err


def test_the_path_commands_need_the_counsellor(demo_url, tmp_path, capsys, monkeypatch):
    f = write(tmp_path / "exits.csv", "badge;date;outcome\nB1001;2026-11-02;cdi\n")
    assert run(demo_url, "import", "exits", str(f)) == 1
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("LOGINS_PIN", "1234")
    assert run(demo_url, "import", "exits", str(f), "--user", "chef") == 1
    assert "réservé à conseillère ou conseiller en insertion" in capsys.readouterr().err
    assert run(demo_url, "insertion", "alerts", "--json", "--user", "chef") == 1
    monkeypatch.setenv("LOGINS_PIN", "999999")
    assert run(demo_url, "insertion", "alerts", "--json", "--user", "insertion") == 1
    assert "incorrect" in capsys.readouterr().err
    assert count(demo_url, InsertionExit) == 0


def test_exits_alerts_and_outcomes_as_json(demo_url, tmp_path, capsys):
    contracts = write(tmp_path / "c.csv", "badge;start;end;weekly_hours\n"
                      "B1001;2026-06-01;2026-12-20;35\nB1002;2025-01-10;2026-12-31;35\nB1003;2026-01-05;2026-11-30;35\n"
                      "B1004;2026-01-05;2026-10-31;24\n")
    assert run(demo_url, "import", "contracts", str(contracts), "--user", "insertion") == 0
    exits = write(tmp_path / "e.csv", "badge;date;outcome\nB1003;30/11/2026;cdd_6m_plus\nB1004;2026-10-31;neutral\n")
    assert run(demo_url, "import", "exits", str(exits), "--user", "insertion") == 0
    bad = write(tmp_path / "bad.csv", "badge;date;outcome\nB1001;2026-11-02;cdi_maybe\n")
    assert run(demo_url, "import", "exits", str(bad), "--user", "insertion") == 1
    assert "cdi_maybe" in capsys.readouterr().err
    assert run(demo_url, "insertion", "alerts", "--today", "2026-11-20", "--json", "--user", "insertion") == 0
    found = json.loads(capsys.readouterr().out)
    assert [a["due"] for a in found] == sorted(a["due"] for a in found)
    assert {(a["badge"], a["kind"], a["due"]) for a in found} >= {("B1001", "contract_ending", "2026-12-20"),
                                                                   ("B1002", "maximum_near", "2027-01-09")}
    assert all(a["name"] for a in found)
    assert not any(a["badge"] == "B1003" and a["kind"] == "contract_ending" for a in found)  # exit planned
    assert run(demo_url, "insertion", "outcomes", "--from", "01/10/2026", "--to", "2026-12-31", "--json",
               "--user", "insertion") == 0
    result = json.loads(capsys.readouterr().out)
    assert result["exits"] == 2 and result["by_category"]["lasting"] == 1 and result["dynamic_rate"] == 1.0


def test_monthly_hours_csv_for_french_excel(demo_url, tmp_path, capsys):
    contracts = write(tmp_path / "c.csv", "badge;start;end;weekly_hours;reason\nB1005;2026-10-01;2027-03-31;17,5;"
                      "mi-temps thérapeutique\n")
    assert run(demo_url, "import", "contracts", str(contracts), "--user", "insertion") == 0
    out = tmp_path / "heures.csv"
    assert run(demo_url, "insertion", "hours", "--month", "2026-11", "--out", str(out), "--user", "insertion") == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].split(";")[:3] == ["badge", "nom", "heures_contrat"]
    assert lines[1].split(";")[:3] == ["B1005", "Léa Fontaine", "73,50"]  # 21 weekdays x 3.5 h
    assert run(demo_url, "insertion", "hours", "--month", "2026-13", "--out", str(out), "--user", "insertion") == 1


def test_privacy_export_then_erase(demo_url, tmp_path, capsys):
    assert run(demo_url, "privacy", "export", "B1006", "--out", str(tmp_path / "acces"), "--user", "insertion") == 0
    held = json.loads((tmp_path / "acces" / "donnees.json").read_text(encoding="utf-8"))
    assert held["worker"][0]["display_name"] == "Mamadou Diallo"
    assert (tmp_path / "acces" / "worker_restrictions.csv").exists()
    assert run(demo_url, "privacy", "erase", "B1006", "--user", "insertion") == 1
    assert "--yes" in capsys.readouterr().err
    assert run(demo_url, "privacy", "erase", "B1006", "--yes", "--user", "insertion") == 0
    db = open_database(demo_url)
    with db.read() as s:
        assert s.scalars(select(Worker).where(Worker.display_name == "Mamadou Diallo")).first() is None
    db.dispose()


def test_yearly_review_pdf_and_csv(demo_url, tmp_path, capsys):
    import pypdfium2 as pdfium

    contracts = write(tmp_path / "c.csv", "badge;start;end;weekly_hours\n"
                      "B1001;2025-03-03;2026-03-02;35\nB1002;2026-01-05;2026-12-31;35\nB1003;2024-09-02;2026-08-31;35\n")
    assert run(demo_url, "import", "contracts", str(contracts), "--user", "insertion") == 0
    exits = write(tmp_path / "e.csv", "badge;date;outcome\nB1001;2026-03-02;cdi\nB1003;2026-08-31;neutral\n")
    assert run(demo_url, "import", "exits", str(exits), "--user", "insertion") == 0
    capsys.readouterr()
    assert run(demo_url, "insertion", "review", "--year", "2026", "--out", str(tmp_path / "bilan"),
               "--user", "insertion") == 0
    table = dict(line.split(";") for line in
                 (tmp_path / "bilan" / "bilan-2026.csv").read_text(encoding="utf-8-sig").splitlines())
    assert (table["personnes_accompagnees"], table["entrees"], table["sorties"]) == ("3", "1", "2")
    assert table["sorties_lasting"] == "1" and table["taux_sorties_dynamiques"] == "1,0"
    assert float(table["duree_moyenne_parcours_mois"].replace(",", ".")) == pytest.approx(18, abs=0.2)  # 12 and 24 months
    pdf = pdfium.PdfDocument((tmp_path / "bilan" / "bilan-2026.pdf").read_bytes())
    text = pdf[0].get_textpage().get_text_range()
    pdf.close()
    assert "Bilan annuel 2026" in text and "100 %" in text and "Amina" not in text


def test_retention_command_and_plain_outcomes(demo_url, tmp_path, capsys):
    contracts = write(tmp_path / "c.csv", "badge;start;end;weekly_hours\nB1001;2022-01-03;2023-06-30;35\n"
                      "B1002;2025-01-06;2026-06-30;35\n")
    assert run(demo_url, "import", "contracts", str(contracts), "--user", "insertion") == 0
    exits = write(tmp_path / "e.csv", "badge;date;outcome\nB1001;30/06/2023;cdi\nB1002;30/06/2026;interim\n")
    assert run(demo_url, "import", "exits", str(exits), "--user", "insertion") == 0
    capsys.readouterr()
    assert run(demo_url, "insertion", "outcomes", "--from", "2023-01-01", "--to", "2026-12-31",
               "--user", "insertion") == 0
    assert "taux de sorties dynamiques : 100" in capsys.readouterr().out
    assert run(demo_url, "insertion", "retention", "--today", "2026-11-20", "--user", "insertion") == 0
    assert "1 parcours anonymisé" in capsys.readouterr().out
    db = open_database(demo_url)
    with db.read() as s:
        names = set(s.scalars(select(Worker.display_name)))
    db.dispose()
    assert "Amina Benali" not in names and "Julien Moreau" in names


def test_each_step_of_a_path_is_recorded_from_the_command_line_with_the_services_rules(demo_url, capsys):
    from logins_desktop.store.models import (
        AccompanimentEntry,
        AuditEntry,
        Immersion,
        InsertionSuspension,
        Training,
    )

    steps = [
        ("contract", "B1003", "--from", "05/01/2026", "--to", "2026-12-31", "--hours", "35"),
        ("renewal", "B1003", "--from", "2027-01-01", "--to", "2027-06-30", "--hours", "24,5"),
        ("suspension", "B1003", "--from", "2026-03-02", "--to", "2026-03-13", "--reason", "arrêt maladie"),
        ("interview", "B1003", "--topic", "job_search", "--on", "2026-03-20", "--minutes", "45",
         "--note", "CV repris", "--next", "candidature", "--next-on", "2026-04-01"),
        ("immersion", "B1003", "--host", "Cartonnerie Dupré", "--from", "2026-04-06", "--to", "2026-04-17"),
        ("training", "B1003", "--title", "CACES R489", "--from", "2026-05-04", "--planned", "35", "--done", "14"),
        ("exit", "B1003", "--on", "2027-06-30", "--outcome", "cdi"),
        ("end", "B1003", "--on", "2027-06-30", "--cause", "embauche"),
    ]
    for step in steps:
        assert run(demo_url, "insertion", "record", *step, "--user", "insertion") == 0, step
    out = capsys.readouterr().out.splitlines()
    assert len(out) == len(steps) and all(line.endswith(".") for line in out)
    db = open_database(demo_url)
    with db.read() as s:
        worker = s.scalars(select(Worker).where(Worker.badge == "B1003")).one()
        contracts = s.scalars(select(InsertionContract).where(InsertionContract.worker_id == worker.id)
                              .order_by(InsertionContract.start_date)).all()
        assert [(c.kind, c.weekly_hours) for c in contracts] == [("initial", 35.0), ("renewal", 24.5)]
        assert contracts[-1].end_cause == "embauche"
        assert s.scalars(select(InsertionSuspension.reason)).all() == ["arrêt maladie"]
        entry = s.scalars(select(AccompanimentEntry)).one()
        assert (entry.kind, entry.minutes, entry.note, entry.author) == ("job_search", 45, "CV repris", "insertion")
        assert s.scalars(select(Immersion.host)).all() == ["Cartonnerie Dupré"]
        assert s.scalars(select(Training.done_hours)).all() == [14.0]
        assert s.scalars(select(InsertionExit.outcome)).all() == ["cdi"]
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.action.like("path.%"))).all()
        assert {"path.contract", "path.suspension", "path.entry", "path.immersion", "path.training", "path.exit",
                "path.contract_end"} <= set(actions)
        assert "CV repris" not in " ".join(str(a.details) for a in s.scalars(select(AuditEntry)))  # the note stays out
    db.dispose()


@pytest.mark.parametrize("step, named", [
    (("contract", "B1004", "--from", "2026-01-05", "--to", "2026-12-31", "--hours", "trente"), "--hours"),
    (("contract", "B1004", "--from", "2026-01-05", "--to", "2026-12-31", "--hours", "nan"), "--hours"),
    (("contract", "B1004", "--from", "2026-01-05", "--to", "2026-12-31", "--hours", "3_5"), "--hours"),
    (("contract", "B1004", "--from", "2026-01-05", "--to", "2026-12-31", "--hours", "1e1"), "--hours"),
    (("interview", "B1004", "--topic", "loisirs", "--on", "2026-03-20", "--minutes", "45"), "loisirs"),
    (("interview", "B1004", "--topic", "budget", "--on", "2026-03-20", "--minutes", "12.5"), "--minutes"),
    (("exit", "B1004", "--on", "31/02/2026", "--outcome", "cdi"), "--on"),
    (("contract", "B1004", "--from", "2026-01-05", "--to", "2028-12-31", "--hours", "35"), "2028"),
    (("suspension", "B9999", "--from", "2026-01-05", "--to", "2026-01-09", "--reason", "x"), "B9999"),
])
def test_a_step_the_rules_refuse_is_one_plain_line_and_nothing_is_written(demo_url, capsys, step, named):
    assert run(demo_url, "insertion", "record", *step, "--user", "insertion") == 1
    err = capsys.readouterr().err
    assert named in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert count(demo_url, InsertionContract) == count(demo_url, InsertionExit) == 0


def test_only_a_counsellor_records_a_path(demo_url, monkeypatch, capsys):
    monkeypatch.setenv("LOGINS_PIN", "1234")  # the demo's team lead
    assert run(demo_url, "insertion", "record", "exit", "B1004", "--on", "2026-06-30", "--outcome", "cdi",
               "--user", "chef") == 1
    assert count(demo_url, InsertionExit) == 0
