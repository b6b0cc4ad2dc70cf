"""Issue 25, evidence photos: a kit's photo kept with its quality check, a photo of goods refused
damaged at the dock kept with the refusal. Whatever the photo comes from, it is decoded whole, turned
upright, cut down and written again without its metadata; a broken, hostile or oversized file is
refused plainly and leaves nothing behind; undoing a refusal takes its photos away."""

from __future__ import annotations

import hashlib
import io
import json
import os
import time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PIL import Image
from sqlalchemy import func, select

from logins_desktop.cli import main
from logins_desktop.domain.errors import DomainError
from logins_desktop.services import evidence, quality
from logins_desktop.services.receiving import ReceivingSession, close_notice
from logins_desktop.services.station import StationService
from logins_desktop.store.models import AuditEntry, EvidencePhoto
from tests.integration.test_expected_receipts import SOAP, announced  # noqa: F401 (a fixture)
from tests.integration.test_quality_checks import POINTS, build_kits
from tests.integration.test_station_service import Clock, scan
from tests.sessions import signed_in


def photo(kind="JPEG", size=(640, 480), colour=(200, 40, 40), **save) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, kind, **save)
    return out.getvalue()


def phone_photo() -> bytes:
    """A phone's JPEG: 4000 × 3000 stored sideways (EXIF orientation 6) with GPS and a device serial."""
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: turn 90° to show it upright
    exif[0x0110] = "Phone X"  # model
    exif[0xA431] = "SERIAL-1234"  # body serial number
    exif.get_ifd(0x8825)[2] = (45.0, 45.0, 0.0)  # GPS latitude
    return photo(size=(4000, 3000), exif=exif)


def photos(db):
    with db.read() as s:
        return s.scalars(select(EvidencePhoto).order_by(EvidencePhoto.created_at)).all()


def files():
    return sorted(p for p in evidence.evidence_dir().rglob("*") if p.is_file()) if evidence.evidence_dir().exists() else []


def kits_worker(db) -> str:
    """The badge of the person who made the checked kits."""
    from logins_desktop.store.models import QualityCheck, Worker

    with db.read() as s:
        return s.scalar(select(Worker.badge).join(QualityCheck, QualityCheck.worker_id == Worker.id))


@pytest.fixture
def check(demo_db):
    """A kit of the demo's order set aside for its check, and the team lead signed in."""
    lead = signed_in(demo_db, "chef")
    quality.set_rule(demo_db, lead, "KIT-REPRISE", "every", 10, POINTS)
    station = StationService(demo_db, "POSTE-01", clock=Clock())
    scan(station, "B1001")
    build_kits(station, 1)
    return lead, quality.pending_checks(demo_db)[0]


def test_a_phone_photo_is_kept_upright_cut_down_and_without_its_metadata():
    picture = evidence.normalise(phone_photo())
    assert (picture.width, picture.height) == (1200, 1600)  # upright, long side cut to 1600
    with Image.open(io.BytesIO(picture.jpeg)) as kept:
        assert kept.format == "JPEG" and kept.size == (1200, 1600)
        assert not kept.getexif() and "exif" not in kept.info  # no place, model, serial or orientation
    assert b"SERIAL-1234" not in picture.jpeg and b"Phone X" not in picture.jpeg
    small = evidence.normalise(photo("PNG", size=(300, 200)))
    assert (small.width, small.height) == (300, 200)  # never enlarged; a PNG becomes a JPEG
    assert small.jpeg.startswith(b"\xff\xd8\xff")


@pytest.mark.parametrize("data, reason", [
    (b"", "evidence.empty"),
    (b"GIF89a" + b"\0" * 100, "evidence.unreadable"),  # neither JPEG nor PNG
    (photo()[:300], "evidence.unreadable"),  # a transfer cut short
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "evidence.unreadable"),  # a PNG signature and nothing else
    (b"<script>alert(1)</script>", "evidence.unreadable"),
])
def test_what_is_not_a_whole_photo_is_refused_plainly(data, reason):
    with pytest.raises(DomainError) as refused:
        evidence.normalise(data)
    assert refused.value.message.id == reason


