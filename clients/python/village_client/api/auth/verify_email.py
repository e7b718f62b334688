from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_verification import EmailVerification
from ...models.verify_email_response_400 import VerifyEmailResponse400
from ...models.verify_email_response_409 import VerifyEmailResponse409
from ...models.verify_email_response_413 import VerifyEmailResponse413
from ...models.verify_email_response_414 import VerifyEmailResponse414
from ...models.verify_email_response_422 import VerifyEmailResponse422
from ...models.verify_email_response_429 import VerifyEmailResponse429
from ...models.verify_email_response_431 import VerifyEmailResponse431
from ...models.verify_email_response_500 import VerifyEmailResponse500
from ...models.verify_email_response_503 import VerifyEmailResponse503
from ...types import Response


def _get_kwargs(
    *,
    body: EmailVerification,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/verify-email",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | VerifyEmailResponse400
    | VerifyEmailResponse409
    | VerifyEmailResponse413
    | VerifyEmailResponse414
    | VerifyEmailResponse422
    | VerifyEmailResponse429
    | VerifyEmailResponse431
    | VerifyEmailResponse500
    | VerifyEmailResponse503
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = VerifyEmailResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 409:
        response_409 = VerifyEmailResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = VerifyEmailResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = VerifyEmailResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = VerifyEmailResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = VerifyEmailResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = VerifyEmailResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = VerifyEmailResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = VerifyEmailResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | VerifyEmailResponse400
    | VerifyEmailResponse409
    | VerifyEmailResponse413
    | VerifyEmailResponse414
    | VerifyEmailResponse422
    | VerifyEmailResponse429
    | VerifyEmailResponse431
    | VerifyEmailResponse500
    | VerifyEmailResponse503
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailVerification,
) -> Response[
    Any
    | VerifyEmailResponse400
    | VerifyEmailResponse409
    | VerifyEmailResponse413
    | VerifyEmailResponse414
    | VerifyEmailResponse422
    | VerifyEmailResponse429
    | VerifyEmailResponse431
    | VerifyEmailResponse500
    | VerifyEmailResponse503
]:
    """Verify an email address

     Uses the token of a verification link: the account's address is verified, or a
    pending new address replaces the old one (and the old address is told by email). No
    sign-in is needed: the link is the proof. An unknown, used or expired link is 400
    `invalid-verification-token`; 409 `email-taken` if another account took the new address
    meanwhile.

    Args:
        body (EmailVerification): A verification link's token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | VerifyEmailResponse400 | VerifyEmailResponse409 | VerifyEmailResponse413 | VerifyEmailResponse414 | VerifyEmailResponse422 | VerifyEmailResponse429 | VerifyEmailResponse431 | VerifyEmailResponse500 | VerifyEmailResponse503]
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
    client: AuthenticatedClient | Client,
    body: EmailVerification,
) -> (
    Any
    | VerifyEmailResponse400
    | VerifyEmailResponse409
    | VerifyEmailResponse413
    | VerifyEmailResponse414
    | VerifyEmailResponse422
    | VerifyEmailResponse429
    | VerifyEmailResponse431
    | VerifyEmailResponse500
    | VerifyEmailResponse503
    | None
):
    """Verify an email address

     Uses the token of a verification link: the account's address is verified, or a
    pending new address replaces the old one (and the old address is told by email). No
    sign-in is needed: the link is the proof. An unknown, used or expired link is 400
    `invalid-verification-token`; 409 `email-taken` if another account took the new address
    meanwhile.

    Args:
        body (EmailVerification): A verification link's token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | VerifyEmailResponse400 | VerifyEmailResponse409 | VerifyEmailResponse413 | VerifyEmailResponse414 | VerifyEmailResponse422 | VerifyEmailResponse429 | VerifyEmailResponse431 | VerifyEmailResponse500 | VerifyEmailResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailVerification,
) -> Response[
    Any
    | VerifyEmailResponse400
    | VerifyEmailResponse409
    | VerifyEmailResponse413
    | VerifyEmailResponse414
    | VerifyEmailResponse422
    | VerifyEmailResponse429
    | VerifyEmailResponse431
    | VerifyEmailResponse500
    | VerifyEmailResponse503
]:
    """Verify an email address

     Uses the token of a verification link: the account's address is verified, or a
    pending new address replaces the old one (and the old address is told by email). No
    sign-in is needed: the link is the proof. An unknown, used or expired link is 400
    `invalid-verification-token`; 409 `email-taken` if another account took the new address
    meanwhile.

    Args:
        body (EmailVerification): A verification link's token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | VerifyEmailResponse400 | VerifyEmailResponse409 | VerifyEmailResponse413 | VerifyEmailResponse414 | VerifyEmailResponse422 | VerifyEmailResponse429 | VerifyEmailResponse431 | VerifyEmailResponse500 | VerifyEmailResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EmailVerification,
) -> (
    Any
    | VerifyEmailResponse400
    | VerifyEmailResponse409
    | VerifyEmailResponse413
    | VerifyEmailResponse414
    | VerifyEmailResponse422
    | VerifyEmailResponse429
    | VerifyEmailResponse431
    | VerifyEmailResponse500
    | VerifyEmailResponse503
    | None
):
    """Verify an email address

     Uses the token of a verification link: the account's address is verified, or a
    pending new address replaces the old one (and the old address is told by email). No
    sign-in is needed: the link is the proof. An unknown, used or expired link is 400
    `invalid-verification-token`; 409 `email-taken` if another account took the new address
    meanwhile.

    Args:
        body (EmailVerification): A verification link's token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | VerifyEmailResponse400 | VerifyEmailResponse409 | VerifyEmailResponse413 | VerifyEmailResponse414 | VerifyEmailResponse422 | VerifyEmailResponse429 | VerifyEmailResponse431 | VerifyEmailResponse500 | VerifyEmailResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
