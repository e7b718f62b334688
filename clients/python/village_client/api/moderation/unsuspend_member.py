from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.unsuspend_member_response_401 import UnsuspendMemberResponse401
from ...models.unsuspend_member_response_403 import UnsuspendMemberResponse403
from ...models.unsuspend_member_response_404 import UnsuspendMemberResponse404
from ...models.unsuspend_member_response_414 import UnsuspendMemberResponse414
from ...models.unsuspend_member_response_422 import UnsuspendMemberResponse422
from ...models.unsuspend_member_response_429 import UnsuspendMemberResponse429
from ...models.unsuspend_member_response_431 import UnsuspendMemberResponse431
from ...models.unsuspend_member_response_500 import UnsuspendMemberResponse500
from ...models.unsuspend_member_response_503 import UnsuspendMemberResponse503
from ...types import Response


def _get_kwargs(
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/users/{username}/suspension".format(
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | UnsuspendMemberResponse401
    | UnsuspendMemberResponse403
    | UnsuspendMemberResponse404
    | UnsuspendMemberResponse414
    | UnsuspendMemberResponse422
    | UnsuspendMemberResponse429
    | UnsuspendMemberResponse431
    | UnsuspendMemberResponse500
    | UnsuspendMemberResponse503
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = UnsuspendMemberResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UnsuspendMemberResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = UnsuspendMemberResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 414:
        response_414 = UnsuspendMemberResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = UnsuspendMemberResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = UnsuspendMemberResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = UnsuspendMemberResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = UnsuspendMemberResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = UnsuspendMemberResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | UnsuspendMemberResponse401
    | UnsuspendMemberResponse403
    | UnsuspendMemberResponse404
    | UnsuspendMemberResponse414
    | UnsuspendMemberResponse422
    | UnsuspendMemberResponse429
    | UnsuspendMemberResponse431
    | UnsuspendMemberResponse500
    | UnsuspendMemberResponse503
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
    Any
    | UnsuspendMemberResponse401
    | UnsuspendMemberResponse403
    | UnsuspendMemberResponse404
    | UnsuspendMemberResponse414
    | UnsuspendMemberResponse422
    | UnsuspendMemberResponse429
    | UnsuspendMemberResponse431
    | UnsuspendMemberResponse500
    | UnsuspendMemberResponse503
]:
    """Lift a suspension

     Ends the member's suspension now (moderators on members, administrators on
    moderators too; `moderate` scope). A member who is not suspended is answered 204 and
    nothing is logged; otherwise sends a `user.unsuspended` event and logs
    `user.unsuspend`.

    Args:
        username (str): The member's username.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UnsuspendMemberResponse401 | UnsuspendMemberResponse403 | UnsuspendMemberResponse404 | UnsuspendMemberResponse414 | UnsuspendMemberResponse422 | UnsuspendMemberResponse429 | UnsuspendMemberResponse431 | UnsuspendMemberResponse500 | UnsuspendMemberResponse503]
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
    Any
    | UnsuspendMemberResponse401
    | UnsuspendMemberResponse403
    | UnsuspendMemberResponse404
    | UnsuspendMemberResponse414
    | UnsuspendMemberResponse422
    | UnsuspendMemberResponse429
    | UnsuspendMemberResponse431
    | UnsuspendMemberResponse500
    | UnsuspendMemberResponse503
    | None
):
    """Lift a suspension

     Ends the member's suspension now (moderators on members, administrators on
    moderators too; `moderate` scope). A member who is not suspended is answered 204 and
    nothing is logged; otherwise sends a `user.unsuspended` event and logs
    `user.unsuspend`.

    Args:
        username (str): The member's username.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UnsuspendMemberResponse401 | UnsuspendMemberResponse403 | UnsuspendMemberResponse404 | UnsuspendMemberResponse414 | UnsuspendMemberResponse422 | UnsuspendMemberResponse429 | UnsuspendMemberResponse431 | UnsuspendMemberResponse500 | UnsuspendMemberResponse503
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
    Any
    | UnsuspendMemberResponse401
    | UnsuspendMemberResponse403
    | UnsuspendMemberResponse404
    | UnsuspendMemberResponse414
    | UnsuspendMemberResponse422
    | UnsuspendMemberResponse429
    | UnsuspendMemberResponse431
    | UnsuspendMemberResponse500
    | UnsuspendMemberResponse503
]:
    """Lift a suspension

     Ends the member's suspension now (moderators on members, administrators on
    moderators too; `moderate` scope). A member who is not suspended is answered 204 and
    nothing is logged; otherwise sends a `user.unsuspended` event and logs
    `user.unsuspend`.

    Args:
        username (str): The member's username.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UnsuspendMemberResponse401 | UnsuspendMemberResponse403 | UnsuspendMemberResponse404 | UnsuspendMemberResponse414 | UnsuspendMemberResponse422 | UnsuspendMemberResponse429 | UnsuspendMemberResponse431 | UnsuspendMemberResponse500 | UnsuspendMemberResponse503]
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
    Any
    | UnsuspendMemberResponse401
    | UnsuspendMemberResponse403
    | UnsuspendMemberResponse404
    | UnsuspendMemberResponse414
    | UnsuspendMemberResponse422
    | UnsuspendMemberResponse429
    | UnsuspendMemberResponse431
    | UnsuspendMemberResponse500
    | UnsuspendMemberResponse503
    | None
):
    """Lift a suspension

     Ends the member's suspension now (moderators on members, administrators on
    moderators too; `moderate` scope). A member who is not suspended is answered 204 and
    nothing is logged; otherwise sends a `user.unsuspended` event and logs
    `user.unsuspend`.

    Args:
        username (str): The member's username.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UnsuspendMemberResponse401 | UnsuspendMemberResponse403 | UnsuspendMemberResponse404 | UnsuspendMemberResponse414 | UnsuspendMemberResponse422 | UnsuspendMemberResponse429 | UnsuspendMemberResponse431 | UnsuspendMemberResponse500 | UnsuspendMemberResponse503
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
        )
    ).parsed
