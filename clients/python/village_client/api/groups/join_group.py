from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.join_group_response_401 import JoinGroupResponse401
from ...models.join_group_response_403 import JoinGroupResponse403
from ...models.join_group_response_414 import JoinGroupResponse414
from ...models.join_group_response_422 import JoinGroupResponse422
from ...models.join_group_response_429 import JoinGroupResponse429
from ...models.join_group_response_431 import JoinGroupResponse431
from ...models.join_group_response_500 import JoinGroupResponse500
from ...models.join_group_response_503 import JoinGroupResponse503
from ...types import Response


def _get_kwargs(
    slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/groups/{slug}/membership".format(
            slug=quote(str(slug), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | JoinGroupResponse401
    | JoinGroupResponse403
    | JoinGroupResponse414
    | JoinGroupResponse422
    | JoinGroupResponse429
    | JoinGroupResponse431
    | JoinGroupResponse500
    | JoinGroupResponse503
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = JoinGroupResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = JoinGroupResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = JoinGroupResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = JoinGroupResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = JoinGroupResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = JoinGroupResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = JoinGroupResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = JoinGroupResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | JoinGroupResponse401
    | JoinGroupResponse403
    | JoinGroupResponse414
    | JoinGroupResponse422
    | JoinGroupResponse429
    | JoinGroupResponse431
    | JoinGroupResponse500
    | JoinGroupResponse503
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    Any
    | JoinGroupResponse401
    | JoinGroupResponse403
    | JoinGroupResponse414
    | JoinGroupResponse422
    | JoinGroupResponse429
    | JoinGroupResponse431
    | JoinGroupResponse500
    | JoinGroupResponse503
]:
    """Join Group

     Joins the group (idempotent: joining again changes nothing).

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | JoinGroupResponse401 | JoinGroupResponse403 | JoinGroupResponse414 | JoinGroupResponse422 | JoinGroupResponse429 | JoinGroupResponse431 | JoinGroupResponse500 | JoinGroupResponse503]
    """

    kwargs = _get_kwargs(
        slug=slug,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient,
) -> (
    Any
    | JoinGroupResponse401
    | JoinGroupResponse403
    | JoinGroupResponse414
    | JoinGroupResponse422
    | JoinGroupResponse429
    | JoinGroupResponse431
    | JoinGroupResponse500
    | JoinGroupResponse503
    | None
):
    """Join Group

     Joins the group (idempotent: joining again changes nothing).

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | JoinGroupResponse401 | JoinGroupResponse403 | JoinGroupResponse414 | JoinGroupResponse422 | JoinGroupResponse429 | JoinGroupResponse431 | JoinGroupResponse500 | JoinGroupResponse503
    """

    return sync_detailed(
        slug=slug,
        client=client,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    Any
    | JoinGroupResponse401
    | JoinGroupResponse403
    | JoinGroupResponse414
    | JoinGroupResponse422
    | JoinGroupResponse429
    | JoinGroupResponse431
    | JoinGroupResponse500
    | JoinGroupResponse503
]:
    """Join Group

     Joins the group (idempotent: joining again changes nothing).

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | JoinGroupResponse401 | JoinGroupResponse403 | JoinGroupResponse414 | JoinGroupResponse422 | JoinGroupResponse429 | JoinGroupResponse431 | JoinGroupResponse500 | JoinGroupResponse503]
    """

    kwargs = _get_kwargs(
        slug=slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient,
) -> (
    Any
    | JoinGroupResponse401
    | JoinGroupResponse403
    | JoinGroupResponse414
    | JoinGroupResponse422
    | JoinGroupResponse429
    | JoinGroupResponse431
    | JoinGroupResponse500
    | JoinGroupResponse503
    | None
):
    """Join Group

     Joins the group (idempotent: joining again changes nothing).

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | JoinGroupResponse401 | JoinGroupResponse403 | JoinGroupResponse414 | JoinGroupResponse422 | JoinGroupResponse429 | JoinGroupResponse431 | JoinGroupResponse500 | JoinGroupResponse503
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
        )
    ).parsed
