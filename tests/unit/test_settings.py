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
    ],
)
def test_bad_files_are_explained_in_french(text, message):
    with pytest.raises(SettingsError, match=message):
        parse_settings(text, "s.toml")
