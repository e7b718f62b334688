from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_unverified_problem import EmailUnverifiedProblem
from ...models.forbidden_problem import ForbiddenProblem
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.invalid_cursor_problem import InvalidCursorProblem
from ...models.invalid_token_problem import InvalidTokenProblem
from ...models.not_authenticated_problem import NotAuthenticatedProblem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.suspended_problem import SuspendedProblem
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.validation_error_problem import ValidationErrorProblem
from ...models.webhook_page import WebhookPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/webhooks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | WebhookPage
    | None
):
    if response.status_code == 200:
        response_200 = WebhookPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = InvalidCursorProblem.from_dict(response.json())

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
            EmailUnverifiedProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_0 = ForbiddenProblem.from_dict(data)

                return response_403_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_1 = EmailUnverifiedProblem.from_dict(data)

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
    EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | WebhookPage
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
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | WebhookPage
]:
    """List webhooks

     Every registered endpoint, oldest first (administrators; `admin` scope). Secrets are
    never shown.

    Args:
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailUnverifiedProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | InternalErrorProblem | InvalidCursorProblem | InvalidTokenProblem | NotAuthenticatedProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem | WebhookPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | WebhookPage
    | None
):
    """List webhooks

     Every registered endpoint, oldest first (administrators; `admin` scope). Secrets are
    never shown.

    Args:
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailUnverifiedProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | InternalErrorProblem | InvalidCursorProblem | InvalidTokenProblem | NotAuthenticatedProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem | WebhookPage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | WebhookPage
]:
    """List webhooks

     Every registered endpoint, oldest first (administrators; `admin` scope). Secrets are
    never shown.

    Args:
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailUnverifiedProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | InternalErrorProblem | InvalidCursorProblem | InvalidTokenProblem | NotAuthenticatedProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem | WebhookPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | WebhookPage
    | None
):
    """List webhooks

     Every registered endpoint, oldest first (administrators; `admin` scope). Secrets are
    never shown.

    Args:
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailUnverifiedProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | InternalErrorProblem | InvalidCursorProblem | InvalidTokenProblem | NotAuthenticatedProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem | WebhookPage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
