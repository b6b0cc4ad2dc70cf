import pytest

from logins_desktop.settings import Settings, SettingsError, load_settings, parse_settings, write_settings


def test_defaults_when_no_file(tmp_path):
    s = load_settings(tmp_path / "absent.toml")
    assert s.language == "fr"
    assert s.ui.touch_target_mm == 20.0
    assert s.devices.scanner == ""
    assert s.effective_db_url.startswith("sqlite:///") and s.effective_db_url.endswith("logins.sqlite3")


def test_file_values_and_db_override(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text(
        'language = "en"\n[station]\nstation_id = "POSTE-07"\nsite = "LYON"\n'
        '[devices]\nscanner = "serial:///dev/ttyACM0?baud=9600"\n[ui]\ntouch_target_mm = 30\nhigh_contrast = true\n'
    )
    s = load_settings(path, db_url="sqlite:////tmp/x.db")
    assert (s.language, s.station.station_id, s.station.site) == ("en", "POSTE-07", "LYON")
    assert s.devices.scanner == "serial:///dev/ttyACM0?baud=9600"
    assert s.ui.touch_target_mm == 30.0 and s.ui.high_contrast is True
    assert s.effective_db_url == "sqlite:////tmp/x.db"


def test_planning_section(tmp_path):
    assert load_settings(tmp_path / "absent.toml").planning.period_minutes == (120, 120, 120, 120)
    s = parse_settings("[planning]\nperiod_minutes = [210, 210]\ntolerance_pct = 5\n"
                       "repetitive_reps_per_min = 15\nsearch_seconds = 8\n")
    assert s.planning.period_minutes == (210, 210) and s.planning.tolerance_pct == 5.0
    assert (s.planning.repetitive_reps_per_min, s.planning.search_seconds) == (15, 8.0)
    path = tmp_path / "s.toml"
    write_settings(s, path)
    assert load_settings(path).planning == s.planning


def test_round_trip(tmp_path):
    path = tmp_path / "s.toml"
    write_settings(Settings(language="en"), path)
    assert load_settings(path).language == "en"


@pytest.mark.parametrize(
    "text, message_id, key",
    [
        ("language = 'de'", "settings.language", None),
        ("[ui]\ntouch_target_mm = 5", "settings.between", "ui.touch_target_mm"),
        ("[ui]\nhigh_contrast = 'yes'", "settings.bool_expected", "ui.high_contrast"),
        ("[station]\nunknown = 1", "settings.unknown_key", "unknown"),
        ("language = ", "settings.unreadable", None),
        ("[planning]\nperiod_minutes = [120, 'x']", "settings.list_expected", "planning.period_minutes"),
        ("[planning]\nperiod_minutes = []", "settings.periods", None),
        ("[planning]\nperiod_minutes = [120, 5]", "settings.periods", None),
        ("[planning]\nperiod_minutes = [480, 480, 480, 480]", "settings.periods_day", None),
        ("[planning]\ntolerance_pct = 150", "settings.between", "planning.tolerance_pct"),
        ("[planning]\nrepetitive_reps_per_min = 0", "settings.at_least", "planning.repetitive_reps_per_min"),
        ("[planning]\nsearch_seconds = 0.5", "settings.between", "planning.search_seconds"),
        ("[printing]\nformat = 'epl'", "settings.print_format", "printing.format"),
        ("[printing]\nformat = 1", "settings.type_expected", "printing.format"),
        ("[devices]\nprinter = 'pdf:///tmp/x'\n[printing]\nformat = 'zpl'", "settings.pdf_printer_format", "printing.format"),
        ("[shipping]\nlocation = ' '", "settings.shipping_location_empty", "shipping.location"),
        ("[shipping]\nquai = 'A'", "settings.unknown_key", "quai"),
        ("[ui]\ndpi_override = 20", "settings.dpi_override", "ui.dpi_override"),
        ("[ui]\ndwell_seconds = 0.1", "settings.off_or_between", "ui.dwell_seconds"),
        ("[ui]\nscan_seconds = 30", "settings.off_or_between", "ui.scan_seconds"),
        ("[ui]\nwindow = 'kiosque'", "settings.window", "ui.window"),
        ("[ui]\nwindow = 1", "settings.type_expected", "ui.window"),
        ("[stock]\nexpiry_warning_days = -1", "settings.between", "stock.expiry_warning_days"),
        ("[stock]\nexpiry_warning_days = '30'", "settings.type_expected", "stock.expiry_warning_days"),
    ],
)
def test_bad_files_are_explained(text, message_id, key):
    with pytest.raises(SettingsError) as refused:
        parse_settings(text, "s.toml")
    assert refused.value.message.id == message_id
    if key is not None:
        assert refused.value.message.args["key"] == key
    assert refused.value.text("fr") != refused.value.text("en")  # both languages written


def test_shipping_location_and_print_format(tmp_path):
    default = load_settings(tmp_path / "absent.toml")
    assert (default.shipping.location, default.printing.format) == ("EXPEDITION", "zpl")
    s = parse_settings("[shipping]\nlocation = 'QUAI-2'\n[printing]\nformat = 'pdf'\n")
    assert (s.shipping.location, s.printing.format) == ("QUAI-2", "pdf")
    # A pdf:// printer takes PDF only: without a [printing] format, that is the format.
    assert parse_settings("[devices]\nprinter = 'pdf:///srv/labels'\n").printing.format == "pdf"
    path = tmp_path / "s.toml"
    write_settings(s, path)
    assert load_settings(path).shipping == s.shipping and load_settings(path).printing == s.printing


def test_display_preferences_are_saved_0600_and_read_back_at_start(tmp_path):
    import stat

    from logins_desktop.domain.errors import DomainError
    from logins_desktop.services.preferences import DisplayPreferences

    path = tmp_path / "config" / "settings.toml"
    path.parent.mkdir()
    path.write_text('db_url = "postgresql+psycopg://u:secret@db/logins"\n[station]\nstation_id = "POSTE-07"\n')
    prefs = DisplayPreferences(path)
    prefs.save(high_contrast=True, font_scale=1.3, touch_target_mm=25.0, language="en")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    s = load_settings(path, db_url="sqlite:////tmp/other.db")  # as the next start reads it
    assert (s.ui.high_contrast, s.ui.font_scale, s.ui.touch_target_mm, s.language) == (True, 1.3, 25.0, "en")
    assert s.station.station_id == "POSTE-07"  # the rest of the file is kept
    assert "postgresql+psycopg://u:secret@db/logins" in path.read_text()  # and the --db override not written
    before = path.read_text()
    for bad in ({"touch_target_mm": 5.0}, {"font_scale": 9.0}, {"language": "de"}):
        with pytest.raises(DomainError):
            prefs.save(**bad)
    assert path.read_text() == before  # refused: nothing written
    path.write_text("language = ")  # broken by hand: never overwritten blindly
    with pytest.raises(DomainError) as caught:
        prefs.save(high_contrast=False)
    assert caught.value.message.id == "display.file_unreadable"
    assert path.read_text() == "language = "
    fresh = DisplayPreferences(tmp_path / "new" / "settings.toml")  # no file yet: created
    fresh.save(font_scale=1.1)
    assert load_settings(fresh.path).ui.font_scale == 1.1


def test_insertion_section():
    s = parse_settings("[insertion]\nmax_months = 18\ncontract_end_alert_days = 45\nretention_years = 3\n")
    assert (s.insertion.max_months, s.insertion.contract_end_alert_days, s.insertion.retention_years) == (18, 45, 3)
    assert s.insertion.min_weekly_hours == 20.0 and parse_settings("").insertion.max_months == 24
    for bad in ("[insertion]\nmin_months = 30", "[insertion]\nretention_years = 0", "[insertion]\nmin_weekly_hours = 60"):
        with pytest.raises(SettingsError):
            parse_settings(bad)


def test_the_station_profile_comes_from_its_ui_settings():
    from logins_desktop.services.profiles import station_profile

    s = parse_settings("[ui]\ntouch_target_mm = 12\nhigh_contrast = true\ndwell_seconds = 2\nscan_key = 'F9'\n")
    profile = station_profile(s.ui)
    assert profile.touch_target_mm == 15.0  # an old file's 12 mm is brought to the profile's 15 mm floor
    assert profile.high_contrast and profile.dwell and profile.dwell_seconds == 2.0
    assert not profile.switch_scan and profile.scan_key == "F9"
    assert parse_settings("[ui]\ndpi_override = 141.2\n").ui.dpi_override == 141.2


def test_the_window_is_full_screen_unless_the_desk_asks_for_an_ordinary_one():
    assert Settings().ui.window == "fullscreen"
    assert parse_settings("[ui]\nwindow = 'normal'\n").ui.window == "normal"
    assert parse_settings("[ui]\nwindow = 'fullscreen'\n").ui.window == "fullscreen"
