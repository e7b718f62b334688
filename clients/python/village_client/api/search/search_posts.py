from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_search_problem import BadSearchProblem
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.invalid_cursor_problem import InvalidCursorProblem
from ...models.invalid_token_problem import InvalidTokenProblem
from ...models.not_found_problem import NotFoundProblem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.search_hit_page import SearchHitPage
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.validation_error_problem import ValidationErrorProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str,
    category: None | str | Unset = UNSET,
    author: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    json_category: None | str | Unset
    if isinstance(category, Unset):
        json_category = UNSET
    else:
        json_category = category
    params["category"] = json_category

    json_author: None | str | Unset
    if isinstance(author, Unset):
        json_author = UNSET
    else:
        json_author = author
    params["author"] = json_author

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadSearchProblem
    | ValidationErrorProblem
    | InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | SearchHitPage
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | None
):
    if response.status_code == 200:
        response_200 = SearchHitPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = InvalidCursorProblem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = InvalidTokenProblem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = InsufficientScopeProblem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundProblem.from_dict(response.json())

        return response_404

    if response.status_code == 414:
        response_414 = UriTooLongProblem.from_dict(response.json())

        return response_414

    if response.status_code == 422:

        def _parse_response_422(data: object) -> BadSearchProblem | ValidationErrorProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = ValidationErrorProblem.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_1 = BadSearchProblem.from_dict(data)

            return response_422_type_1

        response_422 = _parse_response_422(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RateLimitedProblem.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = RequestHeaderFieldsTooLargeProblem.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = InternalErrorProblem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ServiceUnavailableProblem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BadSearchProblem
    | ValidationErrorProblem
    | InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | SearchHitPage
    | ServiceUnavailableProblem
    | UriTooLongProblem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: str,
    category: None | str | Unset = UNSET,
    author: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    BadSearchProblem
    | ValidationErrorProblem
    | InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | SearchHitPage
    | ServiceUnavailableProblem
    | UriTooLongProblem
]:
    """Search posts

     Posts and thread titles that match `q`, best match first (a title match finds the
    thread's first post), among the 1,000 most recent matches. Anyone may call it, without
    a token (a token needs `read`). It never finds more than the forum shows the viewer:
    deleted posts never, hidden ones only for moderators, and not the named posts of members
    the viewer blocked; `author=` never finds an anonymous post (moderators excepted), so a
    search cannot unmask anyone. Rate-limited per member or, for guests, per address (429
    with `Retry-After`).

    Args:
        q (str): Words, "quoted phrases" and -excluded words or phrases; every word and phrase
            that is not excluded must match. Very common words are ignored.
        category (None | str | Unset): Only posts in this forum category (its slug); unknown: 404.
        author (None | str | Unset): Only posts by this member (their username); unknown: 404.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadSearchProblem | ValidationErrorProblem | InsufficientScopeProblem | InternalErrorProblem | InvalidCursorProblem | InvalidTokenProblem | NotFoundProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | SearchHitPage | ServiceUnavailableProblem | UriTooLongProblem]
    """

    kwargs = _get_kwargs(
        q=q,
        category=category,
        author=author,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    q: str,
    category: None | str | Unset = UNSET,
    author: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    BadSearchProblem
    | ValidationErrorProblem
    | InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | SearchHitPage
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | None
):
    """Search posts

     Posts and thread titles that match `q`, best match first (a title match finds the
    thread's first post), among the 1,000 most recent matches. Anyone may call it, without
    a token (a token needs `read`). It never finds more than the forum shows the viewer:
    deleted posts never, hidden ones only for moderators, and not the named posts of members
    the viewer blocked; `author=` never finds an anonymous post (moderators excepted), so a
    search cannot unmask anyone. Rate-limited per member or, for guests, per address (429
    with `Retry-After`).

    Args:
        q (str): Words, "quoted phrases" and -excluded words or phrases; every word and phrase
            that is not excluded must match. Very common words are ignored.
        category (None | str | Unset): Only posts in this forum category (its slug); unknown: 404.
        author (None | str | Unset): Only posts by this member (their username); unknown: 404.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadSearchProblem | ValidationErrorProblem | InsufficientScopeProblem | InternalErrorProblem | InvalidCursorProblem | InvalidTokenProblem | NotFoundProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | SearchHitPage | ServiceUnavailableProblem | UriTooLongProblem
    """

    return sync_detailed(
        client=client,
        q=q,
        category=category,
        author=author,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str,
    category: None | str | Unset = UNSET,
    author: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    BadSearchProblem
    | ValidationErrorProblem
    | InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | SearchHitPage
    | ServiceUnavailableProblem
    | UriTooLongProblem
]:
    """Search posts

     Posts and thread titles that match `q`, best match first (a title match finds the
    thread's first post), among the 1,000 most recent matches. Anyone may call it, without
    a token (a token needs `read`). It never finds more than the forum shows the viewer:
    deleted posts never, hidden ones only for moderators, and not the named posts of members
    the viewer blocked; `author=` never finds an anonymous post (moderators excepted), so a
    search cannot unmask anyone. Rate-limited per member or, for guests, per address (429
    with `Retry-After`).

    Args:
        q (str): Words, "quoted phrases" and -excluded words or phrases; every word and phrase
            that is not excluded must match. Very common words are ignored.
        category (None | str | Unset): Only posts in this forum category (its slug); unknown: 404.
        author (None | str | Unset): Only posts by this member (their username); unknown: 404.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadSearchProblem | ValidationErrorProblem | InsufficientScopeProblem | InternalErrorProblem | InvalidCursorProblem | InvalidTokenProblem | NotFoundProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | SearchHitPage | ServiceUnavailableProblem | UriTooLongProblem]
    """

    kwargs = _get_kwargs(
        q=q,
        category=category,
        author=author,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str,
    category: None | str | Unset = UNSET,
    author: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    BadSearchProblem
    | ValidationErrorProblem
    | InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | SearchHitPage
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | None
):
    """Search posts

     Posts and thread titles that match `q`, best match first (a title match finds the
    thread's first post), among the 1,000 most recent matches. Anyone may call it, without
    a token (a token needs `read`). It never finds more than the forum shows the viewer:
    deleted posts never, hidden ones only for moderators, and not the named posts of members
    the viewer blocked; `author=` never finds an anonymous post (moderators excepted), so a
    search cannot unmask anyone. Rate-limited per member or, for guests, per address (429
    with `Retry-After`).

    Args:
        q (str): Words, "quoted phrases" and -excluded words or phrases; every word and phrase
            that is not excluded must match. Very common words are ignored.
        category (None | str | Unset): Only posts in this forum category (its slug); unknown: 404.
        author (None | str | Unset): Only posts by this member (their username); unknown: 404.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadSearchProblem | ValidationErrorProblem | InsufficientScopeProblem | InternalErrorProblem | InvalidCursorProblem | InvalidTokenProblem | NotFoundProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | SearchHitPage | ServiceUnavailableProblem | UriTooLongProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            category=category,
            author=author,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
