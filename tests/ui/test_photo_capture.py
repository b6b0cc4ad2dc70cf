"""Issue 25, evidence photos by touch: on the board's quality check and on the dock's damaged goods,
from the camera (here the simulated one: this machine has none) or a picture chosen among those of a
USB stick, six to a page; a broken picture is refused inside the panel, which stays open."""

from __future__ import annotations

import io
import os
import time
from dataclasses import replace

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from logins_desktop.services import evidence, quality
from logins_desktop.services.board import BoardService
from logins_desktop.services.demo import demo_gtin
from logins_desktop.services.evidence import PhotoSources
from logins_desktop.services.quality import QualityDesk
from logins_desktop.services.station import StationService
from logins_desktop.ui.board.quality_panel import QualityPanel
from logins_desktop.ui.sound import Sounds
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets import photo_capture
from tests.integration.test_station_service import KIT_STEPS, Clock, scan
from tests.sessions import signed_in
from tests.ui.test_console import make_console


def tap(qtbot, widget):
    assert widget.isVisible() and widget.isEnabled(), widget.text() if isinstance(widget, QPushButton) else widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def picture(path, colour=(30, 120, 200), age_s=0):
    out = io.BytesIO()
    Image.new("RGB", (320, 240), colour).save(out, "JPEG")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())
    os.utime(path, (time.time() - age_s, time.time() - age_s))
    return path


def quality_panel(qtbot, context, sources: PhotoSources) -> QualityPanel:
    lead = signed_in(context.db, "chef")
    quality.set_rule(context.db, lead, "KIT-REPRISE", "every", 10, "notice pliée | étiquette droite")
    station = StationService(context.db, "POSTE-01", clock=Clock())
    scan(station, "B1001")
    for code in KIT_STEPS:
        scan(station, code)
    panel = QualityPanel(Theme(), QualityDesk(context.db, lead, "TABLEAU", sources), Sounds(enabled=False))
    qtbot.addWidget(panel)
    panel.resize(1280, 700)
    panel.show()
    return panel


def test_a_kits_photo_from_the_camera_is_kept_with_its_check_and_shown(qtbot, context):
    panel = quality_panel(qtbot, context, PhotoSources("sim://"))
    assert panel.photo_button.text() == "Photo"
    tap(qtbot, panel.photo_button)
    capture = panel.photo_panel
    assert capture.isVisible() and capture.geometry() == panel.rect()
    assert not panel.pass_button.isVisible()  # covered: out of reach of a screen reader too
    assert isinstance(capture.camera, photo_capture.SimulatedCamera) and capture.camera.running
    assert capture.shoot_button.isVisible() and not capture.keep_button.isVisible()
    tap(qtbot, capture.shoot_button)
    assert capture.views.currentWidget() is capture.preview and not capture.preview.pixmap().isNull()
    assert not capture.camera.running  # the live image stops while the photo is looked at
    tap(qtbot, capture.again_button)  # another shot
    assert capture.camera.running and capture.shoot_button.isVisible()
    tap(qtbot, capture.shoot_button)
    tap(qtbot, capture.keep_button)
    assert not capture.isVisible() and capture.camera is None  # the camera is off once the panel closes
    assert panel.pass_button.isVisible() and panel.feedback.kind == "ok"
    assert "Photo enregistrée (1 sur 4" in panel.feedback.text.text()
    assert panel.photo_button.text() == "Photo (1)"
    [check] = quality.pending_checks(context.db)
    assert len(check.photos) == 1 and evidence.file_of(check.photos[0]) is not None
    shown = [panel.photos.itemAt(i).widget() for i in range(panel.photos.count()) if panel.photos.itemAt(i).widget()]
    assert len(shown) == 1 and not shown[0].pixmap().isNull() and shown[0].accessibleName() == "Photo 1 du kit"