def test_a_decompression_bomb_and_an_oversized_file_are_refused_before_decoding(monkeypatch):
    bomb = photo("PNG", size=(8000, 6000))  # 48 MP of one colour: a few kB on disk, 144 MB decoded
    assert len(bomb) < 1024 * 1024
    with pytest.raises(DomainError) as refused:
        evidence.normalise(bomb)
    assert refused.value.message.id == "evidence.unreadable"
    monkeypatch.setattr(evidence, "MAX_BYTES", 1000)
    with pytest.raises(DomainError) as refused:
        evidence.normalise(photo())
    assert refused.value.message.id == "evidence.too_large"


def test_a_kits_photo_is_written_whole_and_kept_with_its_check(demo_db, check):
    lead, pending = check
    said = quality.photograph(demo_db, lead, pending.id, phone_photo(), station="BOARD")
    assert said.id == "evidence.kept" and said.args == {"count": 1, "most": evidence.MOST_PER_SUBJECT}
    [row] = photos(demo_db)
    assert (row.kind, row.quality_check_id, row.taken_by, row.station) == ("quality_check", pending.id, "chef", "BOARD")
    path = evidence.file_of(row.file)
    assert path is not None and path.parent.parent == evidence.evidence_dir()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == row.sha256
    assert not list(evidence.evidence_dir().rglob("*.part"))
    assert quality.pending_checks(demo_db)[0].photos == (row.file,)  # the board shows it
    with demo_db.read() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "evidence.photo")).one()
    assert audit.actor == "chef" and audit.details["sha256"] == row.sha256 and audit.details["kit_number"] == 1


def test_a_photo_stays_possible_after_the_verdict_until_the_kit_is_reworked(demo_db, check):
    lead, pending = check
    quality.decide(demo_db, lead, pending.id, {"notice pliée": True})  # failed: the label point
    assert quality.photograph(demo_db, lead, pending.id, photo()).id == "evidence.kept"  # what to rework
    quality.reworked(demo_db, lead, pending.id)
    with pytest.raises(DomainError) as refused:
        quality.photograph(demo_db, lead, pending.id, photo())
    assert refused.value.message.id == "evidence.no_check"
    assert len(photos(demo_db)) == 1 and len(files()) == 1


def test_the_fifth_photo_of_a_kit_is_refused_and_leaves_no_file(demo_db, check):
    lead, pending = check
    for _ in range(evidence.MOST_PER_SUBJECT):
        quality.photograph(demo_db, lead, pending.id, photo())
    with pytest.raises(DomainError) as refused:
        quality.photograph(demo_db, lead, pending.id, photo())
    assert refused.value.message.id == "evidence.enough"
    assert len(photos(demo_db)) == len(files()) == evidence.MOST_PER_SUBJECT


def test_only_a_checker_keeps_a_kits_photo(demo_db, check):
    _lead, pending = check
    manager = signed_in(demo_db, "logistique")
    with pytest.raises(DomainError):
        quality.photograph(demo_db, manager, pending.id, photo())
    assert photos(demo_db) == [] and files() == []


def test_a_disk_that_refuses_the_file_records_nothing(demo_db, check):
    lead, pending = check
    evidence.evidence_dir().parent.mkdir(parents=True, exist_ok=True)
    evidence.evidence_dir().write_text("")  # a file where the folder should be: refused like a full disk, even as root
    with pytest.raises(DomainError) as refused:
        quality.photograph(demo_db, lead, pending.id, photo())
    assert refused.value.message.id == "evidence.cannot_write"
    assert refused.value.message.args["folder"].startswith(str(evidence.evidence_dir()))
    assert photos(demo_db) == []


