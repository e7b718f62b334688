from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_password_response_400 import ChangePasswordResponse400
from ...models.change_password_response_401 import ChangePasswordResponse401
from ...models.change_password_response_403 import ChangePasswordResponse403
from ...models.change_password_response_413 import ChangePasswordResponse413
from ...models.change_password_response_414 import ChangePasswordResponse414
from ...models.change_password_response_422 import ChangePasswordResponse422
from ...models.change_password_response_429 import ChangePasswordResponse429
from ...models.change_password_response_431 import ChangePasswordResponse431
from ...models.change_password_response_500 import ChangePasswordResponse500
from ...models.change_password_response_503 import ChangePasswordResponse503
from ...models.password_change import PasswordChange
from ...models.token_pair import TokenPair
from ...types import Response


def _get_kwargs(
    *,
    body: PasswordChange,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/me/password",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ChangePasswordResponse400
    | ChangePasswordResponse401
    | ChangePasswordResponse403
    | ChangePasswordResponse413
    | ChangePasswordResponse414
    | ChangePasswordResponse422
    | ChangePasswordResponse429
    | ChangePasswordResponse431
    | ChangePasswordResponse500
    | ChangePasswordResponse503
    | TokenPair
    | None
):
    if response.status_code == 200:
        response_200 = TokenPair.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ChangePasswordResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ChangePasswordResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ChangePasswordResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = ChangePasswordResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = ChangePasswordResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = ChangePasswordResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ChangePasswordResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ChangePasswordResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ChangePasswordResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ChangePasswordResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ChangePasswordResponse400
    | ChangePasswordResponse401
    | ChangePasswordResponse403
    | ChangePasswordResponse413
    | ChangePasswordResponse414
    | ChangePasswordResponse422
    | ChangePasswordResponse429
    | ChangePasswordResponse431
    | ChangePasswordResponse500
    | ChangePasswordResponse503
    | TokenPair
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
    body: PasswordChange,
) -> Response[
    ChangePasswordResponse400
    | ChangePasswordResponse401
    | ChangePasswordResponse403
    | ChangePasswordResponse413
    | ChangePasswordResponse414
    | ChangePasswordResponse422
    | ChangePasswordResponse429
    | ChangePasswordResponse431
    | ChangePasswordResponse500
    | ChangePasswordResponse503
    | TokenPair
]:
    """Change your password

     Sets a new password, confirmed with the current one. Every other sign-in of the
    account ends (its refresh tokens stop working) and this one continues with the new pair
    in the answer: replace both tokens. Needs a password sign-in with `write` (403
    `password-sign-in-required` for a personal access token); a suspended member may still
    secure their account. A wrong current password is 403 `wrong-password` and counts as a
    failed sign-in (429 after several); of two concurrent changes one wins.

    Args:
        body (PasswordChange): Your current password, to prove it is you, and the new one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangePasswordResponse400 | ChangePasswordResponse401 | ChangePasswordResponse403 | ChangePasswordResponse413 | ChangePasswordResponse414 | ChangePasswordResponse422 | ChangePasswordResponse429 | ChangePasswordResponse431 | ChangePasswordResponse500 | ChangePasswordResponse503 | TokenPair]
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
    body: PasswordChange,
) -> (
    ChangePasswordResponse400
    | ChangePasswordResponse401
    | ChangePasswordResponse403
    | ChangePasswordResponse413
    | ChangePasswordResponse414
    | ChangePasswordResponse422
    | ChangePasswordResponse429
    | ChangePasswordResponse431
    | ChangePasswordResponse500
    | ChangePasswordResponse503
    | TokenPair
    | None
):
    """Change your password

     Sets a new password, confirmed with the current one. Every other sign-in of the
    account ends (its refresh tokens stop working) and this one continues with the new pair
    in the answer: replace both tokens. Needs a password sign-in with `write` (403
    `password-sign-in-required` for a personal access token); a suspended member may still
    secure their account. A wrong current password is 403 `wrong-password` and counts as a
    failed sign-in (429 after several); of two concurrent changes one wins.

    Args:
        body (PasswordChange): Your current password, to prove it is you, and the new one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangePasswordResponse400 | ChangePasswordResponse401 | ChangePasswordResponse403 | ChangePasswordResponse413 | ChangePasswordResponse414 | ChangePasswordResponse422 | ChangePasswordResponse429 | ChangePasswordResponse431 | ChangePasswordResponse500 | ChangePasswordResponse503 | TokenPair
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PasswordChange,
) -> Response[
    ChangePasswordResponse400
    | ChangePasswordResponse401
    | ChangePasswordResponse403
    | ChangePasswordResponse413
    | ChangePasswordResponse414
    | ChangePasswordResponse422
    | ChangePasswordResponse429
    | ChangePasswordResponse431
    | ChangePasswordResponse500
    | ChangePasswordResponse503
    | TokenPair
]:
    """Change your password

     Sets a new password, confirmed with the current one. Every other sign-in of the
    account ends (its refresh tokens stop working) and this one continues with the new pair
    in the answer: replace both tokens. Needs a password sign-in with `write` (403
    `password-sign-in-required` for a personal access token); a suspended member may still
    secure their account. A wrong current password is 403 `wrong-password` and counts as a
    failed sign-in (429 after several); of two concurrent changes one wins.

    Args:
        body (PasswordChange): Your current password, to prove it is you, and the new one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangePasswordResponse400 | ChangePasswordResponse401 | ChangePasswordResponse403 | ChangePasswordResponse413 | ChangePasswordResponse414 | ChangePasswordResponse422 | ChangePasswordResponse429 | ChangePasswordResponse431 | ChangePasswordResponse500 | ChangePasswordResponse503 | TokenPair]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PasswordChange,
) -> (
    ChangePasswordResponse400
    | ChangePasswordResponse401
    | ChangePasswordResponse403
    | ChangePasswordResponse413
    | ChangePasswordResponse414
    | ChangePasswordResponse422
    | ChangePasswordResponse429
    | ChangePasswordResponse431
    | ChangePasswordResponse500
    | ChangePasswordResponse503
    | TokenPair
    | None
):
    """Change your password

     Sets a new password, confirmed with the current one. Every other sign-in of the
    account ends (its refresh tokens stop working) and this one continues with the new pair
    in the answer: replace both tokens. Needs a password sign-in with `write` (403
    `password-sign-in-required` for a personal access token); a suspended member may still
    secure their account. A wrong current password is 403 `wrong-password` and counts as a
    failed sign-in (429 after several); of two concurrent changes one wins.

    Args:
        body (PasswordChange): Your current password, to prove it is you, and the new one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangePasswordResponse400 | ChangePasswordResponse401 | ChangePasswordResponse403 | ChangePasswordResponse413 | ChangePasswordResponse414 | ChangePasswordResponse422 | ChangePasswordResponse429 | ChangePasswordResponse431 | ChangePasswordResponse500 | ChangePasswordResponse503 | TokenPair
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
