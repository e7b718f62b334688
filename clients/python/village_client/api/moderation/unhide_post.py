from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.post_read import PostRead
from ...models.unhide_post_response_401 import UnhidePostResponse401
from ...models.unhide_post_response_403 import UnhidePostResponse403
from ...models.unhide_post_response_404 import UnhidePostResponse404
from ...models.unhide_post_response_414 import UnhidePostResponse414
from ...models.unhide_post_response_422 import UnhidePostResponse422
from ...models.unhide_post_response_429 import UnhidePostResponse429
from ...models.unhide_post_response_431 import UnhidePostResponse431
from ...models.unhide_post_response_500 import UnhidePostResponse500
from ...models.unhide_post_response_503 import UnhidePostResponse503
from ...types import Response


def _get_kwargs(
    post_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/posts/{post_id}/unhide".format(
            post_id=quote(str(post_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PostRead
    | UnhidePostResponse401
    | UnhidePostResponse403
    | UnhidePostResponse404
    | UnhidePostResponse414
    | UnhidePostResponse422
    | UnhidePostResponse429
    | UnhidePostResponse431
    | UnhidePostResponse500
    | UnhidePostResponse503
    | None
):
    if response.status_code == 200:
        response_200 = PostRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = UnhidePostResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UnhidePostResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = UnhidePostResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 414:
        response_414 = UnhidePostResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = UnhidePostResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = UnhidePostResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = UnhidePostResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = UnhidePostResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = UnhidePostResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PostRead
    | UnhidePostResponse401
    | UnhidePostResponse403
    | UnhidePostResponse404
    | UnhidePostResponse414
    | UnhidePostResponse422
    | UnhidePostResponse429
    | UnhidePostResponse431
    | UnhidePostResponse500
    | UnhidePostResponse503
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
) -> Response[
    PostRead
    | UnhidePostResponse401
    | UnhidePostResponse403
    | UnhidePostResponse404
    | UnhidePostResponse414
    | UnhidePostResponse422
    | UnhidePostResponse429
    | UnhidePostResponse431
    | UnhidePostResponse500
    | UnhidePostResponse503
]:
    """Show a hidden post

     Shows a hidden post to readers again, whoever hid it (moderators; `moderate` scope);
    a post that is not hidden is answered unchanged. Sends a `post.unhidden` event and is
    logged as `post.unhide`. Its open reports, if any, stay in the queue.

    Args:
        post_id (int): The post's id (a queue item's `id`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostRead | UnhidePostResponse401 | UnhidePostResponse403 | UnhidePostResponse404 | UnhidePostResponse414 | UnhidePostResponse422 | UnhidePostResponse429 | UnhidePostResponse431 | UnhidePostResponse500 | UnhidePostResponse503]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    post_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    PostRead
    | UnhidePostResponse401
    | UnhidePostResponse403
    | UnhidePostResponse404
    | UnhidePostResponse414
    | UnhidePostResponse422
    | UnhidePostResponse429
    | UnhidePostResponse431
    | UnhidePostResponse500
    | UnhidePostResponse503
    | None
):
    """Show a hidden post

     Shows a hidden post to readers again, whoever hid it (moderators; `moderate` scope);
    a post that is not hidden is answered unchanged. Sends a `post.unhidden` event and is
    logged as `post.unhide`. Its open reports, if any, stay in the queue.

    Args:
        post_id (int): The post's id (a queue item's `id`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostRead | UnhidePostResponse401 | UnhidePostResponse403 | UnhidePostResponse404 | UnhidePostResponse414 | UnhidePostResponse422 | UnhidePostResponse429 | UnhidePostResponse431 | UnhidePostResponse500 | UnhidePostResponse503
    """

    return sync_detailed(
        post_id=post_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    post_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    PostRead
    | UnhidePostResponse401
    | UnhidePostResponse403
    | UnhidePostResponse404
    | UnhidePostResponse414
    | UnhidePostResponse422
    | UnhidePostResponse429
    | UnhidePostResponse431
    | UnhidePostResponse500
    | UnhidePostResponse503
]:
    """Show a hidden post

     Shows a hidden post to readers again, whoever hid it (moderators; `moderate` scope);
    a post that is not hidden is answered unchanged. Sends a `post.unhidden` event and is
    logged as `post.unhide`. Its open reports, if any, stay in the queue.

    Args:
        post_id (int): The post's id (a queue item's `id`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostRead | UnhidePostResponse401 | UnhidePostResponse403 | UnhidePostResponse404 | UnhidePostResponse414 | UnhidePostResponse422 | UnhidePostResponse429 | UnhidePostResponse431 | UnhidePostResponse500 | UnhidePostResponse503]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    post_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    PostRead
    | UnhidePostResponse401
    | UnhidePostResponse403
    | UnhidePostResponse404
    | UnhidePostResponse414
    | UnhidePostResponse422
    | UnhidePostResponse429
    | UnhidePostResponse431
    | UnhidePostResponse500
    | UnhidePostResponse503
    | None
):
    """Show a hidden post

     Shows a hidden post to readers again, whoever hid it (moderators; `moderate` scope);
    a post that is not hidden is answered unchanged. Sends a `post.unhidden` event and is
    logged as `post.unhide`. Its open reports, if any, stay in the queue.

    Args:
        post_id (int): The post's id (a queue item's `id`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostRead | UnhidePostResponse401 | UnhidePostResponse403 | UnhidePostResponse404 | UnhidePostResponse414 | UnhidePostResponse422 | UnhidePostResponse429 | UnhidePostResponse431 | UnhidePostResponse500 | UnhidePostResponse503
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            client=client,
        )
    ).parsed
