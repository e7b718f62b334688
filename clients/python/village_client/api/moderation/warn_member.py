from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.warn_member_response_400 import WarnMemberResponse400
from ...models.warn_member_response_401 import WarnMemberResponse401
from ...models.warn_member_response_403 import WarnMemberResponse403
from ...models.warn_member_response_404 import WarnMemberResponse404
from ...models.warn_member_response_409 import WarnMemberResponse409
from ...models.warn_member_response_413 import WarnMemberResponse413
from ...models.warn_member_response_414 import WarnMemberResponse414
from ...models.warn_member_response_422 import WarnMemberResponse422
from ...models.warn_member_response_429 import WarnMemberResponse429
from ...models.warn_member_response_431 import WarnMemberResponse431
from ...models.warn_member_response_500 import WarnMemberResponse500
from ...models.warn_member_response_503 import WarnMemberResponse503
from ...models.warning_create import WarningCreate
from ...models.warning_read import WarningRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    username: str,
    *,
    body: WarningCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/users/{username}/warnings".format(
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
    WarnMemberResponse400
    | WarnMemberResponse401
    | WarnMemberResponse403
    | WarnMemberResponse404
    | WarnMemberResponse409
    | WarnMemberResponse413
    | WarnMemberResponse414
    | WarnMemberResponse422
    | WarnMemberResponse429
    | WarnMemberResponse431
    | WarnMemberResponse500
    | WarnMemberResponse503
    | WarningRead
    | None
):
    if response.status_code == 201:
        response_201 = WarningRead.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = WarnMemberResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = WarnMemberResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = WarnMemberResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = WarnMemberResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = WarnMemberResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = WarnMemberResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = WarnMemberResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = WarnMemberResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = WarnMemberResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = WarnMemberResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = WarnMemberResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = WarnMemberResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    WarnMemberResponse400
    | WarnMemberResponse401
    | WarnMemberResponse403
    | WarnMemberResponse404
    | WarnMemberResponse409
    | WarnMemberResponse413
    | WarnMemberResponse414
    | WarnMemberResponse422
    | WarnMemberResponse429
    | WarnMemberResponse431
    | WarnMemberResponse500
    | WarnMemberResponse503
    | WarningRead
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
    body: WarningCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    WarnMemberResponse400
    | WarnMemberResponse401
    | WarnMemberResponse403
    | WarnMemberResponse404
    | WarnMemberResponse409
    | WarnMemberResponse413
    | WarnMemberResponse414
    | WarnMemberResponse422
    | WarnMemberResponse429
    | WarnMemberResponse431
    | WarnMemberResponse500
    | WarnMemberResponse503
    | WarningRead
]:
    """Warn a member

     Gives a member a written warning, which they read at `GET /me/warnings`
    (moderators on members, administrators on moderators too; `moderate` scope). It
    changes nothing else: a warning is a record, not a restriction. Logged as `user.warn`
    with the reason. Send an `Idempotency-Key` to retry safely.

    Args:
        username (str): The member's username.
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (WarningCreate): A warning to a member, which they see at `GET /me/warnings`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WarnMemberResponse400 | WarnMemberResponse401 | WarnMemberResponse403 | WarnMemberResponse404 | WarnMemberResponse409 | WarnMemberResponse413 | WarnMemberResponse414 | WarnMemberResponse422 | WarnMemberResponse429 | WarnMemberResponse431 | WarnMemberResponse500 | WarnMemberResponse503 | WarningRead]
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient,
    body: WarningCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    WarnMemberResponse400
    | WarnMemberResponse401
    | WarnMemberResponse403
    | WarnMemberResponse404
    | WarnMemberResponse409
    | WarnMemberResponse413
    | WarnMemberResponse414
    | WarnMemberResponse422
    | WarnMemberResponse429
    | WarnMemberResponse431
    | WarnMemberResponse500
    | WarnMemberResponse503
    | WarningRead
    | None
):
    """Warn a member

     Gives a member a written warning, which they read at `GET /me/warnings`
    (moderators on members, administrators on moderators too; `moderate` scope). It
    changes nothing else: a warning is a record, not a restriction. Logged as `user.warn`
    with the reason. Send an `Idempotency-Key` to retry safely.

    Args:
        username (str): The member's username.
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (WarningCreate): A warning to a member, which they see at `GET /me/warnings`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WarnMemberResponse400 | WarnMemberResponse401 | WarnMemberResponse403 | WarnMemberResponse404 | WarnMemberResponse409 | WarnMemberResponse413 | WarnMemberResponse414 | WarnMemberResponse422 | WarnMemberResponse429 | WarnMemberResponse431 | WarnMemberResponse500 | WarnMemberResponse503 | WarningRead
    """

    return sync_detailed(
        username=username,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient,
    body: WarningCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    WarnMemberResponse400
    | WarnMemberResponse401
    | WarnMemberResponse403
    | WarnMemberResponse404
    | WarnMemberResponse409
    | WarnMemberResponse413
    | WarnMemberResponse414
    | WarnMemberResponse422
    | WarnMemberResponse429
    | WarnMemberResponse431
    | WarnMemberResponse500
    | WarnMemberResponse503
    | WarningRead
]:
    """Warn a member

     Gives a member a written warning, which they read at `GET /me/warnings`
    (moderators on members, administrators on moderators too; `moderate` scope). It
    changes nothing else: a warning is a record, not a restriction. Logged as `user.warn`
    with the reason. Send an `Idempotency-Key` to retry safely.

    Args:
        username (str): The member's username.
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (WarningCreate): A warning to a member, which they see at `GET /me/warnings`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WarnMemberResponse400 | WarnMemberResponse401 | WarnMemberResponse403 | WarnMemberResponse404 | WarnMemberResponse409 | WarnMemberResponse413 | WarnMemberResponse414 | WarnMemberResponse422 | WarnMemberResponse429 | WarnMemberResponse431 | WarnMemberResponse500 | WarnMemberResponse503 | WarningRead]
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient,
    body: WarningCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    WarnMemberResponse400
    | WarnMemberResponse401
    | WarnMemberResponse403
    | WarnMemberResponse404
    | WarnMemberResponse409
    | WarnMemberResponse413
    | WarnMemberResponse414
    | WarnMemberResponse422
    | WarnMemberResponse429
    | WarnMemberResponse431
    | WarnMemberResponse500
    | WarnMemberResponse503
    | WarningRead
    | None
):
    """Warn a member

     Gives a member a written warning, which they read at `GET /me/warnings`
    (moderators on members, administrators on moderators too; `moderate` scope). It
    changes nothing else: a warning is a record, not a restriction. Logged as `user.warn`
    with the reason. Send an `Idempotency-Key` to retry safely.

    Args:
        username (str): The member's username.
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (WarningCreate): A warning to a member, which they see at `GET /me/warnings`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WarnMemberResponse400 | WarnMemberResponse401 | WarnMemberResponse403 | WarnMemberResponse404 | WarnMemberResponse409 | WarnMemberResponse413 | WarnMemberResponse414 | WarnMemberResponse422 | WarnMemberResponse429 | WarnMemberResponse431 | WarnMemberResponse500 | WarnMemberResponse503 | WarningRead
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
