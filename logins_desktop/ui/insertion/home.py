"""The insertion counsellor's home: the alerts, soonest first; find a person by name in two taps
(a few letters on the on-screen keyboard, then the name); a person's path and passport; the
functional restrictions (the table that was the whole home before). Names, never badges."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from logins_desktop.messages import msg
from logins_desktop.services.auth import AuthService, SignedIn
from logins_desktop.services.insertion import Alert, InsertionService
from logins_desktop.services.overview import OverviewService
from logins_desktop.services.passport import PassportService
from logins_desktop.services.restrictions import RestrictionService
from logins_desktop.ui.home import WorkersHome
from logins_desktop.ui.i18n import say
from logins_desktop.ui.insertion.keyboard import NameKeyboard
from logins_desktop.ui.insertion.passport_page import PassportPage
from logins_desktop.ui.insertion.path_page import PathPage
from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.touch import PersonCard, TouchButton, clear_layout, warning_row

ALERTS_PER_PAGE = 4  # four rows and the page buttons fit a 768 px panel
RESULTS = 6


def alert_text(alert: Alert) -> str:
    return say(msg(f"insertion.alert.{alert.kind.value}", name=alert.name, due=alert.due.strftime("%d/%m/%Y"),
                   days=alert.details.get("days", 0), host=alert.details.get("host", "")))


class CounsellorHome(QWidget):
    ALERTS, SEARCH, RESTRICTIONS, PATH, PASSPORT = range(5)

    def __init__(self, theme: Theme, session: SignedIn, overview: OverviewService, insertion: InsertionService,
                 passport: PassportService, restrictions: RestrictionService, auth: AuthService, profiles=None,
                 parent=None):
        super().__init__(parent)
        self._theme, self._session = theme, session
        self.insertion, self.passport = insertion, passport  # built by the composition root (app.py)
        self.alerts: list[Alert] = []
        self.alert_page = 0
        self.pages = QStackedWidget()
        tabs = QHBoxLayout()
        self.tab_buttons = []
        for index, (text, icon) in enumerate(((self.tr("Alertes"), "warning"), (self.tr("Trouver une personne"), "search"),
                                              (self.tr("Restrictions"), "info"))):
            button = TouchButton(theme, text, icon=icon)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, i=index: self.show_page(i))
            tabs.addWidget(button)
            self.tab_buttons.append(button)
        tabs.addStretch(1)

        # alerts
        alerts_page = QWidget()
        alerts_layout = QVBoxLayout(alerts_page)
        title = QLabel(self.tr("À faire, le plus proche d'abord"))
        title.setObjectName("title")
        alerts_layout.addWidget(title)
        self.alert_rows = QVBoxLayout()
        alerts_layout.addLayout(self.alert_rows)
        alerts_layout.addStretch(1)
        paging = QHBoxLayout()
        self.previous = TouchButton(theme, self.tr("Précédentes"), icon="back")
        self.previous.clicked.connect(lambda: self._page_alerts(-1))
        self.page_label = QLabel()
        self.next = TouchButton(theme, self.tr("Suivantes"), icon="next")
        self.next.clicked.connect(lambda: self._page_alerts(1))
        paging.addWidget(self.previous)
        paging.addWidget(self.page_label, 1)
        paging.addWidget(self.next)
        alerts_layout.addLayout(paging)
        self.alert_buttons: list[TouchButton] = []

        # search
        search_page = QWidget()
        search_layout = QVBoxLayout(search_page)
        self.keyboard = NameKeyboard(theme)
        self.keyboard.changed.connect(self.search)
        search_layout.addWidget(self.keyboard)
        self.results = QGridLayout()
        search_layout.addLayout(self.results)
        search_layout.addStretch(1)
        self.result_cards: list[PersonCard] = []

        self.workers = WorkersHome(theme, overview, session, restrictions, profiles)
        self.path_page = PathPage(theme, self.insertion, auth, session)
        self.path_page.back.connect(lambda: self.show_page(self._came_from))
        self.path_page.passport_requested.connect(self.show_passport)
        self.passport_page = PassportPage(theme, self.passport, session)
        self.passport_page.back.connect(lambda: self.pages.setCurrentIndex(self.PATH))
        for page in (alerts_page, search_page, self.workers, self.path_page, self.passport_page):
            self.pages.addWidget(page)
        self._came_from = self.ALERTS
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tabs)
        layout.addWidget(self.pages, 1)
        self.refresh_alerts()
        self.show_page(self.ALERTS)

    # the restrictions table's names, for the screens and tests that knew the old home
    @property
    def table(self):
        return self.workers.table

    def edit_selected(self) -> None:
        self.show_page(self.RESTRICTIONS)
        self.workers.edit_selected()

    def show_page(self, index: int) -> None:
        for n, button in enumerate(self.tab_buttons):
            button.setChecked(n == index)
        if index == self.SEARCH:
            self.keyboard.clear()
        elif index == self.ALERTS:
            self.refresh_alerts()
        self.pages.setCurrentIndex(index)

    # ------------------------------------------------------------ alerts
    def refresh_alerts(self) -> None:
        self.alerts = self.insertion.alerts(self._session)
        pages = max(1, -(-len(self.alerts) // ALERTS_PER_PAGE))
        self.alert_page = min(self.alert_page, pages - 1)
        clear_layout(self.alert_rows)
        self.alert_buttons = []
        shown = self.alerts[self.alert_page * ALERTS_PER_PAGE:(self.alert_page + 1) * ALERTS_PER_PAGE]
        for alert in shown:
            button = TouchButton(self._theme, self.tr("Ouvrir"), self.tr("Ouvrir le parcours de {0}").format(alert.name),
                                 icon="next")
            button.clicked.connect(lambda _=False, b=alert.badge: self.open_path(b))
            row, _label = warning_row(self._theme, f"{alert.due.strftime('%d/%m/%Y')} — {alert_text(alert)}", button)
            self.alert_rows.addWidget(row)
            self.alert_buttons.append(button)
        if not self.alerts:
            nothing = QLabel(self.tr("Aucune alerte aujourd'hui."))
            nothing.setObjectName("title")
            self.alert_rows.addWidget(nothing)
        self.page_label.setText(self.tr("Page {0} sur {1}").format(self.alert_page + 1, pages))
        self.previous.setEnabled(self.alert_page > 0)
        self.next.setEnabled(self.alert_page < pages - 1)

    def _page_alerts(self, step: int) -> None:
        self.alert_page += step
        self.refresh_alerts()

    # ------------------------------------------------------------ search
    def search(self, text: str) -> None:
        for card in self.result_cards:
            card.hide()
            card.deleteLater()
        self.result_cards = []
        if not text.strip():
            return
        for n, person in enumerate(self.insertion.people(self._session, text)[:RESULTS]):
            subtitle = self.tr("fin de contrat le {0}").format(person.contract_end.strftime("%d/%m/%Y")) \
                if person.contract_end else ""
            card = PersonCard(self._theme, person.name, "".join(p[0] for p in person.name.split()[:2]).upper(), subtitle)
            card.clicked.connect(lambda _=False, b=person.badge: self.open_path(b))
            self.results.addWidget(card, n // 3, n % 3)
            self.result_cards.append(card)

    # ------------------------------------------------------------ a person
    def open_path(self, badge: str) -> None:
        self._came_from = self.pages.currentIndex() if self.pages.currentIndex() < self.PATH else self.ALERTS
        self.path_page.show_person(badge)
        for button in self.tab_buttons:
            button.setChecked(False)
        self.pages.setCurrentIndex(self.PATH)

    def show_passport(self, badge: str, name: str) -> None:
        self.pages.setCurrentIndex(self.PASSPORT)
        self.passport_page.show_passport(badge, name)
