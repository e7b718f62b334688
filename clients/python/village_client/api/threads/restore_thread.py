from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.restore_thread_response_422 import RestoreThreadResponse422
from ...models.restore_thread_response_429 import RestoreThreadResponse429
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
    RestoreThreadResponse422
    | RestoreThreadResponse429
    | RestoreThreadResponse503
    | ThreadRead
    | None
):
    if response.status_code == 200:
        response_200 = ThreadRead.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = RestoreThreadResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RestoreThreadResponse429.from_dict(response.json())

        return response_429

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
    RestoreThreadResponse422 | RestoreThreadResponse429 | RestoreThreadResponse503 | ThreadRead
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
    RestoreThreadResponse422 | RestoreThreadResponse429 | RestoreThreadResponse503 | ThreadRead
]:
    """Restore Thread

     Undoes a thread's delete (moderators): it is back in its category with its posts.
    A thread that is not deleted is answered as it is.

    Args:
        thread_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RestoreThreadResponse422 | RestoreThreadResponse429 | RestoreThreadResponse503 | ThreadRead]
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
    RestoreThreadResponse422
    | RestoreThreadResponse429
    | RestoreThreadResponse503
    | ThreadRead
    | None
):
    """Restore Thread

     Undoes a thread's delete (moderators): it is back in its category with its posts.
    A thread that is not deleted is answered as it is.

    Args:
        thread_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RestoreThreadResponse422 | RestoreThreadResponse429 | RestoreThreadResponse503 | ThreadRead
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
    RestoreThreadResponse422 | RestoreThreadResponse429 | RestoreThreadResponse503 | ThreadRead
]:
    """Restore Thread

     Undoes a thread's delete (moderators): it is back in its category with its posts.
    A thread that is not deleted is answered as it is.

    Args:
        thread_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RestoreThreadResponse422 | RestoreThreadResponse429 | RestoreThreadResponse503 | ThreadRead]
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
    RestoreThreadResponse422
    | RestoreThreadResponse429
    | RestoreThreadResponse503
    | ThreadRead
    | None
):
    """Restore Thread

     Undoes a thread's delete (moderators): it is back in its category with its posts.
    A thread that is not deleted is answered as it is.

    Args:
        thread_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RestoreThreadResponse422 | RestoreThreadResponse429 | RestoreThreadResponse503 | ThreadRead
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
        )
    ).parsed
