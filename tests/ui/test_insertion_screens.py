"""The counsellor's screens and the station's "mon parcours", as a person sees them: names, not
badges; alerts soonest first; a person found in two taps; an interview added by taps; the
passport previewed and saved."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from logins_desktop.services.insertion import DomainError
from logins_desktop.services.overview import OverviewService
from logins_desktop.ui.insertion.home import ALERTS_PER_PAGE, CounsellorHome
from logins_desktop.ui.insertion.passport_page import MyPathScreen
from logins_desktop.ui.theme import Theme
from tests.sessions import signed_in


@pytest.fixture
def demo_db(db):
    """The demo as the app makes it: with the insertion paths and Amina's months of station work."""
    from logins_desktop.services.demo import seed_demo

    assert seed_demo(db, paths=True)
    return db


def tap(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def shows(qtbot, card, text: str) -> bool:
    """Whether a path card comes to show this text: a card fits its lines once it has its size,
    after the event loop has laid the page out, not within the tap that filled it."""
    try:
        qtbot.waitUntil(lambda: text in texts(card), timeout=2000)
    except AssertionError:
        return False
    return True


def home_for(qtbot, context) -> CounsellorHome:
    home = CounsellorHome(Theme(), signed_in(context.db, "insertion"), OverviewService(context.db), context.insertion,
                          context.passport, context.restrictions, context.auth)
    qtbot.addWidget(home)
    home.resize(1280, 800)
    home.show()
    return home


def test_alerts_soonest_first_with_names_then_a_path_and_an_interview(qtbot, context):
    home = home_for(qtbot, context)
    shown = texts(home)
    assert "Léa Fontaine" in shown and "Sofia Da Silva" in shown and "B1005" not in shown
    dues = [a.due for a in home.alerts]
    assert dues == sorted(dues) and len(home.alert_buttons) == min(ALERTS_PER_PAGE, len(home.alerts))
    first = home.alerts[0]
    tap(qtbot, home.alert_buttons[0])
    assert home.pages.currentIndex() == home.PATH and home.path_page.name.text() == first.name
    path = home.path_page
    tap(qtbot, path.add_button)
    assert path.pages.currentWidget() is path.chooser
    tap(qtbot, path.choice_buttons["entry"])
    form = path.form
    assert path.pages.currentWidget() is form
    tap(qtbot, form.save_button)  # no subject chosen yet: said, nothing written
    assert form.feedback.kind == "info"
    tap(qtbot, form.kind_buttons[next(iter(form.kind_buttons))])
    tap(qtbot, form.minute_buttons[45])
    qtbot.keyClicks(form.note, "CV repris ensemble")
    tap(qtbot, form.save_button)
    assert path.pages.currentIndex() == 0 and path.feedback.kind == "ok"
    assert shows(qtbot, path.entries, "45 min : CV repris ensemble")
    assert shows(qtbot, path.reads, "Hélène Petit")  # who read it, by name


def test_an_immersion_outcome_in_one_tap_clears_its_alert(qtbot, context):
    home = home_for(qtbot, context)
    thomas = next(i for i, a in enumerate(home.alerts) if a.kind.value == "immersion_without_outcome")
    tap(qtbot, home.alert_buttons[thomas])
    path = home.path_page
    assert path.name.text() == "Thomas Nguyen" and path.outcome_button.isVisible()
    tap(qtbot, path.outcome_button)
    tap(qtbot, path.outcome_form.outcome_buttons[next(iter(path.outcome_form.outcome_buttons))])
    assert path.pages.currentIndex() == 0 and path.feedback.kind == "ok" and not path.outcome_button.isVisible()
    tap(qtbot, path.back_button)
    assert "immersion_without_outcome" not in {a.kind.value for a in home.alerts}


def test_an_exit_plan_by_taps_clears_the_contract_ending_alert(qtbot, context):
    """A contract that ends soon with no exit plan: the day moved by taps, the outcome tapped; the path
    shows the planned exit, the alert is gone, and a refused day is said in words, nothing written."""
    from datetime import date, timedelta

    from logins_desktop.domain.insertion import ExitOutcome

    home = home_for(qtbot, context)
    ending = next(i for i, a in enumerate(home.alerts) if a.kind.value == "contract_ending")
    person = home.alerts[ending].name
    tap(qtbot, home.alert_buttons[ending])
    path = home.path_page
    assert path.name.text() == person
    tap(qtbot, path.exit_button)
    form = path.exit_form
    assert path.pages.currentWidget() is form and form.day == date.today()
    tap(qtbot, form.day_buttons[3])  # +7 days
    tap(qtbot, form.day_buttons[2])  # +1 day
    planned = date.today() + timedelta(days=8)
    assert form.day == planned and "prévue" in form.day_label.text()
    tap(qtbot, form.outcome_buttons[ExitOutcome.CDI])
    assert path.pages.currentIndex() == 0 and path.feedback.kind == "ok"
    assert shows(qtbot, path.contract, f"Sortie le {planned:%d/%m/%Y} : CDI")
    tap(qtbot, path.back_button)
    assert (person, "contract_ending") not in {(a.name, a.kind.value) for a in home.alerts}


def test_find_a_person_in_two_taps_and_see_the_passport(qtbot, context, tmp_path):
    home = home_for(qtbot, context)
    tap(qtbot, home.tab_buttons[home.SEARCH])
    for letter in "AMI":
        tap(qtbot, home.keyboard.keys[letter])
    assert [c.accessibleName() for c in home.result_cards][0].startswith("Amina Benali")
    tap(qtbot, home.result_cards[0])
    path = home.path_page
    assert home.pages.currentIndex() == home.PATH and path.name.text() == "Amina Benali"
    assert shows(qtbot, path.immersions, "Boulangerie") and shows(qtbot, path.trainings, "CléA")
    assert shows(qtbot, path.restrictions, "charge ≤ 5 kg")  # the history stays visible to the counsellor
    tap(qtbot, path.passport_button)
    page = home.passport_page
    assert home.pages.currentIndex() == home.PASSPORT and not page.preview.pixmap().isNull()
    assert page.data.startswith(b"%PDF")
    tap(qtbot, page.export_button)
    assert page.feedback.kind == "ok"
    saved = list((tmp_path / "data" / "passeports").glob("passeport-Amina-Benali-*.pdf"))
    assert len(saved) == 1 and saved[0].read_bytes() == page.data


def test_the_station_shows_my_path_in_large_type(qtbot, window, context):
    person = next(p for p in window.ctx.auth.people() if p.key == "B1001")
    window.login.choose(person)
    station = window.home
    assert station.my_path_button is not None
    tap(qtbot, station.my_path_button)
    mine = station.my_path
    assert isinstance(mine, MyPathScreen) and mine.isVisible()
    shown = texts(mine)
    assert "Mon parcours — Amina Benali" in shown and "Justesse" in shown and "CléA" in shown
    assert "kg" not in shown and "assis" not in shown
    tap(qtbot, mine.close_button)
    assert station.my_path is None and station.pages.currentIndex() == 0


def open_form(qtbot, home, name: str, choice: str):
    """The person's path, "Ajouter", then one of the things to add."""
    tap(qtbot, home.tab_buttons[home.SEARCH])
    for letter in name[:3].upper():
        tap(qtbot, home.keyboard.keys[letter])
    tap(qtbot, next(c for c in home.result_cards if c.accessibleName().startswith(name)))
    path = home.path_page
    tap(qtbot, path.add_button)
    tap(qtbot, path.choice_buttons[choice])
    return path


def test_an_immersion_by_taps_then_its_convention_too_long_is_refused(qtbot, context):
    home = home_for(qtbot, context)
    path = open_form(qtbot, home, "Amina Benali", "immersion")
    form = path.immersion_form
    assert path.pages.currentWidget() is form and form.picker.day == date.today()
    tap(qtbot, form.save_button)  # no host: the service's refusal, on the form
    assert form.feedback.kind == "error" and path.pages.currentWidget() is form
    qtbot.keyClicks(form.host, "Jardinerie Verte")
    tap(qtbot, form.picker.buttons[3])  # a week later
    tap(qtbot, form.week_buttons[4])
    tap(qtbot, form.save_button)
    first = date.today() + timedelta(days=7)
    assert path.pages.currentIndex() == 0 and path.feedback.kind == "ok"
    assert shows(qtbot, path.immersions, f"Jardinerie Verte, du {first:%d/%m/%Y} au "
                                         f"{first + timedelta(days=27):%d/%m/%Y}")
    immersions = context.insertion.path(signed_in(context.db, "insertion"), "B1001").immersions
    assert any(i.host == "Jardinerie Verte" and i.start == first for i in immersions)


def test_a_training_with_its_certification_and_hours_typed_on_the_pad(qtbot, context):
    home = home_for(qtbot, context)
    path = open_form(qtbot, home, "Amina Benali", "training")
    form = path.training_form
    qtbot.keyClicks(form.course, "Logistique et commandes")  # QTest types ASCII only
    tap(qtbot, form.certification_buttons["CACES"])
    tap(qtbot, form.pad_button)
    form.pad.tap("120")
    tap(qtbot, form.pad.validate)
    tap(qtbot, form.hour_buttons[-7])  # then a step: 113 h
    assert form.hours == 113 and "113 h" in form.hours_label.text()
    tap(qtbot, form.save_button)
    assert path.pages.currentIndex() == 0 and path.feedback.kind == "ok"
    assert shows(qtbot, path.trainings, "Logistique et commandes : 0 h sur 113 h")
    trainings = context.insertion.path(signed_in(context.db, "insertion"), "B1001").trainings
    assert any(t.title == "Logistique et commandes" and t.certification == "CACES" for t in trainings)


def test_a_renewal_starts_the_day_after_the_contract_and_one_past_the_maximum_is_refused(qtbot, context):
    session = signed_in(context.db, "insertion")
    karim = context.insertion.path(session, "B1004")  # five months into his path: room to renew
    home = home_for(qtbot, context)
    path = open_form(qtbot, home, "Karim Haddad", "renewal")
    form = path.renewal_form
    start = karim.periods[-1].end + timedelta(days=1)
    assert form.picker.day == start and form.weekly_buttons[35].isChecked()  # his hours, the day after his end
    tap(qtbot, form.month_buttons[6])
    tap(qtbot, form.save_button)
    assert path.pages.currentIndex() == 0 and path.feedback.kind == "ok", form.feedback.text.text()
    renewal = context.insertion.path(session, "B1004").periods[-1]
    assert (renewal.kind.value, renewal.start, renewal.weekly_hours) == ("renewal", start, 35.0)
    assert shows(qtbot, path.contract, f"Du {start:%d/%m/%Y} au {renewal.end:%d/%m/%Y}, 35 h par semaine (renouvellement)")
    # Amina's contract already reaches the 24 months: refused on the form, nothing written.
    amina = context.insertion.path(session, "B1001")
    tap(qtbot, path.back_button)
    path = open_form(qtbot, home, "Amina Benali", "renewal")
    tap(qtbot, form.save_button)
    assert form.feedback.kind == "error" and path.pages.currentWidget() is form
    assert f"{amina.maximum:%d/%m/%Y}" in form.feedback.text.text(), form.feedback.text.text()
    assert context.insertion.path(session, "B1001").periods == amina.periods


def test_a_suspension_needs_its_reason_then_shows_on_the_contract(qtbot, context):
    home = home_for(qtbot, context)
    path = open_form(qtbot, home, "Amina Benali", "suspension")
    form = path.suspension_form
    tap(qtbot, form.save_button)
    assert form.feedback.kind == "info" and path.pages.currentWidget() is form
    tap(qtbot, form.reason_buttons["sick_leave"])
    tap(qtbot, form.day_buttons[14])
    tap(qtbot, form.save_button)
    assert path.pages.currentIndex() == 0 and path.feedback.kind == "ok", form.feedback.text.text()
    end = date.today() + timedelta(days=13)
    assert shows(qtbot, path.contract, f"Suspendu du {date.today():%d/%m/%Y} au {end:%d/%m/%Y} : Arrêt maladie")
    # Opened again: no reason chosen in advance (an exclusive group kept the last one checked).
    tap(qtbot, path.add_button)
    tap(qtbot, path.choice_buttons["suspension"])
    assert not any(b.isChecked() for b in form.reason_buttons.values()) and form.day_buttons[7].isChecked()
    # Kept as a code: the same suspension reads in English for an English-speaking reader.
    assert [x.reason for x in context.insertion.path(signed_in(context.db, "insertion"), "B1001").suspensions] \
        == ["sick_leave"]


def test_a_contract_ended_early_needs_its_cause_then_shows_first_on_the_contract(qtbot, context):
    home = home_for(qtbot, context)
    path = open_form(qtbot, home, "Amina Benali", "end")
    form = path.end_form
    tap(qtbot, form.save_button)
    assert form.feedback.kind == "info" and path.pages.currentWidget() is form  # no cause: nothing written
    assert context.insertion.path(signed_in(context.db, "insertion"), "B1001").ended_on is None
    tap(qtbot, form.picker.buttons[0])  # a week earlier
    tap(qtbot, form.cause_buttons["hired_elsewhere"])
    tap(qtbot, form.save_button)
    assert path.pages.currentIndex() == 0 and path.feedback.kind == "ok", form.feedback.text.text()
    last = date.today() - timedelta(days=7)
    amina = context.insertion.path(signed_in(context.db, "insertion"), "B1001")
    assert (amina.ended_on, amina.end_cause) == (last, "hired_elsewhere")
    assert shows(qtbot, path.contract, f"Contrat terminé le {last:%d/%m/%Y} : Embauche dans une autre entreprise")
    # Opened again: the cause is chosen afresh.
    tap(qtbot, path.add_button)
    tap(qtbot, path.choice_buttons["end"])
    assert not any(b.isChecked() for b in form.cause_buttons.values())


def test_a_training_progress_its_hours_then_its_certification_obtained(qtbot, context):
    home = home_for(qtbot, context)
    path = open_form(qtbot, home, "Amina Benali", "progress")
    form = path.progress_form
    # The latest training first, at its hours so far; its certification not obtained yet.
    assert [b.text() for b in form.training_buttons.values()] == ["Gestes et postures", "Certificat CléA"]
    assert form.training.title == "Gestes et postures" and form.stepper.value == 7
    assert "7 h faites sur 14 h" in form.stepper.label.text()
    assert not form.obtained_button.isChecked() and form.picker.isHidden()
    tap(qtbot, form.stepper.buttons[7])
    tap(qtbot, form.obtained_button)
    assert form.picker.isVisible() and form.picker.day == date.today()
    tap(qtbot, form.save_button)
    assert path.pages.currentIndex() == 0 and path.feedback.kind == "ok", form.feedback.text.text()
    assert shows(qtbot, path.trainings, f"Gestes et postures : 14 h sur 14 h, obtenu le {date.today():%d/%m/%Y}")
    # The other one: its hours and its day obtained come with it when tapped.
    tap(qtbot, path.add_button)
    tap(qtbot, path.choice_buttons["progress"])
    tap(qtbot, next(b for b in form.training_buttons.values() if b.text() == "Certificat CléA"))
    assert form.stepper.value == 70 and form.obtained_button.isChecked()
    assert form.picker.day == date.today() - timedelta(days=90)


def test_training_progress_obtained_before_it_started_is_refused_and_written_nowhere(context):
    session = signed_in(context.db, "insertion")
    gestures = next(t for t in context.insertion.path(session, "B1001").trainings if t.title == "Gestes et postures")
    with pytest.raises(DomainError) as refused:
        context.insertion.record_training_progress(session, gestures.id, 14, gestures.start - timedelta(days=1))
    assert refused.value.message.id == "insertion.obtained_before_start"
    with pytest.raises(DomainError) as refused:
        context.insertion.record_training_progress(session, gestures.id, -1)
    assert refused.value.message.id == "insertion.bad_training_hours"
    again = next(t for t in context.insertion.path(session, "B1001").trainings if t.title == "Gestes et postures")
    assert (again.done_hours, again.obtained_on) == (7, None)


def test_the_choice_of_a_training_progress_is_offered_only_with_a_training(qtbot, context):
    home = home_for(qtbot, context)
    path = open_form(qtbot, home, "Karim Haddad", "entry")  # Karim has no training yet
    tap(qtbot, path.form.cancel_button)
    tap(qtbot, path.add_button)
    assert path.choice_buttons["progress"].isHidden() and path.choice_buttons["end"].isVisible()


def test_an_english_reader_reads_the_path_in_english(qtbot, context):
    """The path's cards in the reader's language: the interview's kind, the suspension's reason and
    the restrictions' words (the service gives them as messages, not as French text)."""
    from PySide6.QtWidgets import QApplication

    from logins_desktop.services.insertion import Suspension
    from logins_desktop.ui.i18n import install_language

    session = signed_in(context.db, "insertion")
    start = context.insertion.path(session, "B1001").periods[-1].start + timedelta(days=3)
    context.insertion.add_suspension(session, "B1001", Suspension(start, start + timedelta(days=2), "sick_leave"))
    install_language(QApplication.instance(), "en")
    try:
        home = home_for(qtbot, context)
        home.open_path("B1001")
        path = home.path_page
        assert shows(qtbot, path.restrictions, "no arms above the shoulders")
        assert shows(qtbot, path.entries, "Career plan")
        # The card holds what fits (its "see all" button takes a line's room); the list has every line.
        assert any(line.endswith(": Sick leave") for line in path.contract.all_lines)
    finally:
        install_language(QApplication.instance(), "fr")


def test_a_card_too_small_for_its_lines_shows_them_all_on_a_tap(qtbot, context):
    from logins_desktop.services.insertion import AccompanimentKind

    session = signed_in(context.db, "insertion")
    for n in range(12):  # more interviews than any card holds, the latest today
        context.insertion.add_entry(session, "B1001", AccompanimentKind.JOB_SEARCH,
                                    date.today() - timedelta(days=n), 30, f"Entretien numéro {n + 1}")
    home = home_for(qtbot, context)
    home.resize(1024, 768)
    home.open_path("B1001")
    path = home.path_page
    card = path.entries
    qtbot.waitUntil(lambda: card.more.isVisible() and any(label.isVisible() for label in card.lines), timeout=2000)
    shown = [label for label in card.lines if label.isVisible()]
    assert 0 < len(shown) < len(card.all_lines) and len(card.all_lines) >= 12
    assert f"{len(card.all_lines) - len(shown)} de plus" in card.more.text()
    assert shown[0].text().endswith("Entretien numéro 1")  # the latest first
    tap(qtbot, card)  # the whole card is the button
    assert path.pages.currentWidget() is path.full_list
    listed = [path.full_list.lines.item(n).text() for n in range(path.full_list.lines.count())]
    assert listed == card.all_lines and any(x.endswith("Entretien numéro 12") for x in listed)
    assert "Accompagnement" in path.full_list.title.text() and "Amina Benali" in path.full_list.title.text()
    tap(qtbot, path.full_list.back_button)
    assert path.pages.currentIndex() == 0
