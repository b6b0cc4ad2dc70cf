"""The `logins-desktop` command as a person or a script runs it: exit codes and printed text."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from logins_desktop.cli import main


def run(*args) -> int:
    return main(list(args))


def test_config_path_respects_the_platform_dir(tmp_path, capsys):
    assert run("config", "path") == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "config" / "settings.toml")
    assert run("config", "path", "--config", str(tmp_path / "x.toml")) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "x.toml")


def test_config_init_then_show(tmp_path, capsys):
    assert run("config", "init") == 0
    assert (tmp_path / "config" / "settings.toml").exists()
    assert run("config", "show") == 0
    assert 'language = "fr"' in capsys.readouterr().out


def test_bad_settings_file_is_a_clear_error(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text("[ui]\ntouch_target_mm = 2\n")
    assert run("db", "upgrade", "--config", str(bad)) == 1
    assert "touch_target_mm" in capsys.readouterr().err


def test_seed_check_export_and_import_round_trip(db_url, tmp_path, capsys):
    assert run("seed-demo", "--db", db_url) == 0
    assert run("seed-demo", "--db", db_url) == 0
    assert "rien n'a été ajouté" in capsys.readouterr().out
    assert run("db", "check", "--db", db_url) == 0
    out = tmp_path / "stock.csv"
    assert run("export", "stock", str(out), "--db", db_url) == 0
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "sku;location;quantity"
    assert "SAVON-100;ATELIER-2;60" in lines
    # The exported file imports into an empty database with the same products and locations.
    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    products = tmp_path / "p.csv"
    products.write_text("sku;gtin;name;weight_g;customer\nSAVON-100;;Savon;100;LAVANDE\n", encoding="utf-8")
    locations = tmp_path / "l.csv"
    locations.write_text("code;name\nATELIER-2;\nA-02-01;\n", encoding="utf-8")
    only_savon = tmp_path / "savon.csv"
    only_savon.write_text("\n".join([lines[0], *[line for line in lines if line.startswith("SAVON-100;")]]), encoding="utf-8")
    assert run("import", "products", str(products), "--db", other) == 0
    assert run("import", "locations", str(locations), "--db", other) == 0
    assert run("import", "stock", str(only_savon), "--db", other) == 0
    capsys.readouterr()
    assert run("export", "stock", str(tmp_path / "again.csv"), "--db", other) == 0
    assert (tmp_path / "again.csv").read_text(encoding="utf-8-sig").splitlines()[1:] == only_savon.read_text().splitlines()[1:]


def test_import_error_exits_non_zero_with_file_line_column(db_url, tmp_path, capsys):
    bad = tmp_path / "articles.csv"
    bad.write_text("sku;gtin;name;weight_g;customer\nA;4006381333932;A;1;C\n", encoding="utf-8")
    assert run("import", "products", str(bad), "--db", db_url) == 1
    err = capsys.readouterr().err
    assert "articles.csv, ligne 2, colonne « gtin »" in err
    assert run("import", "products", str(tmp_path / "absent.csv"), "--db", db_url) == 1


def test_import_prints_unknown_restrictions_and_no_progress_bar_on_a_pipe(db_url, tmp_path, capsys):
    workers = tmp_path / "w.csv"
    workers.write_text("badge;name;max_load_kg;hands;posture;overhead_ok;fine_motor;max_reps_per_min\n"
                       "B1;Jo;nan;;;;;\n", encoding="utf-8")
    assert run("import", "workers", str(workers), "--db", db_url) == 0
    captured = capsys.readouterr()
    assert "w.csv, ligne 2, colonne « max_load_kg » : « nan » illisible, restriction enregistrée comme inconnue" \
        in captured.err
    assert "━" not in captured.err and "%" not in captured.err  # the bar is only drawn on a terminal


def test_the_progress_bar_waits_a_second_and_needs_a_terminal(monkeypatch):
    from logins_desktop import cli

    class Terminal:
        def __init__(self, tty):
            self.tty, self.text = tty, []

        def isatty(self):
            return self.tty

        def write(self, text):
            self.text.append(text)

        def flush(self):
            pass

    now = [0.0]
    for tty, after, drawn in ((False, 5.0, False), (True, 0.5, False), (True, 1.5, True)):
        monkeypatch.setattr(cli.sys, "stderr", Terminal(tty))
        bar = cli._ProgressBar("f.csv")
        bar._clock = lambda: now[0]
        bar._start = 0.0
        now[0] = after
        bar("checking", 10, 100)
        assert (bar._bar is not None) is drawn
        bar.close()


def test_db_check_fails_on_a_corrupted_ledger_cache(db_url, capsys):
    assert run("seed-demo", "--db", db_url) == 0
    path = db_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE stock_on_hand SET quantity = quantity + 1 WHERE rowid = 1")
    capsys.readouterr()
    assert run("db", "check", "--db", db_url) == 1
    assert "cache" in capsys.readouterr().err


def test_db_check_fails_on_an_unmigrated_database(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'blank.sqlite3'}"
    assert run("db", "check", "--db", url) == 1
    assert "db upgrade" in capsys.readouterr().err


def test_console_script_entry_point(db_url):
    result = subprocess.run([sys.executable, "-m", "logins_desktop", "db", "upgrade", "--db", db_url],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    from logins_desktop.store.migrate import head_revision

    assert f"base à jour (révision {head_revision()})" in result.stdout


def test_label_print_status_and_queue_commands(db_url, tmp_path, capsys):
    import json

    from tests.fake_printer import FakeZebra

    assert run("seed-demo", "--db", db_url) == 0
    zpl_file, pdf_file = tmp_path / "demo.zpl", tmp_path / "demo.pdf"
    assert run("label", "sscc", "--demo", "--format", "zpl", "--dpi", "300", "--out", str(zpl_file), "--db", db_url) == 0
    assert run("label", "sscc", "--demo", "--format", "pdf", "--size", "4x6", "--out", str(pdf_file), "--db", db_url) == 0
    out = capsys.readouterr().out.splitlines()
    first, second = out[-2].rsplit(" ", 1)[1], out[-1].rsplit(" ", 1)[1]
    assert first != second  # each demo label takes a new SSCC from the counter
    assert zpl_file.read_text().startswith("^XA\n^CI28\n^PW1181") and pdf_file.read_bytes().startswith(b"%PDF")

    zebra = FakeZebra()
    try:
        zebra.paper_out = True
        assert run("printer", "status", zebra.url) == 0
        status = json.loads(capsys.readouterr().out)
        assert (status["online"], status["paper_out"], status["ready"]) == (True, True, False)
        assert run("print", str(zpl_file), "--printer", zebra.url, "--db", db_url) == 1
        assert "plus de papier" in capsys.readouterr().err
        assert run("queue", "list", "--db", db_url) == 0
        line = capsys.readouterr().out.strip()
        assert "en attente" in line and "demo.zpl" in line  # French by default
        job = line.split()[0]
        assert run("queue", "cancel", job, "--db", db_url) == 0
        zebra.paper_out = False
        assert run("print", str(zpl_file), "--printer", zebra.url, "--db", db_url) == 0
    finally:
        zebra.close()
    assert run("printer", "status", "tcp://127.0.0.1:9?timeout=0.3") == 1


def test_product_label_command(db_url, tmp_path, capsys):
    assert run("seed-demo", "--db", db_url) == 0
    out = tmp_path / "articles.zpl"
    assert run("label", "product", "--sku", "SAVON-100", "--sku", "KIT-REPRISE", "--out", str(out), "--db", db_url) == 0
    text = out.read_text()
    assert text.count("^XA") == 2 and "^FD376000000014^FS" in text
    assert run("label", "product", "--sku", "NOPE", "--out", str(out), "--db", db_url) == 1
    assert "article inconnu" in capsys.readouterr().err


def serials_of(data: bytes) -> list[int]:
    import re

    return [int(n) for n in re.findall(rb"\^FD(\d{18})\^FS", data)]


def test_a_cut_job_is_not_called_printed_and_a_retry_needs_a_choice(db_url, tmp_path, capsys):
    from logins_desktop.devices.printers.sim import SimulatedPrinter

    printer = SimulatedPrinter("sim://cli-cut")
    printer.jobs.clear()
    job_file = tmp_path / "cartons.zpl"
    job_file.write_bytes(b"".join(b"^XA^FD%018d^FS^XZ\n" % n for n in range(1, 11)))
    printer.cut_after_labels = 4
    assert run("print", str(job_file), "--printer", printer.url, "--db", db_url) == 1
    err = capsys.readouterr().err
    assert "imprimé" not in err and "4/10" in err and "--after N" in err and "--from-first-unsent" not in err
    assert run("queue", "list", "--db", db_url) == 0
    line = capsys.readouterr().out.strip()
    job = line.split()[0]
    assert "interrompu : 4/10" in line
    printer.online = True
    assert run("queue", "run", "--db", db_url) == 0
    assert capsys.readouterr().out == ""  # never resent by itself
    assert run("queue", "retry", job, "--db", db_url) == 1  # a choice is required
    assert "4/10" in capsys.readouterr().err
    # A cut: the printer's count is only what it acknowledged, the last label on paper decides.
    assert run("queue", "retry", job, "--from-first-unsent", "--db", db_url) == 1
    assert "lisez la dernière étiquette sortie" in capsys.readouterr().err
    assert run("queue", "retry", job, "--all", "--db", db_url) == 1  # 4 already sent: a reason is required
    assert "motif" in capsys.readouterr().err
    assert run("queue", "retry", job, "--labels", "2,x", "--db", db_url) == 1
    assert run("queue", "retry", job, "--labels", "3-4", "--db", db_url) == 1  # sent already: a reason is needed
    assert run("queue", "retry", job, "--labels", "3-4", "--reason", "coupure : vérifiées absentes",
               "--db", db_url) == 0
    assert run("queue", "run", "--db", db_url) == 0
    assert serials_of(printer.jobs[-1][1]) == [3, 4]  # reprinted on purpose, with the reason audited
    assert run("queue", "retry", job, "--after", "11", "--db", db_url) == 1
    assert "étiquette 11 : le travail en compte 10" in capsys.readouterr().err
    assert run("queue", "retry", job, "--after", "4", "--lang", "en", "--db", db_url) == 0
    assert capsys.readouterr().out.strip() == f"job {job}: going on after label 4, the next is 5"
    assert run("queue", "run", "--db", db_url) == 0
    sent = [serials_of(data) for _, data in printer.jobs]
    assert sent == [[1, 2, 3, 4], [3, 4], [5, 6, 7, 8, 9, 10]]  # no label twice but the two with a reason


def test_empty_file_and_shipment_without_units_are_refused(db_url, tmp_path, capsys):
    from logins_desktop.services.shipping import ShippingService
    from logins_desktop.settings import Settings
    from logins_desktop.store.database import open_database

    assert run("seed-demo", "--db", db_url) == 0
    empty = tmp_path / "vide.zpl"
    empty.write_bytes(b"")
    assert run("print", str(empty), "--printer", "sim://cli-empty", "--db", db_url) == 1
    assert "vide" in capsys.readouterr().err
    assert run("queue", "list", "--db", db_url) == 0
    assert "vide.zpl" not in capsys.readouterr().out
    ref = ShippingService(open_database(db_url), Settings()).create_shipment("RECO", [], "", ["Quai 4"], "x")
    out = tmp_path / "sscc.zpl"
    for fmt in ("zpl", "pdf"):
        assert run("label", "sscc", "--shipment", ref, "--format", fmt, "--out", str(out), "--db", db_url) == 1
        assert ref in capsys.readouterr().err
        assert not out.exists()
