"""What the OpenAPI document tells a client about the forum's and search's operations: names
a generated client reads naturally, the problems each can answer with, the shapes of the
answers, and the fields whose meaning a client must not guess (the one HTML to insert, who
sees a hidden post's reason, what an anonymous label means)."""

from __future__ import annotations

from typing import Any

import pytest

from app.main import create_app

PREFIX = "/api/v1"


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return create_app().openapi()


def _operation(document: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    operation: dict[str, Any] = document["paths"][PREFIX + path][method]
    return operation


def _problem_types(operation: dict[str, Any], status: str) -> set[str]:
    content = operation["responses"][status]["content"]["application/problem+json"]
    return set(content["examples"])


def _schema_ref(operation: dict[str, Any], status: str) -> str:
    ref: str = operation["responses"][status]["content"]["application/json"]["schema"]["$ref"]
    return ref.rsplit("/", 1)[-1]


def test_operation_ids_read_as_a_client_calls_them(document: dict[str, Any]) -> None:
    ids = {
        ("put", "/threads/{thread_id}/read"): "markThreadRead",
        ("put", "/threads/{thread_id}/subscription"): "setThreadSubscription",
        ("get", "/threads"): "listThreads",
        ("post", "/threads/{thread_id}/posts"): "createPost",
        ("put", "/posts/{post_id}/reactions/{kind}"): "addReaction",
        ("post", "/render"): "renderPreview",
        ("get", "/search"): "searchPosts",
    }
    for (method, path), expected in ids.items():
        assert _operation(document, method, path)["operationId"] == expected


def test_pages_and_reactions_have_named_schemas(document: dict[str, Any]) -> None:
    assert _schema_ref(_operation(document, "get", "/threads"), "200") == "ThreadPage"
    posts = _operation(document, "get", "/threads/{thread_id}/posts")
    assert _schema_ref(posts, "200") == "PostPage"
    assert _schema_ref(_operation(document, "get", "/search"), "200") == "SearchHitPage"
    for method in ("put", "delete"):
        reaction = _operation(document, method, "/posts/{post_id}/reactions/{kind}")
        assert _schema_ref(reaction, "200") == "ReactionsRead"
        assert "reaction counts" in reaction["responses"]["200"]["description"]
    schemas = document["components"]["schemas"]
    assert set(schemas["ReactionsRead"]["required"]) == {"reactions", "my_reactions"}
    assert schemas["ThreadPage"]["description"]
    assert schemas["PostPage"]["properties"]["next_cursor"]["description"]


def test_each_operation_lists_the_problems_it_can_answer_with(document: dict[str, Any]) -> None:
    create_thread = _operation(document, "post", "/threads")
    assert "not-found" in _problem_types(create_thread, "404")
    assert {"new-member-limit", "email-unverified", "suspended"} <= _problem_types(
        create_thread, "403"
    )
    assert {"duplicate-post", "idempotency-in-flight"} <= _problem_types(create_thread, "409")
    assert {"too-many-links", "too-many-mentions"} <= _problem_types(create_thread, "422")

    reply = _operation(document, "post", "/threads/{thread_id}/posts")
    assert "thread-locked" in _problem_types(reply, "403")

    restore = _operation(document, "post", "/posts/{post_id}/restore")
    assert _problem_types(restore, "409") == {"post-erased"}

    search = _operation(document, "get", "/search")
    assert _problem_types(search, "422") == {"validation-error", "bad-search"}
    assert _problem_types(search, "404") == {"not-found"}

    # A guest-readable list that changes nothing answers no 409 and takes no body.
    categories = _operation(document, "get", "/categories")
    assert not {"400", "401", "404", "409", "413"} & set(categories["responses"])
    assert "304" in categories["responses"]


def test_the_fields_a_client_must_not_guess_are_explained(document: dict[str, Any]) -> None:
    post = document["components"]["schemas"]["PostRead"]
    assert post["description"]
    properties = post["properties"]
    assert "only HTML" in properties["body_html"]["description"]
    assert "author and moderators" in properties["hidden_reason"]["description"]
    assert "Anonymous (original" in properties["anonymous_label"]["description"]
    undescribed = [name for name, field in properties.items() if not field.get("description")]
    assert undescribed == []
    for name in ("ThreadRead", "CategoryRead", "ThreadCreate", "PostCreate", "SearchHit"):
        schema = document["components"]["schemas"][name]
        missing = [
            prop for prop, field in schema["properties"].items() if "description" not in field
        ]
        assert missing == [], name


def test_every_parameter_has_a_description_and_an_example(document: dict[str, Any]) -> None:
    # Pagination's `limit` and `cursor` and `Idempotency-Key` come from shared dependencies.
    shared = {"limit", "cursor", "Idempotency-Key"}
    paths = ("/categories", "/threads", "/posts", "/render", "/search")
    for path, item in document["paths"].items():
        if not path.removeprefix(PREFIX).startswith(paths) or "/flags" in path:
            continue
        if path.endswith(("/hide", "/unhide")):
            continue  # moderation's
        for method, operation in item.items():
            for parameter in operation.get("parameters", []):
                if "$ref" in parameter or parameter["name"] in shared:
                    continue
                where = (method, path, parameter["name"])
                assert parameter.get("description"), where
                assert parameter.get("examples") or parameter["schema"].get("examples"), where
