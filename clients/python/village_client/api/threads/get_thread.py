from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.invalid_token_problem import InvalidTokenProblem
from ...models.not_found_problem import NotFoundProblem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.thread_read import ThreadRead
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.validation_error_problem import ValidationErrorProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: int,
    *,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/threads/{thread_id}".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | ThreadRead
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    if response.status_code == 200:
        response_200 = ThreadRead.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 401:
        response_401 = InvalidTokenProblem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = InsufficientScopeProblem.from_dict(response.json())

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
    | InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | ThreadRead
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
    thread_id: int,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[
    Any
    | InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | ThreadRead
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """Get a thread

     One thread. Anyone may call it, without a token; a signed-in reader (`read` scope)
    also gets their reading state. An anonymous thread names its author only to that
    author and to moderators; a deleted thread is 404. A conditional GET: send the `ETag`
    back in `If-None-Match` for a 304.

    Args:
        thread_id (int): The thread's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | InsufficientScopeProblem | InternalErrorProblem | InvalidTokenProblem | NotFoundProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | ThreadRead | UriTooLongProblem | ValidationErrorProblem]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: int,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> (
    Any
    | InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | ThreadRead
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """Get a thread

     One thread. Anyone may call it, without a token; a signed-in reader (`read` scope)
    also gets their reading state. An anonymous thread names its author only to that
    author and to moderators; a deleted thread is 404. A conditional GET: send the `ETag`
    back in `If-None-Match` for a 304.

    Args:
        thread_id (int): The thread's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | InsufficientScopeProblem | InternalErrorProblem | InvalidTokenProblem | NotFoundProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | ThreadRead | UriTooLongProblem | ValidationErrorProblem
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    thread_id: int,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[
    Any
    | InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | ThreadRead
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """Get a thread

     One thread. Anyone may call it, without a token; a signed-in reader (`read` scope)
    also gets their reading state. An anonymous thread names its author only to that
    author and to moderators; a deleted thread is 404. A conditional GET: send the `ETag`
    back in `If-None-Match` for a 304.

    Args:
        thread_id (int): The thread's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | InsufficientScopeProblem | InternalErrorProblem | InvalidTokenProblem | NotFoundProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | ThreadRead | UriTooLongProblem | ValidationErrorProblem]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: int,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> (
    Any
    | InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | ThreadRead
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """Get a thread

     One thread. Anyone may call it, without a token; a signed-in reader (`read` scope)
    also gets their reading state. An anonymous thread names its author only to that
    author and to moderators; a deleted thread is 404. A conditional GET: send the `ETag`
    back in `If-None-Match` for a 304.

    Args:
        thread_id (int): The thread's id.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | InsufficientScopeProblem | InternalErrorProblem | InvalidTokenProblem | NotFoundProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | ThreadRead | UriTooLongProblem | ValidationErrorProblem
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            if_none_match=if_none_match,
        )
    ).parsed
