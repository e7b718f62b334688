from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accepted import Accepted
from ...models.resend_verification_response_401 import ResendVerificationResponse401
from ...models.resend_verification_response_403 import ResendVerificationResponse403
from ...models.resend_verification_response_409 import ResendVerificationResponse409
from ...models.resend_verification_response_414 import ResendVerificationResponse414
from ...models.resend_verification_response_429 import ResendVerificationResponse429
from ...models.resend_verification_response_431 import ResendVerificationResponse431
from ...models.resend_verification_response_500 import ResendVerificationResponse500
from ...models.resend_verification_response_503 import ResendVerificationResponse503
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/me/email/verification",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Accepted
    | ResendVerificationResponse401
    | ResendVerificationResponse403
    | ResendVerificationResponse409
    | ResendVerificationResponse414
    | ResendVerificationResponse429
    | ResendVerificationResponse431
    | ResendVerificationResponse500
    | ResendVerificationResponse503
    | None
):
    if response.status_code == 202:
        response_202 = Accepted.from_dict(response.json())

        return response_202

    if response.status_code == 401:
        response_401 = ResendVerificationResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ResendVerificationResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ResendVerificationResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 414:
        response_414 = ResendVerificationResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 429:
        response_429 = ResendVerificationResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ResendVerificationResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ResendVerificationResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ResendVerificationResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Accepted
    | ResendVerificationResponse401
    | ResendVerificationResponse403
    | ResendVerificationResponse409
    | ResendVerificationResponse414
    | ResendVerificationResponse429
    | ResendVerificationResponse431
    | ResendVerificationResponse500
    | ResendVerificationResponse503
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
) -> Response[
    Accepted
    | ResendVerificationResponse401
    | ResendVerificationResponse403
    | ResendVerificationResponse409
    | ResendVerificationResponse414
    | ResendVerificationResponse429
    | ResendVerificationResponse431
    | ResendVerificationResponse500
    | ResendVerificationResponse503
]:
    """Send the verification link again

     Sends the verification link again: to the pending new address if there is one,
    else to your address while it is unverified; `detail` names the address. Needs `write`,
    not while suspended; rate-limited per member (429). An address already verified, with
    nothing pending, is 409 `email-already-verified`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Accepted | ResendVerificationResponse401 | ResendVerificationResponse403 | ResendVerificationResponse409 | ResendVerificationResponse414 | ResendVerificationResponse429 | ResendVerificationResponse431 | ResendVerificationResponse500 | ResendVerificationResponse503]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> (
    Accepted
    | ResendVerificationResponse401
    | ResendVerificationResponse403
    | ResendVerificationResponse409
    | ResendVerificationResponse414
    | ResendVerificationResponse429
    | ResendVerificationResponse431
    | ResendVerificationResponse500
    | ResendVerificationResponse503
    | None
):
    """Send the verification link again

     Sends the verification link again: to the pending new address if there is one,
    else to your address while it is unverified; `detail` names the address. Needs `write`,
    not while suspended; rate-limited per member (429). An address already verified, with
    nothing pending, is 409 `email-already-verified`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Accepted | ResendVerificationResponse401 | ResendVerificationResponse403 | ResendVerificationResponse409 | ResendVerificationResponse414 | ResendVerificationResponse429 | ResendVerificationResponse431 | ResendVerificationResponse500 | ResendVerificationResponse503
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    Accepted
    | ResendVerificationResponse401
    | ResendVerificationResponse403
    | ResendVerificationResponse409
    | ResendVerificationResponse414
    | ResendVerificationResponse429
    | ResendVerificationResponse431
    | ResendVerificationResponse500
    | ResendVerificationResponse503
]:
    """Send the verification link again

     Sends the verification link again: to the pending new address if there is one,
    else to your address while it is unverified; `detail` names the address. Needs `write`,
    not while suspended; rate-limited per member (429). An address already verified, with
    nothing pending, is 409 `email-already-verified`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Accepted | ResendVerificationResponse401 | ResendVerificationResponse403 | ResendVerificationResponse409 | ResendVerificationResponse414 | ResendVerificationResponse429 | ResendVerificationResponse431 | ResendVerificationResponse500 | ResendVerificationResponse503]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    Accepted
    | ResendVerificationResponse401
    | ResendVerificationResponse403
    | ResendVerificationResponse409
    | ResendVerificationResponse414
    | ResendVerificationResponse429
    | ResendVerificationResponse431
    | ResendVerificationResponse500
    | ResendVerificationResponse503
    | None
):
    """Send the verification link again

     Sends the verification link again: to the pending new address if there is one,
    else to your address while it is unverified; `detail` names the address. Needs `write`,
    not while suspended; rate-limited per member (429). An address already verified, with
    nothing pending, is 409 `email-already-verified`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Accepted | ResendVerificationResponse401 | ResendVerificationResponse403 | ResendVerificationResponse409 | ResendVerificationResponse414 | ResendVerificationResponse429 | ResendVerificationResponse431 | ResendVerificationResponse500 | ResendVerificationResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
