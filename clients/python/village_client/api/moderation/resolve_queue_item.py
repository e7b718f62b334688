from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.claimed_problem import ClaimedProblem
from ...models.forbidden_problem import ForbiddenProblem
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.invalid_token_problem import InvalidTokenProblem
from ...models.malformed_json_problem import MalformedJsonProblem
from ...models.not_authenticated_problem import NotAuthenticatedProblem
from ...models.not_found_problem import NotFoundProblem
from ...models.nothing_to_resolve_problem import NothingToResolveProblem
from ...models.payload_too_large_problem import PayloadTooLargeProblem
from ...models.post_read import PostRead
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.resolve_request import ResolveRequest
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.suspended_problem import SuspendedProblem
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.validation_error_problem import ValidationErrorProblem
from ...types import Response


def _get_kwargs(
    post_id: int,
    *,
    body: ResolveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/moderation/posts/{post_id}/resolve".format(
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
    ClaimedProblem
    | NothingToResolveProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | PostRead
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    if response.status_code == 200:
        response_200 = PostRead.from_dict(response.json())

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
        ) -> ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem:
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
                response_403_type_1 = SuspendedProblem.from_dict(data)

                return response_403_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_403_type_2 = InsufficientScopeProblem.from_dict(data)

            return response_403_type_2

        response_403 = _parse_response_403(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundProblem.from_dict(response.json())

        return response_404

    if response.status_code == 409:

        def _parse_response_409(data: object) -> ClaimedProblem | NothingToResolveProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = NothingToResolveProblem.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_409_type_1 = ClaimedProblem.from_dict(data)

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
    ClaimedProblem
    | NothingToResolveProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | PostRead
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
    post_id: int,
    *,
    client: AuthenticatedClient,
    body: ResolveRequest,
) -> Response[
    ClaimedProblem
    | NothingToResolveProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | PostRead
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """Resolve a queue item

     Closes every open report on the post with a verdict (moderators; `moderate` scope):
    `dismiss` keeps the post (showing it again if reports hid it), `hide` hides it, `delete`
    deletes it. The post leaves the queue; the reporters learn the outcome from their
    reports' `status`, and a `flag.resolved` webhook event is sent. A post with no open
    reports (already resolved by someone else) is 409 `nothing-to-resolve`; one another
    moderator has claimed is 409 `claimed`. Answers the post as moderators see it. Logged
    as `post.resolve`, with a `flag.upheld`/`flag.dismissed` entry per report.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        body (ResolveRequest): A moderator's verdict on a queued post's reports.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimedProblem | NothingToResolveProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | NotFoundProblem | PayloadTooLargeProblem | PostRead | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    post_id: int,
    *,
    client: AuthenticatedClient,
    body: ResolveRequest,
) -> (
    ClaimedProblem
    | NothingToResolveProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | PostRead
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """Resolve a queue item

     Closes every open report on the post with a verdict (moderators; `moderate` scope):
    `dismiss` keeps the post (showing it again if reports hid it), `hide` hides it, `delete`
    deletes it. The post leaves the queue; the reporters learn the outcome from their
    reports' `status`, and a `flag.resolved` webhook event is sent. A post with no open
    reports (already resolved by someone else) is 409 `nothing-to-resolve`; one another
    moderator has claimed is 409 `claimed`. Answers the post as moderators see it. Logged
    as `post.resolve`, with a `flag.upheld`/`flag.dismissed` entry per report.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        body (ResolveRequest): A moderator's verdict on a queued post's reports.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimedProblem | NothingToResolveProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | NotFoundProblem | PayloadTooLargeProblem | PostRead | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem
    """

    return sync_detailed(
        post_id=post_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    post_id: int,
    *,
    client: AuthenticatedClient,
    body: ResolveRequest,
) -> Response[
    ClaimedProblem
    | NothingToResolveProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | PostRead
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """Resolve a queue item

     Closes every open report on the post with a verdict (moderators; `moderate` scope):
    `dismiss` keeps the post (showing it again if reports hid it), `hide` hides it, `delete`
    deletes it. The post leaves the queue; the reporters learn the outcome from their
    reports' `status`, and a `flag.resolved` webhook event is sent. A post with no open
    reports (already resolved by someone else) is 409 `nothing-to-resolve`; one another
    moderator has claimed is 409 `claimed`. Answers the post as moderators see it. Logged
    as `post.resolve`, with a `flag.upheld`/`flag.dismissed` entry per report.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        body (ResolveRequest): A moderator's verdict on a queued post's reports.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimedProblem | NothingToResolveProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | NotFoundProblem | PayloadTooLargeProblem | PostRead | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    post_id: int,
    *,
    client: AuthenticatedClient,
    body: ResolveRequest,
) -> (
    ClaimedProblem
    | NothingToResolveProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | PostRead
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """Resolve a queue item

     Closes every open report on the post with a verdict (moderators; `moderate` scope):
    `dismiss` keeps the post (showing it again if reports hid it), `hide` hides it, `delete`
    deletes it. The post leaves the queue; the reporters learn the outcome from their
    reports' `status`, and a `flag.resolved` webhook event is sent. A post with no open
    reports (already resolved by someone else) is 409 `nothing-to-resolve`; one another
    moderator has claimed is 409 `claimed`. Answers the post as moderators see it. Logged
    as `post.resolve`, with a `flag.upheld`/`flag.dismissed` entry per report.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        body (ResolveRequest): A moderator's verdict on a queued post's reports.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimedProblem | NothingToResolveProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | NotFoundProblem | PayloadTooLargeProblem | PostRead | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            client=client,
            body=body,
        )
    ).parsed
