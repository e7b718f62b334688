from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_taken_problem import EmailTakenProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.malformed_json_problem import MalformedJsonProblem
from ...models.me_read import MeRead
from ...models.payload_too_large_problem import PayloadTooLargeProblem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.register_request import RegisterRequest
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.username_taken_problem import UsernameTakenProblem
from ...models.validation_error_problem import ValidationErrorProblem
from ...types import Response


def _get_kwargs(
    *,
    body: RegisterRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/register",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    EmailTakenProblem
    | UsernameTakenProblem
    | InternalErrorProblem
    | MalformedJsonProblem
    | MeRead
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    if response.status_code == 201:
        response_201 = MeRead.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = MalformedJsonProblem.from_dict(response.json())

        return response_400

    if response.status_code == 409:

        def _parse_response_409(data: object) -> EmailTakenProblem | UsernameTakenProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = UsernameTakenProblem.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_409_type_1 = EmailTakenProblem.from_dict(data)

            return response_409_type_1

        response_409 = _parse_response_409(response.json())

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
    EmailTakenProblem
    | UsernameTakenProblem
    | InternalErrorProblem
    | MalformedJsonProblem
    | MeRead
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
    body: RegisterRequest,
) -> Response[
    EmailTakenProblem
    | UsernameTakenProblem
    | InternalErrorProblem
    | MalformedJsonProblem
    | MeRead
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """Register an account

     Creates a member account and emails a link that verifies its address (the link's
    token goes to `POST /auth/verify-email`). No token is needed and none is returned: sign
    in at `/auth/token` next. Answers the new account, with `Location` at its public
    profile. A username or an email address already taken, in any case, is 409; registering
    is rate-limited per client address and per email address.

    Args:
        body (RegisterRequest): A new account. Sign in afterwards at `/auth/token` with the
            username (or the email)
            and the password.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailTakenProblem | UsernameTakenProblem | InternalErrorProblem | MalformedJsonProblem | MeRead | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem]
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
    body: RegisterRequest,
) -> (
    EmailTakenProblem
    | UsernameTakenProblem
    | InternalErrorProblem
    | MalformedJsonProblem
    | MeRead
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """Register an account

     Creates a member account and emails a link that verifies its address (the link's
    token goes to `POST /auth/verify-email`). No token is needed and none is returned: sign
    in at `/auth/token` next. Answers the new account, with `Location` at its public
    profile. A username or an email address already taken, in any case, is 409; registering
    is rate-limited per client address and per email address.

    Args:
        body (RegisterRequest): A new account. Sign in afterwards at `/auth/token` with the
            username (or the email)
            and the password.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailTakenProblem | UsernameTakenProblem | InternalErrorProblem | MalformedJsonProblem | MeRead | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RegisterRequest,
) -> Response[
    EmailTakenProblem
    | UsernameTakenProblem
    | InternalErrorProblem
    | MalformedJsonProblem
    | MeRead
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """Register an account

     Creates a member account and emails a link that verifies its address (the link's
    token goes to `POST /auth/verify-email`). No token is needed and none is returned: sign
    in at `/auth/token` next. Answers the new account, with `Location` at its public
    profile. A username or an email address already taken, in any case, is 409; registering
    is rate-limited per client address and per email address.

    Args:
        body (RegisterRequest): A new account. Sign in afterwards at `/auth/token` with the
            username (or the email)
            and the password.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailTakenProblem | UsernameTakenProblem | InternalErrorProblem | MalformedJsonProblem | MeRead | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RegisterRequest,
) -> (
    EmailTakenProblem
    | UsernameTakenProblem
    | InternalErrorProblem
    | MalformedJsonProblem
    | MeRead
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """Register an account

     Creates a member account and emails a link that verifies its address (the link's
    token goes to `POST /auth/verify-email`). No token is needed and none is returned: sign
    in at `/auth/token` next. Answers the new account, with `Location` at its public
    profile. A username or an email address already taken, in any case, is 409; registering
    is rate-limited per client address and per email address.

    Args:
        body (RegisterRequest): A new account. Sign in afterwards at `/auth/token` with the
            username (or the email)
            and the password.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailTakenProblem | UsernameTakenProblem | InternalErrorProblem | MalformedJsonProblem | MeRead | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
