from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.already_flagged_problem import AlreadyFlaggedProblem
from ...models.email_unverified_problem import EmailUnverifiedProblem
from ...models.flag_create import FlagCreate
from ...models.flag_read import FlagRead
from ...models.forbidden_problem import ForbiddenProblem
from ...models.idempotency_in_flight_problem import IdempotencyInFlightProblem
from ...models.idempotency_key_reused_problem import IdempotencyKeyReusedProblem
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.invalid_token_problem import InvalidTokenProblem
from ...models.malformed_json_problem import MalformedJsonProblem
from ...models.not_authenticated_problem import NotAuthenticatedProblem
from ...models.not_found_problem import NotFoundProblem
from ...models.payload_too_large_problem import PayloadTooLargeProblem
from ...models.post_deleted_problem import PostDeletedProblem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.suspended_problem import SuspendedProblem
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.validation_error_problem import ValidationErrorProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    post_id: int,
    *,
    body: FlagCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/posts/{post_id}/flags".format(
            post_id=quote(str(post_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlreadyFlaggedProblem
    | IdempotencyInFlightProblem
    | PostDeletedProblem
    | EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | FlagRead
    | IdempotencyKeyReusedProblem
    | ValidationErrorProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | None
):
    if response.status_code == 201:
        response_201 = FlagRead.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = NotFoundProblem.from_dict(response.json())

        return response_404

    if response.status_code == 409:

        def _parse_response_409(
            data: object,
        ) -> AlreadyFlaggedProblem | IdempotencyInFlightProblem | PostDeletedProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = PostDeletedProblem.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_1 = AlreadyFlaggedProblem.from_dict(data)

                return response_409_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_409_type_2 = IdempotencyInFlightProblem.from_dict(data)

            return response_409_type_2

        response_409 = _parse_response_409(response.json())

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
        ) -> IdempotencyKeyReusedProblem | ValidationErrorProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = ValidationErrorProblem.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_1 = IdempotencyKeyReusedProblem.from_dict(data)

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
    AlreadyFlaggedProblem
    | IdempotencyInFlightProblem
    | PostDeletedProblem
    | EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | FlagRead
    | IdempotencyKeyReusedProblem
    | ValidationErrorProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    post_id: int,
    *,
    client: AuthenticatedClient,
    body: FlagCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    AlreadyFlaggedProblem
    | IdempotencyInFlightProblem
    | PostDeletedProblem
    | EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | FlagRead
    | IdempotencyKeyReusedProblem
    | ValidationErrorProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
]:
    """Report a post

     Reports a post to the moderators (`write` scope; not your own post, 403; one open
    report per member and post, 409 `already-flagged`). `safety` means someone may be at
    risk and puts the post first in the review queue. The post joins the queue (a
    `flag.created` webhook event); when enough members have reported it, it is hidden
    pending review and its `hidden_reason` says so. Who reported a post is never shown to
    other members. Send an `Idempotency-Key` to retry safely.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (FlagCreate): A member's report of a post to the moderators.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlreadyFlaggedProblem | IdempotencyInFlightProblem | PostDeletedProblem | EmailUnverifiedProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | FlagRead | IdempotencyKeyReusedProblem | ValidationErrorProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | NotFoundProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    post_id: int,
    *,
    client: AuthenticatedClient,
    body: FlagCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    AlreadyFlaggedProblem
    | IdempotencyInFlightProblem
    | PostDeletedProblem
    | EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | FlagRead
    | IdempotencyKeyReusedProblem
    | ValidationErrorProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | None
):
    """Report a post

     Reports a post to the moderators (`write` scope; not your own post, 403; one open
    report per member and post, 409 `already-flagged`). `safety` means someone may be at
    risk and puts the post first in the review queue. The post joins the queue (a
    `flag.created` webhook event); when enough members have reported it, it is hidden
    pending review and its `hidden_reason` says so. Who reported a post is never shown to
    other members. Send an `Idempotency-Key` to retry safely.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (FlagCreate): A member's report of a post to the moderators.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlreadyFlaggedProblem | IdempotencyInFlightProblem | PostDeletedProblem | EmailUnverifiedProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | FlagRead | IdempotencyKeyReusedProblem | ValidationErrorProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | NotFoundProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem
    """

    return sync_detailed(
        post_id=post_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    post_id: int,
    *,
    client: AuthenticatedClient,
    body: FlagCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    AlreadyFlaggedProblem
    | IdempotencyInFlightProblem
    | PostDeletedProblem
    | EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | FlagRead
    | IdempotencyKeyReusedProblem
    | ValidationErrorProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
]:
    """Report a post

     Reports a post to the moderators (`write` scope; not your own post, 403; one open
    report per member and post, 409 `already-flagged`). `safety` means someone may be at
    risk and puts the post first in the review queue. The post joins the queue (a
    `flag.created` webhook event); when enough members have reported it, it is hidden
    pending review and its `hidden_reason` says so. Who reported a post is never shown to
    other members. Send an `Idempotency-Key` to retry safely.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (FlagCreate): A member's report of a post to the moderators.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlreadyFlaggedProblem | IdempotencyInFlightProblem | PostDeletedProblem | EmailUnverifiedProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | FlagRead | IdempotencyKeyReusedProblem | ValidationErrorProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | NotFoundProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    post_id: int,
    *,
    client: AuthenticatedClient,
    body: FlagCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    AlreadyFlaggedProblem
    | IdempotencyInFlightProblem
    | PostDeletedProblem
    | EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | FlagRead
    | IdempotencyKeyReusedProblem
    | ValidationErrorProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | None
):
    """Report a post

     Reports a post to the moderators (`write` scope; not your own post, 403; one open
    report per member and post, 409 `already-flagged`). `safety` means someone may be at
    risk and puts the post first in the review queue. The post joins the queue (a
    `flag.created` webhook event); when enough members have reported it, it is hidden
    pending review and its `hidden_reason` says so. Who reported a post is never shown to
    other members. Send an `Idempotency-Key` to retry safely.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (FlagCreate): A member's report of a post to the moderators.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlreadyFlaggedProblem | IdempotencyInFlightProblem | PostDeletedProblem | EmailUnverifiedProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | FlagRead | IdempotencyKeyReusedProblem | ValidationErrorProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | NotFoundProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
