from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.leave_group_response_401 import LeaveGroupResponse401
from ...models.leave_group_response_403 import LeaveGroupResponse403
from ...models.leave_group_response_414 import LeaveGroupResponse414
from ...models.leave_group_response_422 import LeaveGroupResponse422
from ...models.leave_group_response_429 import LeaveGroupResponse429
from ...models.leave_group_response_431 import LeaveGroupResponse431
from ...models.leave_group_response_500 import LeaveGroupResponse500
from ...models.leave_group_response_503 import LeaveGroupResponse503
from ...types import Response


def _get_kwargs(
    slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/groups/{slug}/membership".format(
            slug=quote(str(slug), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | LeaveGroupResponse401
    | LeaveGroupResponse403
    | LeaveGroupResponse414
    | LeaveGroupResponse422
    | LeaveGroupResponse429
    | LeaveGroupResponse431
    | LeaveGroupResponse500
    | LeaveGroupResponse503
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = LeaveGroupResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = LeaveGroupResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = LeaveGroupResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = LeaveGroupResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = LeaveGroupResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = LeaveGroupResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = LeaveGroupResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = LeaveGroupResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | LeaveGroupResponse401
    | LeaveGroupResponse403
    | LeaveGroupResponse414
    | LeaveGroupResponse422
    | LeaveGroupResponse429
    | LeaveGroupResponse431
    | LeaveGroupResponse500
    | LeaveGroupResponse503
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
    | LeaveGroupResponse401
    | LeaveGroupResponse403
    | LeaveGroupResponse414
    | LeaveGroupResponse422
    | LeaveGroupResponse429
    | LeaveGroupResponse431
    | LeaveGroupResponse500
    | LeaveGroupResponse503
]:
    """Leave Group

     Leaves the group (idempotent; a suspended member may leave too).

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LeaveGroupResponse401 | LeaveGroupResponse403 | LeaveGroupResponse414 | LeaveGroupResponse422 | LeaveGroupResponse429 | LeaveGroupResponse431 | LeaveGroupResponse500 | LeaveGroupResponse503]
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
    | LeaveGroupResponse401
    | LeaveGroupResponse403
    | LeaveGroupResponse414
    | LeaveGroupResponse422
    | LeaveGroupResponse429
    | LeaveGroupResponse431
    | LeaveGroupResponse500
    | LeaveGroupResponse503
    | None
):
    """Leave Group

     Leaves the group (idempotent; a suspended member may leave too).

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LeaveGroupResponse401 | LeaveGroupResponse403 | LeaveGroupResponse414 | LeaveGroupResponse422 | LeaveGroupResponse429 | LeaveGroupResponse431 | LeaveGroupResponse500 | LeaveGroupResponse503
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
    | LeaveGroupResponse401
    | LeaveGroupResponse403
    | LeaveGroupResponse414
    | LeaveGroupResponse422
    | LeaveGroupResponse429
    | LeaveGroupResponse431
    | LeaveGroupResponse500
    | LeaveGroupResponse503
]:
    """Leave Group

     Leaves the group (idempotent; a suspended member may leave too).

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LeaveGroupResponse401 | LeaveGroupResponse403 | LeaveGroupResponse414 | LeaveGroupResponse422 | LeaveGroupResponse429 | LeaveGroupResponse431 | LeaveGroupResponse500 | LeaveGroupResponse503]
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
    | LeaveGroupResponse401
    | LeaveGroupResponse403
    | LeaveGroupResponse414
    | LeaveGroupResponse422
    | LeaveGroupResponse429
    | LeaveGroupResponse431
    | LeaveGroupResponse500
    | LeaveGroupResponse503
    | None
):
    """Leave Group

     Leaves the group (idempotent; a suspended member may leave too).

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LeaveGroupResponse401 | LeaveGroupResponse403 | LeaveGroupResponse414 | LeaveGroupResponse422 | LeaveGroupResponse429 | LeaveGroupResponse431 | LeaveGroupResponse500 | LeaveGroupResponse503
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
        )
    ).parsed
