from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.thread_read import ThreadRead
from ...models.thread_update import ThreadUpdate
from ...models.update_thread_response_400 import UpdateThreadResponse400
from ...models.update_thread_response_401 import UpdateThreadResponse401
from ...models.update_thread_response_403 import UpdateThreadResponse403
from ...models.update_thread_response_404 import UpdateThreadResponse404
from ...models.update_thread_response_409 import UpdateThreadResponse409
from ...models.update_thread_response_413 import UpdateThreadResponse413
from ...models.update_thread_response_414 import UpdateThreadResponse414
from ...models.update_thread_response_422 import UpdateThreadResponse422
from ...models.update_thread_response_429 import UpdateThreadResponse429
from ...models.update_thread_response_431 import UpdateThreadResponse431
from ...models.update_thread_response_500 import UpdateThreadResponse500
from ...models.update_thread_response_503 import UpdateThreadResponse503
from ...types import Response


def _get_kwargs(
    thread_id: int,
    *,
    body: ThreadUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/threads/{thread_id}".format(
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
    ThreadRead
    | UpdateThreadResponse400
    | UpdateThreadResponse401
    | UpdateThreadResponse403
    | UpdateThreadResponse404
    | UpdateThreadResponse409
    | UpdateThreadResponse413
    | UpdateThreadResponse414
    | UpdateThreadResponse422
    | UpdateThreadResponse429
    | UpdateThreadResponse431
    | UpdateThreadResponse500
    | UpdateThreadResponse503
    | None
):
    if response.status_code == 200:
        response_200 = ThreadRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateThreadResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdateThreadResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UpdateThreadResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = UpdateThreadResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = UpdateThreadResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = UpdateThreadResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = UpdateThreadResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = UpdateThreadResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = UpdateThreadResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = UpdateThreadResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = UpdateThreadResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = UpdateThreadResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ThreadRead
    | UpdateThreadResponse400
    | UpdateThreadResponse401
    | UpdateThreadResponse403
    | UpdateThreadResponse404
    | UpdateThreadResponse409
    | UpdateThreadResponse413
    | UpdateThreadResponse414
    | UpdateThreadResponse422
    | UpdateThreadResponse429
    | UpdateThreadResponse431
    | UpdateThreadResponse500
    | UpdateThreadResponse503
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
    body: ThreadUpdate,
) -> Response[
    ThreadRead
    | UpdateThreadResponse400
    | UpdateThreadResponse401
    | UpdateThreadResponse403
    | UpdateThreadResponse404
    | UpdateThreadResponse409
    | UpdateThreadResponse413
    | UpdateThreadResponse414
    | UpdateThreadResponse422
    | UpdateThreadResponse429
    | UpdateThreadResponse431
    | UpdateThreadResponse500
    | UpdateThreadResponse503
]:
    """Update a thread

     Renames a thread (its author or a moderator), or moves, pins or locks it
    (moderators); `write` scope. Fields left out stay as they are. A moderator's change is
    written in the moderation log; emits `thread.updated`. Moving to an unknown category is
    404; a local group's or a meet-up's thread does not move (409).

    Args:
        thread_id (int): The thread's id.
        body (ThreadUpdate): The fields to change; those omitted (or null) stay as they are. The
            author or a
            moderator may rename; only moderators move, pin or lock.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ThreadRead | UpdateThreadResponse400 | UpdateThreadResponse401 | UpdateThreadResponse403 | UpdateThreadResponse404 | UpdateThreadResponse409 | UpdateThreadResponse413 | UpdateThreadResponse414 | UpdateThreadResponse422 | UpdateThreadResponse429 | UpdateThreadResponse431 | UpdateThreadResponse500 | UpdateThreadResponse503]
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
    body: ThreadUpdate,
) -> (
    ThreadRead
    | UpdateThreadResponse400
    | UpdateThreadResponse401
    | UpdateThreadResponse403
    | UpdateThreadResponse404
    | UpdateThreadResponse409
    | UpdateThreadResponse413
    | UpdateThreadResponse414
    | UpdateThreadResponse422
    | UpdateThreadResponse429
    | UpdateThreadResponse431
    | UpdateThreadResponse500
    | UpdateThreadResponse503
    | None
):
    """Update a thread

     Renames a thread (its author or a moderator), or moves, pins or locks it
    (moderators); `write` scope. Fields left out stay as they are. A moderator's change is
    written in the moderation log; emits `thread.updated`. Moving to an unknown category is
    404; a local group's or a meet-up's thread does not move (409).

    Args:
        thread_id (int): The thread's id.
        body (ThreadUpdate): The fields to change; those omitted (or null) stay as they are. The
            author or a
            moderator may rename; only moderators move, pin or lock.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ThreadRead | UpdateThreadResponse400 | UpdateThreadResponse401 | UpdateThreadResponse403 | UpdateThreadResponse404 | UpdateThreadResponse409 | UpdateThreadResponse413 | UpdateThreadResponse414 | UpdateThreadResponse422 | UpdateThreadResponse429 | UpdateThreadResponse431 | UpdateThreadResponse500 | UpdateThreadResponse503
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
    body: ThreadUpdate,
) -> Response[
    ThreadRead
    | UpdateThreadResponse400
    | UpdateThreadResponse401
    | UpdateThreadResponse403
    | UpdateThreadResponse404
    | UpdateThreadResponse409
    | UpdateThreadResponse413
    | UpdateThreadResponse414
    | UpdateThreadResponse422
    | UpdateThreadResponse429
    | UpdateThreadResponse431
    | UpdateThreadResponse500
    | UpdateThreadResponse503
]:
    """Update a thread

     Renames a thread (its author or a moderator), or moves, pins or locks it
    (moderators); `write` scope. Fields left out stay as they are. A moderator's change is
    written in the moderation log; emits `thread.updated`. Moving to an unknown category is
    404; a local group's or a meet-up's thread does not move (409).

    Args:
        thread_id (int): The thread's id.
        body (ThreadUpdate): The fields to change; those omitted (or null) stay as they are. The
            author or a
            moderator may rename; only moderators move, pin or lock.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ThreadRead | UpdateThreadResponse400 | UpdateThreadResponse401 | UpdateThreadResponse403 | UpdateThreadResponse404 | UpdateThreadResponse409 | UpdateThreadResponse413 | UpdateThreadResponse414 | UpdateThreadResponse422 | UpdateThreadResponse429 | UpdateThreadResponse431 | UpdateThreadResponse500 | UpdateThreadResponse503]
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
    body: ThreadUpdate,
) -> (
    ThreadRead
    | UpdateThreadResponse400
    | UpdateThreadResponse401
    | UpdateThreadResponse403
    | UpdateThreadResponse404
    | UpdateThreadResponse409
    | UpdateThreadResponse413
    | UpdateThreadResponse414
    | UpdateThreadResponse422
    | UpdateThreadResponse429
    | UpdateThreadResponse431
    | UpdateThreadResponse500
    | UpdateThreadResponse503
    | None
):
    """Update a thread

     Renames a thread (its author or a moderator), or moves, pins or locks it
    (moderators); `write` scope. Fields left out stay as they are. A moderator's change is
    written in the moderation log; emits `thread.updated`. Moving to an unknown category is
    404; a local group's or a meet-up's thread does not move (409).

    Args:
        thread_id (int): The thread's id.
        body (ThreadUpdate): The fields to change; those omitted (or null) stay as they are. The
            author or a
            moderator may rename; only moderators move, pin or lock.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ThreadRead | UpdateThreadResponse400 | UpdateThreadResponse401 | UpdateThreadResponse403 | UpdateThreadResponse404 | UpdateThreadResponse409 | UpdateThreadResponse413 | UpdateThreadResponse414 | UpdateThreadResponse422 | UpdateThreadResponse429 | UpdateThreadResponse431 | UpdateThreadResponse500 | UpdateThreadResponse503
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            body=body,
        )
    ).parsed
