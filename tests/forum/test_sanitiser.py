"""User HTML only comes from the renderer: no script, iframe, style, event handler or
javascript:/data: URL survives, whether previewed (POST /render) or stored (body_html)."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from httpx import AsyncClient

from app.forum.rendering import sanitize
from tests.helpers import Forum, problem

ATTACKS = [
    "<script>alert(1)</script>",
    "before <script src='https://evil.example/x.js'></script> after",
    '<img src="x" onerror="alert(1)">',
    '<a href="https://example.org" onclick="alert(1)">click</a>',
    "<div onmouseover=alert(1)>hover</div>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](  javascript:alert(1) )",
    "[click](java\tscript:alert(1))",
    "<javascript:alert(1)>",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "<data:text/html,<script>alert(1)</script>>",
    "[vb](vbscript:msgbox(1))",
    '<iframe src="https://evil.example"></iframe>',
    '<p style="background:url(javascript:alert(1))">styled</p>',
    '<span style="color:red">red</span>',
    "<style>body{display:none}</style>",
    '<svg onload="alert(1)"><circle /></svg>',
    '<object data="x.swf"></object><embed src="x.swf">',
    '<form action="https://evil.example"><input name="q"></form>',
    "![pixel](https://tracker.example/p.png)",
    '[x](https://example.org "title" onclick="alert(1)")',
    "<<script>script>alert(1)<</script>/script>",
    "```html\n<script>alert(1)</script>\n```",
]

FORBIDDEN_TAGS = {"script", "iframe", "style", "img", "svg", "object", "embed", "form", "input"}
ALLOWED_SCHEMES = ("http://", "https://", "mailto:")


class Inspector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def assert_safe(html: str) -> None:
    inspector = Inspector()
    inspector.feed(html)
    inspector.close()
    for tag, attrs in inspector.tags:
        assert tag not in FORBIDDEN_TAGS, html
        for name, value in attrs:
            assert not name.startswith("on"), html
            assert name != "style", html
            if name in ("href", "src", "action", "data"):
                assert value is not None
                assert value.strip().lower().startswith(ALLOWED_SCHEMES), html
    lowered = html.lower()
    assert "<script" not in lowered
    assert "<iframe" not in lowered
    assert 'href="javascript' not in lowered
    assert 'href="data' not in lowered


async def test_render_preview_is_sanitised(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    for attack in ATTACKS:
        response = await client.post("/render", json={"body": attack}, headers=member.headers)
        assert response.status_code == 200, response.text
        assert set(response.json()) == {"html"}
        assert_safe(response.json()["html"])

    # What Markdown is for still works, and links are marked as user content.
    response = await client.post(
        "/render",
        json={"body": "**bold** _em_ [site](https://example.org) https://example.com\n\n- a\n- b"},
        headers=member.headers,
    )
    html = response.json()["html"]
    assert "<strong>bold</strong>" in html
    assert "<em>em</em>" in html
    assert '<a href="https://example.org" rel="nofollow noopener noreferrer ugc">site</a>' in html
    assert '<a href="https://example.com" rel="nofollow noopener noreferrer ugc">' in html
    assert "<ul>\n<li>a</li>\n<li>b</li>\n</ul>" in html
    # Escaped, not dropped: a member can write about <script> tags.
    script = await client.post(
        "/render", json={"body": "<script>alert(1)</script>"}, headers=member.headers
    )
    assert script.json()["html"] == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"


async def test_render_needs_sign_in_and_a_bounded_body(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    response = await client.post("/render", json={"body": "hi"})
    problem(response, 401, "not-authenticated")
    assert response.headers["www-authenticate"] == "Bearer"
    problem(
        await client.post("/render", json={"body": "x" * 20_001}, headers=member.headers),
        422,
        "validation-error",
    )
    problem(await client.post("/render", json={"body": 1}, headers=member.headers), 422)
    empty = await client.post("/render", json={"body": ""}, headers=member.headers)
    assert empty.status_code == 200
    assert empty.json() == {"html": ""}


async def test_stored_body_html_is_sanitised(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    category = await forum.category()
    attack = "\n\n".join(ATTACKS)
    response = await client.post(
        "/threads",
        json={"category": category["slug"], "title": "Harmless title", "body": attack},
        headers=member.headers,
    )
    assert response.status_code == 201, response.text
    thread = response.json()
    first = thread["first_post"]
    # The Markdown source is kept as written; only the HTML is cleaned.
    assert first["body"] == attack
    assert_safe(first["body_html"])

    reply = await forum.reply(member, thread["id"], body=attack)
    assert_safe(reply["body_html"])
    edited = await client.patch(
        f"/posts/{reply['id']}",
        json={"body": '<iframe src="x"></iframe> [x](javascript:alert(2))'},
        headers=member.headers,
    )
    assert_safe(edited.json()["body_html"])

    page = (await client.get(f"/threads/{thread['id']}/posts")).json()["items"]
    for post in page:
        assert_safe(post["body_html"])
    for post_id in (first["id"], reply["id"]):
        assert_safe((await client.get(f"/posts/{post_id}")).json()["body_html"])


@pytest.mark.parametrize(
    "dirty",
    [
        "<script>alert(1)</script>",
        '<p onclick="alert(1)" style="color:red">hi</p>',
        '<a href="javascript:alert(1)">x</a>',
        '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
        '<a href=" JAVASCRIPT:alert(1)">x</a>',
        '<iframe src="https://evil.example"></iframe>',
        '<img src="x" onerror="alert(1)">',
        "<style>p{}</style><p>text</p>",
        '<table><tr><td style="x" onmouseover="y">cell</td></tr></table>',
    ],
)
def test_sanitiser_cleans_raw_html(dirty: str) -> None:
    """The second line of defence: even raw HTML (which the Markdown preset never emits)
    comes out clean."""
    assert_safe(sanitize(dirty))


def test_sanitiser_keeps_safe_markup() -> None:
    clean = sanitize(
        '<p><a href="https://example.org" title="t">x</a> <strong>b</strong></p><ol start="3">'
        "<li>c</li></ol>"
    )
    assert (
        '<a href="https://example.org" title="t" rel="nofollow noopener noreferrer ugc">' in clean
    )
    assert "<strong>b</strong>" in clean
    assert '<ol start="3">' in clean


@pytest.mark.parametrize(
    ("source", "html"),
    [
        ("![Our garden](https://example.org/g.png)", "<p>Our garden (image not shown)</p>"),
        ("Look: ![](https://example.org/p.png)!", "<p>Look: (image not shown)!</p>"),
        (
            '![a *small* <b>&</b> "one"](https://tracker.example/p.png "t")',
            '<p>a small &lt;b&gt;&amp;&lt;/b&gt; "one" (image not shown)</p>',
        ),
        (
            "[![Pram](https://example.org/p.png)](https://example.org/shop)",
            '<p><a href="https://example.org/shop" rel="nofollow noopener noreferrer ugc">'
            "Pram (image not shown)</a></p>",
        ),
    ],
)
async def test_images_are_their_description_not_a_stray_link(
    client: AsyncClient, forum: Forum, source: str, html: str
) -> None:
    """An image is never loaded (third-party hosts would track readers): it shows as its
    description and a word that it is not shown, with no "!" left over and no link to it."""
    member = await forum.member()
    preview = await client.post("/render", json={"body": source}, headers=member.headers)
    assert preview.json() == {"html": html}
    thread = await forum.thread(member, body=source)
    assert thread["first_post"]["body_html"] == html
    assert_safe(html)
    assert "!" not in html.replace("(image not shown)!", "")
    assert "tracker.example" not in html and "g.png" not in html
