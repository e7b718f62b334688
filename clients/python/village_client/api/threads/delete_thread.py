from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_thread_response_401 import DeleteThreadResponse401
from ...models.delete_thread_response_403 import DeleteThreadResponse403
from ...models.delete_thread_response_404 import DeleteThreadResponse404
from ...models.delete_thread_response_414 import DeleteThreadResponse414
from ...models.delete_thread_response_422 import DeleteThreadResponse422
from ...models.delete_thread_response_429 import DeleteThreadResponse429
from ...models.delete_thread_response_431 import DeleteThreadResponse431
from ...models.delete_thread_response_500 import DeleteThreadResponse500
from ...models.delete_thread_response_503 import DeleteThreadResponse503
from ...types import Response


def _get_kwargs(
    thread_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/threads/{thread_id}".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | DeleteThreadResponse401
    | DeleteThreadResponse403
    | DeleteThreadResponse404
    | DeleteThreadResponse414
    | DeleteThreadResponse422
    | DeleteThreadResponse429
    | DeleteThreadResponse431
    | DeleteThreadResponse500
    | DeleteThreadResponse503
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = DeleteThreadResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DeleteThreadResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DeleteThreadResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 414:
        response_414 = DeleteThreadResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = DeleteThreadResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = DeleteThreadResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = DeleteThreadResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = DeleteThreadResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = DeleteThreadResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | DeleteThreadResponse401
    | DeleteThreadResponse403
    | DeleteThreadResponse404
    | DeleteThreadResponse414
    | DeleteThreadResponse422
    | DeleteThreadResponse429
    | DeleteThreadResponse431
    | DeleteThreadResponse500
    | DeleteThreadResponse503
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
    Any
    | DeleteThreadResponse401
    | DeleteThreadResponse403
    | DeleteThreadResponse404
    | DeleteThreadResponse414
    | DeleteThreadResponse422
    | DeleteThreadResponse429
    | DeleteThreadResponse431
    | DeleteThreadResponse500
    | DeleteThreadResponse503
]:
    """Delete a thread

     Deletes a thread and, with it, its posts from every list, page and count
    (moderators, `moderate` scope). It can be restored. Closes the open reports in it,
    is written in the moderation log and emits `thread.deleted`. A thread already deleted
    is 404.

    Args:
        thread_id (int): The thread's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteThreadResponse401 | DeleteThreadResponse403 | DeleteThreadResponse404 | DeleteThreadResponse414 | DeleteThreadResponse422 | DeleteThreadResponse429 | DeleteThreadResponse431 | DeleteThreadResponse500 | DeleteThreadResponse503]
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
    Any
    | DeleteThreadResponse401
    | DeleteThreadResponse403
    | DeleteThreadResponse404
    | DeleteThreadResponse414
    | DeleteThreadResponse422
    | DeleteThreadResponse429
    | DeleteThreadResponse431
    | DeleteThreadResponse500
    | DeleteThreadResponse503
    | None
):
    """Delete a thread

     Deletes a thread and, with it, its posts from every list, page and count
    (moderators, `moderate` scope). It can be restored. Closes the open reports in it,
    is written in the moderation log and emits `thread.deleted`. A thread already deleted
    is 404.

    Args:
        thread_id (int): The thread's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteThreadResponse401 | DeleteThreadResponse403 | DeleteThreadResponse404 | DeleteThreadResponse414 | DeleteThreadResponse422 | DeleteThreadResponse429 | DeleteThreadResponse431 | DeleteThreadResponse500 | DeleteThreadResponse503
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
    Any
    | DeleteThreadResponse401
    | DeleteThreadResponse403
    | DeleteThreadResponse404
    | DeleteThreadResponse414
    | DeleteThreadResponse422
    | DeleteThreadResponse429
    | DeleteThreadResponse431
    | DeleteThreadResponse500
    | DeleteThreadResponse503
]:
    """Delete a thread

     Deletes a thread and, with it, its posts from every list, page and count
    (moderators, `moderate` scope). It can be restored. Closes the open reports in it,
    is written in the moderation log and emits `thread.deleted`. A thread already deleted
    is 404.

    Args:
        thread_id (int): The thread's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteThreadResponse401 | DeleteThreadResponse403 | DeleteThreadResponse404 | DeleteThreadResponse414 | DeleteThreadResponse422 | DeleteThreadResponse429 | DeleteThreadResponse431 | DeleteThreadResponse500 | DeleteThreadResponse503]
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
    Any
    | DeleteThreadResponse401
    | DeleteThreadResponse403
    | DeleteThreadResponse404
    | DeleteThreadResponse414
    | DeleteThreadResponse422
    | DeleteThreadResponse429
    | DeleteThreadResponse431
    | DeleteThreadResponse500
    | DeleteThreadResponse503
    | None
):
    """Delete a thread

     Deletes a thread and, with it, its posts from every list, page and count
    (moderators, `moderate` scope). It can be restored. Closes the open reports in it,
    is written in the moderation log and emits `thread.deleted`. A thread already deleted
    is 404.

    Args:
        thread_id (int): The thread's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteThreadResponse401 | DeleteThreadResponse403 | DeleteThreadResponse404 | DeleteThreadResponse414 | DeleteThreadResponse422 | DeleteThreadResponse429 | DeleteThreadResponse431 | DeleteThreadResponse500 | DeleteThreadResponse503
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
        )
    ).parsed
