"""The main window's menu bar (File, Edit, View, Help), laid out from the window's own actions."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar

from .actions import WindowActions


def build_menu_bar(menu_bar: QMenuBar, commands: WindowActions, view_extras: list[QAction | None]) -> None:
    """Fill ``menu_bar`` with ``commands``; ``view_extras`` (None for a separator) end the View menu."""
    file_menu = menu_bar.addMenu("&File")
    file_menu.addActions([commands.new, commands.open, commands.sample, commands.import_word, commands.imported_text])
    file_menu.addMenu(commands.recent_menu)
    file_menu.addAction(commands.recover)
    file_menu.addSeparator()
    file_menu.addActions([commands.save, commands.save_as, commands.edit_anyway, commands.reload])
    file_menu.addSeparator()
    export_menu = file_menu.addMenu("&Export")
    export_menu.addActions(list(commands.export.values()))
    template_menu = file_menu.addMenu("Report &template")
    template_menu.addActions([commands.choose_template, commands.built_in_template])
    file_menu.addActions([commands.print_preview, commands.print])
    file_menu.addSeparator()
    file_menu.addAction(commands.quit)

    edit_menu = menu_bar.addMenu("&Edit")
    edit_menu.addActions([commands.undo, commands.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([commands.cut, commands.copy, commands.paste, commands.select_all])
    edit_menu.addSeparator()
    edit_menu.addActions([commands.find, commands.replace])
    edit_menu.addSeparator()
    edit_menu.addAction(commands.settings)

    view_menu = menu_bar.addMenu("&View")
    view_menu.addActions([commands.next_section, commands.previous_section, commands.sections])
    view_menu.addSeparator()
    for extra in view_extras:
        if extra is None:
            view_menu.addSeparator()
        else:
            view_menu.addAction(extra)

    help_menu = menu_bar.addMenu("&Help")
    help_menu.addActions([commands.guide, commands.review_guide])
    help_menu.addSeparator()
    help_menu.addAction(commands.about)
