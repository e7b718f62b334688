from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_thread_response_401 import GetThreadResponse401
from ...models.get_thread_response_403 import GetThreadResponse403
from ...models.get_thread_response_404 import GetThreadResponse404
from ...models.get_thread_response_414 import GetThreadResponse414
from ...models.get_thread_response_422 import GetThreadResponse422
from ...models.get_thread_response_429 import GetThreadResponse429
from ...models.get_thread_response_431 import GetThreadResponse431
from ...models.get_thread_response_500 import GetThreadResponse500
from ...models.get_thread_response_503 import GetThreadResponse503
from ...models.thread_read import ThreadRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: int,
    *,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/threads/{thread_id}".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | GetThreadResponse401
    | GetThreadResponse403
    | GetThreadResponse404
    | GetThreadResponse414
    | GetThreadResponse422
    | GetThreadResponse429
    | GetThreadResponse431
    | GetThreadResponse500
    | GetThreadResponse503
    | ThreadRead
    | None
):
    if response.status_code == 200:
        response_200 = ThreadRead.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 401:
        response_401 = GetThreadResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetThreadResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetThreadResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 414:
        response_414 = GetThreadResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = GetThreadResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetThreadResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = GetThreadResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = GetThreadResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetThreadResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | GetThreadResponse401
    | GetThreadResponse403
    | GetThreadResponse404
    | GetThreadResponse414
    | GetThreadResponse422
    | GetThreadResponse429
    | GetThreadResponse431
    | GetThreadResponse500
    | GetThreadResponse503
    | ThreadRead
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: int,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[
    Any
    | GetThreadResponse401
    | GetThreadResponse403
    | GetThreadResponse404
    | GetThreadResponse414
    | GetThreadResponse422
    | GetThreadResponse429
    | GetThreadResponse431
    | GetThreadResponse500
    | GetThreadResponse503
    | ThreadRead
]:
    """Get a thread

     One thread. Anyone may call it, without a token; a signed-in reader (`read` scope)
    also gets their reading state. An anonymous thread names its author only to that
    author and to moderators; a deleted thread is 404. A conditional GET: send the `ETag`
    back in `If-None-Match` for a 304.

    Args:
        thread_id (int): The thread's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetThreadResponse401 | GetThreadResponse403 | GetThreadResponse404 | GetThreadResponse414 | GetThreadResponse422 | GetThreadResponse429 | GetThreadResponse431 | GetThreadResponse500 | GetThreadResponse503 | ThreadRead]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: int,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> (
    Any
    | GetThreadResponse401
    | GetThreadResponse403
    | GetThreadResponse404
    | GetThreadResponse414
    | GetThreadResponse422
    | GetThreadResponse429
    | GetThreadResponse431
    | GetThreadResponse500
    | GetThreadResponse503
    | ThreadRead
    | None
):
    """Get a thread

     One thread. Anyone may call it, without a token; a signed-in reader (`read` scope)
    also gets their reading state. An anonymous thread names its author only to that
    author and to moderators; a deleted thread is 404. A conditional GET: send the `ETag`
    back in `If-None-Match` for a 304.

    Args:
        thread_id (int): The thread's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetThreadResponse401 | GetThreadResponse403 | GetThreadResponse404 | GetThreadResponse414 | GetThreadResponse422 | GetThreadResponse429 | GetThreadResponse431 | GetThreadResponse500 | GetThreadResponse503 | ThreadRead
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    thread_id: int,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[
    Any
    | GetThreadResponse401
    | GetThreadResponse403
    | GetThreadResponse404
    | GetThreadResponse414
    | GetThreadResponse422
    | GetThreadResponse429
    | GetThreadResponse431
    | GetThreadResponse500
    | GetThreadResponse503
    | ThreadRead
]:
    """Get a thread

     One thread. Anyone may call it, without a token; a signed-in reader (`read` scope)
    also gets their reading state. An anonymous thread names its author only to that
    author and to moderators; a deleted thread is 404. A conditional GET: send the `ETag`
    back in `If-None-Match` for a 304.

    Args:
        thread_id (int): The thread's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetThreadResponse401 | GetThreadResponse403 | GetThreadResponse404 | GetThreadResponse414 | GetThreadResponse422 | GetThreadResponse429 | GetThreadResponse431 | GetThreadResponse500 | GetThreadResponse503 | ThreadRead]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: int,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> (
    Any
    | GetThreadResponse401
    | GetThreadResponse403
    | GetThreadResponse404
    | GetThreadResponse414
    | GetThreadResponse422
    | GetThreadResponse429
    | GetThreadResponse431
    | GetThreadResponse500
    | GetThreadResponse503
    | ThreadRead
    | None
):
    """Get a thread

     One thread. Anyone may call it, without a token; a signed-in reader (`read` scope)
    also gets their reading state. An anonymous thread names its author only to that
    author and to moderators; a deleted thread is 404. A conditional GET: send the `ETag`
    back in `If-None-Match` for a 304.

    Args:
        thread_id (int): The thread's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetThreadResponse401 | GetThreadResponse403 | GetThreadResponse404 | GetThreadResponse414 | GetThreadResponse422 | GetThreadResponse429 | GetThreadResponse431 | GetThreadResponse500 | GetThreadResponse503 | ThreadRead
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            if_none_match=if_none_match,
        )
    ).parsed
