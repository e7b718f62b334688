"""What the OpenAPI document tells a client about the forum's and search's operations: names
a generated client reads naturally, the problems each can answer with, the shapes of the
answers, and the fields whose meaning a client must not guess (the one HTML to insert, who
sees a hidden post's reason, what an anonymous label means)."""

from __future__ import annotations

from typing import Any

from tests.openapi_document import PREFIX, find_operation, problem_types, schema_ref


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
        assert find_operation(document, method, path)["operationId"] == expected


def test_pages_and_reactions_have_named_schemas(document: dict[str, Any]) -> None:
    assert schema_ref(find_operation(document, "get", "/threads"), "200") == "ThreadPage"
    posts = find_operation(document, "get", "/threads/{thread_id}/posts")
    assert schema_ref(posts, "200") == "PostPage"
    assert schema_ref(find_operation(document, "get", "/search"), "200") == "SearchHitPage"
    for method in ("put", "delete"):
        reaction = find_operation(document, method, "/posts/{post_id}/reactions/{kind}")
        assert schema_ref(reaction, "200") == "ReactionsRead"
        assert "reaction counts" in reaction["responses"]["200"]["description"]
    schemas = document["components"]["schemas"]
    assert set(schemas["ReactionsRead"]["required"]) == {"reactions", "my_reactions"}
    assert schemas["ThreadPage"]["description"]
    assert schemas["PostPage"]["properties"]["next_cursor"]["description"]


def test_each_operation_lists_the_problems_it_can_answer_with(document: dict[str, Any]) -> None:
    create_thread = find_operation(document, "post", "/threads")
    assert "not-found" in problem_types(create_thread, "404")
    assert {"new-member-limit", "email-unverified", "suspended"} <= problem_types(
        create_thread, "403"
    )
    assert {"duplicate-post", "idempotency-in-flight"} <= problem_types(create_thread, "409")
    assert {"too-many-links", "too-many-mentions"} <= problem_types(create_thread, "422")

    reply = find_operation(document, "post", "/threads/{thread_id}/posts")
    assert "thread-locked" in problem_types(reply, "403")

    restore = find_operation(document, "post", "/posts/{post_id}/restore")
    assert problem_types(restore, "409") == {"post-erased"}

    search = find_operation(document, "get", "/search")
    assert problem_types(search, "422") == {"validation-error", "bad-search"}
    assert problem_types(search, "404") == {"not-found"}

    # A guest-readable list that changes nothing answers no 409 and takes no body.
    categories = find_operation(document, "get", "/categories")
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
