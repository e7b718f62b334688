from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.restore_thread_response_401 import RestoreThreadResponse401
from ...models.restore_thread_response_403 import RestoreThreadResponse403
from ...models.restore_thread_response_404 import RestoreThreadResponse404
from ...models.restore_thread_response_414 import RestoreThreadResponse414
from ...models.restore_thread_response_422 import RestoreThreadResponse422
from ...models.restore_thread_response_429 import RestoreThreadResponse429
from ...models.restore_thread_response_431 import RestoreThreadResponse431
from ...models.restore_thread_response_500 import RestoreThreadResponse500
from ...models.restore_thread_response_503 import RestoreThreadResponse503
from ...models.thread_read import ThreadRead
from ...types import Response


def _get_kwargs(
    thread_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/threads/{thread_id}/restore".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    RestoreThreadResponse401
    | RestoreThreadResponse403
    | RestoreThreadResponse404
    | RestoreThreadResponse414
    | RestoreThreadResponse422
    | RestoreThreadResponse429
    | RestoreThreadResponse431
    | RestoreThreadResponse500
    | RestoreThreadResponse503
    | ThreadRead
    | None
):
    if response.status_code == 200:
        response_200 = ThreadRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = RestoreThreadResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RestoreThreadResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = RestoreThreadResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 414:
        response_414 = RestoreThreadResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = RestoreThreadResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RestoreThreadResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = RestoreThreadResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = RestoreThreadResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = RestoreThreadResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    RestoreThreadResponse401
    | RestoreThreadResponse403
    | RestoreThreadResponse404
    | RestoreThreadResponse414
    | RestoreThreadResponse422
    | RestoreThreadResponse429
    | RestoreThreadResponse431
    | RestoreThreadResponse500
    | RestoreThreadResponse503
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
) -> Response[
    RestoreThreadResponse401
    | RestoreThreadResponse403
    | RestoreThreadResponse404
    | RestoreThreadResponse414
    | RestoreThreadResponse422
    | RestoreThreadResponse429
    | RestoreThreadResponse431
    | RestoreThreadResponse500
    | RestoreThreadResponse503
    | ThreadRead
]:
    """Restore a deleted thread

     Undoes a thread's delete (moderators, `moderate` scope): it is back in its category
    with its posts, counted again, written in the moderation log, and `thread.updated` is
    emitted. A thread that is not deleted is answered as it is (nothing changes); the
    reports its delete upheld stay upheld.

    Args:
        thread_id (int): The thread's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RestoreThreadResponse401 | RestoreThreadResponse403 | RestoreThreadResponse404 | RestoreThreadResponse414 | RestoreThreadResponse422 | RestoreThreadResponse429 | RestoreThreadResponse431 | RestoreThreadResponse500 | RestoreThreadResponse503 | ThreadRead]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    RestoreThreadResponse401
    | RestoreThreadResponse403
    | RestoreThreadResponse404
    | RestoreThreadResponse414
    | RestoreThreadResponse422
    | RestoreThreadResponse429
    | RestoreThreadResponse431
    | RestoreThreadResponse500
    | RestoreThreadResponse503
    | ThreadRead
    | None
):
    """Restore a deleted thread

     Undoes a thread's delete (moderators, `moderate` scope): it is back in its category
    with its posts, counted again, written in the moderation log, and `thread.updated` is
    emitted. A thread that is not deleted is answered as it is (nothing changes); the
    reports its delete upheld stay upheld.

    Args:
        thread_id (int): The thread's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RestoreThreadResponse401 | RestoreThreadResponse403 | RestoreThreadResponse404 | RestoreThreadResponse414 | RestoreThreadResponse422 | RestoreThreadResponse429 | RestoreThreadResponse431 | RestoreThreadResponse500 | RestoreThreadResponse503 | ThreadRead
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    thread_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    RestoreThreadResponse401
    | RestoreThreadResponse403
    | RestoreThreadResponse404
    | RestoreThreadResponse414
    | RestoreThreadResponse422
    | RestoreThreadResponse429
    | RestoreThreadResponse431
    | RestoreThreadResponse500
    | RestoreThreadResponse503
    | ThreadRead
]:
    """Restore a deleted thread

     Undoes a thread's delete (moderators, `moderate` scope): it is back in its category
    with its posts, counted again, written in the moderation log, and `thread.updated` is
    emitted. A thread that is not deleted is answered as it is (nothing changes); the
    reports its delete upheld stay upheld.

    Args:
        thread_id (int): The thread's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RestoreThreadResponse401 | RestoreThreadResponse403 | RestoreThreadResponse404 | RestoreThreadResponse414 | RestoreThreadResponse422 | RestoreThreadResponse429 | RestoreThreadResponse431 | RestoreThreadResponse500 | RestoreThreadResponse503 | ThreadRead]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    RestoreThreadResponse401
    | RestoreThreadResponse403
    | RestoreThreadResponse404
    | RestoreThreadResponse414
    | RestoreThreadResponse422
    | RestoreThreadResponse429
    | RestoreThreadResponse431
    | RestoreThreadResponse500
    | RestoreThreadResponse503
    | ThreadRead
    | None
):
    """Restore a deleted thread

     Undoes a thread's delete (moderators, `moderate` scope): it is back in its category
    with its posts, counted again, written in the moderation log, and `thread.updated` is
    emitted. A thread that is not deleted is answered as it is (nothing changes); the
    reports its delete upheld stay upheld.

    Args:
        thread_id (int): The thread's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RestoreThreadResponse401 | RestoreThreadResponse403 | RestoreThreadResponse404 | RestoreThreadResponse414 | RestoreThreadResponse422 | RestoreThreadResponse429 | RestoreThreadResponse431 | RestoreThreadResponse500 | RestoreThreadResponse503 | ThreadRead
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
        )
    ).parsed
