"""Settings: one TOML file in the platformdirs config dir; --config and --db override.

The file is optional: every key has a default, so a fresh station starts with simulated devices
and a local SQLite database in the platformdirs data dir.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

import platformdirs
import tomli_w

from logins_desktop.messages import LANGUAGES, Message, msg

APP_NAME = "logins-desktop"
APP_AUTHOR = "Logins"


class SettingsError(ValueError):
    """A settings file that cannot be read; `message` says why (a catalogue message), str() in French."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message

    def text(self, language: str = "fr") -> str:
        return self.message.text(language)


def config_dir() -> Path:
    return Path(os.environ.get("LOGINS_CONFIG_DIR") or platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def data_dir() -> Path:
    return Path(os.environ.get("LOGINS_DATA_DIR") or platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_config_path() -> Path:
    return config_dir() / "settings.toml"


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'logins.sqlite3'}"


def demo_db_url() -> str:
    return f"sqlite:///{data_dir() / 'demo.sqlite3'}"


@dataclass(frozen=True)
class StationSettings:
    station_id: str = "POSTE-01"
    site: str = "SITE-1"
    # Below this many kits covered by the components on hand, the worker and the board are warned.
    low_stock_kits: int = 10


@dataclass(frozen=True)
class DeviceSettings:
    # Empty means "not configured": the app then uses simulated devices and says so on screen.
    scanner: str = ""
    printer: str = ""
    # The USB camera for evidence photos (quality checks, damaged goods): "" takes the first camera
    # found, else only pictures chosen by touch; "none" never a camera; "sim://" a simulated one (the
    # demonstration's, when it finds none); any other text: the camera whose name holds it.
    camera: str = ""
    # Where the touch picker looks for pictures when there is no camera, or a photo was taken with a
    # phone: these folders, else the USB sticks mounted under /media and the user's Pictures folder.
    pictures: tuple[str, ...] = ()


@dataclass(frozen=True)
class GS1Settings:
    # A fictitious prefix in the GS1 France range; each site sets its own.
    company_prefix: str = "3760000"
    extension_digit: int = 0


@dataclass(frozen=True)
class ShipperSettings:
    """The "from" block of logistic labels."""

    name: str = "Log'ins Atelier (fictif)"
    address: tuple[str, ...] = ("12 rue des Artisans", "69007 Lyon", "France")


@dataclass(frozen=True)
class BackupSettings:
    # Online backups of the local SQLite database into the data dir's backups/ folder; 0 = off.
    interval_hours: float = 4.0


@dataclass(frozen=True)
class DatabaseSettings:
    # How long a write waits for a database another program holds, retrying, before saying so.
    busy_seconds: float = 30.0


WINDOW_MODES = ("fullscreen", "normal")


@dataclass(frozen=True)
class UISettings:
    touch_target_mm: float = 20.0
    font_scale: float = 1.0
    high_contrast: bool = False
    # How long a message stays on screen; 0 = until the next scan or tap (never times out).
    feedback_seconds: float = 5.0
    # Automatic logout after inactivity; 0 = never.
    idle_logout_minutes: float = 0.0
    sound: bool = True
    # Calibration for a panel that reports its physical size wrong: its real dots per inch
    # (measure a 100 mm line on screen); 0 = trust the screen (QScreen.physicalDotsPerInch).
    dpi_override: float = 0.0
    # The station's own access methods, for a station set up for one person (else each worker's
    # profile switches them on at badge login): dwell activation and one-switch scanning, 0 = off.
    dwell_seconds: float = 0.0
    scan_seconds: float = 0.0
    scan_key: str = "Space"
    # "fullscreen" (the default, a workshop station or board): the window fills the screen without a
    # frame, a worker cannot close it by accident, a team lead or manager leaves with "Quitter";
    # "normal": an ordinary window (the manager's desk).
    window: str = "fullscreen"


@dataclass(frozen=True)
class ShippingSettings:
    # Where finished goods wait for the truck: a shipment's stock leaves this location.
    location: str = "EXPEDITION"


PRINT_FORMATS = ("zpl", "pdf")


@dataclass(frozen=True)
class PrintingSettings:
    # What the label printer takes: "zpl" (label printers) or "pdf". A pdf:// printer takes PDF
    # only, so with one and no [printing] format the format is "pdf".
    format: str = "zpl"


@dataclass(frozen=True)
class PlanningSettings:
    """The team lead's "Proposer": how the shift is cut and what the proposal may trade."""

    period_minutes: tuple[int, ...] = (120, 120, 120, 120)
    # Each period's output within this percentage of the best period's.
    tolerance_pct: float = 10.0
    # A task with this many movements per minute or more is repetitive (max continuous minutes apply).
    repetitive_reps_per_min: int = 10
    # How long the proposal keeps improving in the background (it can be stopped sooner).
    search_seconds: float = 20.0


@dataclass(frozen=True)
class StockSettings:
    # a lot that expires within this many days is flagged on the manager's console
    expiry_warning_days: int = 30


@dataclass(frozen=True)
class InsertionSettings:
    """The insertion path's rules and the counsellor's alerts (domain.insertion), today's defaults."""

    min_months: int = 4
    max_months: int = 24
    min_weekly_hours: float = 20.0
    # true: days of suspension push the 24-month maximum back by as many days
    suspensions_extend_maximum: bool = False
    pmsmp_max_months: int = 1
    contract_end_alert_days: int = 60
    maximum_alert_days: int = 90
    interview_alert_days: int = 30
    # a person's path and notes are anonymised this many years after their exit
    retention_years: int = 2


@dataclass(frozen=True)
class Settings:
    language: str = "fr"
    db_url: str = ""
    central_url: str = ""
    station: StationSettings = field(default_factory=StationSettings)
    devices: DeviceSettings = field(default_factory=DeviceSettings)
    gs1: GS1Settings = field(default_factory=GS1Settings)
    shipper: ShipperSettings = field(default_factory=ShipperSettings)
    backup: BackupSettings = field(default_factory=BackupSettings)
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    ui: UISettings = field(default_factory=UISettings)
    planning: PlanningSettings = field(default_factory=PlanningSettings)
    shipping: ShippingSettings = field(default_factory=ShippingSettings)
    printing: PrintingSettings = field(default_factory=PrintingSettings)
    insertion: InsertionSettings = field(default_factory=InsertionSettings)
    stock: StockSettings = field(default_factory=StockSettings)
    source: str = ""  # the file these settings came from, "" for built-in defaults

    @property
    def effective_db_url(self) -> str:
        return self.db_url or default_db_url()

    def to_toml(self, masked: bool = False) -> str:
        """The settings as TOML; masked=True hides the passwords in URLs (for showing, never for saving)."""
        data = asdict(self)
        data.pop("source")
        if masked:
            data["db_url"], data["central_url"] = mask_url(data["db_url"]), mask_url(data["central_url"])
        return tomli_w.dumps(data)


MASK = "***"
# scheme://user:password@host — the password runs to the last "@" before the path.
_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://[^/:@\s]*:)[^/\s]*@")
_USERINFO_ANYWHERE = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*://[^/:@\s]*:)[^/\s]*@")


def mask_url(url: str) -> str:
    """The URL with its password replaced by ***: every print, log line and error shows this form.

    Done on the text, not through SQLAlchemy's parser, so a URL with a typo or an unencoded "@"
    in its password is masked too (everything up to the last "@" of the authority part)."""
    if not url:
        return url
    return _USERINFO.sub(rf"\g<1>{MASK}@", url, count=1)


def mask_secrets(text: str) -> str:
    """Any URL password inside a longer text (an error message, a log line) replaced by ***."""
    return _USERINFO_ANYWHERE.sub(rf"\g<1>{MASK}@", text) if text else text


_SECTIONS = {"station": StationSettings, "devices": DeviceSettings, "gs1": GS1Settings, "shipper": ShipperSettings,
             "backup": BackupSettings, "database": DatabaseSettings, "ui": UISettings, "planning": PlanningSettings,
             "shipping": ShippingSettings, "printing": PrintingSettings,
             "insertion": InsertionSettings, "stock": StockSettings}
_LANGUAGES = LANGUAGES  # French and every language with a translation file


def _build(cls, raw: dict, where: str):
    known = {f.name: f for f in fields(cls)}
    values = {}
    for key, value in raw.items():
        if key not in known:
            raise SettingsError(msg("settings.unknown_key", where=where or msg("settings.top_level"), key=key))
        default = known[key].default
        name = f"{where}.{key}" if where else key
        if isinstance(default, bool) and not isinstance(value, bool):
            raise SettingsError(msg("settings.bool_expected", key=name))
        if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if isinstance(default, tuple) and isinstance(value, list):
            item_type = type(default[0]) if default else str
            if not all(type(v) is item_type for v in value):
                raise SettingsError(msg("settings.list_expected", key=name, type=item_type.__name__, value=repr(value)))
            value = tuple(value)
        if not isinstance(default, bool) and type(default) is not type(value):
            raise SettingsError(msg("settings.type_expected", key=name, type=type(default).__name__, value=repr(value)))
        values[key] = value
    return cls(**values)


def parse_settings(text: str, source: str = "") -> Settings:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(msg("settings.unreadable", source=source, detail=str(exc))) from exc
    top = {}
    sections = {}
    for key, value in raw.items():
        if key in _SECTIONS:
            if not isinstance(value, dict):
                raise SettingsError(msg("settings.not_a_section", key=key))
            sections[key] = _build(_SECTIONS[key], value, key)
        else:
            top[key] = value
    settings = _build(Settings, top, "")
    settings = replace(settings, source=source, **sections)
    if settings.language not in _LANGUAGES:
        raise SettingsError(msg("settings.language", language=settings.language, languages=", ".join(_LANGUAGES)))
    if not 10.0 <= settings.ui.touch_target_mm <= 40.0:
        raise SettingsError(msg("settings.between", key="ui.touch_target_mm", low=10, high=40, unit="mm"))
    ui = settings.ui
    if ui.dpi_override and not 50.0 <= ui.dpi_override <= 1000.0:
        raise SettingsError(msg("settings.dpi_override", key="ui.dpi_override"))
    if ui.window not in WINDOW_MODES:
        raise SettingsError(msg("settings.window", key="ui.window", value=ui.window))
    if ui.dwell_seconds and not 0.5 <= ui.dwell_seconds <= 5.0:
        raise SettingsError(msg("settings.off_or_between", key="ui.dwell_seconds", low="0,5", high=5))
    if ui.scan_seconds and not 0.5 <= ui.scan_seconds <= 10.0:
        raise SettingsError(msg("settings.off_or_between", key="ui.scan_seconds", low="0,5", high=10))
    if not 0.0 <= settings.database.busy_seconds <= 3600.0:
        raise SettingsError(msg("settings.between", key="database.busy_seconds", low=0, high=3600, unit="s"))
    _check_planning(settings.planning)
    _check_insertion(settings.insertion)
    if not 0 <= settings.stock.expiry_warning_days <= 3650:
        raise SettingsError(msg("settings.between", key="stock.expiry_warning_days", low=0, high=3650, unit="j"))
    return _check_printing(settings, "format" in raw.get("printing", {}))


def _check_printing(settings: Settings, format_given: bool) -> Settings:
    if not settings.shipping.location.strip():
        raise SettingsError(msg("settings.shipping_location_empty", key="shipping.location"))
    fmt = settings.printing.format
    if fmt not in PRINT_FORMATS:
        raise SettingsError(msg("settings.print_format", key="printing.format", value=fmt))
    if settings.devices.printer.startswith("pdf://"):
        if not format_given:
            return replace(settings, printing=PrintingSettings("pdf"))
        if fmt != "pdf":
            raise SettingsError(msg("settings.pdf_printer_format", key="printing.format"))
    return settings


def _check_insertion(insertion: InsertionSettings) -> None:
    if not 1 <= insertion.min_months <= insertion.max_months <= 60:
        raise SettingsError(msg("settings.insertion_months"))
    if not 0 < insertion.min_weekly_hours <= 48:
        raise SettingsError(msg("settings.between", key="insertion.min_weekly_hours", low=0, high=48, unit="h"))
    if not 1 <= insertion.pmsmp_max_months <= 12:
        raise SettingsError(msg("settings.between", key="insertion.pmsmp_max_months", low=1, high=12, unit=""))
    for name in ("contract_end_alert_days", "maximum_alert_days", "interview_alert_days"):
        if not 0 <= getattr(insertion, name) <= 3650:
            raise SettingsError(msg("settings.between", key=f"insertion.{name}", low=0, high=3650, unit="j"))
    if not 1 <= insertion.retention_years <= 50:
        raise SettingsError(msg("settings.between", key="insertion.retention_years", low=1, high=50, unit=""))


def _check_planning(planning: PlanningSettings) -> None:
    periods = planning.period_minutes
    if not 1 <= len(periods) <= 12 or any(not 15 <= m <= 480 for m in periods):
        raise SettingsError(msg("settings.periods"))
    if sum(periods) > 24 * 60:
        raise SettingsError(msg("settings.periods_day"))
    if not 0.0 <= planning.tolerance_pct <= 100.0:
        raise SettingsError(msg("settings.between", key="planning.tolerance_pct", low=0, high=100, unit="%"))
    if planning.repetitive_reps_per_min < 1:
        raise SettingsError(msg("settings.at_least", key="planning.repetitive_reps_per_min", low=1))
    if not 1.0 <= planning.search_seconds <= 600.0:
        raise SettingsError(msg("settings.between", key="planning.search_seconds", low=1, high=600, unit="s"))


def load_settings(path: Path | None = None, db_url: str | None = None) -> Settings:
    """Read the settings file (missing file = defaults), then apply the --db override."""
    path = path or default_config_path()
    if path.exists():
        settings = parse_settings(path.read_text(encoding="utf-8"), source=str(path))
    else:
        settings = Settings()
    if db_url:
        settings = replace(settings, db_url=db_url)
    return settings


def write_private_file(path: Path, text: str) -> None:
    """Write `text` readable by its owner only (mode 0600), also when the file already existed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        os.fchmod(out.fileno(), 0o600)  # O_CREAT's mode does not apply to a file that already existed
        out.write(text)


def write_settings(settings: Settings, path: Path) -> None:
    """Settings files are always written 0600: any of them may hold a database password one day."""
    write_private_file(path, settings.to_toml())
