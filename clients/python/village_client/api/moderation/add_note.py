from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_note_response_400 import AddNoteResponse400
from ...models.add_note_response_401 import AddNoteResponse401
from ...models.add_note_response_403 import AddNoteResponse403
from ...models.add_note_response_404 import AddNoteResponse404
from ...models.add_note_response_409 import AddNoteResponse409
from ...models.add_note_response_413 import AddNoteResponse413
from ...models.add_note_response_414 import AddNoteResponse414
from ...models.add_note_response_422 import AddNoteResponse422
from ...models.add_note_response_429 import AddNoteResponse429
from ...models.add_note_response_431 import AddNoteResponse431
from ...models.add_note_response_500 import AddNoteResponse500
from ...models.add_note_response_503 import AddNoteResponse503
from ...models.note_create import NoteCreate
from ...models.note_read import NoteRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    username: str,
    *,
    body: NoteCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/users/{username}/notes".format(
            username=quote(str(username), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AddNoteResponse400
    | AddNoteResponse401
    | AddNoteResponse403
    | AddNoteResponse404
    | AddNoteResponse409
    | AddNoteResponse413
    | AddNoteResponse414
    | AddNoteResponse422
    | AddNoteResponse429
    | AddNoteResponse431
    | AddNoteResponse500
    | AddNoteResponse503
    | NoteRead
    | None
):
    if response.status_code == 201:
        response_201 = NoteRead.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = AddNoteResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AddNoteResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = AddNoteResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = AddNoteResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = AddNoteResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = AddNoteResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = AddNoteResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = AddNoteResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = AddNoteResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = AddNoteResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = AddNoteResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = AddNoteResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AddNoteResponse400
    | AddNoteResponse401
    | AddNoteResponse403
    | AddNoteResponse404
    | AddNoteResponse409
    | AddNoteResponse413
    | AddNoteResponse414
    | AddNoteResponse422
    | AddNoteResponse429
    | AddNoteResponse431
    | AddNoteResponse500
    | AddNoteResponse503
    | NoteRead
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
    body: NoteCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    AddNoteResponse400
    | AddNoteResponse401
    | AddNoteResponse403
    | AddNoteResponse404
    | AddNoteResponse409
    | AddNoteResponse413
    | AddNoteResponse414
    | AddNoteResponse422
    | AddNoteResponse429
    | AddNoteResponse431
    | AddNoteResponse500
    | AddNoteResponse503
    | NoteRead
]:
    """Add a note on a member

     Adds a note about a member for other moderators (moderators; `moderate` scope; any
    member, moderators included). The member never sees it. Logged as `user.note`, without
    its text. Send an `Idempotency-Key` to retry safely.

    Args:
        username (str): The member's username.
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (NoteCreate): A moderators' note about a member.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddNoteResponse400 | AddNoteResponse401 | AddNoteResponse403 | AddNoteResponse404 | AddNoteResponse409 | AddNoteResponse413 | AddNoteResponse414 | AddNoteResponse422 | AddNoteResponse429 | AddNoteResponse431 | AddNoteResponse500 | AddNoteResponse503 | NoteRead]
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient,
    body: NoteCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    AddNoteResponse400
    | AddNoteResponse401
    | AddNoteResponse403
    | AddNoteResponse404
    | AddNoteResponse409
    | AddNoteResponse413
    | AddNoteResponse414
    | AddNoteResponse422
    | AddNoteResponse429
    | AddNoteResponse431
    | AddNoteResponse500
    | AddNoteResponse503
    | NoteRead
    | None
):
    """Add a note on a member

     Adds a note about a member for other moderators (moderators; `moderate` scope; any
    member, moderators included). The member never sees it. Logged as `user.note`, without
    its text. Send an `Idempotency-Key` to retry safely.

    Args:
        username (str): The member's username.
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (NoteCreate): A moderators' note about a member.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddNoteResponse400 | AddNoteResponse401 | AddNoteResponse403 | AddNoteResponse404 | AddNoteResponse409 | AddNoteResponse413 | AddNoteResponse414 | AddNoteResponse422 | AddNoteResponse429 | AddNoteResponse431 | AddNoteResponse500 | AddNoteResponse503 | NoteRead
    """

    return sync_detailed(
        username=username,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient,
    body: NoteCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    AddNoteResponse400
    | AddNoteResponse401
    | AddNoteResponse403
    | AddNoteResponse404
    | AddNoteResponse409
    | AddNoteResponse413
    | AddNoteResponse414
    | AddNoteResponse422
    | AddNoteResponse429
    | AddNoteResponse431
    | AddNoteResponse500
    | AddNoteResponse503
    | NoteRead
]:
    """Add a note on a member

     Adds a note about a member for other moderators (moderators; `moderate` scope; any
    member, moderators included). The member never sees it. Logged as `user.note`, without
    its text. Send an `Idempotency-Key` to retry safely.

    Args:
        username (str): The member's username.
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (NoteCreate): A moderators' note about a member.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddNoteResponse400 | AddNoteResponse401 | AddNoteResponse403 | AddNoteResponse404 | AddNoteResponse409 | AddNoteResponse413 | AddNoteResponse414 | AddNoteResponse422 | AddNoteResponse429 | AddNoteResponse431 | AddNoteResponse500 | AddNoteResponse503 | NoteRead]
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient,
    body: NoteCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    AddNoteResponse400
    | AddNoteResponse401
    | AddNoteResponse403
    | AddNoteResponse404
    | AddNoteResponse409
    | AddNoteResponse413
    | AddNoteResponse414
    | AddNoteResponse422
    | AddNoteResponse429
    | AddNoteResponse431
    | AddNoteResponse500
    | AddNoteResponse503
    | NoteRead
    | None
):
    """Add a note on a member

     Adds a note about a member for other moderators (moderators; `moderate` scope; any
    member, moderators included). The member never sees it. Logged as `user.note`, without
    its text. Send an `Idempotency-Key` to retry safely.

    Args:
        username (str): The member's username.
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (NoteCreate): A moderators' note about a member.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddNoteResponse400 | AddNoteResponse401 | AddNoteResponse403 | AddNoteResponse404 | AddNoteResponse409 | AddNoteResponse413 | AddNoteResponse414 | AddNoteResponse422 | AddNoteResponse429 | AddNoteResponse431 | AddNoteResponse500 | AddNoteResponse503 | NoteRead
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
