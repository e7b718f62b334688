"""Stateful contract run on PostgreSQL: schemathesis chains operations by the links it infers
from the document (a created thread's id feeds GET/PATCH/DELETE /threads/{id}, a created
post's id feeds its edit, hide, flag and resolve, …) and sends every step as a signed-in
moderator, so the moderation routes run their real code on real rows. Whatever the sequence,
no answer may be a server error or break the document's promises, and every counter the
forum keeps must still agree with its rows afterwards."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient
from hypothesis import HealthCheck, settings
from schemathesis.python import asgi as schemathesis_asgi
from schemathesis.specs.openapi.checks import (
    negative_data_rejection,
    positive_data_acceptance,
)

from app.config import Settings
from app.main import create_app, release_resources
from tests.conftest import _truncate_all
from tests.core.test_openapi_schemathesis import (
    _openapi_document,
    _request_headers,
    _settings,
    negative_data_rejection_or_413,
    positive_data_acceptance_or_business_rule,
)
from tests.helpers import Forum, assert_counters_exact

pytestmark = pytest.mark.postgres_only


CATEGORIES = ("general", "elsewhere")
MEMBER = "alice_stateful"


async def _seed(settings_: Settings) -> str:
    """A forum with members, two categories and a thread; returns a moderator's token."""
    app = create_app(settings_)
    try:
        transport = ASGITransport(app=app)
        async with AsyncClient(transport=transport, base_url="http://seed/api/v1") as client:
            forum = Forum(app, client)
            moderator = await forum.moderator("mod_stateful")
            alice = await forum.member(MEMBER)
            category = await forum.category(CATEGORIES[0])
            await forum.category(CATEGORIES[1])
            thread = await forum.thread(alice, category)
            await forum.reply(alice, thread["id"])
            return moderator.access_token
    finally:
        await release_resources(app)


def _realistic(case: schemathesis.Case) -> None:
    """Names that exist where the document cannot say which do: a thread is created in or
    moved to a real category, and members are acted on by a real username, so the sequence
    reaches the services instead of stopping at 404/422."""
    body = case.body
    if isinstance(body, dict) and isinstance(body.get("category"), str):
        body["category"] = CATEGORIES[len(body["category"]) % len(CATEGORIES)]
    if case.path_parameters and "username" in case.path_parameters:
        case.path_parameters["username"] = MEMBER


@pytest.fixture(scope="module")
def stateful_app(
    postgres_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[FastAPI, str, Settings]]:
    asyncio.run(_truncate_all(postgres_url))
    settings_ = _settings(postgres_url, tmp_path_factory.mktemp("stateful"))
    token = asyncio.run(_seed(settings_))
    app = create_app(settings_)
    yield app, token, settings_
    schemathesis_asgi.shutdown_lifespans()
    asyncio.run(_truncate_all(postgres_url))


schema = schemathesis.openapi.from_dict(_openapi_document())


async def _check_counters(settings_: Settings) -> None:
    """On an app of its own: the tested one's engine lives on schemathesis's event loop."""
    app = create_app(settings_)
    try:
        await assert_counters_exact(app)
    finally:
        await release_resources(app)


def test_stateful_sequences_keep_the_contract(
    stateful_app: tuple[FastAPI, str, Settings],
) -> None:
    app, token, settings_ = stateful_app
    base = schema.as_state_machine()
    seen: list[tuple[str, int]] = []

    class Sequences(base):  # type: ignore[misc, valid-type]
        def after_call(self, response: schemathesis.Response, case: schemathesis.Case) -> None:
            super().after_call(response, case)
            seen.append((case.operation.label, response.status_code))

        def before_call(self, case: schemathesis.Case) -> None:
            _realistic(case)

        def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, Any]:
            return {"app": app, "headers": _request_headers(case, token)}

        def validate_response(
            self, response: schemathesis.Response, case: schemathesis.Case, **kwargs: Any
        ) -> None:
            case.validate_response(
                response,
                excluded_checks=[positive_data_acceptance, negative_data_rejection],
                additional_checks=[
                    positive_data_acceptance_or_business_rule,
                    negative_data_rejection_or_413,
                ],
            )

    Sequences.run(
        settings=settings(
            max_examples=80,
            stateful_step_count=10,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
    )
    # Not a vacuous run: the chains reached the services and changed real rows.
    succeeded = {label for label, status in seen if 200 <= status < 300}
    assert len(seen) > 300, len(seen)
    assert {"POST /api/v1/threads", "POST /api/v1/users/{username}/warnings"} <= succeeded
    assert len(succeeded) >= 15, sorted(succeeded)
    asyncio.run(_check_counters(settings_))
