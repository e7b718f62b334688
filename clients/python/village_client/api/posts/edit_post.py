from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_unverified_problem import EmailUnverifiedProblem
from ...models.forbidden_problem import ForbiddenProblem
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.invalid_token_problem import InvalidTokenProblem
from ...models.malformed_json_problem import MalformedJsonProblem
from ...models.not_authenticated_problem import NotAuthenticatedProblem
from ...models.not_found_problem import NotFoundProblem
from ...models.payload_too_large_problem import PayloadTooLargeProblem
from ...models.post_deleted_problem import PostDeletedProblem
from ...models.post_read import PostRead
from ...models.post_update import PostUpdate
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.suspended_problem import SuspendedProblem
from ...models.thread_locked_problem import ThreadLockedProblem
from ...models.too_many_links_problem import TooManyLinksProblem
from ...models.too_many_mentions_problem import TooManyMentionsProblem
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.validation_error_problem import ValidationErrorProblem
from ...types import Response


def _get_kwargs(
    post_id: int,
    *,
    body: PostUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/posts/{post_id}".format(
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
    EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | ThreadLockedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | PostDeletedProblem
    | PostRead
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | TooManyLinksProblem
    | TooManyMentionsProblem
    | ValidationErrorProblem
    | UriTooLongProblem
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
        ) -> (
            EmailUnverifiedProblem
            | ForbiddenProblem
            | InsufficientScopeProblem
            | SuspendedProblem
            | ThreadLockedProblem
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
                response_403_type_1 = ThreadLockedProblem.from_dict(data)

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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_3 = SuspendedProblem.from_dict(data)

                return response_403_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_403_type_4 = InsufficientScopeProblem.from_dict(data)

            return response_403_type_4

        response_403 = _parse_response_403(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundProblem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = PostDeletedProblem.from_dict(response.json())

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
        ) -> TooManyLinksProblem | TooManyMentionsProblem | ValidationErrorProblem:
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
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_2 = TooManyMentionsProblem.from_dict(data)

            return response_422_type_2

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
    | ThreadLockedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | PostDeletedProblem
    | PostRead
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | TooManyLinksProblem
    | TooManyMentionsProblem
    | ValidationErrorProblem
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
    body: PostUpdate,
) -> Response[
    EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | ThreadLockedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | PostDeletedProblem
    | PostRead
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | TooManyLinksProblem
    | TooManyMentionsProblem
    | ValidationErrorProblem
    | UriTooLongProblem
]:
    """Edit a post

     Replaces a post's body (its author or a moderator, `write` scope); the body it
    replaces is kept as a revision and `edited_at` is set. A moderator's edit of someone
    else's post is written in the moderation log. A deleted post (409) or a post in a locked
    thread (403, moderators excepted) cannot be edited. Emits `post.updated`.

    Args:
        post_id (int): The post's id (not its number in the thread).
        body (PostUpdate): A post's new body; the one it replaces is kept as a revision.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailUnverifiedProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | ThreadLockedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | NotFoundProblem | PayloadTooLargeProblem | PostDeletedProblem | PostRead | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | TooManyLinksProblem | TooManyMentionsProblem | ValidationErrorProblem | UriTooLongProblem]
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
    body: PostUpdate,
) -> (
    EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | ThreadLockedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | PostDeletedProblem
    | PostRead
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | TooManyLinksProblem
    | TooManyMentionsProblem
    | ValidationErrorProblem
    | UriTooLongProblem
    | None
):
    """Edit a post

     Replaces a post's body (its author or a moderator, `write` scope); the body it
    replaces is kept as a revision and `edited_at` is set. A moderator's edit of someone
    else's post is written in the moderation log. A deleted post (409) or a post in a locked
    thread (403, moderators excepted) cannot be edited. Emits `post.updated`.

    Args:
        post_id (int): The post's id (not its number in the thread).
        body (PostUpdate): A post's new body; the one it replaces is kept as a revision.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailUnverifiedProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | ThreadLockedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | NotFoundProblem | PayloadTooLargeProblem | PostDeletedProblem | PostRead | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | TooManyLinksProblem | TooManyMentionsProblem | ValidationErrorProblem | UriTooLongProblem
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
    body: PostUpdate,
) -> Response[
    EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | ThreadLockedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | PostDeletedProblem
    | PostRead
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | TooManyLinksProblem
    | TooManyMentionsProblem
    | ValidationErrorProblem
    | UriTooLongProblem
]:
    """Edit a post

     Replaces a post's body (its author or a moderator, `write` scope); the body it
    replaces is kept as a revision and `edited_at` is set. A moderator's edit of someone
    else's post is written in the moderation log. A deleted post (409) or a post in a locked
    thread (403, moderators excepted) cannot be edited. Emits `post.updated`.

    Args:
        post_id (int): The post's id (not its number in the thread).
        body (PostUpdate): A post's new body; the one it replaces is kept as a revision.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailUnverifiedProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | ThreadLockedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | NotFoundProblem | PayloadTooLargeProblem | PostDeletedProblem | PostRead | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | TooManyLinksProblem | TooManyMentionsProblem | ValidationErrorProblem | UriTooLongProblem]
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
    body: PostUpdate,
) -> (
    EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | ThreadLockedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | PostDeletedProblem
    | PostRead
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | TooManyLinksProblem
    | TooManyMentionsProblem
    | ValidationErrorProblem
    | UriTooLongProblem
    | None
):
    """Edit a post

     Replaces a post's body (its author or a moderator, `write` scope); the body it
    replaces is kept as a revision and `edited_at` is set. A moderator's edit of someone
    else's post is written in the moderation log. A deleted post (409) or a post in a locked
    thread (403, moderators excepted) cannot be edited. Emits `post.updated`.

    Args:
        post_id (int): The post's id (not its number in the thread).
        body (PostUpdate): A post's new body; the one it replaces is kept as a revision.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailUnverifiedProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | ThreadLockedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | NotFoundProblem | PayloadTooLargeProblem | PostDeletedProblem | PostRead | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | TooManyLinksProblem | TooManyMentionsProblem | ValidationErrorProblem | UriTooLongProblem
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            client=client,
            body=body,
        )
    ).parsed
