"""A document's parts as plain data that does not change when a later version adds fields.

Fingerprints (what a verdict rests on, what a sign-off signed) are taken
over this form: every field that still holds its default is left out, so a
file-format upgrade that only adds fields (with empty defaults) leaves every
fingerprint, and so every verdict and signature, as it was.
"""

from __future__ import annotations

from typing import Any

import msgspec

from .text import without_lone_surrogates


def _defaults(cls: type) -> dict[str, Any]:
    info = msgspec.structs.fields(cls)
    return {
        f.name: (f.default if f.default is not msgspec.NODEFAULT else f.default_factory())
        for f in info
        if f.default is not msgspec.NODEFAULT or f.default_factory is not msgspec.NODEFAULT
    }


_DEFAULTS: dict[type, dict[str, Any]] = {}


def canonical(value: Any) -> Any:
    """``value`` as plain data, each structure without the fields that hold their defaults."""
    if isinstance(value, msgspec.Struct):
        cls = type(value)
        defaults = _DEFAULTS.get(cls)
        if defaults is None:
            defaults = _DEFAULTS[cls] = _defaults(cls)
        out = {}
        for name in value.__struct_fields__:
            field_value = getattr(value, name)
            if name in defaults and field_value == defaults[name]:
                continue
            out[name] = canonical(field_value)
        return out
    if isinstance(value, (list, tuple)):
        return [canonical(element) for element in value]
    if isinstance(value, dict):
        return {key: canonical(element) for key, element in value.items()}
    return value


def canonical_bytes(value: Any) -> bytes:
    """The JSON bytes of :func:`canonical` ``value``: what fingerprints are taken over.

    Half of a broken character (which UTF-8 cannot hold) counts as U+FFFD, as the saved file holds it, so that
    a fingerprint is the same before and after a save.
    """
    plain = canonical(value)
    try:
        return msgspec.json.encode(plain)
    except UnicodeEncodeError:
        return msgspec.json.encode(without_lone_surrogates(plain))

