from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.post_read import PostRead
from ...models.restore_post_response_401 import RestorePostResponse401
from ...models.restore_post_response_403 import RestorePostResponse403
from ...models.restore_post_response_404 import RestorePostResponse404
from ...models.restore_post_response_409 import RestorePostResponse409
from ...models.restore_post_response_414 import RestorePostResponse414
from ...models.restore_post_response_422 import RestorePostResponse422
from ...models.restore_post_response_429 import RestorePostResponse429
from ...models.restore_post_response_431 import RestorePostResponse431
from ...models.restore_post_response_500 import RestorePostResponse500
from ...models.restore_post_response_503 import RestorePostResponse503
from ...types import Response


def _get_kwargs(
    post_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/posts/{post_id}/restore".format(
            post_id=quote(str(post_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PostRead
    | RestorePostResponse401
    | RestorePostResponse403
    | RestorePostResponse404
    | RestorePostResponse409
    | RestorePostResponse414
    | RestorePostResponse422
    | RestorePostResponse429
    | RestorePostResponse431
    | RestorePostResponse500
    | RestorePostResponse503
    | None
):
    if response.status_code == 200:
        response_200 = PostRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = RestorePostResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RestorePostResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = RestorePostResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = RestorePostResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 414:
        response_414 = RestorePostResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = RestorePostResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RestorePostResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = RestorePostResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = RestorePostResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = RestorePostResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PostRead
    | RestorePostResponse401
    | RestorePostResponse403
    | RestorePostResponse404
    | RestorePostResponse409
    | RestorePostResponse414
    | RestorePostResponse422
    | RestorePostResponse429
    | RestorePostResponse431
    | RestorePostResponse500
    | RestorePostResponse503
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
    | RestorePostResponse401
    | RestorePostResponse403
    | RestorePostResponse404
    | RestorePostResponse409
    | RestorePostResponse414
    | RestorePostResponse422
    | RestorePostResponse429
    | RestorePostResponse431
    | RestorePostResponse500
    | RestorePostResponse503
]:
    """Restore a deleted post

     Undoes a post's delete (moderators, `moderate` scope): its body shows again in its
    place and it counts again; written in the moderation log, emits `post.updated`. A post
    that is not deleted is answered as it is; one in a deleted thread is 404 (restore the
    thread); one its author erased on leaving is 409 `post-erased`.

    Args:
        post_id (int): The post's id (not its number in the thread).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostRead | RestorePostResponse401 | RestorePostResponse403 | RestorePostResponse404 | RestorePostResponse409 | RestorePostResponse414 | RestorePostResponse422 | RestorePostResponse429 | RestorePostResponse431 | RestorePostResponse500 | RestorePostResponse503]
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
    | RestorePostResponse401
    | RestorePostResponse403
    | RestorePostResponse404
    | RestorePostResponse409
    | RestorePostResponse414
    | RestorePostResponse422
    | RestorePostResponse429
    | RestorePostResponse431
    | RestorePostResponse500
    | RestorePostResponse503
    | None
):
    """Restore a deleted post

     Undoes a post's delete (moderators, `moderate` scope): its body shows again in its
    place and it counts again; written in the moderation log, emits `post.updated`. A post
    that is not deleted is answered as it is; one in a deleted thread is 404 (restore the
    thread); one its author erased on leaving is 409 `post-erased`.

    Args:
        post_id (int): The post's id (not its number in the thread).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostRead | RestorePostResponse401 | RestorePostResponse403 | RestorePostResponse404 | RestorePostResponse409 | RestorePostResponse414 | RestorePostResponse422 | RestorePostResponse429 | RestorePostResponse431 | RestorePostResponse500 | RestorePostResponse503
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
    | RestorePostResponse401
    | RestorePostResponse403
    | RestorePostResponse404
    | RestorePostResponse409
    | RestorePostResponse414
    | RestorePostResponse422
    | RestorePostResponse429
    | RestorePostResponse431
    | RestorePostResponse500
    | RestorePostResponse503
]:
    """Restore a deleted post

     Undoes a post's delete (moderators, `moderate` scope): its body shows again in its
    place and it counts again; written in the moderation log, emits `post.updated`. A post
    that is not deleted is answered as it is; one in a deleted thread is 404 (restore the
    thread); one its author erased on leaving is 409 `post-erased`.

    Args:
        post_id (int): The post's id (not its number in the thread).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostRead | RestorePostResponse401 | RestorePostResponse403 | RestorePostResponse404 | RestorePostResponse409 | RestorePostResponse414 | RestorePostResponse422 | RestorePostResponse429 | RestorePostResponse431 | RestorePostResponse500 | RestorePostResponse503]
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
    | RestorePostResponse401
    | RestorePostResponse403
    | RestorePostResponse404
    | RestorePostResponse409
    | RestorePostResponse414
    | RestorePostResponse422
    | RestorePostResponse429
    | RestorePostResponse431
    | RestorePostResponse500
    | RestorePostResponse503
    | None
):
    """Restore a deleted post

     Undoes a post's delete (moderators, `moderate` scope): its body shows again in its
    place and it counts again; written in the moderation log, emits `post.updated`. A post
    that is not deleted is answered as it is; one in a deleted thread is 404 (restore the
    thread); one its author erased on leaving is 409 `post-erased`.

    Args:
        post_id (int): The post's id (not its number in the thread).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostRead | RestorePostResponse401 | RestorePostResponse403 | RestorePostResponse404 | RestorePostResponse409 | RestorePostResponse414 | RestorePostResponse422 | RestorePostResponse429 | RestorePostResponse431 | RestorePostResponse500 | RestorePostResponse503
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            client=client,
        )
    ).parsed
