from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_post_response_401 import DeletePostResponse401
from ...models.delete_post_response_403 import DeletePostResponse403
from ...models.delete_post_response_404 import DeletePostResponse404
from ...models.delete_post_response_414 import DeletePostResponse414
from ...models.delete_post_response_422 import DeletePostResponse422
from ...models.delete_post_response_429 import DeletePostResponse429
from ...models.delete_post_response_431 import DeletePostResponse431
from ...models.delete_post_response_500 import DeletePostResponse500
from ...models.delete_post_response_503 import DeletePostResponse503
from ...types import Response


def _get_kwargs(
    post_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/posts/{post_id}".format(
            post_id=quote(str(post_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | DeletePostResponse401
    | DeletePostResponse403
    | DeletePostResponse404
    | DeletePostResponse414
    | DeletePostResponse422
    | DeletePostResponse429
    | DeletePostResponse431
    | DeletePostResponse500
    | DeletePostResponse503
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = DeletePostResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DeletePostResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DeletePostResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 414:
        response_414 = DeletePostResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = DeletePostResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = DeletePostResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = DeletePostResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = DeletePostResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = DeletePostResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | DeletePostResponse401
    | DeletePostResponse403
    | DeletePostResponse404
    | DeletePostResponse414
    | DeletePostResponse422
    | DeletePostResponse429
    | DeletePostResponse431
    | DeletePostResponse500
    | DeletePostResponse503
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
    Any
    | DeletePostResponse401
    | DeletePostResponse403
    | DeletePostResponse404
    | DeletePostResponse414
    | DeletePostResponse422
    | DeletePostResponse429
    | DeletePostResponse431
    | DeletePostResponse500
    | DeletePostResponse503
]:
    """Delete a post

     Deletes a post (its author or a moderator, `write` scope): it keeps its number and
    place with an empty body, and no longer counts. A moderator's delete is written in the
    moderation log and closes the open reports on it. Deleting a deleted post changes
    nothing (204). Emits `post.deleted`.

    Args:
        post_id (int): The post's id (not its number in the thread).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeletePostResponse401 | DeletePostResponse403 | DeletePostResponse404 | DeletePostResponse414 | DeletePostResponse422 | DeletePostResponse429 | DeletePostResponse431 | DeletePostResponse500 | DeletePostResponse503]
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
    Any
    | DeletePostResponse401
    | DeletePostResponse403
    | DeletePostResponse404
    | DeletePostResponse414
    | DeletePostResponse422
    | DeletePostResponse429
    | DeletePostResponse431
    | DeletePostResponse500
    | DeletePostResponse503
    | None
):
    """Delete a post

     Deletes a post (its author or a moderator, `write` scope): it keeps its number and
    place with an empty body, and no longer counts. A moderator's delete is written in the
    moderation log and closes the open reports on it. Deleting a deleted post changes
    nothing (204). Emits `post.deleted`.

    Args:
        post_id (int): The post's id (not its number in the thread).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeletePostResponse401 | DeletePostResponse403 | DeletePostResponse404 | DeletePostResponse414 | DeletePostResponse422 | DeletePostResponse429 | DeletePostResponse431 | DeletePostResponse500 | DeletePostResponse503
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
    Any
    | DeletePostResponse401
    | DeletePostResponse403
    | DeletePostResponse404
    | DeletePostResponse414
    | DeletePostResponse422
    | DeletePostResponse429
    | DeletePostResponse431
    | DeletePostResponse500
    | DeletePostResponse503
]:
    """Delete a post

     Deletes a post (its author or a moderator, `write` scope): it keeps its number and
    place with an empty body, and no longer counts. A moderator's delete is written in the
    moderation log and closes the open reports on it. Deleting a deleted post changes
    nothing (204). Emits `post.deleted`.

    Args:
        post_id (int): The post's id (not its number in the thread).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeletePostResponse401 | DeletePostResponse403 | DeletePostResponse404 | DeletePostResponse414 | DeletePostResponse422 | DeletePostResponse429 | DeletePostResponse431 | DeletePostResponse500 | DeletePostResponse503]
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
    Any
    | DeletePostResponse401
    | DeletePostResponse403
    | DeletePostResponse404
    | DeletePostResponse414
    | DeletePostResponse422
    | DeletePostResponse429
    | DeletePostResponse431
    | DeletePostResponse500
    | DeletePostResponse503
    | None
):
    """Delete a post

     Deletes a post (its author or a moderator, `write` scope): it keeps its number and
    place with an empty body, and no longer counts. A moderator's delete is written in the
    moderation log and closes the open reports on it. Deleting a deleted post changes
    nothing (204). Emits `post.deleted`.

    Args:
        post_id (int): The post's id (not its number in the thread).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeletePostResponse401 | DeletePostResponse403 | DeletePostResponse404 | DeletePostResponse414 | DeletePostResponse422 | DeletePostResponse429 | DeletePostResponse431 | DeletePostResponse500 | DeletePostResponse503
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            client=client,
        )
    ).parsed
