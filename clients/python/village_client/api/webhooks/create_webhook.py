from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_unverified_problem import EmailUnverifiedProblem
from ...models.forbidden_problem import ForbiddenProblem
from ...models.idempotency_in_flight_problem import IdempotencyInFlightProblem
from ...models.idempotency_key_reused_problem import IdempotencyKeyReusedProblem
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.invalid_token_problem import InvalidTokenProblem
from ...models.invalid_webhook_url_problem import InvalidWebhookUrlProblem
from ...models.malformed_json_problem import MalformedJsonProblem
from ...models.not_authenticated_problem import NotAuthenticatedProblem
from ...models.payload_too_large_problem import PayloadTooLargeProblem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.suspended_problem import SuspendedProblem
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.validation_error_problem import ValidationErrorProblem
from ...models.webhook_create import WebhookCreate
from ...models.webhook_read import WebhookRead
from ...models.webhook_target_refused_problem import WebhookTargetRefusedProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: WebhookCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | IdempotencyInFlightProblem
    | IdempotencyKeyReusedProblem
    | InvalidWebhookUrlProblem
    | ValidationErrorProblem
    | WebhookTargetRefusedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | WebhookRead
    | None
):
    if response.status_code == 201:
        response_201 = WebhookRead.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = IdempotencyInFlightProblem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = PayloadTooLargeProblem.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = UriTooLongProblem.from_dict(response.json())

        return response_414

    if response.status_code == 422:

        def _parse_response_422(
            data: object,
        ) -> (
            IdempotencyKeyReusedProblem
            | InvalidWebhookUrlProblem
            | ValidationErrorProblem
            | WebhookTargetRefusedProblem
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = ValidationErrorProblem.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_1 = InvalidWebhookUrlProblem.from_dict(data)

                return response_422_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_2 = WebhookTargetRefusedProblem.from_dict(data)

                return response_422_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_3 = IdempotencyKeyReusedProblem.from_dict(data)

            return response_422_type_3

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
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | IdempotencyInFlightProblem
    | IdempotencyKeyReusedProblem
    | InvalidWebhookUrlProblem
    | ValidationErrorProblem
    | WebhookTargetRefusedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | WebhookRead
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
    body: WebhookCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | IdempotencyInFlightProblem
    | IdempotencyKeyReusedProblem
    | InvalidWebhookUrlProblem
    | ValidationErrorProblem
    | WebhookTargetRefusedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | WebhookRead
]:
    """Register a webhook

     Registers an endpoint for the given event kinds (administrators; the `admin` scope
    alone suffices). Each event is POSTed as JSON `{id, event, created_at, timestamp, data}`
    with the headers `X-Village-Event` (the kind), `X-Village-Delivery` (the event's id, the
    same on every retry: de-duplicate on it) and `X-Village-Signature: sha256=<hex
    HMAC-SHA256 of the body, keyed with secret>`; refuse a body whose `timestamp` is old.
    A 2xx answer is success; anything else is retried with back-off for a while. Members'
    private events (notifications, RSVPs) are never sent. A URL whose host resolves to a
    loopback, private or link-local address is refused (422 `webhook-target-refused`).
    Logged as `webhook.create`; send an `Idempotency-Key` to retry safely.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (WebhookCreate): An endpoint to receive events, and which ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailUnverifiedProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | IdempotencyInFlightProblem | IdempotencyKeyReusedProblem | InvalidWebhookUrlProblem | ValidationErrorProblem | WebhookTargetRefusedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | WebhookRead]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: WebhookCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | IdempotencyInFlightProblem
    | IdempotencyKeyReusedProblem
    | InvalidWebhookUrlProblem
    | ValidationErrorProblem
    | WebhookTargetRefusedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | WebhookRead
    | None
):
    """Register a webhook

     Registers an endpoint for the given event kinds (administrators; the `admin` scope
    alone suffices). Each event is POSTed as JSON `{id, event, created_at, timestamp, data}`
    with the headers `X-Village-Event` (the kind), `X-Village-Delivery` (the event's id, the
    same on every retry: de-duplicate on it) and `X-Village-Signature: sha256=<hex
    HMAC-SHA256 of the body, keyed with secret>`; refuse a body whose `timestamp` is old.
    A 2xx answer is success; anything else is retried with back-off for a while. Members'
    private events (notifications, RSVPs) are never sent. A URL whose host resolves to a
    loopback, private or link-local address is refused (422 `webhook-target-refused`).
    Logged as `webhook.create`; send an `Idempotency-Key` to retry safely.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (WebhookCreate): An endpoint to receive events, and which ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailUnverifiedProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | IdempotencyInFlightProblem | IdempotencyKeyReusedProblem | InvalidWebhookUrlProblem | ValidationErrorProblem | WebhookTargetRefusedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | WebhookRead
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WebhookCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | IdempotencyInFlightProblem
    | IdempotencyKeyReusedProblem
    | InvalidWebhookUrlProblem
    | ValidationErrorProblem
    | WebhookTargetRefusedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | WebhookRead
]:
    """Register a webhook

     Registers an endpoint for the given event kinds (administrators; the `admin` scope
    alone suffices). Each event is POSTed as JSON `{id, event, created_at, timestamp, data}`
    with the headers `X-Village-Event` (the kind), `X-Village-Delivery` (the event's id, the
    same on every retry: de-duplicate on it) and `X-Village-Signature: sha256=<hex
    HMAC-SHA256 of the body, keyed with secret>`; refuse a body whose `timestamp` is old.
    A 2xx answer is success; anything else is retried with back-off for a while. Members'
    private events (notifications, RSVPs) are never sent. A URL whose host resolves to a
    loopback, private or link-local address is refused (422 `webhook-target-refused`).
    Logged as `webhook.create`; send an `Idempotency-Key` to retry safely.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (WebhookCreate): An endpoint to receive events, and which ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailUnverifiedProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | IdempotencyInFlightProblem | IdempotencyKeyReusedProblem | InvalidWebhookUrlProblem | ValidationErrorProblem | WebhookTargetRefusedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | WebhookRead]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WebhookCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | IdempotencyInFlightProblem
    | IdempotencyKeyReusedProblem
    | InvalidWebhookUrlProblem
    | ValidationErrorProblem
    | WebhookTargetRefusedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | WebhookRead
    | None
):
    """Register a webhook

     Registers an endpoint for the given event kinds (administrators; the `admin` scope
    alone suffices). Each event is POSTed as JSON `{id, event, created_at, timestamp, data}`
    with the headers `X-Village-Event` (the kind), `X-Village-Delivery` (the event's id, the
    same on every retry: de-duplicate on it) and `X-Village-Signature: sha256=<hex
    HMAC-SHA256 of the body, keyed with secret>`; refuse a body whose `timestamp` is old.
    A 2xx answer is success; anything else is retried with back-off for a while. Members'
    private events (notifications, RSVPs) are never sent. A URL whose host resolves to a
    loopback, private or link-local address is refused (422 `webhook-target-refused`).
    Logged as `webhook.create`; send an `Idempotency-Key` to retry safely.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (WebhookCreate): An endpoint to receive events, and which ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailUnverifiedProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | IdempotencyInFlightProblem | IdempotencyKeyReusedProblem | InvalidWebhookUrlProblem | ValidationErrorProblem | WebhookTargetRefusedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | WebhookRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
