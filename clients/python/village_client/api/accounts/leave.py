from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.leave_request import LeaveRequest
from ...models.leave_response_400 import LeaveResponse400
from ...models.leave_response_401 import LeaveResponse401
from ...models.leave_response_403 import LeaveResponse403
from ...models.leave_response_409 import LeaveResponse409
from ...models.leave_response_413 import LeaveResponse413
from ...models.leave_response_414 import LeaveResponse414
from ...models.leave_response_422 import LeaveResponse422
from ...models.leave_response_429 import LeaveResponse429
from ...models.leave_response_431 import LeaveResponse431
from ...models.leave_response_500 import LeaveResponse500
from ...models.leave_response_503 import LeaveResponse503
from ...types import Response


def _get_kwargs(
    *,
    body: LeaveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/me",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | LeaveResponse400
    | LeaveResponse401
    | LeaveResponse403
    | LeaveResponse409
    | LeaveResponse413
    | LeaveResponse414
    | LeaveResponse422
    | LeaveResponse429
    | LeaveResponse431
    | LeaveResponse500
    | LeaveResponse503
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = LeaveResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = LeaveResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = LeaveResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = LeaveResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = LeaveResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = LeaveResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = LeaveResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = LeaveResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = LeaveResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = LeaveResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = LeaveResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | LeaveResponse400
    | LeaveResponse401
    | LeaveResponse403
    | LeaveResponse409
    | LeaveResponse413
    | LeaveResponse414
    | LeaveResponse422
    | LeaveResponse429
    | LeaveResponse431
    | LeaveResponse500
    | LeaveResponse503
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
    body: LeaveRequest,
) -> Response[
    Any
    | LeaveResponse400
    | LeaveResponse401
    | LeaveResponse403
    | LeaveResponse409
    | LeaveResponse413
    | LeaveResponse414
    | LeaveResponse422
    | LeaveResponse429
    | LeaveResponse431
    | LeaveResponse500
    | LeaveResponse503
]:
    """Delete your account

     Deletes your account for good (GDPR art. 17), confirmed with your password: your
    email address, password, bio, tokens, sign-ins, reactions and blocks are erased and the
    username is freed at once. With `posts: keep` your posts stay, shown as by a deleted
    member; with `erase` their words are removed as deleted posts' are, every reply keeping
    its place. Anonymous posts stay anonymous either way. Needs a password sign-in with
    `write` (a suspended member may leave too); a moderator or administrator is made a member
    first (409 `demote-first`). A wrong password is 403 `wrong-password` and counts as a
    failed sign-in (429 after several).

    Args:
        body (LeaveRequest): Confirms leaving with your password, and says what becomes of your
            posts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LeaveResponse400 | LeaveResponse401 | LeaveResponse403 | LeaveResponse409 | LeaveResponse413 | LeaveResponse414 | LeaveResponse422 | LeaveResponse429 | LeaveResponse431 | LeaveResponse500 | LeaveResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: LeaveRequest,
) -> (
    Any
    | LeaveResponse400
    | LeaveResponse401
    | LeaveResponse403
    | LeaveResponse409
    | LeaveResponse413
    | LeaveResponse414
    | LeaveResponse422
    | LeaveResponse429
    | LeaveResponse431
    | LeaveResponse500
    | LeaveResponse503
    | None
):
    """Delete your account

     Deletes your account for good (GDPR art. 17), confirmed with your password: your
    email address, password, bio, tokens, sign-ins, reactions and blocks are erased and the
    username is freed at once. With `posts: keep` your posts stay, shown as by a deleted
    member; with `erase` their words are removed as deleted posts' are, every reply keeping
    its place. Anonymous posts stay anonymous either way. Needs a password sign-in with
    `write` (a suspended member may leave too); a moderator or administrator is made a member
    first (409 `demote-first`). A wrong password is 403 `wrong-password` and counts as a
    failed sign-in (429 after several).

    Args:
        body (LeaveRequest): Confirms leaving with your password, and says what becomes of your
            posts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LeaveResponse400 | LeaveResponse401 | LeaveResponse403 | LeaveResponse409 | LeaveResponse413 | LeaveResponse414 | LeaveResponse422 | LeaveResponse429 | LeaveResponse431 | LeaveResponse500 | LeaveResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LeaveRequest,
) -> Response[
    Any
    | LeaveResponse400
    | LeaveResponse401
    | LeaveResponse403
    | LeaveResponse409
    | LeaveResponse413
    | LeaveResponse414
    | LeaveResponse422
    | LeaveResponse429
    | LeaveResponse431
    | LeaveResponse500
    | LeaveResponse503
]:
    """Delete your account

     Deletes your account for good (GDPR art. 17), confirmed with your password: your
    email address, password, bio, tokens, sign-ins, reactions and blocks are erased and the
    username is freed at once. With `posts: keep` your posts stay, shown as by a deleted
    member; with `erase` their words are removed as deleted posts' are, every reply keeping
    its place. Anonymous posts stay anonymous either way. Needs a password sign-in with
    `write` (a suspended member may leave too); a moderator or administrator is made a member
    first (409 `demote-first`). A wrong password is 403 `wrong-password` and counts as a
    failed sign-in (429 after several).

    Args:
        body (LeaveRequest): Confirms leaving with your password, and says what becomes of your
            posts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LeaveResponse400 | LeaveResponse401 | LeaveResponse403 | LeaveResponse409 | LeaveResponse413 | LeaveResponse414 | LeaveResponse422 | LeaveResponse429 | LeaveResponse431 | LeaveResponse500 | LeaveResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: LeaveRequest,
) -> (
    Any
    | LeaveResponse400
    | LeaveResponse401
    | LeaveResponse403
    | LeaveResponse409
    | LeaveResponse413
    | LeaveResponse414
    | LeaveResponse422
    | LeaveResponse429
    | LeaveResponse431
    | LeaveResponse500
    | LeaveResponse503
    | None
):
    """Delete your account

     Deletes your account for good (GDPR art. 17), confirmed with your password: your
    email address, password, bio, tokens, sign-ins, reactions and blocks are erased and the
    username is freed at once. With `posts: keep` your posts stay, shown as by a deleted
    member; with `erase` their words are removed as deleted posts' are, every reply keeping
    its place. Anonymous posts stay anonymous either way. Needs a password sign-in with
    `write` (a suspended member may leave too); a moderator or administrator is made a member
    first (409 `demote-first`). A wrong password is 403 `wrong-password` and counts as a
    failed sign-in (429 after several).

    Args:
        body (LeaveRequest): Confirms leaving with your password, and says what becomes of your
            posts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LeaveResponse400 | LeaveResponse401 | LeaveResponse403 | LeaveResponse409 | LeaveResponse413 | LeaveResponse414 | LeaveResponse422 | LeaveResponse429 | LeaveResponse431 | LeaveResponse500 | LeaveResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
