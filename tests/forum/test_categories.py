"""Categories: listing, reading, creating and changing them (admins only), and their ETag."""

from __future__ import annotations

from httpx import AsyncClient

from tests.helpers import Forum, problem

CATEGORY_KEYS = {
    "id",
    "slug",
    "name",
    "description",
    "position",
    "thread_count",
    "post_count",
    "last_post_at",
    "description_html",
}


async def test_admin_creates_category_and_everyone_reads_it(
    client: AsyncClient, forum: Forum
) -> None:
    admin = await forum.admin()
    response = await client.post(
        "/categories",
        json={"slug": "sleep", "name": "Sleep", "description": "Nights", "position": 5},
        headers=admin.headers,
    )
    assert response.status_code == 201, response.text
    created = response.json()
    assert set(created) == CATEGORY_KEYS
    assert created["slug"] == "sleep"
    assert created["name"] == "Sleep"
    assert created["description"] == "Nights"
    assert created["position"] == 5
    assert (created["thread_count"], created["post_count"], created["last_post_at"]) == (0, 0, None)
    assert response.headers["location"] == "/api/v1/categories/sleep"

    followed = await client.get(f"http://test{response.headers['location']}")
    assert followed.status_code == 200
    assert followed.json() == created

    # Readers need no account.
    listed = await client.get("/categories")
    assert listed.status_code == 200
    assert listed.json() == [created]


async def test_list_is_ordered_by_position_and_new_ones_are_appended(
    client: AsyncClient, forum: Forum
) -> None:
    admin = await forum.admin()
    for slug, position in [("b", 20), ("a", 10), ("c", 30)]:
        response = await client.post(
            "/categories",
            json={"slug": slug, "name": slug.upper(), "position": position},
            headers=admin.headers,
        )
        assert response.status_code == 201, response.text
    # Without a position, a category goes after the last one.
    response = await client.post(
        "/categories", json={"slug": "d", "name": "D"}, headers=admin.headers
    )
    assert response.status_code == 201
    assert response.json()["position"] == 31
    assert response.json()["description"] == ""

    listed = (await client.get("/categories")).json()
    assert [c["slug"] for c in listed] == ["a", "b", "c", "d"]
    assert [c["position"] for c in listed] == [10, 20, 30, 31]


