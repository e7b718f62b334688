from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_post_response_400 import CreatePostResponse400
from ...models.create_post_response_401 import CreatePostResponse401
from ...models.create_post_response_403 import CreatePostResponse403
from ...models.create_post_response_404 import CreatePostResponse404
from ...models.create_post_response_409 import CreatePostResponse409
from ...models.create_post_response_413 import CreatePostResponse413
from ...models.create_post_response_414 import CreatePostResponse414
from ...models.create_post_response_422 import CreatePostResponse422
from ...models.create_post_response_429 import CreatePostResponse429
from ...models.create_post_response_431 import CreatePostResponse431
from ...models.create_post_response_500 import CreatePostResponse500
from ...models.create_post_response_503 import CreatePostResponse503
from ...models.post_create import PostCreate
from ...models.post_read import PostRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: int,
    *,
    body: PostCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/threads/{thread_id}/posts".format(
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
    CreatePostResponse400
    | CreatePostResponse401
    | CreatePostResponse403
    | CreatePostResponse404
    | CreatePostResponse409
    | CreatePostResponse413
    | CreatePostResponse414
    | CreatePostResponse422
    | CreatePostResponse429
    | CreatePostResponse431
    | CreatePostResponse500
    | CreatePostResponse503
    | PostRead
    | None
):
    if response.status_code == 201:
        response_201 = PostRead.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreatePostResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreatePostResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreatePostResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreatePostResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CreatePostResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreatePostResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = CreatePostResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = CreatePostResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreatePostResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = CreatePostResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = CreatePostResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = CreatePostResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreatePostResponse400
    | CreatePostResponse401
    | CreatePostResponse403
    | CreatePostResponse404
    | CreatePostResponse409
    | CreatePostResponse413
    | CreatePostResponse414
    | CreatePostResponse422
    | CreatePostResponse429
    | CreatePostResponse431
    | CreatePostResponse500
    | CreatePostResponse503
    | PostRead
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
    body: PostCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    CreatePostResponse400
    | CreatePostResponse401
    | CreatePostResponse403
    | CreatePostResponse404
    | CreatePostResponse409
    | CreatePostResponse413
    | CreatePostResponse414
    | CreatePostResponse422
    | CreatePostResponse429
    | CreatePostResponse431
    | CreatePostResponse500
    | CreatePostResponse503
    | PostRead
]:
    """Reply to a thread

     Adds a post at the end of the thread (members, `write` scope; not while suspended,
    nor unverified when the forum requires a verified address). A locked thread takes
    replies only from moderators (403 `thread-locked`). Counts against the posting rate
    limit and the new-member limits; notifies the members it replies to, mentions or
    quotes, and those watching the thread; emits `post.created`. Send an `Idempotency-Key`
    to retry safely: the same body again within minutes is 409 `duplicate-post`.

    Args:
        thread_id (int): The thread's id.
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (PostCreate): A reply.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePostResponse400 | CreatePostResponse401 | CreatePostResponse403 | CreatePostResponse404 | CreatePostResponse409 | CreatePostResponse413 | CreatePostResponse414 | CreatePostResponse422 | CreatePostResponse429 | CreatePostResponse431 | CreatePostResponse500 | CreatePostResponse503 | PostRead]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: int,
    *,
    client: AuthenticatedClient,
    body: PostCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    CreatePostResponse400
    | CreatePostResponse401
    | CreatePostResponse403
    | CreatePostResponse404
    | CreatePostResponse409
    | CreatePostResponse413
    | CreatePostResponse414
    | CreatePostResponse422
    | CreatePostResponse429
    | CreatePostResponse431
    | CreatePostResponse500
    | CreatePostResponse503
    | PostRead
    | None
):
    """Reply to a thread

     Adds a post at the end of the thread (members, `write` scope; not while suspended,
    nor unverified when the forum requires a verified address). A locked thread takes
    replies only from moderators (403 `thread-locked`). Counts against the posting rate
    limit and the new-member limits; notifies the members it replies to, mentions or
    quotes, and those watching the thread; emits `post.created`. Send an `Idempotency-Key`
    to retry safely: the same body again within minutes is 409 `duplicate-post`.

    Args:
        thread_id (int): The thread's id.
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (PostCreate): A reply.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePostResponse400 | CreatePostResponse401 | CreatePostResponse403 | CreatePostResponse404 | CreatePostResponse409 | CreatePostResponse413 | CreatePostResponse414 | CreatePostResponse422 | CreatePostResponse429 | CreatePostResponse431 | CreatePostResponse500 | CreatePostResponse503 | PostRead
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    thread_id: int,
    *,
    client: AuthenticatedClient,
    body: PostCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    CreatePostResponse400
    | CreatePostResponse401
    | CreatePostResponse403
    | CreatePostResponse404
    | CreatePostResponse409
    | CreatePostResponse413
    | CreatePostResponse414
    | CreatePostResponse422
    | CreatePostResponse429
    | CreatePostResponse431
    | CreatePostResponse500
    | CreatePostResponse503
    | PostRead
]:
    """Reply to a thread

     Adds a post at the end of the thread (members, `write` scope; not while suspended,
    nor unverified when the forum requires a verified address). A locked thread takes
    replies only from moderators (403 `thread-locked`). Counts against the posting rate
    limit and the new-member limits; notifies the members it replies to, mentions or
    quotes, and those watching the thread; emits `post.created`. Send an `Idempotency-Key`
    to retry safely: the same body again within minutes is 409 `duplicate-post`.

    Args:
        thread_id (int): The thread's id.
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (PostCreate): A reply.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePostResponse400 | CreatePostResponse401 | CreatePostResponse403 | CreatePostResponse404 | CreatePostResponse409 | CreatePostResponse413 | CreatePostResponse414 | CreatePostResponse422 | CreatePostResponse429 | CreatePostResponse431 | CreatePostResponse500 | CreatePostResponse503 | PostRead]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: int,
    *,
    client: AuthenticatedClient,
    body: PostCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    CreatePostResponse400
    | CreatePostResponse401
    | CreatePostResponse403
    | CreatePostResponse404
    | CreatePostResponse409
    | CreatePostResponse413
    | CreatePostResponse414
    | CreatePostResponse422
    | CreatePostResponse429
    | CreatePostResponse431
    | CreatePostResponse500
    | CreatePostResponse503
    | PostRead
    | None
):
    """Reply to a thread

     Adds a post at the end of the thread (members, `write` scope; not while suspended,
    nor unverified when the forum requires a verified address). A locked thread takes
    replies only from moderators (403 `thread-locked`). Counts against the posting rate
    limit and the new-member limits; notifies the members it replies to, mentions or
    quotes, and those watching the thread; emits `post.created`. Send an `Idempotency-Key`
    to retry safely: the same body again within minutes is 409 `duplicate-post`.

    Args:
        thread_id (int): The thread's id.
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (PostCreate): A reply.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePostResponse400 | CreatePostResponse401 | CreatePostResponse403 | CreatePostResponse404 | CreatePostResponse409 | CreatePostResponse413 | CreatePostResponse414 | CreatePostResponse422 | CreatePostResponse429 | CreatePostResponse431 | CreatePostResponse500 | CreatePostResponse503 | PostRead
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
