"""One POST to a webhook's URL, as the SSRF guard allows it: httpcore's connection pool over a
network backend that resolves each host itself, checks every address (ssrf.py) and connects
to the checked address (TLS still verifies the certificate for the host name).

No redirect is followed (httpcore never follows one: a 3xx is a failed attempt), timeouts
are short, and at most `MAX_RESPONSE_BYTES` of an answer are read: only its status counts.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass

import httpcore

from app.webhooks import ssrf

MAX_RESPONSE_BYTES = 16 * 1024


class GuardedBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, *, allow_private: bool, resolve_timeout: float) -> None:
        self._inner = httpcore.AnyIOBackend()
        self._allow_private = allow_private
        self._resolve_timeout = resolve_timeout

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109  (httpcore's interface)
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        resolved = await ssrf.resolve(
            host,
            port,
            allow_private=self._allow_private,
            seconds=timeout or self._resolve_timeout,
        )
        failure: Exception | None = None
        for address in resolved.addresses:
            try:
                return await self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None
        raise failure

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109  (httpcore's interface)
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise ssrf.TargetRefused("a webhook cannot reach a unix socket")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


@dataclass(frozen=True)
class Answer:
    """The receiver's status code, or why there was none."""

    status: int | None
    error: str | None = None
    refused: bool = False  # the SSRF guard refused the target


class Sender:
    """A connection pool for one worker's deliveries."""

    def __init__(
        self,
        *,
        allow_private: bool,
        connect_timeout: float,
        total_timeout: float,
        max_connections: int,
    ) -> None:
        self._total_timeout = total_timeout
        self._timeouts = {
            "connect": connect_timeout,
            "read": total_timeout,
            "write": total_timeout,
            "pool": total_timeout,
        }
        self._pool = httpcore.AsyncConnectionPool(
            network_backend=GuardedBackend(
                allow_private=allow_private, resolve_timeout=connect_timeout
            ),
            max_connections=max_connections,
            keepalive_expiry=30,
            retries=0,
        )

    async def post(self, url: str, headers: list[tuple[str, str]], body: bytes) -> Answer:
        try:
            async with asyncio.timeout(self._total_timeout):
                return await self._post(url, headers, body)
        except ssrf.TargetRefused as exc:
            return Answer(None, f"refused: {exc}", refused=True)
        except TimeoutError:
            return Answer(None, f"no answer within {self._total_timeout:g} s")
        except httpcore.TimeoutException as exc:
            return Answer(None, f"timed out ({type(exc).__name__})")
        except (httpcore.NetworkError, httpcore.ProtocolError, OSError) as exc:
            return Answer(None, f"{type(exc).__name__}: {exc}".rstrip(": "))
        except httpcore.UnsupportedProtocol as exc:
            return Answer(None, f"unsupported URL: {exc}")

    async def _post(self, url: str, headers: list[tuple[str, str]], body: bytes) -> Answer:
        extensions = {"timeout": self._timeouts}
        async with self._pool.stream(
            "POST", url, headers=headers, content=body, extensions=extensions
        ) as response:
            read = 0
            async for chunk in response.aiter_stream():
                read += len(chunk)
                if read >= MAX_RESPONSE_BYTES:
                    break
            return Answer(response.status)

    async def aclose(self) -> None:
        await self._pool.aclose()
