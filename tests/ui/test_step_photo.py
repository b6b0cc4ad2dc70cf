"""The kit step shows the component's photo large when it has one, its pictogram otherwise."""

from __future__ import annotations

import io

from PIL import Image

from logins_desktop.services.demo import demo_gtin
from logins_desktop.services.photos import import_photos
from logins_desktop.ui.station.station_screen import StationScreen


def test_the_step_shows_the_photo_large_then_a_pictogram(qtbot, window, context, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    out = io.BytesIO()
    Image.new("RGB", (400, 300), (10, 120, 200)).save(out, "PNG")
    (folder / "BOITE-REPRISE.png").write_bytes(out.getvalue())
    assert import_photos(context.db, folder).imported == ["BOITE-REPRISE"]
    context.scanner.inject("B1001")
    qtbot.waitUntil(lambda: isinstance(window.home, StationScreen))
    screen = window.home
    assert screen.showing_photo and screen.step_picture.accessibleName() == "Photo de l'article"
    side = window.theme.px(35)
    picture = screen.step_picture.pixmap()
    assert picture.width() == side and abs(picture.height() - side * 300 / 400) <= 1  # large, not distorted
    assert picture.toImage().pixelColor(side // 2, picture.height() // 2).blue() > 150  # the photo itself
    qtbot.wait(350)
    context.scanner.inject(demo_gtin(2), "]E0")  # the box is in: the pouch has no photo
    qtbot.waitUntil(lambda: screen.step_name.text() == "Pochette de protection")
    assert not screen.showing_photo and screen.step_picture.accessibleName() == "Pictogramme de l'étape"
    assert not screen.step_picture.pixmap().isNull()
