from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_revisions_response_401 import ListRevisionsResponse401
from ...models.list_revisions_response_403 import ListRevisionsResponse403
from ...models.list_revisions_response_404 import ListRevisionsResponse404
from ...models.list_revisions_response_414 import ListRevisionsResponse414
from ...models.list_revisions_response_422 import ListRevisionsResponse422
from ...models.list_revisions_response_429 import ListRevisionsResponse429
from ...models.list_revisions_response_431 import ListRevisionsResponse431
from ...models.list_revisions_response_500 import ListRevisionsResponse500
from ...models.list_revisions_response_503 import ListRevisionsResponse503
from ...models.revision_read import RevisionRead
from ...types import Response


def _get_kwargs(
    post_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/posts/{post_id}/revisions".format(
            post_id=quote(str(post_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListRevisionsResponse401
    | ListRevisionsResponse403
    | ListRevisionsResponse404
    | ListRevisionsResponse414
    | ListRevisionsResponse422
    | ListRevisionsResponse429
    | ListRevisionsResponse431
    | ListRevisionsResponse500
    | ListRevisionsResponse503
    | list[RevisionRead]
    | None
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = RevisionRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = ListRevisionsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListRevisionsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListRevisionsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 414:
        response_414 = ListRevisionsResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = ListRevisionsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListRevisionsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ListRevisionsResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ListRevisionsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ListRevisionsResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListRevisionsResponse401
    | ListRevisionsResponse403
    | ListRevisionsResponse404
    | ListRevisionsResponse414
    | ListRevisionsResponse422
    | ListRevisionsResponse429
    | ListRevisionsResponse431
    | ListRevisionsResponse500
    | ListRevisionsResponse503
    | list[RevisionRead]
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
    ListRevisionsResponse401
    | ListRevisionsResponse403
    | ListRevisionsResponse404
    | ListRevisionsResponse414
    | ListRevisionsResponse422
    | ListRevisionsResponse429
    | ListRevisionsResponse431
    | ListRevisionsResponse500
    | ListRevisionsResponse503
    | list[RevisionRead]
]:
    """List a post's earlier versions

     The bodies a post had before each edit, oldest first (its author or a moderator,
    `read` scope; anyone else is 403). The current body is the post's own, not a revision.

    Args:
        post_id (int): The post's id (not its number in the thread).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListRevisionsResponse401 | ListRevisionsResponse403 | ListRevisionsResponse404 | ListRevisionsResponse414 | ListRevisionsResponse422 | ListRevisionsResponse429 | ListRevisionsResponse431 | ListRevisionsResponse500 | ListRevisionsResponse503 | list[RevisionRead]]
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
    ListRevisionsResponse401
    | ListRevisionsResponse403
    | ListRevisionsResponse404
    | ListRevisionsResponse414
    | ListRevisionsResponse422
    | ListRevisionsResponse429
    | ListRevisionsResponse431
    | ListRevisionsResponse500
    | ListRevisionsResponse503
    | list[RevisionRead]
    | None
):
    """List a post's earlier versions

     The bodies a post had before each edit, oldest first (its author or a moderator,
    `read` scope; anyone else is 403). The current body is the post's own, not a revision.

    Args:
        post_id (int): The post's id (not its number in the thread).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListRevisionsResponse401 | ListRevisionsResponse403 | ListRevisionsResponse404 | ListRevisionsResponse414 | ListRevisionsResponse422 | ListRevisionsResponse429 | ListRevisionsResponse431 | ListRevisionsResponse500 | ListRevisionsResponse503 | list[RevisionRead]
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
    ListRevisionsResponse401
    | ListRevisionsResponse403
    | ListRevisionsResponse404
    | ListRevisionsResponse414
    | ListRevisionsResponse422
    | ListRevisionsResponse429
    | ListRevisionsResponse431
    | ListRevisionsResponse500
    | ListRevisionsResponse503
    | list[RevisionRead]
]:
    """List a post's earlier versions

     The bodies a post had before each edit, oldest first (its author or a moderator,
    `read` scope; anyone else is 403). The current body is the post's own, not a revision.

    Args:
        post_id (int): The post's id (not its number in the thread).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListRevisionsResponse401 | ListRevisionsResponse403 | ListRevisionsResponse404 | ListRevisionsResponse414 | ListRevisionsResponse422 | ListRevisionsResponse429 | ListRevisionsResponse431 | ListRevisionsResponse500 | ListRevisionsResponse503 | list[RevisionRead]]
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
    ListRevisionsResponse401
    | ListRevisionsResponse403
    | ListRevisionsResponse404
    | ListRevisionsResponse414
    | ListRevisionsResponse422
    | ListRevisionsResponse429
    | ListRevisionsResponse431
    | ListRevisionsResponse500
    | ListRevisionsResponse503
    | list[RevisionRead]
    | None
):
    """List a post's earlier versions

     The bodies a post had before each edit, oldest first (its author or a moderator,
    `read` scope; anyone else is 403). The current body is the post's own, not a revision.

    Args:
        post_id (int): The post's id (not its number in the thread).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListRevisionsResponse401 | ListRevisionsResponse403 | ListRevisionsResponse404 | ListRevisionsResponse414 | ListRevisionsResponse422 | ListRevisionsResponse429 | ListRevisionsResponse431 | ListRevisionsResponse500 | ListRevisionsResponse503 | list[RevisionRead]
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            client=client,
        )
    ).parsed
