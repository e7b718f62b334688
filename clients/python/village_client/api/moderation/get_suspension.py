from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_suspension_response_401 import GetSuspensionResponse401
from ...models.get_suspension_response_403 import GetSuspensionResponse403
from ...models.get_suspension_response_404 import GetSuspensionResponse404
from ...models.get_suspension_response_414 import GetSuspensionResponse414
from ...models.get_suspension_response_422 import GetSuspensionResponse422
from ...models.get_suspension_response_429 import GetSuspensionResponse429
from ...models.get_suspension_response_431 import GetSuspensionResponse431
from ...models.get_suspension_response_500 import GetSuspensionResponse500
from ...models.get_suspension_response_503 import GetSuspensionResponse503
from ...models.member_suspension import MemberSuspension
from ...types import Response


def _get_kwargs(
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/users/{username}/suspension".format(
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetSuspensionResponse401
    | GetSuspensionResponse403
    | GetSuspensionResponse404
    | GetSuspensionResponse414
    | GetSuspensionResponse422
    | GetSuspensionResponse429
    | GetSuspensionResponse431
    | GetSuspensionResponse500
    | GetSuspensionResponse503
    | MemberSuspension
    | None
):
    if response.status_code == 200:
        response_200 = MemberSuspension.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = GetSuspensionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetSuspensionResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetSuspensionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 414:
        response_414 = GetSuspensionResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = GetSuspensionResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetSuspensionResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = GetSuspensionResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = GetSuspensionResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetSuspensionResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetSuspensionResponse401
    | GetSuspensionResponse403
    | GetSuspensionResponse404
    | GetSuspensionResponse414
    | GetSuspensionResponse422
    | GetSuspensionResponse429
    | GetSuspensionResponse431
    | GetSuspensionResponse500
    | GetSuspensionResponse503
    | MemberSuspension
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    username: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetSuspensionResponse401
    | GetSuspensionResponse403
    | GetSuspensionResponse404
    | GetSuspensionResponse414
    | GetSuspensionResponse422
    | GetSuspensionResponse429
    | GetSuspensionResponse431
    | GetSuspensionResponse500
    | GetSuspensionResponse503
    | MemberSuspension
]:
    """Get a suspension

     The member's current suspension (moderators; `moderate` scope): until when and why.
    404 when there is no such member or they are not suspended now (an ended suspension
    is not shown).

    Args:
        username (str): The member's username.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSuspensionResponse401 | GetSuspensionResponse403 | GetSuspensionResponse404 | GetSuspensionResponse414 | GetSuspensionResponse422 | GetSuspensionResponse429 | GetSuspensionResponse431 | GetSuspensionResponse500 | GetSuspensionResponse503 | MemberSuspension]
    """

    kwargs = _get_kwargs(
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetSuspensionResponse401
    | GetSuspensionResponse403
    | GetSuspensionResponse404
    | GetSuspensionResponse414
    | GetSuspensionResponse422
    | GetSuspensionResponse429
    | GetSuspensionResponse431
    | GetSuspensionResponse500
    | GetSuspensionResponse503
    | MemberSuspension
    | None
):
    """Get a suspension

     The member's current suspension (moderators; `moderate` scope): until when and why.
    404 when there is no such member or they are not suspended now (an ended suspension
    is not shown).

    Args:
        username (str): The member's username.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSuspensionResponse401 | GetSuspensionResponse403 | GetSuspensionResponse404 | GetSuspensionResponse414 | GetSuspensionResponse422 | GetSuspensionResponse429 | GetSuspensionResponse431 | GetSuspensionResponse500 | GetSuspensionResponse503 | MemberSuspension
    """

    return sync_detailed(
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetSuspensionResponse401
    | GetSuspensionResponse403
    | GetSuspensionResponse404
    | GetSuspensionResponse414
    | GetSuspensionResponse422
    | GetSuspensionResponse429
    | GetSuspensionResponse431
    | GetSuspensionResponse500
    | GetSuspensionResponse503
    | MemberSuspension
]:
    """Get a suspension

     The member's current suspension (moderators; `moderate` scope): until when and why.
    404 when there is no such member or they are not suspended now (an ended suspension
    is not shown).

    Args:
        username (str): The member's username.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSuspensionResponse401 | GetSuspensionResponse403 | GetSuspensionResponse404 | GetSuspensionResponse414 | GetSuspensionResponse422 | GetSuspensionResponse429 | GetSuspensionResponse431 | GetSuspensionResponse500 | GetSuspensionResponse503 | MemberSuspension]
    """

    kwargs = _get_kwargs(
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetSuspensionResponse401
    | GetSuspensionResponse403
    | GetSuspensionResponse404
    | GetSuspensionResponse414
    | GetSuspensionResponse422
    | GetSuspensionResponse429
    | GetSuspensionResponse431
    | GetSuspensionResponse500
    | GetSuspensionResponse503
    | MemberSuspension
    | None
):
    """Get a suspension

     The member's current suspension (moderators; `moderate` scope): until when and why.
    404 when there is no such member or they are not suspended now (an ended suspension
    is not shown).

    Args:
        username (str): The member's username.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSuspensionResponse401 | GetSuspensionResponse403 | GetSuspensionResponse404 | GetSuspensionResponse414 | GetSuspensionResponse422 | GetSuspensionResponse429 | GetSuspensionResponse431 | GetSuspensionResponse500 | GetSuspensionResponse503 | MemberSuspension
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
        )
    ).parsed
