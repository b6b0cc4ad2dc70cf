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
    "text, message",
    [
        ("language = 'de'", "langue"),
        ("[ui]\ntouch_target_mm = 5", "entre 10 et 40"),
        ("[ui]\nhigh_contrast = 'yes'", "true ou false"),
        ("[station]\nunknown = 1", "clé inconnue"),
        ("language = ", "illisible"),
        ("[planning]\nperiod_minutes = [120, 'x']", "liste de int"),
        ("[planning]\nperiod_minutes = []", "de 1 à 12 périodes"),
        ("[planning]\nperiod_minutes = [120, 5]", "de 15 à 480 minutes"),
        ("[planning]\nperiod_minutes = [480, 480, 480, 480]", "24 h"),
        ("[planning]\ntolerance_pct = 150", "entre 0 et 100"),
        ("[planning]\nrepetitive_reps_per_min = 0", "au moins 1"),
        ("[planning]\nsearch_seconds = 0.5", "entre 1 et 600"),
    ],
)
def test_bad_files_are_explained_in_french(text, message):
    with pytest.raises(SettingsError, match=message):
        parse_settings(text, "s.toml")


def test_insertion_section():
    s = parse_settings("[insertion]\nmax_months = 18\ncontract_end_alert_days = 45\nretention_years = 3\n")
    assert (s.insertion.max_months, s.insertion.contract_end_alert_days, s.insertion.retention_years) == (18, 45, 3)
    assert s.insertion.min_weekly_hours == 20.0 and parse_settings("").insertion.max_months == 24
    for bad in ("[insertion]\nmin_months = 30", "[insertion]\nretention_years = 0", "[insertion]\nmin_weekly_hours = 60"):
        with pytest.raises(SettingsError):
            parse_settings(bad)
