from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accepted import Accepted
from ...models.resend_verification_response_429 import ResendVerificationResponse429
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
) -> Accepted | ResendVerificationResponse429 | ResendVerificationResponse503 | None:
    if response.status_code == 202:
        response_202 = Accepted.from_dict(response.json())

        return response_202

    if response.status_code == 429:
        response_429 = ResendVerificationResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = ResendVerificationResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Accepted | ResendVerificationResponse429 | ResendVerificationResponse503]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Accepted | ResendVerificationResponse429 | ResendVerificationResponse503]:
    """Resend Verification

     Sends the verification link again (to the pending address, if there is one).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Accepted | ResendVerificationResponse429 | ResendVerificationResponse503]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Accepted | ResendVerificationResponse429 | ResendVerificationResponse503 | None:
    """Resend Verification

     Sends the verification link again (to the pending address, if there is one).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Accepted | ResendVerificationResponse429 | ResendVerificationResponse503
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Accepted | ResendVerificationResponse429 | ResendVerificationResponse503]:
    """Resend Verification

     Sends the verification link again (to the pending address, if there is one).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Accepted | ResendVerificationResponse429 | ResendVerificationResponse503]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Accepted | ResendVerificationResponse429 | ResendVerificationResponse503 | None:
    """Resend Verification

     Sends the verification link again (to the pending address, if there is one).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Accepted | ResendVerificationResponse429 | ResendVerificationResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
