from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.duplicate_post_problem import DuplicatePostProblem
from ...models.email_unverified_problem import EmailUnverifiedProblem
from ...models.idempotency_in_flight_problem import IdempotencyInFlightProblem
from ...models.idempotency_key_reused_problem import IdempotencyKeyReusedProblem
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.invalid_token_problem import InvalidTokenProblem
from ...models.malformed_json_problem import MalformedJsonProblem
from ...models.new_member_limit_problem import NewMemberLimitProblem
from ...models.not_authenticated_problem import NotAuthenticatedProblem
from ...models.not_found_problem import NotFoundProblem
from ...models.payload_too_large_problem import PayloadTooLargeProblem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.suspended_problem import SuspendedProblem
from ...models.thread_created import ThreadCreated
from ...models.too_many_links_problem import TooManyLinksProblem
from ...models.too_many_mentions_problem import TooManyMentionsProblem
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.validation_error_problem import ValidationErrorProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: Any,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/threads",
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DuplicatePostProblem
    | IdempotencyInFlightProblem
    | EmailUnverifiedProblem
    | InsufficientScopeProblem
    | NewMemberLimitProblem
    | SuspendedProblem
    | IdempotencyKeyReusedProblem
    | TooManyLinksProblem
    | TooManyMentionsProblem
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
    | ThreadCreated
    | UriTooLongProblem
    | None
):
    if response.status_code == 201:
        response_201 = ThreadCreated.from_dict(response.json())

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
            | NewMemberLimitProblem
            | SuspendedProblem
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_0 = NewMemberLimitProblem.from_dict(data)

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

        def _parse_response_409(data: object) -> DuplicatePostProblem | IdempotencyInFlightProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = DuplicatePostProblem.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_409_type_1 = IdempotencyInFlightProblem.from_dict(data)

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

        def _parse_response_422(
            data: object,
        ) -> (
            IdempotencyKeyReusedProblem
            | TooManyLinksProblem
            | TooManyMentionsProblem
            | ValidationErrorProblem
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
                response_422_type_1 = TooManyLinksProblem.from_dict(data)

                return response_422_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_2 = TooManyMentionsProblem.from_dict(data)

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
    DuplicatePostProblem
    | IdempotencyInFlightProblem
    | EmailUnverifiedProblem
    | InsufficientScopeProblem
    | NewMemberLimitProblem
    | SuspendedProblem
    | IdempotencyKeyReusedProblem
    | TooManyLinksProblem
    | TooManyMentionsProblem
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
    | ThreadCreated
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
    body: Any,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    DuplicatePostProblem
    | IdempotencyInFlightProblem
    | EmailUnverifiedProblem
    | InsufficientScopeProblem
    | NewMemberLimitProblem
    | SuspendedProblem
    | IdempotencyKeyReusedProblem
    | TooManyLinksProblem
    | TooManyMentionsProblem
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
    | ThreadCreated
    | UriTooLongProblem
]:
    """Start a thread

     Starts a thread with its first post, in a forum category or a local group's list
    (members, `write` scope; not while suspended, nor unverified when the forum requires a
    verified address). An unknown category is 404. It counts against the member's posting
    rate limit and, in their first hours, the new-member limits; the author watches it.
    Emits `thread.created` and `post.created` (webhooks). Send an `Idempotency-Key` to retry
    safely: the same title and body again within minutes is 409 `duplicate-post`.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (Any): In a forum category (`category`) or in a local group's thread list (`group`):
            one of
            the two, never both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DuplicatePostProblem | IdempotencyInFlightProblem | EmailUnverifiedProblem | InsufficientScopeProblem | NewMemberLimitProblem | SuspendedProblem | IdempotencyKeyReusedProblem | TooManyLinksProblem | TooManyMentionsProblem | ValidationErrorProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | NotFoundProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | ThreadCreated | UriTooLongProblem]
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
    body: Any,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    DuplicatePostProblem
    | IdempotencyInFlightProblem
    | EmailUnverifiedProblem
    | InsufficientScopeProblem
    | NewMemberLimitProblem
    | SuspendedProblem
    | IdempotencyKeyReusedProblem
    | TooManyLinksProblem
    | TooManyMentionsProblem
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
    | ThreadCreated
    | UriTooLongProblem
    | None
):
    """Start a thread

     Starts a thread with its first post, in a forum category or a local group's list
    (members, `write` scope; not while suspended, nor unverified when the forum requires a
    verified address). An unknown category is 404. It counts against the member's posting
    rate limit and, in their first hours, the new-member limits; the author watches it.
    Emits `thread.created` and `post.created` (webhooks). Send an `Idempotency-Key` to retry
    safely: the same title and body again within minutes is 409 `duplicate-post`.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (Any): In a forum category (`category`) or in a local group's thread list (`group`):
            one of
            the two, never both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DuplicatePostProblem | IdempotencyInFlightProblem | EmailUnverifiedProblem | InsufficientScopeProblem | NewMemberLimitProblem | SuspendedProblem | IdempotencyKeyReusedProblem | TooManyLinksProblem | TooManyMentionsProblem | ValidationErrorProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | NotFoundProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | ThreadCreated | UriTooLongProblem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Any,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    DuplicatePostProblem
    | IdempotencyInFlightProblem
    | EmailUnverifiedProblem
    | InsufficientScopeProblem
    | NewMemberLimitProblem
    | SuspendedProblem
    | IdempotencyKeyReusedProblem
    | TooManyLinksProblem
    | TooManyMentionsProblem
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
    | ThreadCreated
    | UriTooLongProblem
]:
    """Start a thread

     Starts a thread with its first post, in a forum category or a local group's list
    (members, `write` scope; not while suspended, nor unverified when the forum requires a
    verified address). An unknown category is 404. It counts against the member's posting
    rate limit and, in their first hours, the new-member limits; the author watches it.
    Emits `thread.created` and `post.created` (webhooks). Send an `Idempotency-Key` to retry
    safely: the same title and body again within minutes is 409 `duplicate-post`.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (Any): In a forum category (`category`) or in a local group's thread list (`group`):
            one of
            the two, never both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DuplicatePostProblem | IdempotencyInFlightProblem | EmailUnverifiedProblem | InsufficientScopeProblem | NewMemberLimitProblem | SuspendedProblem | IdempotencyKeyReusedProblem | TooManyLinksProblem | TooManyMentionsProblem | ValidationErrorProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | NotFoundProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | ThreadCreated | UriTooLongProblem]
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
    body: Any,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    DuplicatePostProblem
    | IdempotencyInFlightProblem
    | EmailUnverifiedProblem
    | InsufficientScopeProblem
    | NewMemberLimitProblem
    | SuspendedProblem
    | IdempotencyKeyReusedProblem
    | TooManyLinksProblem
    | TooManyMentionsProblem
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
    | ThreadCreated
    | UriTooLongProblem
    | None
):
    """Start a thread

     Starts a thread with its first post, in a forum category or a local group's list
    (members, `write` scope; not while suspended, nor unverified when the forum requires a
    verified address). An unknown category is 404. It counts against the member's posting
    rate limit and, in their first hours, the new-member limits; the author watches it.
    Emits `thread.created` and `post.created` (webhooks). Send an `Idempotency-Key` to retry
    safely: the same title and body again within minutes is 409 `duplicate-post`.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (Any): In a forum category (`category`) or in a local group's thread list (`group`):
            one of
            the two, never both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DuplicatePostProblem | IdempotencyInFlightProblem | EmailUnverifiedProblem | InsufficientScopeProblem | NewMemberLimitProblem | SuspendedProblem | IdempotencyKeyReusedProblem | TooManyLinksProblem | TooManyMentionsProblem | ValidationErrorProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | NotFoundProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | ThreadCreated | UriTooLongProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
