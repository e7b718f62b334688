from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.hide_post_response_400 import HidePostResponse400
from ...models.hide_post_response_401 import HidePostResponse401
from ...models.hide_post_response_403 import HidePostResponse403
from ...models.hide_post_response_404 import HidePostResponse404
from ...models.hide_post_response_413 import HidePostResponse413
from ...models.hide_post_response_414 import HidePostResponse414
from ...models.hide_post_response_422 import HidePostResponse422
from ...models.hide_post_response_429 import HidePostResponse429
from ...models.hide_post_response_431 import HidePostResponse431
from ...models.hide_post_response_500 import HidePostResponse500
from ...models.hide_post_response_503 import HidePostResponse503
from ...models.hide_request import HideRequest
from ...models.post_read import PostRead
from ...types import Response


def _get_kwargs(
    post_id: int,
    *,
    body: HideRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/posts/{post_id}/hide".format(
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
    HidePostResponse400
    | HidePostResponse401
    | HidePostResponse403
    | HidePostResponse404
    | HidePostResponse413
    | HidePostResponse414
    | HidePostResponse422
    | HidePostResponse429
    | HidePostResponse431
    | HidePostResponse500
    | HidePostResponse503
    | PostRead
    | None
):
    if response.status_code == 200:
        response_200 = PostRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = HidePostResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = HidePostResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = HidePostResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = HidePostResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = HidePostResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = HidePostResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = HidePostResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = HidePostResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = HidePostResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = HidePostResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = HidePostResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    HidePostResponse400
    | HidePostResponse401
    | HidePostResponse403
    | HidePostResponse404
    | HidePostResponse413
    | HidePostResponse414
    | HidePostResponse422
    | HidePostResponse429
    | HidePostResponse431
    | HidePostResponse500
    | HidePostResponse503
    | PostRead
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
    body: HideRequest,
) -> Response[
    HidePostResponse400
    | HidePostResponse401
    | HidePostResponse403
    | HidePostResponse404
    | HidePostResponse413
    | HidePostResponse414
    | HidePostResponse422
    | HidePostResponse429
    | HidePostResponse431
    | HidePostResponse500
    | HidePostResponse503
    | PostRead
]:
    """Hide a post

     Hides a post from readers, with a reason they see as its `hidden_reason`
    (moderators; `moderate` scope); its body stays for moderators. Hiding it again with the
    same reason changes nothing. Sends a `post.hidden` event (live readers and webhooks)
    and is logged as `post.hide`. Answers the post as moderators see it.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        body (HideRequest): Why a moderator hides a post.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HidePostResponse400 | HidePostResponse401 | HidePostResponse403 | HidePostResponse404 | HidePostResponse413 | HidePostResponse414 | HidePostResponse422 | HidePostResponse429 | HidePostResponse431 | HidePostResponse500 | HidePostResponse503 | PostRead]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    post_id: int,
    *,
    client: AuthenticatedClient,
    body: HideRequest,
) -> (
    HidePostResponse400
    | HidePostResponse401
    | HidePostResponse403
    | HidePostResponse404
    | HidePostResponse413
    | HidePostResponse414
    | HidePostResponse422
    | HidePostResponse429
    | HidePostResponse431
    | HidePostResponse500
    | HidePostResponse503
    | PostRead
    | None
):
    """Hide a post

     Hides a post from readers, with a reason they see as its `hidden_reason`
    (moderators; `moderate` scope); its body stays for moderators. Hiding it again with the
    same reason changes nothing. Sends a `post.hidden` event (live readers and webhooks)
    and is logged as `post.hide`. Answers the post as moderators see it.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        body (HideRequest): Why a moderator hides a post.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HidePostResponse400 | HidePostResponse401 | HidePostResponse403 | HidePostResponse404 | HidePostResponse413 | HidePostResponse414 | HidePostResponse422 | HidePostResponse429 | HidePostResponse431 | HidePostResponse500 | HidePostResponse503 | PostRead
    """

    return sync_detailed(
        post_id=post_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    post_id: int,
    *,
    client: AuthenticatedClient,
    body: HideRequest,
) -> Response[
    HidePostResponse400
    | HidePostResponse401
    | HidePostResponse403
    | HidePostResponse404
    | HidePostResponse413
    | HidePostResponse414
    | HidePostResponse422
    | HidePostResponse429
    | HidePostResponse431
    | HidePostResponse500
    | HidePostResponse503
    | PostRead
]:
    """Hide a post

     Hides a post from readers, with a reason they see as its `hidden_reason`
    (moderators; `moderate` scope); its body stays for moderators. Hiding it again with the
    same reason changes nothing. Sends a `post.hidden` event (live readers and webhooks)
    and is logged as `post.hide`. Answers the post as moderators see it.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        body (HideRequest): Why a moderator hides a post.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HidePostResponse400 | HidePostResponse401 | HidePostResponse403 | HidePostResponse404 | HidePostResponse413 | HidePostResponse414 | HidePostResponse422 | HidePostResponse429 | HidePostResponse431 | HidePostResponse500 | HidePostResponse503 | PostRead]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    post_id: int,
    *,
    client: AuthenticatedClient,
    body: HideRequest,
) -> (
    HidePostResponse400
    | HidePostResponse401
    | HidePostResponse403
    | HidePostResponse404
    | HidePostResponse413
    | HidePostResponse414
    | HidePostResponse422
    | HidePostResponse429
    | HidePostResponse431
    | HidePostResponse500
    | HidePostResponse503
    | PostRead
    | None
):
    """Hide a post

     Hides a post from readers, with a reason they see as its `hidden_reason`
    (moderators; `moderate` scope); its body stays for moderators. Hiding it again with the
    same reason changes nothing. Sends a `post.hidden` event (live readers and webhooks)
    and is logged as `post.hide`. Answers the post as moderators see it.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        body (HideRequest): Why a moderator hides a post.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HidePostResponse400 | HidePostResponse401 | HidePostResponse403 | HidePostResponse404 | HidePostResponse413 | HidePostResponse414 | HidePostResponse422 | HidePostResponse429 | HidePostResponse431 | HidePostResponse500 | HidePostResponse503 | PostRead
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            client=client,
            body=body,
        )
    ).parsed
