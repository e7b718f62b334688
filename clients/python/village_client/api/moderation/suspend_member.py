from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.suspend_member_response_400 import SuspendMemberResponse400
from ...models.suspend_member_response_401 import SuspendMemberResponse401
from ...models.suspend_member_response_403 import SuspendMemberResponse403
from ...models.suspend_member_response_404 import SuspendMemberResponse404
from ...models.suspend_member_response_413 import SuspendMemberResponse413
from ...models.suspend_member_response_414 import SuspendMemberResponse414
from ...models.suspend_member_response_422 import SuspendMemberResponse422
from ...models.suspend_member_response_429 import SuspendMemberResponse429
from ...models.suspend_member_response_431 import SuspendMemberResponse431
from ...models.suspend_member_response_500 import SuspendMemberResponse500
from ...models.suspend_member_response_503 import SuspendMemberResponse503
from ...models.suspended_member import SuspendedMember
from ...models.suspension_request import SuspensionRequest
from ...types import Response


def _get_kwargs(
    username: str,
    *,
    body: SuspensionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/users/{username}/suspension".format(
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
    SuspendMemberResponse400
    | SuspendMemberResponse401
    | SuspendMemberResponse403
    | SuspendMemberResponse404
    | SuspendMemberResponse413
    | SuspendMemberResponse414
    | SuspendMemberResponse422
    | SuspendMemberResponse429
    | SuspendMemberResponse431
    | SuspendMemberResponse500
    | SuspendMemberResponse503
    | SuspendedMember
    | None
):
    if response.status_code == 200:
        response_200 = SuspendedMember.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SuspendMemberResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SuspendMemberResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = SuspendMemberResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = SuspendMemberResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = SuspendMemberResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = SuspendMemberResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = SuspendMemberResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = SuspendMemberResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = SuspendMemberResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = SuspendMemberResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = SuspendMemberResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    SuspendMemberResponse400
    | SuspendMemberResponse401
    | SuspendMemberResponse403
    | SuspendMemberResponse404
    | SuspendMemberResponse413
    | SuspendMemberResponse414
    | SuspendMemberResponse422
    | SuspendMemberResponse429
    | SuspendMemberResponse431
    | SuspendMemberResponse500
    | SuspendMemberResponse503
    | SuspendedMember
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
    body: SuspensionRequest,
) -> Response[
    SuspendMemberResponse400
    | SuspendMemberResponse401
    | SuspendMemberResponse403
    | SuspendMemberResponse404
    | SuspendMemberResponse413
    | SuspendMemberResponse414
    | SuspendMemberResponse422
    | SuspendMemberResponse429
    | SuspendMemberResponse431
    | SuspendMemberResponse500
    | SuspendMemberResponse503
    | SuspendedMember
]:
    """Suspend a member

     Suspends a member until a future time, or replaces their suspension (moderators,
    `moderate` scope; administrators also suspend moderators; nobody themselves: 403
    `out-of-rank`). While suspended they read but every write answers 403 `suspended`.
    Answers the member's profile (the `User` this route has always answered, so existing
    clients keep working) with the suspension added as `suspension: {until, reason}`.
    Sends a `user.suspended` event; logged as `user.suspend`.

    Args:
        username (str): The member's username.
        body (SuspensionRequest): A suspension to put on a member (or to replace the one they
            have).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SuspendMemberResponse400 | SuspendMemberResponse401 | SuspendMemberResponse403 | SuspendMemberResponse404 | SuspendMemberResponse413 | SuspendMemberResponse414 | SuspendMemberResponse422 | SuspendMemberResponse429 | SuspendMemberResponse431 | SuspendMemberResponse500 | SuspendMemberResponse503 | SuspendedMember]
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
    body: SuspensionRequest,
) -> (
    SuspendMemberResponse400
    | SuspendMemberResponse401
    | SuspendMemberResponse403
    | SuspendMemberResponse404
    | SuspendMemberResponse413
    | SuspendMemberResponse414
    | SuspendMemberResponse422
    | SuspendMemberResponse429
    | SuspendMemberResponse431
    | SuspendMemberResponse500
    | SuspendMemberResponse503
    | SuspendedMember
    | None
):
    """Suspend a member

     Suspends a member until a future time, or replaces their suspension (moderators,
    `moderate` scope; administrators also suspend moderators; nobody themselves: 403
    `out-of-rank`). While suspended they read but every write answers 403 `suspended`.
    Answers the member's profile (the `User` this route has always answered, so existing
    clients keep working) with the suspension added as `suspension: {until, reason}`.
    Sends a `user.suspended` event; logged as `user.suspend`.

    Args:
        username (str): The member's username.
        body (SuspensionRequest): A suspension to put on a member (or to replace the one they
            have).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SuspendMemberResponse400 | SuspendMemberResponse401 | SuspendMemberResponse403 | SuspendMemberResponse404 | SuspendMemberResponse413 | SuspendMemberResponse414 | SuspendMemberResponse422 | SuspendMemberResponse429 | SuspendMemberResponse431 | SuspendMemberResponse500 | SuspendMemberResponse503 | SuspendedMember
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
    body: SuspensionRequest,
) -> Response[
    SuspendMemberResponse400
    | SuspendMemberResponse401
    | SuspendMemberResponse403
    | SuspendMemberResponse404
    | SuspendMemberResponse413
    | SuspendMemberResponse414
    | SuspendMemberResponse422
    | SuspendMemberResponse429
    | SuspendMemberResponse431
    | SuspendMemberResponse500
    | SuspendMemberResponse503
    | SuspendedMember
]:
    """Suspend a member

     Suspends a member until a future time, or replaces their suspension (moderators,
    `moderate` scope; administrators also suspend moderators; nobody themselves: 403
    `out-of-rank`). While suspended they read but every write answers 403 `suspended`.
    Answers the member's profile (the `User` this route has always answered, so existing
    clients keep working) with the suspension added as `suspension: {until, reason}`.
    Sends a `user.suspended` event; logged as `user.suspend`.

    Args:
        username (str): The member's username.
        body (SuspensionRequest): A suspension to put on a member (or to replace the one they
            have).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SuspendMemberResponse400 | SuspendMemberResponse401 | SuspendMemberResponse403 | SuspendMemberResponse404 | SuspendMemberResponse413 | SuspendMemberResponse414 | SuspendMemberResponse422 | SuspendMemberResponse429 | SuspendMemberResponse431 | SuspendMemberResponse500 | SuspendMemberResponse503 | SuspendedMember]
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
    body: SuspensionRequest,
) -> (
    SuspendMemberResponse400
    | SuspendMemberResponse401
    | SuspendMemberResponse403
    | SuspendMemberResponse404
    | SuspendMemberResponse413
    | SuspendMemberResponse414
    | SuspendMemberResponse422
    | SuspendMemberResponse429
    | SuspendMemberResponse431
    | SuspendMemberResponse500
    | SuspendMemberResponse503
    | SuspendedMember
    | None
):
    """Suspend a member

     Suspends a member until a future time, or replaces their suspension (moderators,
    `moderate` scope; administrators also suspend moderators; nobody themselves: 403
    `out-of-rank`). While suspended they read but every write answers 403 `suspended`.
    Answers the member's profile (the `User` this route has always answered, so existing
    clients keep working) with the suspension added as `suspension: {until, reason}`.
    Sends a `user.suspended` event; logged as `user.suspend`.

    Args:
        username (str): The member's username.
        body (SuspensionRequest): A suspension to put on a member (or to replace the one they
            have).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SuspendMemberResponse400 | SuspendMemberResponse401 | SuspendMemberResponse403 | SuspendMemberResponse404 | SuspendMemberResponse413 | SuspendMemberResponse414 | SuspendMemberResponse422 | SuspendMemberResponse429 | SuspendMemberResponse431 | SuspendMemberResponse500 | SuspendMemberResponse503 | SuspendedMember
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
            body=body,
        )
    ).parsed
