from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_thread_response_400 import CreateThreadResponse400
from ...models.create_thread_response_401 import CreateThreadResponse401
from ...models.create_thread_response_403 import CreateThreadResponse403
from ...models.create_thread_response_404 import CreateThreadResponse404
from ...models.create_thread_response_409 import CreateThreadResponse409
from ...models.create_thread_response_413 import CreateThreadResponse413
from ...models.create_thread_response_414 import CreateThreadResponse414
from ...models.create_thread_response_422 import CreateThreadResponse422
from ...models.create_thread_response_429 import CreateThreadResponse429
from ...models.create_thread_response_431 import CreateThreadResponse431
from ...models.create_thread_response_500 import CreateThreadResponse500
from ...models.create_thread_response_503 import CreateThreadResponse503
from ...models.thread_created import ThreadCreated
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: Any,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/threads",
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateThreadResponse400
    | CreateThreadResponse401
    | CreateThreadResponse403
    | CreateThreadResponse404
    | CreateThreadResponse409
    | CreateThreadResponse413
    | CreateThreadResponse414
    | CreateThreadResponse422
    | CreateThreadResponse429
    | CreateThreadResponse431
    | CreateThreadResponse500
    | CreateThreadResponse503
    | ThreadCreated
    | None
):
    if response.status_code == 201:
        response_201 = ThreadCreated.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateThreadResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateThreadResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateThreadResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateThreadResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CreateThreadResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateThreadResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = CreateThreadResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = CreateThreadResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateThreadResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = CreateThreadResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = CreateThreadResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = CreateThreadResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateThreadResponse400
    | CreateThreadResponse401
    | CreateThreadResponse403
    | CreateThreadResponse404
    | CreateThreadResponse409
    | CreateThreadResponse413
    | CreateThreadResponse414
    | CreateThreadResponse422
    | CreateThreadResponse429
    | CreateThreadResponse431
    | CreateThreadResponse500
    | CreateThreadResponse503
    | ThreadCreated
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
    body: Any,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    CreateThreadResponse400
    | CreateThreadResponse401
    | CreateThreadResponse403
    | CreateThreadResponse404
    | CreateThreadResponse409
    | CreateThreadResponse413
    | CreateThreadResponse414
    | CreateThreadResponse422
    | CreateThreadResponse429
    | CreateThreadResponse431
    | CreateThreadResponse500
    | CreateThreadResponse503
    | ThreadCreated
]:
    """Start a thread

     Starts a thread with its first post, in a forum category or a local group's list
    (members, `write` scope; not while suspended, nor unverified when the forum requires a
    verified address). An unknown category is 404. It counts against the member's posting
    rate limit and, in their first hours, the new-member limits; the author watches it.
    Emits `thread.created` and `post.created` (webhooks). Send an `Idempotency-Key` to retry
    safely: the same title and body again within minutes is 409 `duplicate-post`.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (Any): In a forum category (`category`) or in a local group's thread list (`group`):
            one of
            the two, never both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateThreadResponse400 | CreateThreadResponse401 | CreateThreadResponse403 | CreateThreadResponse404 | CreateThreadResponse409 | CreateThreadResponse413 | CreateThreadResponse414 | CreateThreadResponse422 | CreateThreadResponse429 | CreateThreadResponse431 | CreateThreadResponse500 | CreateThreadResponse503 | ThreadCreated]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: Any,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    CreateThreadResponse400
    | CreateThreadResponse401
    | CreateThreadResponse403
    | CreateThreadResponse404
    | CreateThreadResponse409
    | CreateThreadResponse413
    | CreateThreadResponse414
    | CreateThreadResponse422
    | CreateThreadResponse429
    | CreateThreadResponse431
    | CreateThreadResponse500
    | CreateThreadResponse503
    | ThreadCreated
    | None
):
    """Start a thread

     Starts a thread with its first post, in a forum category or a local group's list
    (members, `write` scope; not while suspended, nor unverified when the forum requires a
    verified address). An unknown category is 404. It counts against the member's posting
    rate limit and, in their first hours, the new-member limits; the author watches it.
    Emits `thread.created` and `post.created` (webhooks). Send an `Idempotency-Key` to retry
    safely: the same title and body again within minutes is 409 `duplicate-post`.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (Any): In a forum category (`category`) or in a local group's thread list (`group`):
            one of
            the two, never both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateThreadResponse400 | CreateThreadResponse401 | CreateThreadResponse403 | CreateThreadResponse404 | CreateThreadResponse409 | CreateThreadResponse413 | CreateThreadResponse414 | CreateThreadResponse422 | CreateThreadResponse429 | CreateThreadResponse431 | CreateThreadResponse500 | CreateThreadResponse503 | ThreadCreated
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Any,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    CreateThreadResponse400
    | CreateThreadResponse401
    | CreateThreadResponse403
    | CreateThreadResponse404
    | CreateThreadResponse409
    | CreateThreadResponse413
    | CreateThreadResponse414
    | CreateThreadResponse422
    | CreateThreadResponse429
    | CreateThreadResponse431
    | CreateThreadResponse500
    | CreateThreadResponse503
    | ThreadCreated
]:
    """Start a thread

     Starts a thread with its first post, in a forum category or a local group's list
    (members, `write` scope; not while suspended, nor unverified when the forum requires a
    verified address). An unknown category is 404. It counts against the member's posting
    rate limit and, in their first hours, the new-member limits; the author watches it.
    Emits `thread.created` and `post.created` (webhooks). Send an `Idempotency-Key` to retry
    safely: the same title and body again within minutes is 409 `duplicate-post`.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (Any): In a forum category (`category`) or in a local group's thread list (`group`):
            one of
            the two, never both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateThreadResponse400 | CreateThreadResponse401 | CreateThreadResponse403 | CreateThreadResponse404 | CreateThreadResponse409 | CreateThreadResponse413 | CreateThreadResponse414 | CreateThreadResponse422 | CreateThreadResponse429 | CreateThreadResponse431 | CreateThreadResponse500 | CreateThreadResponse503 | ThreadCreated]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Any,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    CreateThreadResponse400
    | CreateThreadResponse401
    | CreateThreadResponse403
    | CreateThreadResponse404
    | CreateThreadResponse409
    | CreateThreadResponse413
    | CreateThreadResponse414
    | CreateThreadResponse422
    | CreateThreadResponse429
    | CreateThreadResponse431
    | CreateThreadResponse500
    | CreateThreadResponse503
    | ThreadCreated
    | None
):
    """Start a thread

     Starts a thread with its first post, in a forum category or a local group's list
    (members, `write` scope; not while suspended, nor unverified when the forum requires a
    verified address). An unknown category is 404. It counts against the member's posting
    rate limit and, in their first hours, the new-member limits; the author watches it.
    Emits `thread.created` and `post.created` (webhooks). Send an `Idempotency-Key` to retry
    safely: the same title and body again within minutes is 409 `duplicate-post`.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (Any): In a forum category (`category`) or in a local group's thread list (`group`):
            one of
            the two, never both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateThreadResponse400 | CreateThreadResponse401 | CreateThreadResponse403 | CreateThreadResponse404 | CreateThreadResponse409 | CreateThreadResponse413 | CreateThreadResponse414 | CreateThreadResponse422 | CreateThreadResponse429 | CreateThreadResponse431 | CreateThreadResponse500 | CreateThreadResponse503 | ThreadCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
