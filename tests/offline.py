"""Amends never goes over the network: while the tests run, any attempt to connect to an
address or to look one up is refused and remembered, and the run fails if there was one."""

from __future__ import annotations

import socket
import sys
from typing import Any

ATTEMPTS: list[str] = []
_WATCHED = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto"}


def _refuse(event: str, args: tuple[Any, ...]) -> None:
    if event not in _WATCHED:
        return
    if event == "socket.connect" and getattr(args[0], "family", None) == socket.AF_UNIX:
        return  # a local socket: the one-window check of the same user
    ATTEMPTS.append(f"{event} {args[1:]!r}")
    raise ConnectionRefusedError(f"Amends must not use the network ({event})")


def refuse_network() -> None:
    """Refuse network use in this process from now on (an audit hook cannot be removed)."""
    sys.addaudithook(_refuse)