def test_a_refused_row_takes_its_file_away(demo_db, check, monkeypatch):
    """The file is written before its row: if the row's transaction fails, the file goes too."""
    lead, pending = check

    def broken(*_args, **_kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(evidence.audit, "record", broken)
    with pytest.raises(RuntimeError):
        quality.photograph(demo_db, lead, pending.id, photo())
    assert photos(demo_db) == [] and files() == []


def test_a_damaged_receipts_photo_goes_with_the_refusal_and_its_undo(announced):  # noqa: F811
    db, _path = announced
    session = ReceivingSession(db, "logistique", station="QUAI")
    session.scan("A-02-01")
    assert session.photograph_damaged(photo()).message.id == "evidence.nothing_damaged"
    session.scan(SOAP)  # received, not damaged: still nothing to photograph
    assert not session.can_photograph
    session.pending_damaged, session.pending_quantity = True, 3
    session.scan(SOAP)
    assert session.can_photograph
    assert session.photograph_damaged(photo()).ok
    assert session.photograph_damaged(photo(colour=(0, 90, 0))).message.args["count"] == 2
    rows = photos(db)
    assert {(r.kind, r.lot, r.station, r.taken_by) for r in rows} == {("damaged_receipt", "", "QUAI", "logistique")}
    assert all(r.receipt_line_id is not None and r.product_id is not None for r in rows)
    # Undone: the refusal and its two photos.
    assert session.undo_last().message.id == "receiving.damaged_undone"
    assert photos(db) == [] and files() == []
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.action == "evidence.discard")) == 2
    # Refused again with one photo: the close names the photos for the supplier's claim.
    session.pending_damaged = True
    session.scan(SOAP)
    session.photograph_damaged(photo())
    closed = close_notice(db, "ASN-7", "logistique")
    assert len(closed.photos) == 1 and evidence.file_of(closed.photos[0]) is not None
    said = [line for line in closed.lines() if line.id == "receiving.notice_photos"]
    assert said and said[0].args["folder"] == str(evidence.evidence_dir())


def test_a_file_name_from_the_database_never_reaches_outside_the_folder(tmp_path):
    (tmp_path / "secret.jpg").write_bytes(photo())
    evidence.evidence_dir().mkdir(parents=True)
    assert evidence.file_of("../secret.jpg") is None
    assert evidence.file_of(str(tmp_path / "secret.jpg")) is None


def test_the_picker_finds_pictures_newest_first_and_passes_over_hidden_and_unreadable_folders(tmp_path):
    stick = tmp_path / "CLE-USB"
    (stick / "DCIM" / "Camera").mkdir(parents=True)
    (stick / ".Trash-1000").mkdir()
    (stick / "locked").mkdir()
    old, new = stick / "DCIM" / "Camera" / "IMG_1.jpg", stick / "DCIM" / "Camera" / "IMG_2.JPG"
    old.write_bytes(photo())
    new.write_bytes(photo())
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    (stick / "scan.png").write_bytes(photo("PNG"))
    (stick / "notes.txt").write_text("not a picture")
    (stick / ".Trash-1000" / "deleted.jpg").write_bytes(photo())
    (stick / "a" / "b" / "c").mkdir(parents=True)
    (stick / "a" / "b" / "c" / "too-deep.jpg").write_bytes(photo())
    (stick / "locked").chmod(0)
    try:
        found = evidence.pictures_in((stick, tmp_path / "not-plugged-in"))
    finally:
        (stick / "locked").chmod(0o700)
    assert found[-1] == old and set(found) == {old, new, stick / "scan.png"}
    assert evidence.pictures_in((stick,), most=1) == [found[0]]


def test_the_photo_just_taken_is_found_on_a_stick_full_of_photos_and_links_are_not_followed(tmp_path):
    camera = tmp_path / "CLE" / "DCIM" / "Camera"
    camera.mkdir(parents=True)
    now = time.time()
    for n in range(1200):  # a phone's year of photos, named in the order taken
        path = camera / f"IMG_{n:05}.jpg"
        path.write_bytes(b"")
        os.utime(path, (now - 100_000 + n, now - 100_000 + n))
    home = tmp_path / "home-of-this-machine"
    home.mkdir()
    picture(home / "private.jpg")
    (tmp_path / "CLE" / "link-to-home").symlink_to(home)
    (tmp_path / "CLE" / "private-link.jpg").symlink_to(home / "private.jpg")
    found = evidence.pictures_in((tmp_path / "CLE",))
    assert len(found) == 240 and found[0] == camera / "IMG_01199.jpg"  # the newest first, not the first names
    assert not any("private" in p.name for p in found)


def picture(path):
    path.write_bytes(photo())
    return path


def test_a_picture_chosen_from_a_stick_pulled_out_is_said_plainly(tmp_path):
    with pytest.raises(DomainError) as refused:
        evidence.read_file(tmp_path / "gone.jpg")
    assert refused.value.message.id == "evidence.cannot_read" and refused.value.message.args["file"] == "gone.jpg"


