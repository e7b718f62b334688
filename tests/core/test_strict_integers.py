"""Booleans are not integers: `"position": false` was taken as 0, `"reply_to": true` as 1.

Every integer field of a request body (app/validation.py `RequestBody`) refuses JSON
booleans and numeric strings with a 422, and takes what JSON Schema calls an integer (1, and
1.0); the OpenAPI document still says `integer`. Integer query and path parameters already
refuse `true`, which a test here holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from httpx import AsyncClient
from pydantic import BaseModel, ValidationError

import app.main  # noqa: F401 - imports every router, so every request body is defined
from app.validation import RequestBody
from tests.helpers import Forum, problem


def request_bodies(base: type[BaseModel] = RequestBody) -> Iterator[type[BaseModel]]:
    for subclass in base.__subclasses__():
        yield subclass
        yield from request_bodies(subclass)


def integer_fields() -> list[tuple[type[BaseModel], str]]:
    fields = []
    for model in request_bodies():
        properties = model.model_json_schema()["properties"]
        for name, schema in properties.items():
            kinds = [schema, *schema.get("anyOf", [])]
            if any(kind.get("type") == "integer" for kind in kinds):
                fields.append((model, name))
    return fields


def test_request_bodies_have_integer_fields_to_check() -> None:
    names = {f"{model.__name__}.{name}" for model, name in integer_fields()}
    assert {"CategoryCreate.position", "CategoryUpdate.position", "PostCreate.reply_to"} <= names


@pytest.mark.parametrize("value", [True, False, "1", "", 1.5])
def test_every_integer_field_of_a_request_body_refuses_non_integers(value: Any) -> None:
    for model, name in integer_fields():
        with pytest.raises(ValidationError) as caught:
            model.model_validate({name: value})
        at_field = [error for error in caught.value.errors() if error["loc"][:1] == (name,)]
        assert at_field, f"{model.__name__}.{name} took {value!r}"


async def test_an_integral_number_is_an_integer_as_json_schema_says() -> None:
    from app.forum.schemas import CategoryUpdate, PostCreate

    assert CategoryUpdate.model_validate({"position": 3.0}).position == 3
    assert PostCreate.model_validate({"body": "Hi", "reply_to": 2.0}).reply_to == 2


async def test_a_category_position_of_false_is_422(client: AsyncClient, forum: Forum) -> None:
    admin = await forum.admin()
    for position in (False, True):
        response = await client.post(
            "/categories",
            json={"slug": "toddlers", "name": "Toddlers", "position": position},
            headers=admin.headers,
        )
        body = problem(response, 422, "validation-error")
        assert body["errors"][0]["loc"] == ["body", "position"], body
    await forum.category("toddlers", position=0)
    response = await client.patch(
        "/categories/toddlers", json={"position": True}, headers=admin.headers
    )
    problem(response, 422, "validation-error")
    response = await client.patch(
        "/categories/toddlers", json={"position": 3}, headers=admin.headers
    )
    assert response.status_code == 200, response.text
    assert response.json()["position"] == 3


async def test_a_reply_to_of_true_is_422(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    thread = await forum.thread(member)
    response = await client.post(
        f"/threads/{thread['id']}/posts",
        json={"body": "Same here.", "reply_to": True},
        headers=member.headers,
    )
    body = problem(response, 422, "validation-error")
    assert body["errors"][0]["loc"] == ["body", "reply_to"], body


async def test_integer_query_and_path_parameters_refuse_booleans(
    client: AsyncClient, forum: Forum
) -> None:
    problem(await client.get("/threads", params={"limit": "true"}), 422, "validation-error")
    problem(await client.get("/threads/true"), 422, "validation-error")
    problem(await client.get("/threads/true/posts"), 422, "validation-error")


def test_the_openapi_document_still_says_integer() -> None:
    import json

    from app.cli import openapi_document

    schemas = json.loads(openapi_document())["components"]["schemas"]
    position = schemas["CategoryCreate"]["properties"]["position"]["anyOf"][0]
    assert position == {"type": "integer", "minimum": 0, "maximum": 1_000_000}
    reply_to = schemas["PostCreate"]["properties"]["reply_to"]["anyOf"][0]
    assert reply_to["type"] == "integer"
