"""A page button that cannot be used now is seen to be so (issue 23: "Précédent" on the first page
looked exactly like a button that answers)."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget

from logins_desktop.ui.theme import Theme
from logins_desktop.ui.widgets.pager import Pager


def test_previous_on_the_first_page_looks_unavailable_and_not_once_a_page_turned(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    theme = Theme()
    theme.attach(root)
    items = QListWidget()
    items.addItems([f"Commande {n}" for n in range(60)])
    pager = Pager(theme, items, "commandes")
    QVBoxLayout(root).addWidget(pager)
    root.resize(800, 500)
    root.show()
    qtbot.waitExposed(root)
    qtbot.waitUntil(lambda: pager.pages() > 1)
    assert not pager.previous.isEnabled()
    unavailable = pager.previous.grab().toImage()
    pager.turn(1)
    assert pager.previous.isEnabled()
    available = pager.previous.grab().toImage()
    assert unavailable.size() == available.size() and unavailable != available
