from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accepted import Accepted
from ...models.internal_error_problem import InternalErrorProblem
from ...models.malformed_json_problem import MalformedJsonProblem
from ...models.password_reset_request import PasswordResetRequest
from ...models.payload_too_large_problem import PayloadTooLargeProblem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.validation_error_problem import ValidationErrorProblem
from ...types import Response


def _get_kwargs(
    *,
    body: PasswordResetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/password-reset",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Accepted
    | InternalErrorProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    if response.status_code == 202:
        response_202 = Accepted.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = MalformedJsonProblem.from_dict(response.json())

        return response_400

    if response.status_code == 413:
        response_413 = PayloadTooLargeProblem.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = UriTooLongProblem.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = ValidationErrorProblem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RateLimitedProblem.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = RequestHeaderFieldsTooLargeProblem.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = InternalErrorProblem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ServiceUnavailableProblem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Accepted
    | InternalErrorProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
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
    body: PasswordResetRequest,
) -> Response[
    Accepted
    | InternalErrorProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """Ask for a password reset link

     Emails a single-use link to choose a new password, valid for an hour, if the
    address has an account; its token goes to `POST /auth/password-reset/confirm`. The
    answer is the same 202 either way, in the same time, so it never tells whether an address
    is registered. No sign-in is needed; rate-limited per client address and per email
    address (429).

    Args:
        body (PasswordResetRequest): The address of the account whose password was forgotten.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Accepted | InternalErrorProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem]
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
    body: PasswordResetRequest,
) -> (
    Accepted
    | InternalErrorProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """Ask for a password reset link

     Emails a single-use link to choose a new password, valid for an hour, if the
    address has an account; its token goes to `POST /auth/password-reset/confirm`. The
    answer is the same 202 either way, in the same time, so it never tells whether an address
    is registered. No sign-in is needed; rate-limited per client address and per email
    address (429).

    Args:
        body (PasswordResetRequest): The address of the account whose password was forgotten.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Accepted | InternalErrorProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PasswordResetRequest,
) -> Response[
    Accepted
    | InternalErrorProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """Ask for a password reset link

     Emails a single-use link to choose a new password, valid for an hour, if the
    address has an account; its token goes to `POST /auth/password-reset/confirm`. The
    answer is the same 202 either way, in the same time, so it never tells whether an address
    is registered. No sign-in is needed; rate-limited per client address and per email
    address (429).

    Args:
        body (PasswordResetRequest): The address of the account whose password was forgotten.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Accepted | InternalErrorProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PasswordResetRequest,
) -> (
    Accepted
    | InternalErrorProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """Ask for a password reset link

     Emails a single-use link to choose a new password, valid for an hour, if the
    address has an account; its token goes to `POST /auth/password-reset/confirm`. The
    answer is the same 202 either way, in the same time, so it never tells whether an address
    is registered. No sign-in is needed; rate-limited per client address and per email
    address (429).

    Args:
        body (PasswordResetRequest): The address of the account whose password was forgotten.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Accepted | InternalErrorProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
