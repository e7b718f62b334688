from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mark_thread_read_response_400 import MarkThreadReadResponse400
from ...models.mark_thread_read_response_401 import MarkThreadReadResponse401
from ...models.mark_thread_read_response_403 import MarkThreadReadResponse403
from ...models.mark_thread_read_response_404 import MarkThreadReadResponse404
from ...models.mark_thread_read_response_413 import MarkThreadReadResponse413
from ...models.mark_thread_read_response_414 import MarkThreadReadResponse414
from ...models.mark_thread_read_response_422 import MarkThreadReadResponse422
from ...models.mark_thread_read_response_429 import MarkThreadReadResponse429
from ...models.mark_thread_read_response_431 import MarkThreadReadResponse431
from ...models.mark_thread_read_response_500 import MarkThreadReadResponse500
from ...models.mark_thread_read_response_503 import MarkThreadReadResponse503
from ...models.read_mark import ReadMark
from ...types import Response


def _get_kwargs(
    thread_id: int,
    *,
    body: ReadMark,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/threads/{thread_id}/read".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | MarkThreadReadResponse400
    | MarkThreadReadResponse401
    | MarkThreadReadResponse403
    | MarkThreadReadResponse404
    | MarkThreadReadResponse413
    | MarkThreadReadResponse414
    | MarkThreadReadResponse422
    | MarkThreadReadResponse429
    | MarkThreadReadResponse431
    | MarkThreadReadResponse500
    | MarkThreadReadResponse503
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = MarkThreadReadResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = MarkThreadReadResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = MarkThreadReadResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = MarkThreadReadResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = MarkThreadReadResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = MarkThreadReadResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = MarkThreadReadResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = MarkThreadReadResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = MarkThreadReadResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = MarkThreadReadResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = MarkThreadReadResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | MarkThreadReadResponse400
    | MarkThreadReadResponse401
    | MarkThreadReadResponse403
    | MarkThreadReadResponse404
    | MarkThreadReadResponse413
    | MarkThreadReadResponse414
    | MarkThreadReadResponse422
    | MarkThreadReadResponse429
    | MarkThreadReadResponse431
    | MarkThreadReadResponse500
    | MarkThreadReadResponse503
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
    body: ReadMark,
) -> Response[
    Any
    | MarkThreadReadResponse400
    | MarkThreadReadResponse401
    | MarkThreadReadResponse403
    | MarkThreadReadResponse404
    | MarkThreadReadResponse413
    | MarkThreadReadResponse414
    | MarkThreadReadResponse422
    | MarkThreadReadResponse429
    | MarkThreadReadResponse431
    | MarkThreadReadResponse500
    | MarkThreadReadResponse503
]:
    """Mark a thread read

     Moves your read mark in the thread forwards to `last_read_number` (`write` scope;
    allowed while suspended or unverified, as it changes only your own state). An older
    number changes nothing (it never moves backwards), and one past the thread's last post
    counts as its last; idempotent. Nobody else sees it.

    Args:
        thread_id (int): The thread's id.
        body (ReadMark): How far you have read a thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MarkThreadReadResponse400 | MarkThreadReadResponse401 | MarkThreadReadResponse403 | MarkThreadReadResponse404 | MarkThreadReadResponse413 | MarkThreadReadResponse414 | MarkThreadReadResponse422 | MarkThreadReadResponse429 | MarkThreadReadResponse431 | MarkThreadReadResponse500 | MarkThreadReadResponse503]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: int,
    *,
    client: AuthenticatedClient,
    body: ReadMark,
) -> (
    Any
    | MarkThreadReadResponse400
    | MarkThreadReadResponse401
    | MarkThreadReadResponse403
    | MarkThreadReadResponse404
    | MarkThreadReadResponse413
    | MarkThreadReadResponse414
    | MarkThreadReadResponse422
    | MarkThreadReadResponse429
    | MarkThreadReadResponse431
    | MarkThreadReadResponse500
    | MarkThreadReadResponse503
    | None
):
    """Mark a thread read

     Moves your read mark in the thread forwards to `last_read_number` (`write` scope;
    allowed while suspended or unverified, as it changes only your own state). An older
    number changes nothing (it never moves backwards), and one past the thread's last post
    counts as its last; idempotent. Nobody else sees it.

    Args:
        thread_id (int): The thread's id.
        body (ReadMark): How far you have read a thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MarkThreadReadResponse400 | MarkThreadReadResponse401 | MarkThreadReadResponse403 | MarkThreadReadResponse404 | MarkThreadReadResponse413 | MarkThreadReadResponse414 | MarkThreadReadResponse422 | MarkThreadReadResponse429 | MarkThreadReadResponse431 | MarkThreadReadResponse500 | MarkThreadReadResponse503
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    thread_id: int,
    *,
    client: AuthenticatedClient,
    body: ReadMark,
) -> Response[
    Any
    | MarkThreadReadResponse400
    | MarkThreadReadResponse401
    | MarkThreadReadResponse403
    | MarkThreadReadResponse404
    | MarkThreadReadResponse413
    | MarkThreadReadResponse414
    | MarkThreadReadResponse422
    | MarkThreadReadResponse429
    | MarkThreadReadResponse431
    | MarkThreadReadResponse500
    | MarkThreadReadResponse503
]:
    """Mark a thread read

     Moves your read mark in the thread forwards to `last_read_number` (`write` scope;
    allowed while suspended or unverified, as it changes only your own state). An older
    number changes nothing (it never moves backwards), and one past the thread's last post
    counts as its last; idempotent. Nobody else sees it.

    Args:
        thread_id (int): The thread's id.
        body (ReadMark): How far you have read a thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MarkThreadReadResponse400 | MarkThreadReadResponse401 | MarkThreadReadResponse403 | MarkThreadReadResponse404 | MarkThreadReadResponse413 | MarkThreadReadResponse414 | MarkThreadReadResponse422 | MarkThreadReadResponse429 | MarkThreadReadResponse431 | MarkThreadReadResponse500 | MarkThreadReadResponse503]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: int,
    *,
    client: AuthenticatedClient,
    body: ReadMark,
) -> (
    Any
    | MarkThreadReadResponse400
    | MarkThreadReadResponse401
    | MarkThreadReadResponse403
    | MarkThreadReadResponse404
    | MarkThreadReadResponse413
    | MarkThreadReadResponse414
    | MarkThreadReadResponse422
    | MarkThreadReadResponse429
    | MarkThreadReadResponse431
    | MarkThreadReadResponse500
    | MarkThreadReadResponse503
    | None
):
    """Mark a thread read

     Moves your read mark in the thread forwards to `last_read_number` (`write` scope;
    allowed while suspended or unverified, as it changes only your own state). An older
    number changes nothing (it never moves backwards), and one past the thread's last post
    counts as its last; idempotent. Nobody else sees it.

    Args:
        thread_id (int): The thread's id.
        body (ReadMark): How far you have read a thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MarkThreadReadResponse400 | MarkThreadReadResponse401 | MarkThreadReadResponse403 | MarkThreadReadResponse404 | MarkThreadReadResponse413 | MarkThreadReadResponse414 | MarkThreadReadResponse422 | MarkThreadReadResponse429 | MarkThreadReadResponse431 | MarkThreadReadResponse500 | MarkThreadReadResponse503
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            body=body,
        )
    ).parsed
