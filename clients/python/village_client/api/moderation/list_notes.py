from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_notes_response_401 import ListNotesResponse401
from ...models.list_notes_response_403 import ListNotesResponse403
from ...models.list_notes_response_404 import ListNotesResponse404
from ...models.list_notes_response_414 import ListNotesResponse414
from ...models.list_notes_response_422 import ListNotesResponse422
from ...models.list_notes_response_429 import ListNotesResponse429
from ...models.list_notes_response_431 import ListNotesResponse431
from ...models.list_notes_response_500 import ListNotesResponse500
from ...models.list_notes_response_503 import ListNotesResponse503
from ...models.note_read import NoteRead
from ...types import Response


def _get_kwargs(
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/users/{username}/notes".format(
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListNotesResponse401
    | ListNotesResponse403
    | ListNotesResponse404
    | ListNotesResponse414
    | ListNotesResponse422
    | ListNotesResponse429
    | ListNotesResponse431
    | ListNotesResponse500
    | ListNotesResponse503
    | list[NoteRead]
    | None
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = NoteRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = ListNotesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListNotesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListNotesResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 414:
        response_414 = ListNotesResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = ListNotesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListNotesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ListNotesResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ListNotesResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ListNotesResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListNotesResponse401
    | ListNotesResponse403
    | ListNotesResponse404
    | ListNotesResponse414
    | ListNotesResponse422
    | ListNotesResponse429
    | ListNotesResponse431
    | ListNotesResponse500
    | ListNotesResponse503
    | list[NoteRead]
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    username: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    ListNotesResponse401
    | ListNotesResponse403
    | ListNotesResponse404
    | ListNotesResponse414
    | ListNotesResponse422
    | ListNotesResponse429
    | ListNotesResponse431
    | ListNotesResponse500
    | ListNotesResponse503
    | list[NoteRead]
]:
    """List notes on a member

     The notes moderators keep about a member, newest first (moderators; `moderate`
    scope). The member never sees them, not even in their data export. Not paged.

    Args:
        username (str): The member's username.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListNotesResponse401 | ListNotesResponse403 | ListNotesResponse404 | ListNotesResponse414 | ListNotesResponse422 | ListNotesResponse429 | ListNotesResponse431 | ListNotesResponse500 | ListNotesResponse503 | list[NoteRead]]
    """

    kwargs = _get_kwargs(
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient,
) -> (
    ListNotesResponse401
    | ListNotesResponse403
    | ListNotesResponse404
    | ListNotesResponse414
    | ListNotesResponse422
    | ListNotesResponse429
    | ListNotesResponse431
    | ListNotesResponse500
    | ListNotesResponse503
    | list[NoteRead]
    | None
):
    """List notes on a member

     The notes moderators keep about a member, newest first (moderators; `moderate`
    scope). The member never sees them, not even in their data export. Not paged.

    Args:
        username (str): The member's username.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListNotesResponse401 | ListNotesResponse403 | ListNotesResponse404 | ListNotesResponse414 | ListNotesResponse422 | ListNotesResponse429 | ListNotesResponse431 | ListNotesResponse500 | ListNotesResponse503 | list[NoteRead]
    """

    return sync_detailed(
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    ListNotesResponse401
    | ListNotesResponse403
    | ListNotesResponse404
    | ListNotesResponse414
    | ListNotesResponse422
    | ListNotesResponse429
    | ListNotesResponse431
    | ListNotesResponse500
    | ListNotesResponse503
    | list[NoteRead]
]:
    """List notes on a member

     The notes moderators keep about a member, newest first (moderators; `moderate`
    scope). The member never sees them, not even in their data export. Not paged.

    Args:
        username (str): The member's username.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListNotesResponse401 | ListNotesResponse403 | ListNotesResponse404 | ListNotesResponse414 | ListNotesResponse422 | ListNotesResponse429 | ListNotesResponse431 | ListNotesResponse500 | ListNotesResponse503 | list[NoteRead]]
    """

    kwargs = _get_kwargs(
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient,
) -> (
    ListNotesResponse401
    | ListNotesResponse403
    | ListNotesResponse404
    | ListNotesResponse414
    | ListNotesResponse422
    | ListNotesResponse429
    | ListNotesResponse431
    | ListNotesResponse500
    | ListNotesResponse503
    | list[NoteRead]
    | None
):
    """List notes on a member

     The notes moderators keep about a member, newest first (moderators; `moderate`
    scope). The member never sees them, not even in their data export. Not paged.

    Args:
        username (str): The member's username.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListNotesResponse401 | ListNotesResponse403 | ListNotesResponse404 | ListNotesResponse414 | ListNotesResponse422 | ListNotesResponse429 | ListNotesResponse431 | ListNotesResponse500 | ListNotesResponse503 | list[NoteRead]
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
        )
    ).parsed
