"""Undoable, validated edits to a document, with change notification.

:class:`DocumentEditor` is the one way the application changes a
:class:`~imr_studio.model.document.Document`. Every edit is validated against
the field's declared type, recorded on an undo stack and announced to
listeners once (a group of edits is announced once, as a whole). The editor
also knows whether the document differs from its last saved state. It
follows its :class:`~imr_studio.model.access.EditPolicy`: an edit the policy
restricts changes nothing, and the refusal listeners are told which
:class:`~imr_studio.model.access.Restriction` stood in its way.

Qt-free: the GUI has one bridge that turns notifications into Qt signals.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

import msgspec

from . import addressing
from .access import EDITABLE, EditPolicy, Restriction
from .addressing import Path, PathError
from .document import Document, Item
from .errors import explain
from .ids import all_ids, new_id
from .links import Unlink, unlinks_for_removal
from .new_items import starting_values

ChangeKind = Literal["set", "insert", "remove", "move"]


class EditError(ValueError):
    """An edit was refused: the value does not fit the field, or the path is wrong."""


@dataclass(frozen=True)
class Change:
    """What one edit changed.

    For ``set``, ``path`` is the value's path. For ``insert``, ``remove`` and
    ``move``, ``path`` is the list's path and ``key`` the item's key.
    """

    kind: ChangeKind
    path: Path
    key: Any = None

    def touches(self, path: Path) -> bool:
        """True when this change may alter the value at ``path`` or below it."""
        shorter = min(len(self.path), len(path))
        return self.path[:shorter] == path[:shorter]


_serials = itertools.count(1)


@dataclass
class _Command:
    label: str
    serial: int = field(default_factory=lambda: next(_serials), init=False)

    def apply(self, doc: Document) -> list[Change]:
        raise NotImplementedError

    def revert(self, doc: Document) -> list[Change]:
        raise NotImplementedError

    def paths(self) -> list[Path]:
        """The paths this command changes (a list's path for changes to the list)."""
        raise NotImplementedError


@dataclass
class _Set(_Command):
    path: Path = ()
    old: Any = None
    new: Any = None
    merge: bool = False

    def apply(self, doc: Document) -> list[Change]:
        addressing.set_value(doc, self.path, self.new)
        return [Change("set", self.path)]

    def revert(self, doc: Document) -> list[Change]:
        addressing.set_value(doc, self.path, self.old)
        return [Change("set", self.path)]

    def paths(self) -> list[Path]:
        return [self.path]


@dataclass
class _Insert(_Command):
    list_path: Path = ()
    index: int = 0
    item: Any = None

    def apply(self, doc: Document) -> list[Change]:
        addressing.get(doc, self.list_path).insert(self.index, self.item)
        return [Change("insert", self.list_path, addressing.key_of(self.item))]

    def revert(self, doc: Document) -> list[Change]:
        del addressing.get(doc, self.list_path)[self.index]
        return [Change("remove", self.list_path, addressing.key_of(self.item))]

    def paths(self) -> list[Path]:
        return [self.list_path]


@dataclass
class _Remove(_Insert):
    def apply(self, doc: Document) -> list[Change]:
        return _Insert.revert(self, doc)

    def revert(self, doc: Document) -> list[Change]:
        return _Insert.apply(self, doc)


@dataclass
class _Move(_Command):
    list_path: Path = ()
    old_index: int = 0
    new_index: int = 0

    def _shift(self, doc: Document, source: int, target: int) -> list[Change]:
        items = addressing.get(doc, self.list_path)
        item = items.pop(source)
        items.insert(target, item)
        return [Change("move", self.list_path, addressing.key_of(item))]

    def apply(self, doc: Document) -> list[Change]:
        return self._shift(doc, self.old_index, self.new_index)

    def revert(self, doc: Document) -> list[Change]:
        return self._shift(doc, self.new_index, self.old_index)

    def paths(self) -> list[Path]:
        return [self.list_path]


@dataclass
class _Group(_Command):
    commands: list[_Command] = field(default_factory=list)
    refused: bool = False
    """An edit of the group was refused: the whole group is taken back."""

    def apply(self, doc: Document) -> list[Change]:
        return [change for command in self.commands for change in command.apply(doc)]

    def revert(self, doc: Document) -> list[Change]:
        return [change for command in reversed(self.commands) for change in command.revert(doc)]

    def paths(self) -> list[Path]:
        return [path for command in self.commands for path in command.paths()]


Listener = Callable[[list[Change]], None]
RefusalListener = Callable[[Restriction, Path], None]
"""Called with why an edit was refused and the path it would have changed."""


class DocumentEditor:
    """Holds one open document, applies edits to it and keeps their history."""

    def __init__(self, document: Document | None = None) -> None:
        self.document = document if document is not None else Document()
        self._undo: list[_Command] = []
        self._redo: list[_Command] = []
        self._saved_serial = 0
        self._listeners: list[Listener] = []
        self._group: _Group | None = None
        self._group_changes: list[Change] = []
        self._refusal_listeners: list[RefusalListener] = []
        self.policy: EditPolicy = EDITABLE
        """What this editor refuses, and why (see :func:`~imr_studio.model.access.edit_policy`)."""

    # --- listeners -----------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with the list of changes after every edit; returns an unsubscribe function."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def subscribe_refusals(self, listener: RefusalListener) -> Callable[[], None]:
        """Call ``listener`` with the reason and the path whenever a read-only editor refuses an edit."""
        self._refusal_listeners.append(listener)
        return lambda: self._refusal_listeners.remove(listener)

    @property
    def restriction(self) -> Restriction | None:
        """Why the document as a whole cannot be changed; None while it can (some records may still be protected)."""
        return self.policy.restriction

    def _refusal(self, paths: Iterable[Path]) -> tuple[Restriction, Path] | None:
        """Why an edit of ``paths`` would be refused, and the first path refused; None when it would not be."""
        for path in paths:
            restriction = self.policy.refusal(path)
            if restriction is not None:
                return restriction, path
        return None

    def _refuses(self, *paths: Path) -> bool:
        """True, after telling the refusal listeners, when an edit of any of ``paths`` is not allowed."""
        refusal = self._refusal(paths)
        if refusal is None:
            return False
        if self._group is not None:
            self._group.refused = True
        for listener in list(self._refusal_listeners):
            listener(*refusal)
        return True

    def _announce(self, changes: list[Change]) -> None:
        if self._group is not None:
            self._group_changes.extend(changes)
            return
        for listener in list(self._listeners):
            listener(changes)

    # --- reading -------------------------------------------------------------

    def get(self, path: Path) -> Any:
        """The current value at ``path``."""
        return addressing.get(self.document, path)

    # --- edits ---------------------------------------------------------------

    def _validated(self, path: Path, value: Any) -> Any:
        try:
            declared = addressing.type_at(Document, path)
        except PathError as exc:
            raise EditError(str(exc)) from exc
        try:
            return msgspec.convert(value, declared)
        except msgspec.ValidationError as exc:
            raise EditError(explain(exc, at=path)) from exc

    def _push(self, command: _Command) -> None:
        changes = command.apply(self.document)
        if self._group is not None:
            self._group.commands.append(command)
        else:
            self._undo.append(command)
            self._redo.clear()
        self._announce(changes)

    def set(self, path: Path, value: Any, *, merge: bool = False, label: str | None = None) -> bool:
        """Set the value at ``path``; False when the editor is read-only and refused it.

        With ``merge``, consecutive edits of the same field (typing) become one
        undo step, until something else is edited or the document is saved.
        Setting a value equal to the current one does nothing.
        """
        if self._refuses(path):
            return False
        value = self._validated(path, value)
        try:
            old = self.get(path)
        except PathError as exc:
            raise EditError(str(exc)) from exc
        if old == value:
            return True
        last = self._undo[-1] if self._undo and self._group is None else None
        if (
            merge
            and isinstance(last, _Set)
            and last.merge
            and last.path == path
            and last.serial != self._saved_serial
            and not self._redo
        ):
            last.new = value
            addressing.set_value(self.document, path, value)
            self._announce([Change("set", path)])
            return True
        title = addressing.title_at(Document, path)
        self._push(_Set(label or f"Edit {title.lower()}", path=path, old=old, new=value, merge=merge))
        return True

    def new_item(self, list_path: Path, index: int | None = None, **values: Any) -> Any:
        """Create an item with a fresh id (for id-keyed lists), insert it and return it.

        Values not given start as :func:`~imr_studio.model.new_items.starting_values`
        says (a new subject is the victim, then the suspect). A read-only
        editor returns the item without inserting it.
        """
        values = {**starting_values(self.document, list_path), **values}
        cls = addressing.item_type(Document, list_path)
        if issubclass(cls, Item):
            values.setdefault("id", new_id(cls, all_ids(self.document)))
        try:
            item = msgspec.convert(values, cls)
        except msgspec.ValidationError as exc:
            # The new item has no place in the list yet: step into it by an empty key.
            raise EditError(explain(exc, at=list_path + ("",))) from exc
        self.insert(list_path, item, index)
        return item

    def insert(self, list_path: Path, item: Any, index: int | None = None) -> None:
        """Insert ``item`` into the list at ``list_path`` (at the end by default)."""
        if self._refuses(list_path):
            return
        items = self.get(list_path)
        cls = addressing.item_type(Document, list_path)
        if not isinstance(item, cls):
            raise EditError(f"{addressing.title_at(Document, list_path)} takes {cls.__name__} items")
        key = addressing.key_of(item)
        if any(addressing.key_of(existing) == key for existing in items):
            raise EditError(f"{addressing.title_at(Document, list_path)} already has an item {key!r}")
        if isinstance(item, Item) and item.id in all_ids(self.document):
            raise EditError(f"the id {item.id!r} is already used in this document")
        position = len(items) if index is None else max(0, min(index, len(items)))
        title = addressing.title_at(Document, list_path)
        self._push(_Insert(f"Add to {title.lower()}", list_path=list_path, index=position, item=item))

    def remove(self, list_path: Path, key: Any) -> list[Unlink]:
        """Remove the item ``key`` and every link to it, as one undo step.

        Returns what was unlinked, so the caller can say so (nothing when read-only).
        """
        if self._refuses(list_path):
            return []
        items = self.get(list_path)
        index = addressing.find_index(items, key)
        unlinks = unlinks_for_removal(self.document, items[index])
        title = addressing.title_at(Document, list_path)
        with self.group(f"Remove from {title.lower()}"):
            for unlink in unlinks:
                if not unlink.owned:
                    self.set(unlink.path, unlink.remaining)
            for owned_list, owned_key in (u.owned for u in unlinks if u.owned):
                owned_items = self.get(owned_list)
                owned_index = addressing.find_index(owned_items, owned_key)
                self._push(
                    _Remove("", list_path=owned_list, index=owned_index, item=owned_items[owned_index])
                )
            self._push(_Remove("", list_path=list_path, index=index, item=items[index]))
        return unlinks

    def move(self, list_path: Path, key: Any, new_index: int) -> None:
        """Move item ``key`` to ``new_index`` in its list."""
        if self._refuses(list_path):
            return
        items = self.get(list_path)
        old_index = addressing.find_index(items, key)
        new_index = max(0, min(new_index, len(items) - 1))
        if new_index == old_index:
            return
        title = addressing.title_at(Document, list_path)
        self._push(_Move(f"Reorder {title.lower()}", list_path=list_path, old_index=old_index, new_index=new_index))

    def reorder(self, list_path: Path, keys: list[Any], label: str = "Sort") -> None:
        """Put the list at ``list_path`` in the order of ``keys`` (one undo step)."""
        if self._refuses(list_path):
            return
        with self.group(label):
            for target, key in enumerate(keys):
                self.move(list_path, key, target)

    @contextlib.contextmanager
    def group(self, label: str) -> Iterator[None]:
        """Make every edit inside the ``with`` block one undo step, announced once.

        All or nothing: when the policy refuses any edit of the block, the
        ones already made are taken back, so that one user action is never
        left half done (the refusal has been reported).
        """
        if self._group is not None:
            yield
            return
        self._group = _Group(label)
        self._group_changes = []
        try:
            yield
        except BaseException:
            group, self._group = self._group, None
            group.revert(self.document)
            raise
        group, self._group = self._group, None
        changes, self._group_changes = self._group_changes, []
        if group.refused:
            group.revert(self.document)
            return
        if group.commands:
            self._undo.append(group)
            self._redo.clear()
            self._announce(changes)

    # --- history -------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        """True when there is an edit to undo, and undoing it is allowed."""
        return bool(self._undo) and self._refusal(self._undo[-1].paths()) is None

    @property
    def can_redo(self) -> bool:
        """True when there is an undone edit to redo, and redoing it is allowed."""
        return bool(self._redo) and self._refusal(self._redo[-1].paths()) is None

    @property
    def undo_label(self) -> str:
        """What Undo would undo, for the Edit menu ('' when nothing)."""
        return self._undo[-1].label if self._undo else ""

    @property
    def redo_label(self) -> str:
        """What Redo would redo, for the Edit menu ('' when nothing)."""
        return self._redo[-1].label if self._redo else ""

    def undo(self) -> None:
        """Undo the last edit (or group of edits)."""
        if not self._undo or self._refuses(*self._undo[-1].paths()):
            return
        command = self._undo.pop()
        self._redo.append(command)
        self._announce(command.revert(self.document))

    def redo(self) -> None:
        """Redo the last undone edit."""
        if not self._redo or self._refuses(*self._redo[-1].paths()):
            return
        command = self._redo.pop()
        self._undo.append(command)
        self._announce(command.apply(self.document))

    # --- saved state ---------------------------------------------------------

    @property
    def is_modified(self) -> bool:
        """True when the document differs from its last saved (or opened) state."""
        top = self._undo[-1].serial if self._undo else 0
        return top != self._saved_serial

    def mark_saved(self) -> None:
        """Record that the current state is what is on disk."""
        self._saved_serial = self._undo[-1].serial if self._undo else 0

    def mark_unsaved(self) -> None:
        """Record that what is on disk differs from every state in the history (a recovered draft)."""
        self._saved_serial = -1