def test_without_a_camera_a_picture_is_chosen_on_pages_by_touch(qtbot, context, tmp_path):
    stick = tmp_path / "CLE"
    for n in range(7):  # seven pictures: two pages of six
        picture(stick / "DCIM" / f"IMG_{n}.jpg", colour=(n * 30, 80, 80), age_s=n * 60)
    panel = quality_panel(qtbot, context, PhotoSources("none", (stick,)))
    tap(qtbot, panel.photo_button)
    capture = panel.photo_panel
    assert capture.camera is None and capture.views.currentWidget() is capture.picker
    assert not capture.shoot_button.isVisible() and not capture.camera_button.isVisible()
    assert not capture.feedback.isVisible()  # "none": no camera was looked for, nothing to say
    assert capture.page_label.text() == "page 1 / 2" and len(capture.picture_buttons) == 6
    assert capture.picture_buttons[0].accessibleName().startswith("Photo IMG_0.jpg, du ")  # the newest first
    assert not capture.picture_buttons[0].icon().isNull()  # each shows its picture
    tap(qtbot, capture.next_button)
    assert capture.page_label.text() == "page 2 / 2" and len(capture.picture_buttons) == 1
    assert not capture.next_button.isEnabled()
    tap(qtbot, capture.picture_buttons[0])
    assert capture.views.currentWidget() is capture.preview
    tap(qtbot, capture.again_button)  # back to the same page of pictures
    assert capture.views.currentWidget() is capture.picker and capture.page_label.text() == "page 2 / 2"
    tap(qtbot, capture.picture_buttons[0])
    tap(qtbot, capture.keep_button)
    assert not capture.isVisible() and len(quality.pending_checks(context.db)[0].photos) == 1


def test_on_this_machine_no_camera_is_found_and_the_pictures_are_offered(qtbot, context, tmp_path):
    """The real detection path: QtMultimedia finds no video input here, so the panel says so in words."""
    picture(tmp_path / "Images" / "kit.jpg")
    panel = quality_panel(qtbot, context, PhotoSources("", (tmp_path / "Images",)))
    tap(qtbot, panel.photo_button)
    capture = panel.photo_panel
    assert capture.camera is None and capture.views.currentWidget() is capture.picker
    assert capture.feedback.kind == "info" and "aucune caméra" in capture.feedback.text.text()
    assert len(capture.picture_buttons) == 1


def test_a_broken_picture_is_refused_inside_the_panel_which_stays_open(qtbot, context, tmp_path):
    stick = tmp_path / "CLE"
    stick.mkdir()
    (stick / "cut-short.jpg").write_bytes(b"\xff\xd8\xff\xe0 cut short")
    panel = quality_panel(qtbot, context, PhotoSources("none", (stick,)))
    tap(qtbot, panel.photo_button)
    capture = panel.photo_panel
    tap(qtbot, capture.picture_buttons[0])
    assert capture.isVisible() and capture.feedback.kind == "error"
    assert "pas une photo JPEG ou PNG entière" in capture.feedback.text.text()
    assert quality.pending_checks(context.db)[0].photos == ()
    tap(qtbot, capture.cancel_button)
    assert not capture.isVisible() and panel.pass_button.isVisible()


def test_an_empty_stick_is_said_and_a_camera_that_fails_gives_way_to_the_pictures(qtbot, context, tmp_path):
    panel = quality_panel(qtbot, context, PhotoSources("sim://", (tmp_path / "empty",)))
    tap(qtbot, panel.photo_button)
    capture = panel.photo_panel
    capture.camera.failed.emit("device unplugged")  # as QCamera says when the USB cable is pulled
    assert capture.camera is None and capture.views.currentWidget() is capture.picker
    assert capture.feedback.kind == "error" and "device unplugged" in capture.feedback.text.text()
    tap(qtbot, capture.cancel_button)
    tap(qtbot, panel.photo_button)  # opened again: the camera is tried again
    assert capture.camera is not None
    tap(qtbot, capture.choose_button)
    assert capture.feedback.kind == "warning" and "aucune photo" in capture.feedback.text.text()
    assert capture.camera_button.isVisible()
    tap(qtbot, capture.camera_button)
    assert capture.camera.running


