"""Who is running IMR Studio, on which computer: the owner of a lock or of an autosave.

A lock file and a recovery file both record the :class:`Session` that wrote
them, so that a later session can tell whether that copy of IMR Studio is
still running. Only a process on this same computer can be checked; one on
another computer always counts as possibly running.
"""

from __future__ import annotations

import datetime
import getpass
import os
import socket
import sys

import msgspec


def user_name() -> str:
    """The login name of the user running this process."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in the environment or the password database
        return "an unknown user"


def _host_name() -> str:
    return socket.gethostname() or "an unknown computer"


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    _QUERY_LIMITED_INFORMATION = 0x1000
    _ACCESS_DENIED = 5
    _STILL_ACTIVE = 259

    def _probe(pid: int) -> tuple[bool, str]:
        """Whether process ``pid`` is running, and when it started (as a token; "" when unknown)."""
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
        kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
        kernel32.GetProcessTimes.argtypes = (wintypes.HANDLE, *[ctypes.POINTER(wintypes.FILETIME)] * 4)
        kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
        handle = kernel32.OpenProcess(_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:
            # Access denied: the process exists but belongs to someone else.
            return ctypes.get_last_error() == _ACCESS_DENIED, ""
        try:
            exit_code = wintypes.DWORD()
            if kernel32.GetExitCodeProcess(handle, ctypes.byref(exit_code)) and exit_code.value != _STILL_ACTIVE:
                return False, ""
            times = [wintypes.FILETIME() for _ in range(4)]
            if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
                return True, ""
            created = times[0]
            return True, str((created.dwHighDateTime << 32) | created.dwLowDateTime)
        finally:
            kernel32.CloseHandle(handle)

else:

    def _probe(pid: int) -> tuple[bool, str]:
        """Whether process ``pid`` is running, and when it started (as a token; "" when unknown)."""
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False, ""
        except PermissionError:
            pass  # it exists, run by another user
        except OSError:
            return False, ""
        try:
            with open(f"/proc/{pid}/stat", "rb") as stream:
                fields = stream.read().rsplit(b")", 1)[1].split()
        except (OSError, IndexError):
            return True, ""  # no /proc (macOS): the process id alone has to do
        if fields[0] == b"Z":
            return False, ""  # ended, waiting for its parent to notice
        return True, fields[19].decode("ascii")  # field 22 of stat: start time since boot


def process_running(pid: int) -> bool:
    """True when process ``pid`` is running on this computer."""
    return _probe(pid)[0]


class Session(msgspec.Struct, frozen=True, kw_only=True):
    """A running copy of IMR Studio: the user, the computer, and the process."""

    user: str
    """The user's login name."""
    host: str
    """The computer's network name."""
    pid: int
    """The process id."""
    started: str = ""
    """When the process started, as the system counts it ("" when unknown): tells a reused process id."""

    @classmethod
    def current(cls, **more: object) -> Session:
        """This running process's session (with ``more`` fields, for a subclass)."""
        pid = os.getpid()
        return cls(user=user_name(), host=_host_name(), pid=pid, started=_probe(pid)[1], **more)

    def on_this_computer(self) -> bool:
        """True when this session ran on the computer this code runs on."""
        return self.host.casefold() == _host_name().casefold()

    def may_be_running(self) -> bool:
        """False only when this session has certainly ended.

        That can be known for a process on this computer; one on another
        computer cannot be checked and may still be running.
        """
        if not self.on_this_computer():
            return True
        running, started = _probe(self.pid)
        if not running:
            return False
        return not (self.started and started and started != self.started)  # the id now names another process

    def is_this_process(self) -> bool:
        """True when this session is the running process itself."""
        return self.on_this_computer() and self.pid == os.getpid()


def now() -> datetime.datetime:
    """The current local time, with its offset from UTC, to the second."""
    return datetime.datetime.now().astimezone().replace(microsecond=0)


def describe_time(moment: datetime.datetime, *, today: datetime.date | None = None) -> str:
    """``moment`` in words, in local time: "14:05 today", "09:30 yesterday", "16:20 on 3 March 2025"."""
    local = moment.astimezone()
    today = today or datetime.date.today()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return f"{clock} today"
    if local.date() == today - datetime.timedelta(days=1):
        return f"{clock} yesterday"
    return f"{clock} on {local.day} {local.strftime('%B %Y')}"
