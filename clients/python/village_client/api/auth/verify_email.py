from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_taken_problem import EmailTakenProblem
from ...models.email_verification import EmailVerification
from ...models.internal_error_problem import InternalErrorProblem
from ...models.invalid_verification_token_problem import InvalidVerificationTokenProblem
from ...models.malformed_json_problem import MalformedJsonProblem
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
    | EmailTakenProblem
    | InternalErrorProblem
    | InvalidVerificationTokenProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:

        def _parse_response_400(
            data: object,
        ) -> InvalidVerificationTokenProblem | MalformedJsonProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = MalformedJsonProblem.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = InvalidVerificationTokenProblem.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 409:
        response_409 = EmailTakenProblem.from_dict(response.json())

        return response_409

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
    Any
    | EmailTakenProblem
    | InternalErrorProblem
    | InvalidVerificationTokenProblem
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
    body: EmailVerification,
) -> Response[
    Any
    | EmailTakenProblem
    | InternalErrorProblem
    | InvalidVerificationTokenProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
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
        Response[Any | EmailTakenProblem | InternalErrorProblem | InvalidVerificationTokenProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem]
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
    | EmailTakenProblem
    | InternalErrorProblem
    | InvalidVerificationTokenProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
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
        Any | EmailTakenProblem | InternalErrorProblem | InvalidVerificationTokenProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem
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
    | EmailTakenProblem
    | InternalErrorProblem
    | InvalidVerificationTokenProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
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
        Response[Any | EmailTakenProblem | InternalErrorProblem | InvalidVerificationTokenProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem]
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
    | EmailTakenProblem
    | InternalErrorProblem
    | InvalidVerificationTokenProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
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
        Any | EmailTakenProblem | InternalErrorProblem | InvalidVerificationTokenProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
