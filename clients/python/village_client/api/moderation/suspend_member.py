from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.forbidden_problem import ForbiddenProblem
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.invalid_token_problem import InvalidTokenProblem
from ...models.malformed_json_problem import MalformedJsonProblem
from ...models.not_authenticated_problem import NotAuthenticatedProblem
from ...models.not_found_problem import NotFoundProblem
from ...models.out_of_rank_problem import OutOfRankProblem
from ...models.payload_too_large_problem import PayloadTooLargeProblem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.suspended_member import SuspendedMember
from ...models.suspended_problem import SuspendedProblem
from ...models.suspension_request import SuspensionRequest
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.validation_error_problem import ValidationErrorProblem
from ...types import Response


def _get_kwargs(
    username: str,
    *,
    body: SuspensionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/users/{username}/suspension".format(
            username=quote(str(username), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ForbiddenProblem
    | InsufficientScopeProblem
    | OutOfRankProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | SuspendedMember
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    if response.status_code == 200:
        response_200 = SuspendedMember.from_dict(response.json())

        return response_200

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
        ) -> ForbiddenProblem | InsufficientScopeProblem | OutOfRankProblem | SuspendedProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_0 = OutOfRankProblem.from_dict(data)

                return response_403_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_1 = ForbiddenProblem.from_dict(data)

                return response_403_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_2 = SuspendedProblem.from_dict(data)

                return response_403_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_403_type_3 = InsufficientScopeProblem.from_dict(data)

            return response_403_type_3

        response_403 = _parse_response_403(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundProblem.from_dict(response.json())

        return response_404

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
    ForbiddenProblem
    | InsufficientScopeProblem
    | OutOfRankProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | SuspendedMember
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
    username: str,
    *,
    client: AuthenticatedClient,
    body: SuspensionRequest,
) -> Response[
    ForbiddenProblem
    | InsufficientScopeProblem
    | OutOfRankProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | SuspendedMember
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """Suspend a member

     Suspends a member until a future time, or replaces their suspension (moderators,
    `moderate` scope; administrators also suspend moderators; nobody themselves: 403
    `out-of-rank`). While suspended they read but every write answers 403 `suspended`.
    Answers the member's profile (the `User` this route has always answered, so existing
    clients keep working) with the suspension added as `suspension: {until, reason}`.
    Sends a `user.suspended` event; logged as `user.suspend`.

    Args:
        username (str): The member's username.
        body (SuspensionRequest): A suspension to put on a member (or to replace the one they
            have).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenProblem | InsufficientScopeProblem | OutOfRankProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | NotFoundProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | SuspendedMember | UriTooLongProblem | ValidationErrorProblem]
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient,
    body: SuspensionRequest,
) -> (
    ForbiddenProblem
    | InsufficientScopeProblem
    | OutOfRankProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | SuspendedMember
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """Suspend a member

     Suspends a member until a future time, or replaces their suspension (moderators,
    `moderate` scope; administrators also suspend moderators; nobody themselves: 403
    `out-of-rank`). While suspended they read but every write answers 403 `suspended`.
    Answers the member's profile (the `User` this route has always answered, so existing
    clients keep working) with the suspension added as `suspension: {until, reason}`.
    Sends a `user.suspended` event; logged as `user.suspend`.

    Args:
        username (str): The member's username.
        body (SuspensionRequest): A suspension to put on a member (or to replace the one they
            have).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenProblem | InsufficientScopeProblem | OutOfRankProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | NotFoundProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | SuspendedMember | UriTooLongProblem | ValidationErrorProblem
    """

    return sync_detailed(
        username=username,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient,
    body: SuspensionRequest,
) -> Response[
    ForbiddenProblem
    | InsufficientScopeProblem
    | OutOfRankProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | SuspendedMember
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """Suspend a member

     Suspends a member until a future time, or replaces their suspension (moderators,
    `moderate` scope; administrators also suspend moderators; nobody themselves: 403
    `out-of-rank`). While suspended they read but every write answers 403 `suspended`.
    Answers the member's profile (the `User` this route has always answered, so existing
    clients keep working) with the suspension added as `suspension: {until, reason}`.
    Sends a `user.suspended` event; logged as `user.suspend`.

    Args:
        username (str): The member's username.
        body (SuspensionRequest): A suspension to put on a member (or to replace the one they
            have).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenProblem | InsufficientScopeProblem | OutOfRankProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | NotFoundProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | SuspendedMember | UriTooLongProblem | ValidationErrorProblem]
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient,
    body: SuspensionRequest,
) -> (
    ForbiddenProblem
    | InsufficientScopeProblem
    | OutOfRankProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | SuspendedMember
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """Suspend a member

     Suspends a member until a future time, or replaces their suspension (moderators,
    `moderate` scope; administrators also suspend moderators; nobody themselves: 403
    `out-of-rank`). While suspended they read but every write answers 403 `suspended`.
    Answers the member's profile (the `User` this route has always answered, so existing
    clients keep working) with the suspension added as `suspension: {until, reason}`.
    Sends a `user.suspended` event; logged as `user.suspend`.

    Args:
        username (str): The member's username.
        body (SuspensionRequest): A suspension to put on a member (or to replace the one they
            have).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenProblem | InsufficientScopeProblem | OutOfRankProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | NotFoundProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | SuspendedMember | UriTooLongProblem | ValidationErrorProblem
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
            body=body,
        )
    ).parsed