def test_goods_refused_damaged_at_the_dock_are_photographed_and_the_undo_takes_the_photo(qtbot, context):
    console, _queue = make_console(qtbot, context, "sim://damaged-photo")
    page = console.receiving
    page.photo_panel.sources = replace(page.photo_panel.sources, camera="sim://")
    console.show_page(page)
    console.handle_scan("A-01-01")
    assert not page.photo_button.isVisible()
    tap(qtbot, page.damaged_button)
    console.handle_scan(demo_gtin(12))
    assert page.feedback.kind == "warning" and page.photo_button.isVisible()
    tap(qtbot, page.photo_button)
    tap(qtbot, page.photo_panel.shoot_button)
    tap(qtbot, page.photo_panel.keep_button)
    assert page.feedback.kind == "ok" and "Photo enregistrée" in page.feedback.text.text()
    assert len(evidence_rows(context.db)) == 1
    tap(qtbot, page.undo_button)
    assert evidence_rows(context.db) == [] and not page.photo_button.isVisible()


def evidence_rows(db):
    from sqlalchemy import select

    from logins_desktop.store.models import EvidencePhoto

    with db.read() as s:
        return s.scalars(select(EvidencePhoto)).all()


def test_the_board_builds_its_quality_page_with_the_photo_sources(qtbot, context):
    from logins_desktop.ui.board.board import Board

    lead = signed_in(context.db, "chef")
    board = Board(Theme(), BoardService(context.db, "chef"), Sounds(enabled=False), context.shift_plan_for("chef"),
                  context.quality_for(lead))
    qtbot.addWidget(board)
    assert board.quality.photo_panel.sources == PhotoSources.from_settings(context.settings.devices)


def test_the_camera_chosen_by_the_settings(qtbot, monkeypatch, caplog):
    assert photo_capture.open_camera(PhotoSources("none")) is None
    assert isinstance(photo_capture.open_camera(PhotoSources("sim://")), photo_capture.SimulatedCamera)
    monkeypatch.setattr(photo_capture, "_video_inputs", lambda: [])  # nothing plugged in
    assert photo_capture.open_camera(PhotoSources("")) is None  # a station: the pictures only
    assert photo_capture.open_camera(PhotoSources("Logitech")) is None
    assert "camera 'Logitech' not found" in caplog.text
    demo = PhotoSources("", simulate_if_none=True)  # the demonstration shows the camera screen anyway
    assert isinstance(photo_capture.open_camera(demo), photo_capture.SimulatedCamera)


def test_the_page_rebuilt_under_the_panel_closes_it_and_the_photo_goes_to_the_kit_it_was_for(qtbot, context):
    panel = quality_panel(qtbot, context, PhotoSources("sim://"))
    first = panel.selected
    tap(qtbot, panel.photo_button)
    capture = panel.photo_panel
    tap(qtbot, capture.shoot_button)
    panel.refresh()  # a poll, a help call answered: the kit buttons under the panel are rebuilt
    assert not capture.isVisible() and capture.camera is None and panel.pass_button.isVisible()
    tap(qtbot, panel.photo_button)
    tap(qtbot, capture.shoot_button)
    panel.selected = None  # whatever happens to the selection meanwhile
    tap(qtbot, capture.keep_button)
    assert [c.photos != () for c in quality.pending_checks(context.db) if c.id == first.id] == [True]


