from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_unverified_problem import EmailUnverifiedProblem
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.invalid_token_problem import InvalidTokenProblem
from ...models.malformed_json_problem import MalformedJsonProblem
from ...models.not_authenticated_problem import NotAuthenticatedProblem
from ...models.password_sign_in_required_problem import PasswordSignInRequiredProblem
from ...models.payload_too_large_problem import PayloadTooLargeProblem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.scope_beyond_role_problem import ScopeBeyondRoleProblem
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.suspended_problem import SuspendedProblem
from ...models.token_create import TokenCreate
from ...models.token_created import TokenCreated
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.validation_error_problem import ValidationErrorProblem
from ...types import Response


def _get_kwargs(
    *,
    body: TokenCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/me/tokens",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    EmailUnverifiedProblem
    | InsufficientScopeProblem
    | PasswordSignInRequiredProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ScopeBeyondRoleProblem
    | ValidationErrorProblem
    | ServiceUnavailableProblem
    | TokenCreated
    | UriTooLongProblem
    | None
):
    if response.status_code == 201:
        response_201 = TokenCreated.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = MalformedJsonProblem.from_dict(response.json())

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> InvalidTokenProblem | NotAuthenticatedProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_401_type_0 = NotAuthenticatedProblem.from_dict(data)

                return response_401_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_401_type_1 = InvalidTokenProblem.from_dict(data)

            return response_401_type_1

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 403:

        def _parse_response_403(
            data: object,
        ) -> (
            EmailUnverifiedProblem
            | InsufficientScopeProblem
            | PasswordSignInRequiredProblem
            | SuspendedProblem
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_0 = PasswordSignInRequiredProblem.from_dict(data)

                return response_403_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_1 = InsufficientScopeProblem.from_dict(data)

                return response_403_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_2 = EmailUnverifiedProblem.from_dict(data)

                return response_403_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_403_type_3 = SuspendedProblem.from_dict(data)

            return response_403_type_3

        response_403 = _parse_response_403(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = PayloadTooLargeProblem.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = UriTooLongProblem.from_dict(response.json())

        return response_414

    if response.status_code == 422:

        def _parse_response_422(data: object) -> ScopeBeyondRoleProblem | ValidationErrorProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = ValidationErrorProblem.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_1 = ScopeBeyondRoleProblem.from_dict(data)

            return response_422_type_1

        response_422 = _parse_response_422(response.json())

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
    EmailUnverifiedProblem
    | InsufficientScopeProblem
    | PasswordSignInRequiredProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ScopeBeyondRoleProblem
    | ValidationErrorProblem
    | ServiceUnavailableProblem
    | TokenCreated
    | UriTooLongProblem
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
    body: TokenCreate,
) -> Response[
    EmailUnverifiedProblem
    | InsufficientScopeProblem
    | PasswordSignInRequiredProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ScopeBeyondRoleProblem
    | ValidationErrorProblem
    | ServiceUnavailableProblem
    | TokenCreated
    | UriTooLongProblem
]:
    """Create a personal access token

     Makes a personal access token for a script or a bot, with only the scopes it needs
    (`moderate` alone for a moderation bot). The answer carries the secret in `token`: **it
    is shown once**, so store it now; only a digest is kept. Needs a password sign-in with
    `write`, by a member who may write now (a personal access token gets 403
    `password-sign-in-required`, whatever its scopes); a token's scopes never go beyond the
    member's role (422 `scope-beyond-role`). `Location` is the token list.

    Args:
        body (TokenCreate): A new personal access token, with only the scopes a script or bot
            needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailUnverifiedProblem | InsufficientScopeProblem | PasswordSignInRequiredProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ScopeBeyondRoleProblem | ValidationErrorProblem | ServiceUnavailableProblem | TokenCreated | UriTooLongProblem]
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
    body: TokenCreate,
) -> (
    EmailUnverifiedProblem
    | InsufficientScopeProblem
    | PasswordSignInRequiredProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ScopeBeyondRoleProblem
    | ValidationErrorProblem
    | ServiceUnavailableProblem
    | TokenCreated
    | UriTooLongProblem
    | None
):
    """Create a personal access token

     Makes a personal access token for a script or a bot, with only the scopes it needs
    (`moderate` alone for a moderation bot). The answer carries the secret in `token`: **it
    is shown once**, so store it now; only a digest is kept. Needs a password sign-in with
    `write`, by a member who may write now (a personal access token gets 403
    `password-sign-in-required`, whatever its scopes); a token's scopes never go beyond the
    member's role (422 `scope-beyond-role`). `Location` is the token list.

    Args:
        body (TokenCreate): A new personal access token, with only the scopes a script or bot
            needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailUnverifiedProblem | InsufficientScopeProblem | PasswordSignInRequiredProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ScopeBeyondRoleProblem | ValidationErrorProblem | ServiceUnavailableProblem | TokenCreated | UriTooLongProblem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenCreate,
) -> Response[
    EmailUnverifiedProblem
    | InsufficientScopeProblem
    | PasswordSignInRequiredProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ScopeBeyondRoleProblem
    | ValidationErrorProblem
    | ServiceUnavailableProblem
    | TokenCreated
    | UriTooLongProblem
]:
    """Create a personal access token

     Makes a personal access token for a script or a bot, with only the scopes it needs
    (`moderate` alone for a moderation bot). The answer carries the secret in `token`: **it
    is shown once**, so store it now; only a digest is kept. Needs a password sign-in with
    `write`, by a member who may write now (a personal access token gets 403
    `password-sign-in-required`, whatever its scopes); a token's scopes never go beyond the
    member's role (422 `scope-beyond-role`). `Location` is the token list.

    Args:
        body (TokenCreate): A new personal access token, with only the scopes a script or bot
            needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailUnverifiedProblem | InsufficientScopeProblem | PasswordSignInRequiredProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ScopeBeyondRoleProblem | ValidationErrorProblem | ServiceUnavailableProblem | TokenCreated | UriTooLongProblem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TokenCreate,
) -> (
    EmailUnverifiedProblem
    | InsufficientScopeProblem
    | PasswordSignInRequiredProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ScopeBeyondRoleProblem
    | ValidationErrorProblem
    | ServiceUnavailableProblem
    | TokenCreated
    | UriTooLongProblem
    | None
):
    """Create a personal access token

     Makes a personal access token for a script or a bot, with only the scopes it needs
    (`moderate` alone for a moderation bot). The answer carries the secret in `token`: **it
    is shown once**, so store it now; only a digest is kept. Needs a password sign-in with
    `write`, by a member who may write now (a personal access token gets 403
    `password-sign-in-required`, whatever its scopes); a token's scopes never go beyond the
    member's role (422 `scope-beyond-role`). `Location` is the token list.

    Args:
        body (TokenCreate): A new personal access token, with only the scopes a script or bot
            needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailUnverifiedProblem | InsufficientScopeProblem | PasswordSignInRequiredProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ScopeBeyondRoleProblem | ValidationErrorProblem | ServiceUnavailableProblem | TokenCreated | UriTooLongProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
