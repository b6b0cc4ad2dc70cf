"""Component photos: `import photos DIR` takes JPEG/PNG files named by SKU or GTIN, copies them
to the data dir and links them; unknown names, unreadable or oversized images are named plainly
and change nothing; the kit step then shows the photo large, a pictogram otherwise."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlalchemy import select

from logins_desktop.cli import main
from logins_desktop.domain.errors import DomainError
from logins_desktop.services import photos
from logins_desktop.services.demo import demo_gtin
from logins_desktop.services.photos import import_photos, photo_path
from logins_desktop.store.models import Product


def image_bytes(kind: str, colour=(200, 40, 40)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, kind)
    return out.getvalue()


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "photos-in"
    d.mkdir()
    (d / "BOITE-REPRISE.png").write_bytes(image_bytes("PNG"))
    (d / f"{demo_gtin(3)}.jpg").write_bytes(image_bytes("JPEG"))  # the pouch, by its GTIN
    (d / "INCONNU-42.png").write_bytes(image_bytes("PNG"))
    (d / "NOTICE-REPRISE.jpg").write_bytes(image_bytes("JPEG")[:200])  # a copy cut short
    (d / "BON-RETOUR.png").write_bytes(b"this is not a picture")
    (d / "lisez-moi.txt").write_text("notes")
    return d


def photo_of(db, sku):
    with db.read() as s:
        return s.scalars(select(Product.photo).where(Product.sku == sku)).one()


def test_photos_named_by_sku_or_gtin_are_copied_and_linked(demo_db, folder):
    report = import_photos(demo_db, folder)
    assert report.imported == ["BOITE-REPRISE", "POCHETTE-PROT"]
    assert sorted(p.id for p in report.problems) == ["photos.unknown_name", "photos.unreadable",
                                                     "photos.unreadable", "photos.wrong_type"]
    assert [p.args["file"] for p in report.problems if p.id == "photos.unknown_name"] == ["INCONNU-42.png"]
    assert photo_of(demo_db, "BOITE-REPRISE") == "BOITE-REPRISE.png"
    assert photo_of(demo_db, "POCHETTE-PROT") == "POCHETTE-PROT.jpg"
    assert photo_of(demo_db, "NOTICE-REPRISE") is None  # the broken file changed nothing
    copied = photo_path("BOITE-REPRISE.png")
    assert copied is not None and copied.parent == photos.photos_dir()
    assert copied.read_bytes() == (folder / "BOITE-REPRISE.png").read_bytes()
    assert not list(photos.photos_dir().glob("*.part"))


def test_oversized_photos_and_a_missing_folder_are_refused_plainly(demo_db, folder, monkeypatch, tmp_path):
    monkeypatch.setattr(photos, "MAX_BYTES", 100)
    report = import_photos(demo_db, folder)
    assert report.imported == []
    assert {p.id for p in report.problems} >= {"photos.too_large"}
    with pytest.raises(DomainError) as caught:
        import_photos(demo_db, tmp_path / "nowhere")
    assert caught.value.message.id == "photos.not_a_folder"


def test_a_photo_name_is_never_a_path():
    assert photo_path("../secrets.png") is None and photo_path(None) is None


def test_the_cli_names_each_problem_and_sums_up(demo_db, db_url, folder, capsys):
    assert main(["import", "photos", str(folder), "--db", db_url]) == 0
    captured = capsys.readouterr()
    assert "2 photos importées, 4 ignorées" in captured.out
    assert "INCONNU-42.png : aucun article n'a ce SKU ni ce GTIN" in captured.err
    assert main(["import", "photos", str(folder / "missing"), "--db", db_url]) == 1
    assert "dossier introuvable" in capsys.readouterr().err
