from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.role_update import RoleUpdate
from ...models.set_role_response_400 import SetRoleResponse400
from ...models.set_role_response_401 import SetRoleResponse401
from ...models.set_role_response_403 import SetRoleResponse403
from ...models.set_role_response_404 import SetRoleResponse404
from ...models.set_role_response_413 import SetRoleResponse413
from ...models.set_role_response_414 import SetRoleResponse414
from ...models.set_role_response_422 import SetRoleResponse422
from ...models.set_role_response_429 import SetRoleResponse429
from ...models.set_role_response_431 import SetRoleResponse431
from ...models.set_role_response_500 import SetRoleResponse500
from ...models.set_role_response_503 import SetRoleResponse503
from ...models.user_read import UserRead
from ...types import Response


def _get_kwargs(
    username: str,
    *,
    body: RoleUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/users/{username}/role".format(
            username=quote(str(username), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    SetRoleResponse400
    | SetRoleResponse401
    | SetRoleResponse403
    | SetRoleResponse404
    | SetRoleResponse413
    | SetRoleResponse414
    | SetRoleResponse422
    | SetRoleResponse429
    | SetRoleResponse431
    | SetRoleResponse500
    | SetRoleResponse503
    | UserRead
    | None
):
    if response.status_code == 200:
        response_200 = UserRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SetRoleResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SetRoleResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = SetRoleResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = SetRoleResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = SetRoleResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = SetRoleResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = SetRoleResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = SetRoleResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = SetRoleResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = SetRoleResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = SetRoleResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    SetRoleResponse400
    | SetRoleResponse401
    | SetRoleResponse403
    | SetRoleResponse404
    | SetRoleResponse413
    | SetRoleResponse414
    | SetRoleResponse422
    | SetRoleResponse429
    | SetRoleResponse431
    | SetRoleResponse500
    | SetRoleResponse503
    | UserRead
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
    body: RoleUpdate,
) -> Response[
    SetRoleResponse400
    | SetRoleResponse401
    | SetRoleResponse403
    | SetRoleResponse404
    | SetRoleResponse413
    | SetRoleResponse414
    | SetRoleResponse422
    | SetRoleResponse429
    | SetRoleResponse431
    | SetRoleResponse500
    | SetRoleResponse503
    | UserRead
]:
    """Set a member's role

     Makes someone a `member`, `moderator` or `admin`. Administrators only, with the
    `admin` scope; an administrator cannot change their own role (403), so the forum always
    keeps one. A change is written to the moderation log (`user_role`, old → new); giving
    the role a member already has changes and logs nothing. Answers the member's profile.

    Args:
        username (str): The member's username, in any case.
        body (RoleUpdate): The role to give the member.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetRoleResponse400 | SetRoleResponse401 | SetRoleResponse403 | SetRoleResponse404 | SetRoleResponse413 | SetRoleResponse414 | SetRoleResponse422 | SetRoleResponse429 | SetRoleResponse431 | SetRoleResponse500 | SetRoleResponse503 | UserRead]
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient,
    body: RoleUpdate,
) -> (
    SetRoleResponse400
    | SetRoleResponse401
    | SetRoleResponse403
    | SetRoleResponse404
    | SetRoleResponse413
    | SetRoleResponse414
    | SetRoleResponse422
    | SetRoleResponse429
    | SetRoleResponse431
    | SetRoleResponse500
    | SetRoleResponse503
    | UserRead
    | None
):
    """Set a member's role

     Makes someone a `member`, `moderator` or `admin`. Administrators only, with the
    `admin` scope; an administrator cannot change their own role (403), so the forum always
    keeps one. A change is written to the moderation log (`user_role`, old → new); giving
    the role a member already has changes and logs nothing. Answers the member's profile.

    Args:
        username (str): The member's username, in any case.
        body (RoleUpdate): The role to give the member.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetRoleResponse400 | SetRoleResponse401 | SetRoleResponse403 | SetRoleResponse404 | SetRoleResponse413 | SetRoleResponse414 | SetRoleResponse422 | SetRoleResponse429 | SetRoleResponse431 | SetRoleResponse500 | SetRoleResponse503 | UserRead
    """

    return sync_detailed(
        username=username,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient,
    body: RoleUpdate,
) -> Response[
    SetRoleResponse400
    | SetRoleResponse401
    | SetRoleResponse403
    | SetRoleResponse404
    | SetRoleResponse413
    | SetRoleResponse414
    | SetRoleResponse422
    | SetRoleResponse429
    | SetRoleResponse431
    | SetRoleResponse500
    | SetRoleResponse503
    | UserRead
]:
    """Set a member's role

     Makes someone a `member`, `moderator` or `admin`. Administrators only, with the
    `admin` scope; an administrator cannot change their own role (403), so the forum always
    keeps one. A change is written to the moderation log (`user_role`, old → new); giving
    the role a member already has changes and logs nothing. Answers the member's profile.

    Args:
        username (str): The member's username, in any case.
        body (RoleUpdate): The role to give the member.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetRoleResponse400 | SetRoleResponse401 | SetRoleResponse403 | SetRoleResponse404 | SetRoleResponse413 | SetRoleResponse414 | SetRoleResponse422 | SetRoleResponse429 | SetRoleResponse431 | SetRoleResponse500 | SetRoleResponse503 | UserRead]
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient,
    body: RoleUpdate,
) -> (
    SetRoleResponse400
    | SetRoleResponse401
    | SetRoleResponse403
    | SetRoleResponse404
    | SetRoleResponse413
    | SetRoleResponse414
    | SetRoleResponse422
    | SetRoleResponse429
    | SetRoleResponse431
    | SetRoleResponse500
    | SetRoleResponse503
    | UserRead
    | None
):
    """Set a member's role

     Makes someone a `member`, `moderator` or `admin`. Administrators only, with the
    `admin` scope; an administrator cannot change their own role (403), so the forum always
    keeps one. A change is written to the moderation log (`user_role`, old → new); giving
    the role a member already has changes and logs nothing. Answers the member's profile.

    Args:
        username (str): The member's username, in any case.
        body (RoleUpdate): The role to give the member.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetRoleResponse400 | SetRoleResponse401 | SetRoleResponse403 | SetRoleResponse404 | SetRoleResponse413 | SetRoleResponse414 | SetRoleResponse422 | SetRoleResponse429 | SetRoleResponse431 | SetRoleResponse500 | SetRoleResponse503 | UserRead
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
            body=body,
        )
    ).parsed