def test_leaving_the_checks_page_closes_the_panel_and_turns_the_camera_off(qtbot, context):
    from logins_desktop.ui.board.board import Board

    lead = signed_in(context.db, "chef")
    quality.set_rule(context.db, lead, "KIT-REPRISE", "every", 10, "notice pliée")
    station = StationService(context.db, "POSTE-01", clock=Clock())
    scan(station, "B1001")
    for code in KIT_STEPS:
        scan(station, code)
    board = Board(Theme(), BoardService(context.db, "chef"), Sounds(enabled=False), context.shift_plan_for("chef"),
                  QualityDesk(context.db, lead, "TABLEAU", PhotoSources("sim://")))
    qtbot.addWidget(board)
    board.resize(1280, 800)
    board.show()
    tap(qtbot, board.page_buttons[3])
    tap(qtbot, board.quality.photo_button)
    camera = board.quality.photo_panel.camera
    assert camera.running
    tap(qtbot, board.page_buttons[0])  # the tabs stay live: the team lead goes back to assigning
    assert not camera.running and board.quality.photo_panel.camera is None
    tap(qtbot, board.page_buttons[3])
    assert not board.quality.photo_panel.isVisible() and board.quality.pass_button.isVisible()


def test_a_scan_at_the_dock_while_the_panel_is_open_is_received_and_said(qtbot, context):
    console, _queue = make_console(qtbot, context, "sim://damaged-scan")
    page = console.receiving
    page.photo_panel.sources = replace(page.photo_panel.sources, camera="sim://")
    console.show_page(page)
    console.handle_scan("A-01-01")
    tap(qtbot, page.damaged_button)
    console.handle_scan(demo_gtin(12))
    tap(qtbot, page.photo_button)
    console.handle_scan(demo_gtin(12))  # the next carton, scanned while the camera is up
    assert not page.photo_panel.isVisible() and page.feedback.kind == "ok"
    assert page.table.item(0, 4).text() == "A-01-01"  # received, and shown
    assert not page.photo_button.isVisible()  # the photo is for a refusal: the last line is a receipt now


def test_the_photo_button_waits_for_the_camera_to_be_ready(qtbot, context):
    panel = quality_panel(qtbot, context, PhotoSources("sim://"))
    tap(qtbot, panel.photo_button)
    capture = panel.photo_panel
    assert capture.shoot_button.isEnabled()  # the simulated camera is ready at once
    capture.camera.ready.emit(False)  # as a USB camera is for a moment after it starts
    assert not capture.shoot_button.isEnabled()
    capture.camera.ready.emit(True)
    assert capture.shoot_button.isEnabled()


def test_a_kit_checked_with_a_photo_says_so_and_waits_for_it(qtbot, context):
    lead = signed_in(context.db, "chef")
    quality.set_rule(context.db, lead, "KIT-REPRISE", "every", 10, "notice pliée", photo=True)
    station = StationService(context.db, "POSTE-01", clock=Clock())
    scan(station, "B1001")
    for code in KIT_STEPS:
        scan(station, code)
    panel = QualityPanel(Theme(), QualityDesk(context.db, lead, "TABLEAU", PhotoSources("sim://")),
                         Sounds(enabled=False))
    qtbot.addWidget(panel)
    panel.resize(1280, 700)
    panel.show()
    assert panel.photo_button.text() == "Photo demandée"
    tap(qtbot, panel.point_buttons["notice pliée"])
    tap(qtbot, panel.pass_button)
    assert panel.feedback.kind == "error" and "prenez-la d'abord" in panel.feedback.text.text()
    assert quality.pending_checks(context.db)[0].status == "pending"
    tap(qtbot, panel.photo_button)
    tap(qtbot, panel.photo_panel.shoot_button)
    tap(qtbot, panel.photo_panel.keep_button)
    assert panel.photo_button.text() == "Photo (1)"
    qtbot.waitUntil(panel.pass_button.isVisible)
    assert panel.point_buttons["notice pliée"].isChecked()  # the point ticked before the photo stays ticked
    tap(qtbot, panel.pass_button)
    assert panel.feedback.kind == "ok" and quality.pending_checks(context.db) == []