def test_the_photo_sources_come_from_the_settings(tmp_path):
    from logins_desktop.settings import parse_settings

    settings = parse_settings(f'[devices]\ncamera = "Logitech"\npictures = ["{tmp_path}"]\n')
    sources = evidence.PhotoSources.from_settings(settings.devices)
    assert sources == evidence.PhotoSources("Logitech", (tmp_path,), simulate_if_none=False)
    default = evidence.PhotoSources.from_settings(parse_settings("").devices, demo=True)
    assert default.camera == "" and default.simulate_if_none and default.folders == ()
    assert default.picture_folders()[-1].name  # worked out when the picker opens: the Pictures folder
    assert sources.picture_folders() == (tmp_path,)


def test_the_command_line_fails_a_kit_with_its_photo_and_a_broken_photo_decides_nothing(demo_db, check, db_url,
                                                                                          tmp_path, monkeypatch, capsys):
    _lead, pending = check
    monkeypatch.setenv("LOGINS_PIN", "1234")  # the team lead's PIN, as a script gives it
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff not really a photo")
    assert main(["--db", db_url, "quality", "fail", str(pending.id), "--point", "étiquette droite", "--user", "chef",
                 "--photo", str(broken)]) == 1
    assert "n'est pas une photo JPEG ou PNG entière" in capsys.readouterr().err
    assert quality.pending_checks(demo_db)[0].status == "pending" and photos(demo_db) == []
    picture = tmp_path / "kit.jpg"
    picture.write_bytes(phone_photo())
    assert main(["--db", db_url, "--lang", "en", "quality", "fail", str(pending.id), "--point", "étiquette droite",
                 "--user", "chef", "--photo", str(picture)]) == 0
    out = capsys.readouterr().out
    assert "Photo kept (1 of 4 at most)" in out and "to rework (étiquette droite)" in out
    assert main(["--db", db_url, "quality", "pending", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["status"] == "failed" and len(listed["photos"]) == 1


def test_erasing_a_person_deletes_the_photos_of_their_kits_and_keeps_the_checks(demo_db, check):
    from logins_desktop.services.privacy import PrivacyService

    lead, pending = check
    quality.photograph(demo_db, lead, pending.id, photo())
    PrivacyService(demo_db).erase(signed_in(demo_db, "insertion"), kits_worker(demo_db))
    assert photos(demo_db) == [] and files() == []
    assert [c.id for c in quality.pending_checks(demo_db)] == [pending.id]  # the check stays, without the name


def test_a_persons_export_holds_their_kits_checks_and_photos(demo_db, check, tmp_path):
    """The right of access covers what the photos of a person's kits show: the checks of their kits and
    the photos themselves, the very bytes kept. A photo kept on another station of the site (its file
    is not in this one's folder) is listed with that station and no file."""
    from logins_desktop.services.privacy import PrivacyService

    lead, pending = check
    quality.photograph(demo_db, lead, pending.id, photo(), station="BOARD")
    quality.photograph(demo_db, lead, pending.id, photo(colour=(10, 200, 10)), station="BOARD")
    kept, elsewhere = photos(demo_db)
    (evidence.evidence_dir() / elsewhere.file).unlink()  # as if taken at the other site's board
    report = PrivacyService(demo_db).export(signed_in(demo_db, "insertion"), kits_worker(demo_db), tmp_path / "out")
    held = json.loads((tmp_path / "out" / "donnees.json").read_text(encoding="utf-8"))
    assert [c["id"] for c in held["quality_checks"]] == [str(pending.id)]
    shown = {row["id"]: row for row in held["evidence_photos"]}
    assert shown[str(kept.id)]["quality_check_id"] == str(pending.id)
    copied = tmp_path / "out" / shown[str(kept.id)]["file"]
    assert copied.read_bytes() == (evidence.evidence_dir() / kept.file).read_bytes()
    assert shown[str(kept.id)]["file"] in report.files
    assert shown[str(elsewhere.id)]["file"] == "" and shown[str(elsewhere.id)]["station"] == "BOARD"
    assert sorted(p.name for p in (tmp_path / "out" / "photos").iterdir()) == [copied.name]
    assert "evidence_photos.csv" in report.files and "quality_checks.csv" in report.files


def test_a_backup_carries_the_photos_and_a_restore_brings_back_those_the_station_lost(demo_db, db_url, check):
    from logins_desktop.services import backup

    lead, pending = check
    for colour in ((200, 0, 0), (0, 200, 0)):
        quality.photograph(demo_db, lead, pending.id, photo(colour=colour))
    kept = {row.file: (evidence.evidence_dir() / row.file).read_bytes() for row in photos(demo_db)}
    steps = []
    written = backup.backup(db_url, progress=lambda *step: steps.append(step))
    beside = written.parent / backup.PHOTOS
    assert {name: (beside / name).read_bytes() for name in kept} == kept
    assert [s for s in steps if s[0] == "backing_up_photos"] == [("backing_up_photos", 1, 2),
                                                                 ("backing_up_photos", 2, 2)]
    steps.clear()
    backup.backup(db_url, written.with_name("second.sqlite3"), progress=lambda *step: steps.append(step))
    assert not [s for s in steps if s[0] == "backing_up_photos"]  # each photo is copied once
    demo_db.dispose()
    lost_one = sorted(kept)[0]
    (evidence.evidence_dir() / lost_one).unlink()  # the station's disk lost it
    restored = backup.restore(db_url, written)
    assert (restored.photos_back, restored.photos_lost) == (1, 0)
    assert (evidence.evidence_dir() / lost_one).read_bytes() == kept[lost_one]


def test_erasure_removes_the_backups_copies_and_a_restore_says_what_is_gone(demo_db, db_url, check, capsys):
    from logins_desktop.services import backup
    from logins_desktop.services.privacy import PrivacyService

    lead, pending = check
    quality.photograph(demo_db, lead, pending.id, photo())
    [row] = photos(demo_db)
    written = backup.backup(db_url)
    assert (written.parent / backup.PHOTOS / row.file).is_file()
    PrivacyService(demo_db).erase(signed_in(demo_db, "insertion"), kits_worker(demo_db))
    assert not (written.parent / backup.PHOTOS / row.file).exists()  # not kept in the backups either
    demo_db.dispose()
    # The backup still has the row (it was taken before): restoring it says the photo is gone.
    assert main(["--lang", "en", "db", "restore", str(written), "--db", db_url]) == 0
    out, err = capsys.readouterr()
    assert "database restored from" in out
    assert "warning: 1 evidence photo named by the restored database cannot be found" in err
    assert evidence.file_of(row.file) is None


def backed_up_then_undone(db, db_url, check):
    """A kit's photo in a first backup, then its row undone; a second after (a backup's name is to the
    second). Returns the first backup and the photo's row."""
    from logins_desktop.services import backup

    lead, pending = check
    quality.photograph(db, lead, pending.id, photo())
    [row] = photos(db)
    first = backup.backup(db_url)
    with db.write() as s:
        evidence.remove_files(evidence.discard(s, "chef", [row.id], "test"))
    time.sleep(1.1)
    return first, row


def test_a_photo_no_kept_backup_names_leaves_the_backup_folder_with_them(demo_db, db_url, check):
    from logins_desktop.services import backup

    first, row = backed_up_then_undone(demo_db, db_url, check)
    (first.parent / "abimee-20260101-000000.sqlite3").write_bytes(b"not a database")  # a damaged file there
    copying = (first.parent / backup.PHOTOS / row.file).with_name("f00d.jpg.part")  # the scheduled backup, copying
    copying.write_bytes(b"half")
    second = backup.backup(db_url, keep=1)
    assert not first.exists() and second.exists()
    assert not (second.parent / backup.PHOTOS / row.file).exists()
    assert copying.exists()


def test_a_photo_a_kept_backup_still_names_stays_in_the_backup_folder(demo_db, db_url, check):
    from logins_desktop.services import backup

    first, row = backed_up_then_undone(demo_db, db_url, check)
    backup.backup(db_url, keep=2)  # the first is kept: it names the photo
    assert first.exists() and (first.parent / backup.PHOTOS / row.file).is_file()


def test_a_restored_backup_never_writes_outside_the_evidence_folder(demo_db, db_url, check, tmp_path):
    """A backup is a file anyone can hand over: its rows name the photos to put back. A name that is
    not a stored photo's, or a folder beside it that is a symlink elsewhere, puts nothing anywhere."""
    import sqlite3

    from logins_desktop.services import backup

    lead, pending = check
    quality.photograph(demo_db, lead, pending.id, photo())
    [row] = photos(demo_db)
    stick = tmp_path / "stick"
    written = backup.backup(db_url, stick / "copie.sqlite3")
    outside = tmp_path / "outside"
    outside.mkdir()
    planted = stick / backup.PHOTOS / "d" / "s"
    planted.parent.mkdir(parents=True)
    planted.symlink_to(outside)
    (outside / "pwned.txt").write_text("x")
    conn = sqlite3.connect(written)
    with conn:
        conn.execute("UPDATE evidence_photos SET file = 'd/s/../../../../pwned.txt'")
    conn.close()
    demo_db.dispose()
    restored = backup.restore(db_url, written)
    assert (restored.photos_back, restored.photos_lost) == (0, 0)  # the name is no stored photo's: passed over
    assert sorted(p.name for p in tmp_path.rglob("pwned.txt")) == ["pwned.txt"]  # only the planted one
    assert evidence.file_of("d/s/../../../../pwned.txt") is None
    # A month's folder on the station that leads elsewhere: the photo is not written through it.
    conn = sqlite3.connect(written)
    with conn:
        conn.execute("UPDATE evidence_photos SET file = ?", (row.file,))
    conn.close()
    (evidence.evidence_dir() / row.file).unlink()
    month = evidence.evidence_dir() / row.file.split("/")[0]
    month.rmdir()
    month.symlink_to(outside)
    restored = backup.restore(db_url, written)
    assert (restored.photos_back, restored.photos_lost) == (0, 1) and list(outside.glob("*.jpg")) == []


def test_a_backup_whose_photos_cannot_be_copied_keeps_the_previous_one(demo_db, db_url, check, tmp_path, capsys):
    from logins_desktop.services import backup

    lead, pending = check
    out = tmp_path / "stick" / "hebdo.sqlite3"
    previous = backup.backup(db_url, out)  # no photo yet
    before = previous.read_bytes()
    quality.photograph(demo_db, lead, pending.id, photo())
    (out.parent / backup.PHOTOS).write_text("a file where the photos' folder goes")  # the stick refuses them
    with pytest.raises(DomainError) as refused:
        backup.backup(db_url, out)
    assert refused.value.message.id == "backup.photos_failed"
    assert out.read_bytes() == before and not list(out.parent.glob("*.partiel"))
    assert main(["--lang", "en", "db", "backup", "--out", str(out), "--db", db_url]) == 1
    assert "error: the evidence photos could not be copied into" in capsys.readouterr().err


def test_a_restore_puts_the_database_back_even_when_a_photo_cannot_be(demo_db, db_url, check, capsys):
    """The database is back first; a photo the station's disk refuses is counted, and the person is
    told where the previous database was set aside. A copy a restore sets aside gets no photos of its
    own (they stay in the station's folder); restoring it takes those the station lost from the
    station's backup folder."""
    from logins_desktop.services import backup

    lead, pending = check
    quality.photograph(demo_db, lead, pending.id, photo())
    [row] = photos(demo_db)
    backup.backup(db_url)  # the station's backup folder has the photo
    demo_db.dispose()
    first = backup.restore(db_url, backup.backup(db_url, backup.sqlite_path(db_url).with_name("aside.sqlite3"),
                                                 photos=False))
    assert not (first.saved.parent / backup.PHOTOS).exists()  # set aside beside the database: no photos there
    (evidence.evidence_dir() / row.file).unlink()
    restored = backup.restore(db_url, first.saved)  # a copy set aside by a restore, without its photos
    assert (restored.photos_back, restored.photos_lost) == (1, 0)  # from the backup folder
    (evidence.evidence_dir() / row.file).unlink()
    month = evidence.evidence_dir() / row.file.split("/")[0]
    month.rmdir()
    month.write_text("a file where a folder goes")  # the station's disk refuses the photo
    assert main(["db", "restore", str(first.saved), "--db", db_url]) == 0
    out, err = capsys.readouterr()
    assert "l'ancienne est gardée dans" in out and "1 photo de preuve nommée par la base restaurée est introuvable" in err


def test_a_backup_stopped_while_copying_photos_leaves_no_backup(demo_db, db_url, check, tmp_path):
    from logins_desktop.services import backup

    lead, pending = check
    quality.photograph(demo_db, lead, pending.id, photo())

    def stop(phase, done, total):
        if phase == "backing_up_photos":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        backup.backup(db_url, tmp_path / "stopped.sqlite3", progress=stop)
    assert not (tmp_path / "stopped.sqlite3").exists()
    assert [p.name for p in (tmp_path / backup.PHOTOS).rglob("*.part")] == []


def _exif_with_orientation_and_gps() -> Image.Exif:
    exif = Image.Exif()
    exif[0x0112] = 6
    exif.get_ifd(0x8825)[2] = (45.0, 45.0, 0.0)
    return exif


# A phone's JPEG, small: the bytes changed below fall in its EXIF block (orientation, GPS) as often
# as in the picture, so the path that turns a photo upright meets damaged EXIF too.
VALID_JPEG = photo(size=(16, 12), exif=_exif_with_orientation_and_gps())


def _flip(data: bytes, flips) -> bytearray:
    out = bytearray(data)
    for at, value in flips:
        out[at] = value
    return out


@settings(max_examples=300, deadline=None)
@example(bytes(_flip(VALID_JPEG, [(71, 30)])))  # a GPS entry's type made 30: struct.error in Pillow's EXIF writer
@given(st.one_of(st.binary(max_size=4096),
                 st.lists(st.tuples(st.integers(0, min(len(VALID_JPEG), 300) - 1), st.integers(0, 255)),
                          min_size=1, max_size=8)
                 .map(lambda flips: bytes(_flip(VALID_JPEG, flips)))))
def test_any_bytes_are_a_photo_kept_or_a_plain_refusal(data):
    """A damaged or hostile file (random bytes, a real JPEG with bytes changed) is a photo or a
    plain refusal: never another exception, never a warning."""
    try:
        picture = evidence.normalise(data)
    except DomainError as refused:
        assert refused.message.id in {"evidence.empty", "evidence.unreadable"}
    else:
        assert picture.jpeg.startswith(b"\xff\xd8\xff") and 0 < picture.width <= evidence.STORED_LONG_SIDE


def test_a_rule_that_asks_for_a_photo_holds_the_verdict_until_one_is_kept(demo_db, db_url, capsys, monkeypatch):
    lead = signed_in(demo_db, "chef")
    said = quality.set_rule(demo_db, lead, "KIT-REPRISE", "every", 10, POINTS, photo=True)
    assert said.id == "quality.rule_with_photo" and said.args["rule"].id == "quality.rule_every"
    station = StationService(demo_db, "POSTE-01", clock=Clock())
    scan(station, "B1001")
    build_kits(station, 1)
    [pending] = quality.pending_checks(demo_db)
    assert pending.photo_needed and pending.photos == ()
    every_point = {"notice pliée": True, "étiquette droite": True}
    with pytest.raises(DomainError) as refused:
        quality.decide(demo_db, lead, pending.id, every_point)
    assert refused.value.message.id == "quality.photo_needed"
    assert quality.pending_checks(demo_db)[0].status == "pending"  # nothing decided
    quality.photograph(demo_db, lead, pending.id, photo())
    assert quality.decide(demo_db, lead, pending.id, every_point).id == "quality.passed"
    # From the command line: the rule says so, and the verdict comes with its photo.
    monkeypatch.setenv("LOGINS_PIN", "1234")
    assert main(["--db", db_url, "--lang", "en", "quality", "rule", "KIT-REPRISE", "--sampling", "every", "-n", "1",
                 "--points", POINTS, "--photo", "--user", "chef"]) == 0
    assert "a photo of each checked kit" in capsys.readouterr().out
    with demo_db.read() as s:
        assert s.scalars(select(AuditEntry.details).where(AuditEntry.action == "quality_rule")
                         .order_by(AuditEntry.created_at.desc())).first()["photo"] is True
