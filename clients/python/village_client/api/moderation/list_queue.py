from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_queue_response_400 import ListQueueResponse400
from ...models.list_queue_response_401 import ListQueueResponse401
from ...models.list_queue_response_403 import ListQueueResponse403
from ...models.list_queue_response_414 import ListQueueResponse414
from ...models.list_queue_response_422 import ListQueueResponse422
from ...models.list_queue_response_429 import ListQueueResponse429
from ...models.list_queue_response_431 import ListQueueResponse431
from ...models.list_queue_response_500 import ListQueueResponse500
from ...models.list_queue_response_503 import ListQueueResponse503
from ...models.queue_item_page import QueueItemPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

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
        "url": "/api/v1/moderation/queue",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ListQueueResponse400
    | ListQueueResponse401
    | ListQueueResponse403
    | ListQueueResponse414
    | ListQueueResponse422
    | ListQueueResponse429
    | ListQueueResponse431
    | ListQueueResponse500
    | ListQueueResponse503
    | QueueItemPage
    | None
):
    if response.status_code == 200:
        response_200 = QueueItemPage.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = ListQueueResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListQueueResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListQueueResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = ListQueueResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = ListQueueResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListQueueResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ListQueueResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ListQueueResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ListQueueResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | ListQueueResponse400
    | ListQueueResponse401
    | ListQueueResponse403
    | ListQueueResponse414
    | ListQueueResponse422
    | ListQueueResponse429
    | ListQueueResponse431
    | ListQueueResponse500
    | ListQueueResponse503
    | QueueItemPage
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
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[
    Any
    | ListQueueResponse400
    | ListQueueResponse401
    | ListQueueResponse403
    | ListQueueResponse414
    | ListQueueResponse422
    | ListQueueResponse429
    | ListQueueResponse431
    | ListQueueResponse500
    | ListQueueResponse503
    | QueueItemPage
]:
    """List the review queue

     The posts with open reports, each with its reports, its thread and who has claimed
    it (moderators; the `moderate` scope alone suffices). Posts with a `safety` report come
    first, then the longest waiting. Each item's `id` is its post's id, stable while it
    waits. Posts are shown as moderators see them (hidden bodies, anonymous authors).
    Conditional: send the `ETag` back in `If-None-Match` to poll cheaply (304 while the
    page is unchanged).

    Args:
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ListQueueResponse400 | ListQueueResponse401 | ListQueueResponse403 | ListQueueResponse414 | ListQueueResponse422 | ListQueueResponse429 | ListQueueResponse431 | ListQueueResponse500 | ListQueueResponse503 | QueueItemPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> (
    Any
    | ListQueueResponse400
    | ListQueueResponse401
    | ListQueueResponse403
    | ListQueueResponse414
    | ListQueueResponse422
    | ListQueueResponse429
    | ListQueueResponse431
    | ListQueueResponse500
    | ListQueueResponse503
    | QueueItemPage
    | None
):
    """List the review queue

     The posts with open reports, each with its reports, its thread and who has claimed
    it (moderators; the `moderate` scope alone suffices). Posts with a `safety` report come
    first, then the longest waiting. Each item's `id` is its post's id, stable while it
    waits. Posts are shown as moderators see them (hidden bodies, anonymous authors).
    Conditional: send the `ETag` back in `If-None-Match` to poll cheaply (304 while the
    page is unchanged).

    Args:
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ListQueueResponse400 | ListQueueResponse401 | ListQueueResponse403 | ListQueueResponse414 | ListQueueResponse422 | ListQueueResponse429 | ListQueueResponse431 | ListQueueResponse500 | ListQueueResponse503 | QueueItemPage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[
    Any
    | ListQueueResponse400
    | ListQueueResponse401
    | ListQueueResponse403
    | ListQueueResponse414
    | ListQueueResponse422
    | ListQueueResponse429
    | ListQueueResponse431
    | ListQueueResponse500
    | ListQueueResponse503
    | QueueItemPage
]:
    """List the review queue

     The posts with open reports, each with its reports, its thread and who has claimed
    it (moderators; the `moderate` scope alone suffices). Posts with a `safety` report come
    first, then the longest waiting. Each item's `id` is its post's id, stable while it
    waits. Posts are shown as moderators see them (hidden bodies, anonymous authors).
    Conditional: send the `ETag` back in `If-None-Match` to poll cheaply (304 while the
    page is unchanged).

    Args:
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ListQueueResponse400 | ListQueueResponse401 | ListQueueResponse403 | ListQueueResponse414 | ListQueueResponse422 | ListQueueResponse429 | ListQueueResponse431 | ListQueueResponse500 | ListQueueResponse503 | QueueItemPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> (
    Any
    | ListQueueResponse400
    | ListQueueResponse401
    | ListQueueResponse403
    | ListQueueResponse414
    | ListQueueResponse422
    | ListQueueResponse429
    | ListQueueResponse431
    | ListQueueResponse500
    | ListQueueResponse503
    | QueueItemPage
    | None
):
    """List the review queue

     The posts with open reports, each with its reports, its thread and who has claimed
    it (moderators; the `moderate` scope alone suffices). Posts with a `safety` report come
    first, then the longest waiting. Each item's `id` is its post's id, stable while it
    waits. Posts are shown as moderators see them (hidden bodies, anonymous authors).
    Conditional: send the `ETag` back in `If-None-Match` to poll cheaply (304 while the
    page is unchanged).

    Args:
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ListQueueResponse400 | ListQueueResponse401 | ListQueueResponse403 | ListQueueResponse414 | ListQueueResponse422 | ListQueueResponse429 | ListQueueResponse431 | ListQueueResponse500 | ListQueueResponse503 | QueueItemPage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            if_none_match=if_none_match,
        )
    ).parsed
