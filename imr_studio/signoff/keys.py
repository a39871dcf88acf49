"""Each person's signing key: made on first use, kept in their own profile, bound to name, role and account.

The key file (``signing-key.json`` in the per-user settings folder) holds the
private key and who it belongs to. It is written so that only its owner can
read it (mode 0600 where the system has modes; a Windows profile folder is
the user's own already). A key made under one computer account is refused
under another, so copying a profile does not let one person sign as another.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

from ..paths import config_dir
from ..storage.atomic import write_atomic
from ..storage.session import user_name

if TYPE_CHECKING:  # the library loads when a key is first used, not when the window opens
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

KEY_FILE = "signing-key.json"


class SigningKeyError(Exception):
    """The signing key cannot be made, read or used; the message says why in plain words."""


@dataclass(frozen=True)
class Signer:
    """A person able to sign: who they are and their private key."""

    name: str
    role: str
    account: str
    private_key: Ed25519PrivateKey

    @property
    def public_key(self) -> str:
        """The public key, base64: what the force lists and every signed entry carries."""
        return encode_public_key(self.private_key.public_key())

    def sign(self, message: bytes) -> str:
        """The signature of ``message``, base64."""
        return base64.b64encode(self.private_key.sign(message)).decode("ascii")


def encode_public_key(key: Ed25519PublicKey) -> str:
    """A public key as base64 of its 32 raw bytes."""
    from cryptography.hazmat.primitives import serialization

    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def signature_matches(public_key: str, signature: str, message: bytes) -> bool:
    """True when ``signature`` (base64) is ``public_key``'s (base64) signature of ``message``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
        key.verify(base64.b64decode(signature, validate=True), message)
    except (ValueError, InvalidSignature, TypeError):
        return False
    return True


def key_path() -> Path:
    """Where this user's signing key lives."""
    return config_dir() / KEY_FILE


def load_signer() -> Signer | None:
    """This user's signer, or None when they have no key yet.

    Raises :class:`SigningKeyError` when the key file is damaged or belongs
    to another computer account.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = key_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise SigningKeyError(f"Your signing key ({path}) cannot be read: {exc}.") from exc
    try:
        private = serialization.load_pem_private_key(data["private_key"].encode("ascii"), password=None)
        name, role, account = str(data["name"]), str(data["role"]), str(data["account"])
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise SigningKeyError(f"Your signing key ({path}) is damaged; ask force IT before making a new one.") from exc
    if not isinstance(private, Ed25519PrivateKey):
        raise SigningKeyError(f"Your signing key ({path}) is not an Ed25519 key.")
    if account != user_name():
        raise SigningKeyError(
            f"The signing key in this profile was made for the account “{account}”, not “{user_name()}”; "
            "each person signs with their own key."
        )
    return Signer(name=name, role=role, account=account, private_key=private)


def make_signer(name: str, role: str) -> Signer:
    """Make and keep a new signing key for this user as ``name``, ``role``.

    Raises :class:`SigningKeyError` when a key exists already (one person, one
    key) or when name or role is blank or the key cannot be written.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    name, role = " ".join(name.split()), " ".join(role.split())
    if not name or not role:
        raise SigningKeyError("A signing key needs your name and your role, as they will appear on what you sign.")
    path = key_path()
    if path.exists():
        raise SigningKeyError(f"You have a signing key already ({path}).")
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode("ascii")
    signer = Signer(name=name, role=role, account=user_name(), private_key=private)
    record = {"name": name, "role": role, "account": signer.account, "public_key": signer.public_key, "private_key": pem}
    try:
        write_atomic(path, (json.dumps(record, indent=2) + "\n").encode("utf-8"), mode=0o600)
    except OSError as exc:
        raise SigningKeyError(f"Your signing key could not be kept in {path}: {exc.strerror or exc}.") from exc
    return signer


def signer_for(name: str = "", role: str = "") -> Signer:
    """This user's signer, made with ``name`` and ``role`` on first use.

    Raises :class:`SigningKeyError` when there is no key yet and no name and
    role to make one with, or when ``name``/``role`` differ from the key's
    (a key is bound to one name and role).
    """
    signer = load_signer()
    if signer is None:
        if not (name.strip() and role.strip()):
            raise SigningKeyError("You have no signing key yet: give your name and role to make one.")
        return make_signer(name, role)
    for given, kept, what in ((name, signer.name, "name"), (role, signer.role, "role")):
        if given.strip() and " ".join(given.split()) != kept:
            raise SigningKeyError(f"Your signing key is bound to the {what} “{kept}”, not “{given.strip()}”.")
    return signer


def force_list_entry(signer: Signer) -> dict[str, str]:
    """The entry force IT adds to the force's list of review leads for ``signer``."""
    return {"name": signer.name, "role": signer.role, "account": signer.account, "public_key": signer.public_key}

