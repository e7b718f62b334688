"""The renderer's mentions and quotes (app/forum/rendering.py), as units: what becomes a
mention or a quote block, what stays text, and what a member cannot forge."""

from __future__ import annotations

import pytest

from app.forum.mentions import mentioned_usernames, quoted_post_ids
from app.forum.rendering import (
    QuotedPost,
    References,
    mention_candidates,
    quote_candidates,
    render_markdown,
)

REFS = References(
    members={"bob": "Bob", "priya_k": "Priya_K"},
    quotes={
        12: QuotedPost(12, 5, 3, "Priya"),
        13: QuotedPost(13, 5, 4, "Anonymous 1"),
        14: QuotedPost(14, 6, 1, "<script>x</script>"),
    },
)
MENTION_BOB = '<a class="mention" href="/u/Bob" rel="nofollow noopener noreferrer ugc">@Bob</a>'


def render(source: str) -> str:
    return render_markdown(source, REFS)


def test_a_member_s_name_becomes_a_mention_any_case() -> None:
    html = render("Thanks @bob and @BOB and @priya_k!")
    assert html == (
        f"<p>Thanks {MENTION_BOB} and {MENTION_BOB} and "
        '<a class="mention" href="/u/Priya_K" rel="nofollow noopener noreferrer ugc">'
        "@Priya_K</a>!</p>"
    )
    assert mentioned_usernames(html) == ["Bob", "Priya_K"]


@pytest.mark.parametrize(
    "source",
    [
        "`@bob` in code",
        "```\n@bob in a block\n```",
        "    @bob indented code",
        "[see @bob](https://example.org)",
        "write to a@bob.com or first.last@bob",
        "@nobody is not a member",
        "@bo is too short, @bob_ is someone else",
        "x@@bob",
        "\\@bob escaped",
        "@" + "b" * 31,
    ],
)
def test_what_never_becomes_a_mention(source: str) -> None:
    html = render(source)
    assert 'class="mention"' not in html
    assert mentioned_usernames(html) == []


def test_names_are_resolved_before_not_while_rendering() -> None:
    assert render_markdown("hi @bob") == "<p>hi @bob</p>"  # nothing resolved: text
    assert mention_candidates("@Bob, @bob, a@carol.com, `@dan`, (@eve_1)") == {
        "bob",
        "dan",
        "eve_1",
    }
    assert quote_candidates("[quote post=12]\n[quote]\n[quote post=7]") == {12, 7}


def test_a_quote_block_names_its_source() -> None:
    html = render("[quote post=12]\nyou said *this*\n[/quote]\nand I agree")
    assert html == (
        '<blockquote class="quote" data-post="12"><p class="quote-source">'
        '<a href="/t/5#post-3" rel="nofollow noopener noreferrer ugc">Priya wrote, #3:</a></p>\n'
        "<p>you said <em>this</em></p>\n</blockquote>\n<p>and I agree</p>"
    )
    assert quoted_post_ids(html) == [12]


def test_an_anonymous_post_is_quoted_by_its_label_and_names_are_escaped() -> None:
    html = render("[quote post=13]\nwords\n[/quote]\n\n[quote post=14]\nmore\n[/quote]")
    assert "Anonymous 1 wrote, #4:" in html
    assert "&lt;script&gt;x&lt;/script&gt; wrote, #1:" in html
    assert "<script" not in html
    assert quoted_post_ids(html) == [13, 14]


def test_unresolved_quotes_are_plain_blockquotes() -> None:
    for source in ("[quote post=99]\nwords\n[/quote]", "[quote]\nwords\n[/quote]"):
        html = render(source)
        assert html == "<blockquote>\n<p>words</p>\n</blockquote>"
        assert quoted_post_ids(html) == []


def test_quotes_nest_and_mentions_inside_them_stay_text() -> None:
    html = render(
        "[quote post=12]\n[quote post=13]\ninner @bob\n[/quote]\nouter @bob\n[/quote]\n@bob"
    )
    assert html.count('<blockquote class="quote"') == 2
    assert html.index('data-post="12"') < html.index('data-post="13"')
    assert html.count("</blockquote>") == 2
    assert "<p>inner @Bob</p>" in html and "<p>outer @Bob</p>" in html
    assert html.endswith(f"<p>{MENTION_BOB}</p>")
    assert mentioned_usernames(html) == ["Bob"]


def test_unterminated_or_indented_quotes_stay_text() -> None:
    html = render("[quote post=12]\nnever closed")
    assert html == "<p>[quote post=12]<br>\nnever closed</p>"
    html = render("```\n[quote post=12]\nx\n[/quote]\n```")
    assert html == "<pre><code>[quote post=12]\nx\n[/quote]\n</code></pre>"
    assert "blockquote" not in render("    [quote post=12]\n    x\n    [/quote]")
    assert "blockquote" not in render("text [quote post=12] inline [/quote]")


def test_a_quote_may_follow_a_paragraph_or_sit_in_a_list() -> None:
    assert render("para\n[quote post=12]\nx\n[/quote]").startswith(
        '<p>para</p>\n<blockquote class="quote"'
    )
    assert '<li>item<blockquote class="quote" data-post="12">' in render(
        "- item\n  [quote post=12]\n  x\n  [/quote]"
    )


@pytest.mark.parametrize(
    "forged",
    [
        '<a class="mention" href="/u/carol">@carol</a>',
        '<blockquote class="quote" data-post="12">x</blockquote>',
        '<p class="quote-source">Priya wrote</p>',
        "[x](/u/bob)",
    ],
)
def test_members_cannot_forge_mentions_or_quotes(forged: str) -> None:
    html = render(forged)  # raw HTML is text: escaped, never a tag
    assert "<a class" not in html and "<blockquote" not in html and "<p class" not in html
    assert mentioned_usernames(html) == [] and quoted_post_ids(html) == []


def test_the_sanitiser_allows_only_the_renderer_s_classes() -> None:
    from app.forum.rendering import sanitize

    assert sanitize('<a class="mention evil" href="/u/bob">x</a>') == (
        '<a class="mention" href="/u/bob" rel="nofollow noopener noreferrer ugc">x</a>'
    )
    assert "mention" not in sanitize('<p class="mention">x</p>')
    assert sanitize('<blockquote class="quote" data-post="1 onclick">x</blockquote>') == (
        '<blockquote class="quote">x</blockquote>'
    )
    assert sanitize('<blockquote data-post="12" data-x="1">x</blockquote>') == (
        '<blockquote data-post="12">x</blockquote>'
    )
