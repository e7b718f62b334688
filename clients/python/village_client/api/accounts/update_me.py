from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.me_read import MeRead
from ...models.me_update import MeUpdate
from ...models.update_me_response_400 import UpdateMeResponse400
from ...models.update_me_response_401 import UpdateMeResponse401
from ...models.update_me_response_403 import UpdateMeResponse403
from ...models.update_me_response_409 import UpdateMeResponse409
from ...models.update_me_response_413 import UpdateMeResponse413
from ...models.update_me_response_414 import UpdateMeResponse414
from ...models.update_me_response_422 import UpdateMeResponse422
from ...models.update_me_response_429 import UpdateMeResponse429
from ...models.update_me_response_431 import UpdateMeResponse431
from ...models.update_me_response_500 import UpdateMeResponse500
from ...models.update_me_response_503 import UpdateMeResponse503
from ...types import Response


def _get_kwargs(
    *,
    body: MeUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/me",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    MeRead
    | UpdateMeResponse400
    | UpdateMeResponse401
    | UpdateMeResponse403
    | UpdateMeResponse409
    | UpdateMeResponse413
    | UpdateMeResponse414
    | UpdateMeResponse422
    | UpdateMeResponse429
    | UpdateMeResponse431
    | UpdateMeResponse500
    | UpdateMeResponse503
    | None
):
    if response.status_code == 200:
        response_200 = MeRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateMeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdateMeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UpdateMeResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = UpdateMeResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = UpdateMeResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = UpdateMeResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = UpdateMeResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = UpdateMeResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = UpdateMeResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = UpdateMeResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = UpdateMeResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    MeRead
    | UpdateMeResponse400
    | UpdateMeResponse401
    | UpdateMeResponse403
    | UpdateMeResponse409
    | UpdateMeResponse413
    | UpdateMeResponse414
    | UpdateMeResponse422
    | UpdateMeResponse429
    | UpdateMeResponse431
    | UpdateMeResponse500
    | UpdateMeResponse503
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
    body: MeUpdate,
) -> Response[
    MeRead
    | UpdateMeResponse400
    | UpdateMeResponse401
    | UpdateMeResponse403
    | UpdateMeResponse409
    | UpdateMeResponse413
    | UpdateMeResponse414
    | UpdateMeResponse422
    | UpdateMeResponse429
    | UpdateMeResponse431
    | UpdateMeResponse500
    | UpdateMeResponse503
]:
    """Update your profile

     Changes your display name, bio or email address; fields left out stay as they are.
    A new `email` does not replace the address at once: it waits in `pending_email`, is
    mailed a verification link, and becomes `email` when the link is used (`POST
    /auth/verify-email`); your current address cancels a pending change. Changing the
    address needs a password sign-in (403 `password-sign-in-required` for a personal access
    token) and is rate-limited. Needs `write`; not while suspended, but an unverified member
    may (it is how they correct a mistyped address).

    Args:
        body (MeUpdate): The fields of your profile to change; those left out stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeRead | UpdateMeResponse400 | UpdateMeResponse401 | UpdateMeResponse403 | UpdateMeResponse409 | UpdateMeResponse413 | UpdateMeResponse414 | UpdateMeResponse422 | UpdateMeResponse429 | UpdateMeResponse431 | UpdateMeResponse500 | UpdateMeResponse503]
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
    body: MeUpdate,
) -> (
    MeRead
    | UpdateMeResponse400
    | UpdateMeResponse401
    | UpdateMeResponse403
    | UpdateMeResponse409
    | UpdateMeResponse413
    | UpdateMeResponse414
    | UpdateMeResponse422
    | UpdateMeResponse429
    | UpdateMeResponse431
    | UpdateMeResponse500
    | UpdateMeResponse503
    | None
):
    """Update your profile

     Changes your display name, bio or email address; fields left out stay as they are.
    A new `email` does not replace the address at once: it waits in `pending_email`, is
    mailed a verification link, and becomes `email` when the link is used (`POST
    /auth/verify-email`); your current address cancels a pending change. Changing the
    address needs a password sign-in (403 `password-sign-in-required` for a personal access
    token) and is rate-limited. Needs `write`; not while suspended, but an unverified member
    may (it is how they correct a mistyped address).

    Args:
        body (MeUpdate): The fields of your profile to change; those left out stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeRead | UpdateMeResponse400 | UpdateMeResponse401 | UpdateMeResponse403 | UpdateMeResponse409 | UpdateMeResponse413 | UpdateMeResponse414 | UpdateMeResponse422 | UpdateMeResponse429 | UpdateMeResponse431 | UpdateMeResponse500 | UpdateMeResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MeUpdate,
) -> Response[
    MeRead
    | UpdateMeResponse400
    | UpdateMeResponse401
    | UpdateMeResponse403
    | UpdateMeResponse409
    | UpdateMeResponse413
    | UpdateMeResponse414
    | UpdateMeResponse422
    | UpdateMeResponse429
    | UpdateMeResponse431
    | UpdateMeResponse500
    | UpdateMeResponse503
]:
    """Update your profile

     Changes your display name, bio or email address; fields left out stay as they are.
    A new `email` does not replace the address at once: it waits in `pending_email`, is
    mailed a verification link, and becomes `email` when the link is used (`POST
    /auth/verify-email`); your current address cancels a pending change. Changing the
    address needs a password sign-in (403 `password-sign-in-required` for a personal access
    token) and is rate-limited. Needs `write`; not while suspended, but an unverified member
    may (it is how they correct a mistyped address).

    Args:
        body (MeUpdate): The fields of your profile to change; those left out stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeRead | UpdateMeResponse400 | UpdateMeResponse401 | UpdateMeResponse403 | UpdateMeResponse409 | UpdateMeResponse413 | UpdateMeResponse414 | UpdateMeResponse422 | UpdateMeResponse429 | UpdateMeResponse431 | UpdateMeResponse500 | UpdateMeResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MeUpdate,
) -> (
    MeRead
    | UpdateMeResponse400
    | UpdateMeResponse401
    | UpdateMeResponse403
    | UpdateMeResponse409
    | UpdateMeResponse413
    | UpdateMeResponse414
    | UpdateMeResponse422
    | UpdateMeResponse429
    | UpdateMeResponse431
    | UpdateMeResponse500
    | UpdateMeResponse503
    | None
):
    """Update your profile

     Changes your display name, bio or email address; fields left out stay as they are.
    A new `email` does not replace the address at once: it waits in `pending_email`, is
    mailed a verification link, and becomes `email` when the link is used (`POST
    /auth/verify-email`); your current address cancels a pending change. Changing the
    address needs a password sign-in (403 `password-sign-in-required` for a personal access
    token) and is rate-limited. Needs `write`; not while suspended, but an unverified member
    may (it is how they correct a mistyped address).

    Args:
        body (MeUpdate): The fields of your profile to change; those left out stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeRead | UpdateMeResponse400 | UpdateMeResponse401 | UpdateMeResponse403 | UpdateMeResponse409 | UpdateMeResponse413 | UpdateMeResponse414 | UpdateMeResponse422 | UpdateMeResponse429 | UpdateMeResponse431 | UpdateMeResponse500 | UpdateMeResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