async def test_create_category_permissions(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    moderator = await forum.moderator()
    payload = {"slug": "meetups", "name": "Meet-ups"}

    problem(await client.post("/categories", json=payload), 401, "not-authenticated")
    response = await client.post("/categories", json=payload)
    assert response.headers["www-authenticate"] == "Bearer"
    problem(await client.post("/categories", json=payload, headers=member.headers), 403)
    problem(await client.post("/categories", json=payload, headers=moderator.headers), 403)
    assert (await client.get("/categories")).json() == []


async def test_create_category_validation_and_duplicates(client: AsyncClient, forum: Forum) -> None:
    admin = await forum.admin()
    invalid = [
        {"name": "No slug"},
        {"slug": "no-name"},
        {"slug": "Bad Slug", "name": "x"},
        {"slug": "-leading", "name": "x"},
        {"slug": "a" * 51, "name": "x"},
        {"slug": "ok", "name": "   "},
        {"slug": "ok", "name": "n" * 81},
        {"slug": "ok", "name": "x", "description": "d" * 1001},
        {"slug": "ok", "name": "x", "position": -1},
        {"slug": "ok", "name": "x", "position": "first"},
        {"slug": 5, "name": "x"},
    ]
    for payload in invalid:
        body = problem(
            await client.post("/categories", json=payload, headers=admin.headers),
            422,
            "validation-error",
        )
        assert body["errors"], payload
    await forum.category("taken")
    problem(
        await client.post(
            "/categories", json={"slug": "taken", "name": "Again"}, headers=admin.headers
        ),
        409,
        "category-exists",
    )
    assert [c["slug"] for c in (await client.get("/categories")).json()] == ["taken"]


async def test_get_unknown_category_is_404(client: AsyncClient) -> None:
    problem(await client.get("/categories/nothing-here"), 404, "not-found")


async def test_admin_updates_category(client: AsyncClient, forum: Forum) -> None:
    admin = await forum.admin()
    await forum.category("old-slug", name="Old", description="before", position=3)
    await forum.category("other")

    response = await client.patch(
        "/categories/old-slug",
        json={"slug": "new-slug", "name": "New", "description": "after", "position": 9},
        headers=admin.headers,
    )
    assert response.status_code == 200, response.text
    updated = response.json()
    assert (updated["slug"], updated["name"], updated["description"], updated["position"]) == (
        "new-slug",
        "New",
        "after",
        9,
    )
    problem(await client.get("/categories/old-slug"), 404)
    assert (await client.get("/categories/new-slug")).json() == updated

    # A partial update changes only what it names.
    response = await client.patch(
        "/categories/new-slug", json={"description": "only this"}, headers=admin.headers
    )
    assert response.status_code == 200
    assert response.json() == {
        **updated,
        "description": "only this",
        "description_html": "<p>only this</p>",
    }

    problem(
        await client.patch("/categories/new-slug", json={"slug": "other"}, headers=admin.headers),
        409,
        "category-exists",
    )
    problem(
        await client.patch("/categories/new-slug", json={"slug": "Bad!"}, headers=admin.headers),
        422,
        "validation-error",
    )
    problem(
        await client.patch("/categories/new-slug", json={"position": -3}, headers=admin.headers),
        422,
        "validation-error",
    )
    problem(
        await client.patch("/categories/missing", json={"name": "x"}, headers=admin.headers),
        404,
        "not-found",
    )


async def test_update_category_permissions(client: AsyncClient, forum: Forum) -> None:
    await forum.category("sleep", name="Sleep")
    member = await forum.member()
    moderator = await forum.moderator()
    patch = {"name": "Renamed"}
    problem(await client.patch("/categories/sleep", json=patch), 401, "not-authenticated")
    problem(await client.patch("/categories/sleep", json=patch, headers=member.headers), 403)
    problem(await client.patch("/categories/sleep", json=patch, headers=moderator.headers), 403)
    assert (await client.get("/categories/sleep")).json()["name"] == "Sleep"


async def test_category_list_etag(client: AsyncClient, forum: Forum) -> None:
    category = await forum.category()
    first = await client.get("/categories")
    assert first.status_code == 200
    etag = first.headers["etag"]
    assert etag

    cached = await client.get("/categories", headers={"If-None-Match": etag})
    assert cached.status_code == 304
    assert cached.content == b""
    assert cached.headers["etag"] == etag
    # A strong form of the same tag and a list of tags also match (weak comparison).
    strong = etag.removeprefix("W/")
    assert (await client.get("/categories", headers={"If-None-Match": strong})).status_code == 304
    listed = f'"something-else", {etag}'
    assert (await client.get("/categories", headers={"If-None-Match": listed})).status_code == 304
    stale = await client.get("/categories", headers={"If-None-Match": '"stale"'})
    assert stale.status_code == 200
    assert stale.json() == first.json()

    # A new thread changes the category's counters, so the list gets a new ETag.
    member = await forum.member()
    await forum.thread(member, category)
    changed = await client.get("/categories", headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert changed.headers["etag"] != etag
    assert changed.json()[0]["thread_count"] == 1


async def test_descriptions_are_shown_as_sanitised_markdown(
    client: AsyncClient, forum: Forum
) -> None:
    admin = await forum.admin()
    description = "How are *you* doing?\n\n[Helplines](https://example.org) <script>x</script>"
    category = await forum.category("talk", description=description)
    html = (
        "<p>How are <em>you</em> doing?</p>\n"
        '<p><a href="https://example.org" rel="nofollow noopener noreferrer ugc">Helplines</a>'
        " &lt;script&gt;x&lt;/script&gt;</p>"
    )
    assert (category["description"], category["description_html"]) == (description, html)
    assert (await client.get("/categories/talk")).json()["description_html"] == html
    assert (await client.get("/categories")).json()[0]["description_html"] == html

    # An edit shows at once; an empty description is empty HTML.
    for text, shown in (("Plain **now**", "<p>Plain <strong>now</strong></p>"), ("", "")):
        response = await client.patch(
            "/categories/talk", json={"description": text}, headers=admin.headers
        )
        assert response.json()["description_html"] == shown
        assert (await client.get("/categories/talk")).json()["description_html"] == shown
