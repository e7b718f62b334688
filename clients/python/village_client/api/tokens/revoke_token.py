from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_unverified_problem import EmailUnverifiedProblem
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.invalid_token_problem import InvalidTokenProblem
from ...models.not_authenticated_problem import NotAuthenticatedProblem
from ...models.not_found_problem import NotFoundProblem
from ...models.password_sign_in_required_problem import PasswordSignInRequiredProblem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.suspended_problem import SuspendedProblem
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.validation_error_problem import ValidationErrorProblem
from ...types import Response


def _get_kwargs(
    token_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/me/tokens/{token_id}".format(
            token_id=quote(str(token_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | EmailUnverifiedProblem
    | InsufficientScopeProblem
    | PasswordSignInRequiredProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | NotFoundProblem
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

    if response.status_code == 404:
        response_404 = NotFoundProblem.from_dict(response.json())

        return response_404

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
    | EmailUnverifiedProblem
    | InsufficientScopeProblem
    | PasswordSignInRequiredProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | NotFoundProblem
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
    token_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    Any
    | EmailUnverifiedProblem
    | InsufficientScopeProblem
    | PasswordSignInRequiredProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """Revoke a personal access token

     Revokes one of your personal access tokens: from now on it is refused wherever it
    is sent (401 `invalid-token`). A token that is not yours, or already revoked, is 404.
    Needs a password sign-in with `write`, by a member who may write now.

    Args:
        token_id (int): The personal access token's id (`id` in `GET /me/tokens`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EmailUnverifiedProblem | InsufficientScopeProblem | PasswordSignInRequiredProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | NotFoundProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem]
    """

    kwargs = _get_kwargs(
        token_id=token_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    token_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    Any
    | EmailUnverifiedProblem
    | InsufficientScopeProblem
    | PasswordSignInRequiredProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """Revoke a personal access token

     Revokes one of your personal access tokens: from now on it is refused wherever it
    is sent (401 `invalid-token`). A token that is not yours, or already revoked, is 404.
    Needs a password sign-in with `write`, by a member who may write now.

    Args:
        token_id (int): The personal access token's id (`id` in `GET /me/tokens`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EmailUnverifiedProblem | InsufficientScopeProblem | PasswordSignInRequiredProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | NotFoundProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem
    """

    return sync_detailed(
        token_id=token_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    token_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    Any
    | EmailUnverifiedProblem
    | InsufficientScopeProblem
    | PasswordSignInRequiredProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """Revoke a personal access token

     Revokes one of your personal access tokens: from now on it is refused wherever it
    is sent (401 `invalid-token`). A token that is not yours, or already revoked, is 404.
    Needs a password sign-in with `write`, by a member who may write now.

    Args:
        token_id (int): The personal access token's id (`id` in `GET /me/tokens`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EmailUnverifiedProblem | InsufficientScopeProblem | PasswordSignInRequiredProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | NotFoundProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem]
    """

    kwargs = _get_kwargs(
        token_id=token_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    Any
    | EmailUnverifiedProblem
    | InsufficientScopeProblem
    | PasswordSignInRequiredProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """Revoke a personal access token

     Revokes one of your personal access tokens: from now on it is refused wherever it
    is sent (401 `invalid-token`). A token that is not yours, or already revoked, is 404.
    Needs a password sign-in with `write`, by a member who may write now.

    Args:
        token_id (int): The personal access token's id (`id` in `GET /me/tokens`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EmailUnverifiedProblem | InsufficientScopeProblem | PasswordSignInRequiredProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | NotFoundProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem
    """

    return (
        await asyncio_detailed(
            token_id=token_id,
            client=client,
        )
    ).parsed
