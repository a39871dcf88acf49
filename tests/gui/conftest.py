"""GUI tests: every test here drives real widgets and is marked ``gui``."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/gui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch):
    """A message box nobody expected fails the test instead of waiting for a click forever.

    A test that expects a dialog replaces the method again with its own answer.
    """
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args, **kwargs):
        text = args[2] if len(args) > 2 else kwargs
        raise AssertionError(f"unexpected dialog: {text}")

    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, unexpected)

    from imr_studio.gui.dialogs import questions
    from imr_studio.gui.dialogs.signing import IdentityDialog

    monkeypatch.setattr(IdentityDialog, "exec", lambda dialog: unexpected(None, None, "the signing key's identity dialog"))

    # A question with named buttons is answered like any other: by the test's own QMessageBox.question.
    monkeypatch.setattr(
        questions, "ask", lambda parent, title, text, buttons, default, labels: QMessageBox.question(parent, title, text, buttons, default)
    )


@pytest.fixture
def window(qtbot):
    """A real main window, shown and active, with an empty review; closed without questions afterwards."""
    from PySide6.QtWidgets import QApplication

    from imr_studio.gui.window.main_window import MainWindow
    from imr_studio.settings import Settings

    win = MainWindow(Settings())
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    QApplication.processEvents()  # the window has fitted itself to the (small) offscreen screen ...
    win.resize(1280, 800)  # ... and now takes the size the tests were written for
    yield win
    win.setFocus()  # let a field being typed in hand over its value first
    win.bridge.editor.mark_saved()  # the test is over: nothing to ask about
    win.close()
    win.deleteLater()


@pytest.fixture
def page_alone(qtbot):
    """Build a page of the given class on ``document`` (a new, empty review by default), shown on its own.

    Page tests use it where they need no window.
    """
    from imr_studio.gui.bridge import DocumentBridge
    from imr_studio.model import DocumentEditor

    def build(page_type, document=None):
        bridge = DocumentBridge(DocumentEditor(document), describe=lambda restriction: restriction.name)
        page = page_type(bridge)
        qtbot.addWidget(page)
        page.resize(1000, 700)
        page.show()
        page.activateWindow()  # shortcuts such as Ctrl+B reach only the active window
        qtbot.waitUntil(page.isActiveWindow)
        return page

    return build


@pytest.fixture
def as_account(tmp_path, monkeypatch):
    """Run as computer account ``account``, with its own profile; the identity dialog answers ``"Owen Pryde", "Detective Chief Inspector"``."""

    def become(account: str, name: str = "Owen Pryde", role: str = "Detective Chief Inspector") -> list[str]:
        monkeypatch.setenv("IMR_STUDIO_PROFILE", str(tmp_path / "profiles" / account))
        for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
            monkeypatch.setenv(variable, account)
        asked: list[str] = []

        def answer(dialog):
            asked.append(dialog.name.text())
            dialog.name.setText(name)
            dialog.role.setText(role)
            return IdentityDialog.DialogCode.Accepted

        from imr_studio.gui.dialogs.signing import IdentityDialog

        monkeypatch.setattr(IdentityDialog, "exec", answer)
        return asked

    return become


@pytest.fixture
def lead(as_account):
    """The review lead's account."""
    return as_account("opryde")
