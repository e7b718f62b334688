"""Stateful contract run on PostgreSQL: schemathesis chains operations by the links it infers
from the document (a created thread's id feeds GET/PATCH/DELETE /threads/{id}, a created
post's id feeds its edit, hide, flag and resolve, …) and sends every step as a signed-in
moderator, so the moderation routes run their real code on real rows. Whatever the sequence,
no answer may be a server error or break the document's promises, and every counter the
forum keeps must still agree with its rows after each scenario.

Each scenario starts from the same seeded forum: which step hypothesis may take next depends
on earlier answers (a link is followed from a success), so rows left by earlier scenarios
would make a replayed choice draw differently, which hypothesis reports as a flaky strategy."""

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
from sqlalchemy import false, func, select
from sqlalchemy.ext.asyncio import create_async_engine

from app.config import Settings
from app.counters import find_drift
from app.main import create_app, release_resources
from app.models import Base
from tests.conftest import _truncate_all
from tests.core.test_openapi_schemathesis import (
    _openapi_document,
    _request_headers,
    _settings,
    negative_data_rejection_or_413,
    positive_data_acceptance_or_business_rule,
)
from tests.helpers import Forum

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


Snapshot = dict[str, list[dict[str, Any]]]


async def _snapshot(url: str) -> Snapshot:
    """Every row of the seeded forum, table by table."""
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            return {
                table.name: [
                    dict(row._mapping)
                    for row in await connection.execute(
                        table.select().order_by(*table.primary_key.columns)
                    )
                ]
                for table in Base.metadata.sorted_tables
            }
    finally:
        await engine.dispose()


async def _restore(url: str, snapshot: Snapshot) -> None:
    """Puts the forum back as `_snapshot` saw it, ids and their sequences included (far
    cheaper than TRUNCATE and seeding through the API for every scenario)."""
    engine = create_async_engine(url)
    try:
        async with engine.begin() as connection:
            for table in reversed(Base.metadata.sorted_tables):
                await connection.execute(table.delete())
            for table in Base.metadata.sorted_tables:
                if snapshot[table.name]:
                    await connection.execute(table.insert(), snapshot[table.name])
                column = table.columns.get("id")
                if column is not None and column.autoincrement in (True, "auto"):
                    sequence = func.pg_get_serial_sequence(table.name, "id")
                    next_id = func.coalesce(func.max(column), 0) + 1
                    await connection.execute(select(func.setval(sequence, next_id, false())))
    finally:
        await engine.dispose()


async def _drift(url: str) -> None:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            drift = await find_drift(connection)
    finally:
        await engine.dispose()
    assert not drift, "counters drifted:\n" + "\n".join(map(str, drift))


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
) -> Iterator[tuple[FastAPI, str, Settings, Snapshot]]:
    asyncio.run(_truncate_all(postgres_url))
    settings_ = _settings(postgres_url, tmp_path_factory.mktemp("stateful"))
    token = asyncio.run(_seed(settings_))
    snapshot = asyncio.run(_snapshot(postgres_url))
    app = create_app(settings_)
    yield app, token, settings_, snapshot
    schemathesis_asgi.shutdown_lifespans()
    asyncio.run(_truncate_all(postgres_url))


schema = schemathesis.openapi.from_dict(_openapi_document())


def test_stateful_sequences_keep_the_contract(
    stateful_app: tuple[FastAPI, str, Settings, Snapshot],
) -> None:
    app, token, settings_, snapshot = stateful_app
    url = settings_.database_url
    # Bound to the app, so the checks' own probes (`ignored_auth`) go in-process too.
    schema.app = app
    base = schema.as_state_machine()
    seen: list[tuple[str, int]] = []

    class Sequences(base):  # type: ignore[misc, valid-type]
        def after_call(self, response: schemathesis.Response, case: schemathesis.Case) -> None:
            super().after_call(response, case)
            seen.append((case.operation.label, response.status_code))

        # On engines of their own: the tested app's lives on schemathesis's event loop.
        def setup(self) -> None:
            asyncio.run(_restore(url, snapshot))

        def teardown(self) -> None:
            asyncio.run(_drift(url))

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
