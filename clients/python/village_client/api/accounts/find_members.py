from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.find_members_response_401 import FindMembersResponse401
from ...models.find_members_response_403 import FindMembersResponse403
from ...models.find_members_response_414 import FindMembersResponse414
from ...models.find_members_response_422 import FindMembersResponse422
from ...models.find_members_response_429 import FindMembersResponse429
from ...models.find_members_response_431 import FindMembersResponse431
from ...models.find_members_response_500 import FindMembersResponse500
from ...models.find_members_response_503 import FindMembersResponse503
from ...models.user_ref import UserRef
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    prefix: str,
    limit: int | Unset = 8,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["prefix"] = prefix

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    FindMembersResponse401
    | FindMembersResponse403
    | FindMembersResponse414
    | FindMembersResponse422
    | FindMembersResponse429
    | FindMembersResponse431
    | FindMembersResponse500
    | FindMembersResponse503
    | list[UserRef]
    | None
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserRef.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = FindMembersResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = FindMembersResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = FindMembersResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = FindMembersResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = FindMembersResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = FindMembersResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = FindMembersResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = FindMembersResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    FindMembersResponse401
    | FindMembersResponse403
    | FindMembersResponse414
    | FindMembersResponse422
    | FindMembersResponse429
    | FindMembersResponse431
    | FindMembersResponse500
    | FindMembersResponse503
    | list[UserRef]
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
    prefix: str,
    limit: int | Unset = 8,
) -> Response[
    FindMembersResponse401
    | FindMembersResponse403
    | FindMembersResponse414
    | FindMembersResponse422
    | FindMembersResponse429
    | FindMembersResponse431
    | FindMembersResponse500
    | FindMembersResponse503
    | list[UserRef]
]:
    """Find members by username

     Members whose username starts with `prefix`, any case, in username order: the
    composer's @ autocomplete. Members who left are never among them. Any signed-in member,
    with `read` (an extension of the contract).

    Args:
        prefix (str): The start of a username, any case.
        limit (int | Unset): At most this many members. Default: 8.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FindMembersResponse401 | FindMembersResponse403 | FindMembersResponse414 | FindMembersResponse422 | FindMembersResponse429 | FindMembersResponse431 | FindMembersResponse500 | FindMembersResponse503 | list[UserRef]]
    """

    kwargs = _get_kwargs(
        prefix=prefix,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    prefix: str,
    limit: int | Unset = 8,
) -> (
    FindMembersResponse401
    | FindMembersResponse403
    | FindMembersResponse414
    | FindMembersResponse422
    | FindMembersResponse429
    | FindMembersResponse431
    | FindMembersResponse500
    | FindMembersResponse503
    | list[UserRef]
    | None
):
    """Find members by username

     Members whose username starts with `prefix`, any case, in username order: the
    composer's @ autocomplete. Members who left are never among them. Any signed-in member,
    with `read` (an extension of the contract).

    Args:
        prefix (str): The start of a username, any case.
        limit (int | Unset): At most this many members. Default: 8.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FindMembersResponse401 | FindMembersResponse403 | FindMembersResponse414 | FindMembersResponse422 | FindMembersResponse429 | FindMembersResponse431 | FindMembersResponse500 | FindMembersResponse503 | list[UserRef]
    """

    return sync_detailed(
        client=client,
        prefix=prefix,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    prefix: str,
    limit: int | Unset = 8,
) -> Response[
    FindMembersResponse401
    | FindMembersResponse403
    | FindMembersResponse414
    | FindMembersResponse422
    | FindMembersResponse429
    | FindMembersResponse431
    | FindMembersResponse500
    | FindMembersResponse503
    | list[UserRef]
]:
    """Find members by username

     Members whose username starts with `prefix`, any case, in username order: the
    composer's @ autocomplete. Members who left are never among them. Any signed-in member,
    with `read` (an extension of the contract).

    Args:
        prefix (str): The start of a username, any case.
        limit (int | Unset): At most this many members. Default: 8.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FindMembersResponse401 | FindMembersResponse403 | FindMembersResponse414 | FindMembersResponse422 | FindMembersResponse429 | FindMembersResponse431 | FindMembersResponse500 | FindMembersResponse503 | list[UserRef]]
    """

    kwargs = _get_kwargs(
        prefix=prefix,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    prefix: str,
    limit: int | Unset = 8,
) -> (
    FindMembersResponse401
    | FindMembersResponse403
    | FindMembersResponse414
    | FindMembersResponse422
    | FindMembersResponse429
    | FindMembersResponse431
    | FindMembersResponse500
    | FindMembersResponse503
    | list[UserRef]
    | None
):
    """Find members by username

     Members whose username starts with `prefix`, any case, in username order: the
    composer's @ autocomplete. Members who left are never among them. Any signed-in member,
    with `read` (an extension of the contract).

    Args:
        prefix (str): The start of a username, any case.
        limit (int | Unset): At most this many members. Default: 8.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FindMembersResponse401 | FindMembersResponse403 | FindMembersResponse414 | FindMembersResponse422 | FindMembersResponse429 | FindMembersResponse431 | FindMembersResponse500 | FindMembersResponse503 | list[UserRef]
    """

    return (
        await asyncio_detailed(
            client=client,
            prefix=prefix,
            limit=limit,
        )
    ).parsed
