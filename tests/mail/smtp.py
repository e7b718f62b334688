"""A real SMTP server for the tests: aiosmtpd on 127.0.0.1, in a thread of its own, keeping
every message it accepts. It can be stopped and started again on the same port, as a mail
server that goes down for a while."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage

    @property
    def to(self) -> str:
        return str(self.message["To"])

    @property
    def subject(self) -> str:
        return str(self.message["Subject"])

    @property
    def text(self) -> str:
        part = self.message.get_body(preferencelist=("plain",))
        assert part is not None, "no text/plain part"
        content = str(part.get_content())
        return content.replace("\r\n", "\n")  # SMTP carries lines ending CRLF


class _Handler:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.received: list[Received] = []
        self.refused: set[str] = set()  # recipients answered 550, as an unknown mailbox

    async def handle_RCPT(
        self, _server: SMTP, _session: Session, envelope: Envelope, address: str, _options: Any
    ) -> str:
        if address.lower() in self.refused:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, _server: SMTP, _session: Session, envelope: Envelope) -> str:
        data = envelope.original_content or b""
        message = message_from_bytes(data, policy=policy.default)
        assert isinstance(message, EmailMessage)
        with self.lock:
            self.received.append(
                Received(str(envelope.mail_from), [str(to) for to in envelope.rcpt_tos], message)
            )
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class SmtpServer:
    def __init__(self) -> None:
        self.port = free_port()
        self._handler = _Handler()
        self._controller: Controller | None = None

    def start(self) -> None:
        assert self._controller is None
        # decode_data=False keeps the bytes as sent; original_content is the whole message.
        self._controller = Controller(self._handler, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def messages(self) -> list[Received]:
        with self._handler.lock:
            return list(self._handler.received)

    def refuse(self, address: str) -> None:
        """Answers 550 to RCPT TO this address from now on."""
        self._handler.refused.add(address.lower())

    def to(self, address: str) -> list[Received]:
        return [m for m in self.messages() if address.lower() in (r.lower() for r in m.rcpt_tos)]

    @property
    def settings(self) -> dict[str, Any]:
        """Settings that send the app's mail here."""
        return {
            "email_backend": "smtp",
            "smtp_host": "127.0.0.1",
            "smtp_port": self.port,
            "smtp_starttls": False,
        }


@contextmanager
def smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
