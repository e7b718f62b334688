"""Every response the test client sees is held to the OpenAPI document.

The `client` fixture (tests/conftest.py) sends its requests through `ContractTransport`,
which checks each response: its status
must be one the operation documents, a problem's `type` one of those documented for that
status, and every header it carries one the document declares for it (beyond HTTP's own
framing). So the whole suite, walking every route with good and bad input, checks that a
client generated from the document never meets a status, problem or header it was not told
about.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from typing import Any

import httpx
from fastapi import FastAPI

from app.errors import PROBLEM_MEDIA_TYPE
from app.http import API_PREFIX
from app.openapi import documented_problem_types

# HTTP's own framing and representation metadata, not part of an operation's contract.
FRAMING_HEADERS = frozenset(
    {
        "content-type",
        "content-length",
        "content-encoding",
        "transfer-encoding",
        "vary",
        "date",
        "server",
        "connection",
    }
)


@dataclass(frozen=True)
class Operation:
    method: str
    template: str
    pattern: re.Pattern[str]
    literal_segments: int
    literal_length: int
    responses: dict[str, Any]
    components: dict[str, Any]

    def problem_types(self, status: str) -> set[str]:
        return documented_problem_types(self.responses[status], self.components["schemas"])

    def headers(self, status: str) -> set[str]:
        return {name.lower() for name in self.responses[status].get("headers", {})}


class ContractCheck:
    def __init__(self, document: dict[str, Any]) -> None:
        self.operations: dict[str, list[Operation]] = {}
        components = document.get("components", {})
        for template, item in document["paths"].items():
            for method, operation in item.items():
                self.operations.setdefault(method.upper(), []).append(
                    Operation(
                        method=method.upper(),
                        template=template,
                        pattern=_pattern(template),
                        literal_length=len(re.sub(r"\{[^/}]+\}", "", template)),
                        literal_segments=sum(
                            1 for part in template.split("/") if part and "{" not in part
                        ),
                        responses=operation["responses"],
                        components=components,
                    )
                )
        for candidates in self.operations.values():
            # The most literal template first: `/me/tokens` before `/users/{username}`.
            # Then the one with more literal text: `/meetups/{id}.ics` before `/meetups/{id}`.
            candidates.sort(key=lambda op: (-op.literal_segments, -op.literal_length))

    def operation(self, method: str, path: str) -> Operation | None:
        method = "GET" if method == "HEAD" else method
        for operation in self.operations.get(method, []):
            if operation.pattern.match(path):
                return operation
        return None

    def check(
        self, request: httpx.Request, status_code: int, headers: httpx.Headers, body: bytes
    ) -> None:
        path = request.url.path
        if not path.startswith(API_PREFIX + "/"):
            return
        operation = self.operation(request.method, path)
        if operation is None:
            return  # no such operation: the 404/405 of an unknown address
        where = f"{request.method} {operation.template}"
        status = str(status_code)
        assert status in operation.responses, (
            f"{where} answered {status}, which its documented responses "
            f"{sorted(operation.responses)} do not include"
        )
        # (A HEAD answer has the GET's headers and no body to read a problem from.)
        if headers.get("content-type", "").startswith(PROBLEM_MEDIA_TYPE) and body:
            if headers.get("content-encoding") == "gzip":
                body = gzip.decompress(body)
            problem_type = json.loads(body).get("type")
            documented = operation.problem_types(status)
            assert problem_type in documented, (
                f"{where} answered {status} {problem_type}, not among the problem types "
                f"documented for it: {sorted(documented)}"
            )
        undeclared = {
            name
            for name in headers
            if name.lower() not in FRAMING_HEADERS and name.lower() not in operation.headers(status)
        }
        assert not undeclared, (
            f"{where} answered {status} with headers its documented response does not "
            f"declare: {sorted(undeclared)}"
        )


class ContractTransport(httpx.AsyncBaseTransport):
    """An ASGI transport that checks each response against the document before the test
    sees it (the ASGI transport has the whole body by then anyway)."""

    def __init__(self, app: FastAPI, client: tuple[str, int] = ("127.0.0.1", 123)) -> None:
        self.inner = httpx.ASGITransport(app=app, client=client)
        self.contract = contract_check(app)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        body = b"".join([part async for part in response.stream])  # type: ignore[union-attr]
        self.contract.check(request, response.status_code, response.headers, body)
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx.ByteStream(body),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self.inner.aclose()


def _pattern(template: str) -> re.Pattern[str]:
    """`/threads/{thread_id}/posts` → a regex matching its concrete paths."""
    pieces = re.split(r"\{[^/}]+\}", template)
    return re.compile("^" + "[^/]+".join(re.escape(piece) for piece in pieces) + "$")


_checks: dict[int, ContractCheck] = {}


def contract_check(app: FastAPI) -> ContractCheck:
    """One check per process: every app the tests make documents the same operations."""
    if not _checks:
        _checks[0] = ContractCheck(app.openapi())
    return _checks[0]
