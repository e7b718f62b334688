from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.flag_create import FlagCreate
from ...models.flag_post_response_400 import FlagPostResponse400
from ...models.flag_post_response_401 import FlagPostResponse401
from ...models.flag_post_response_403 import FlagPostResponse403
from ...models.flag_post_response_404 import FlagPostResponse404
from ...models.flag_post_response_409 import FlagPostResponse409
from ...models.flag_post_response_413 import FlagPostResponse413
from ...models.flag_post_response_414 import FlagPostResponse414
from ...models.flag_post_response_422 import FlagPostResponse422
from ...models.flag_post_response_429 import FlagPostResponse429
from ...models.flag_post_response_431 import FlagPostResponse431
from ...models.flag_post_response_500 import FlagPostResponse500
from ...models.flag_post_response_503 import FlagPostResponse503
from ...models.flag_read import FlagRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    post_id: int,
    *,
    body: FlagCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/posts/{post_id}/flags".format(
            post_id=quote(str(post_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    FlagPostResponse400
    | FlagPostResponse401
    | FlagPostResponse403
    | FlagPostResponse404
    | FlagPostResponse409
    | FlagPostResponse413
    | FlagPostResponse414
    | FlagPostResponse422
    | FlagPostResponse429
    | FlagPostResponse431
    | FlagPostResponse500
    | FlagPostResponse503
    | FlagRead
    | None
):
    if response.status_code == 201:
        response_201 = FlagRead.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = FlagPostResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = FlagPostResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = FlagPostResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = FlagPostResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = FlagPostResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = FlagPostResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = FlagPostResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = FlagPostResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = FlagPostResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = FlagPostResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = FlagPostResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = FlagPostResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    FlagPostResponse400
    | FlagPostResponse401
    | FlagPostResponse403
    | FlagPostResponse404
    | FlagPostResponse409
    | FlagPostResponse413
    | FlagPostResponse414
    | FlagPostResponse422
    | FlagPostResponse429
    | FlagPostResponse431
    | FlagPostResponse500
    | FlagPostResponse503
    | FlagRead
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    post_id: int,
    *,
    client: AuthenticatedClient,
    body: FlagCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    FlagPostResponse400
    | FlagPostResponse401
    | FlagPostResponse403
    | FlagPostResponse404
    | FlagPostResponse409
    | FlagPostResponse413
    | FlagPostResponse414
    | FlagPostResponse422
    | FlagPostResponse429
    | FlagPostResponse431
    | FlagPostResponse500
    | FlagPostResponse503
    | FlagRead
]:
    """Report a post

     Reports a post to the moderators (`write` scope; not your own post, 403; one open
    report per member and post, 409 `already-flagged`). `safety` means someone may be at
    risk and puts the post first in the review queue. The post joins the queue (a
    `flag.created` webhook event); when enough members have reported it, it is hidden
    pending review and its `hidden_reason` says so. Who reported a post is never shown to
    other members. Send an `Idempotency-Key` to retry safely.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (FlagCreate): A member's report of a post to the moderators.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlagPostResponse400 | FlagPostResponse401 | FlagPostResponse403 | FlagPostResponse404 | FlagPostResponse409 | FlagPostResponse413 | FlagPostResponse414 | FlagPostResponse422 | FlagPostResponse429 | FlagPostResponse431 | FlagPostResponse500 | FlagPostResponse503 | FlagRead]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    post_id: int,
    *,
    client: AuthenticatedClient,
    body: FlagCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    FlagPostResponse400
    | FlagPostResponse401
    | FlagPostResponse403
    | FlagPostResponse404
    | FlagPostResponse409
    | FlagPostResponse413
    | FlagPostResponse414
    | FlagPostResponse422
    | FlagPostResponse429
    | FlagPostResponse431
    | FlagPostResponse500
    | FlagPostResponse503
    | FlagRead
    | None
):
    """Report a post

     Reports a post to the moderators (`write` scope; not your own post, 403; one open
    report per member and post, 409 `already-flagged`). `safety` means someone may be at
    risk and puts the post first in the review queue. The post joins the queue (a
    `flag.created` webhook event); when enough members have reported it, it is hidden
    pending review and its `hidden_reason` says so. Who reported a post is never shown to
    other members. Send an `Idempotency-Key` to retry safely.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (FlagCreate): A member's report of a post to the moderators.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlagPostResponse400 | FlagPostResponse401 | FlagPostResponse403 | FlagPostResponse404 | FlagPostResponse409 | FlagPostResponse413 | FlagPostResponse414 | FlagPostResponse422 | FlagPostResponse429 | FlagPostResponse431 | FlagPostResponse500 | FlagPostResponse503 | FlagRead
    """

    return sync_detailed(
        post_id=post_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    post_id: int,
    *,
    client: AuthenticatedClient,
    body: FlagCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    FlagPostResponse400
    | FlagPostResponse401
    | FlagPostResponse403
    | FlagPostResponse404
    | FlagPostResponse409
    | FlagPostResponse413
    | FlagPostResponse414
    | FlagPostResponse422
    | FlagPostResponse429
    | FlagPostResponse431
    | FlagPostResponse500
    | FlagPostResponse503
    | FlagRead
]:
    """Report a post

     Reports a post to the moderators (`write` scope; not your own post, 403; one open
    report per member and post, 409 `already-flagged`). `safety` means someone may be at
    risk and puts the post first in the review queue. The post joins the queue (a
    `flag.created` webhook event); when enough members have reported it, it is hidden
    pending review and its `hidden_reason` says so. Who reported a post is never shown to
    other members. Send an `Idempotency-Key` to retry safely.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (FlagCreate): A member's report of a post to the moderators.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlagPostResponse400 | FlagPostResponse401 | FlagPostResponse403 | FlagPostResponse404 | FlagPostResponse409 | FlagPostResponse413 | FlagPostResponse414 | FlagPostResponse422 | FlagPostResponse429 | FlagPostResponse431 | FlagPostResponse500 | FlagPostResponse503 | FlagRead]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    post_id: int,
    *,
    client: AuthenticatedClient,
    body: FlagCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    FlagPostResponse400
    | FlagPostResponse401
    | FlagPostResponse403
    | FlagPostResponse404
    | FlagPostResponse409
    | FlagPostResponse413
    | FlagPostResponse414
    | FlagPostResponse422
    | FlagPostResponse429
    | FlagPostResponse431
    | FlagPostResponse500
    | FlagPostResponse503
    | FlagRead
    | None
):
    """Report a post

     Reports a post to the moderators (`write` scope; not your own post, 403; one open
    report per member and post, 409 `already-flagged`). `safety` means someone may be at
    risk and puts the post first in the review queue. The post joins the queue (a
    `flag.created` webhook event); when enough members have reported it, it is hidden
    pending review and its `hidden_reason` says so. Who reported a post is never shown to
    other members. Send an `Idempotency-Key` to retry safely.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (FlagCreate): A member's report of a post to the moderators.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlagPostResponse400 | FlagPostResponse401 | FlagPostResponse403 | FlagPostResponse404 | FlagPostResponse409 | FlagPostResponse413 | FlagPostResponse414 | FlagPostResponse422 | FlagPostResponse429 | FlagPostResponse431 | FlagPostResponse500 | FlagPostResponse503 | FlagRead
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
