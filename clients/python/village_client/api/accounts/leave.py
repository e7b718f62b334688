from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.demote_first_problem import DemoteFirstProblem
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.invalid_token_problem import InvalidTokenProblem
from ...models.leave_request import LeaveRequest
from ...models.malformed_json_problem import MalformedJsonProblem
from ...models.not_authenticated_problem import NotAuthenticatedProblem
from ...models.password_sign_in_required_problem import PasswordSignInRequiredProblem
from ...models.payload_too_large_problem import PayloadTooLargeProblem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.validation_error_problem import ValidationErrorProblem
from ...models.wrong_password_problem import WrongPasswordProblem
from ...types import Response


def _get_kwargs(
    *,
    body: LeaveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/me",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | DemoteFirstProblem
    | InsufficientScopeProblem
    | PasswordSignInRequiredProblem
    | WrongPasswordProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
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
        ) -> InsufficientScopeProblem | PasswordSignInRequiredProblem | WrongPasswordProblem:
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
                response_403_type_1 = WrongPasswordProblem.from_dict(data)

                return response_403_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_403_type_2 = InsufficientScopeProblem.from_dict(data)

            return response_403_type_2

        response_403 = _parse_response_403(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = DemoteFirstProblem.from_dict(response.json())

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
    Any
    | DemoteFirstProblem
    | InsufficientScopeProblem
    | PasswordSignInRequiredProblem
    | WrongPasswordProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
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
    *,
    client: AuthenticatedClient,
    body: LeaveRequest,
) -> Response[
    Any
    | DemoteFirstProblem
    | InsufficientScopeProblem
    | PasswordSignInRequiredProblem
    | WrongPasswordProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """Delete your account

     Deletes your account for good (GDPR art. 17), confirmed with your password: your
    email address, password, bio, tokens, sign-ins, reactions and blocks are erased and the
    username is freed at once. With `posts: keep` your posts stay, shown as by a deleted
    member; with `erase` their words are removed as deleted posts' are, every reply keeping
    its place. Anonymous posts stay anonymous either way. Needs a password sign-in with
    `write` (a suspended member may leave too); a moderator or administrator is made a member
    first (409 `demote-first`). A wrong password is 403 `wrong-password` and counts as a
    failed sign-in (429 after several).

    Args:
        body (LeaveRequest): Confirms leaving with your password, and says what becomes of your
            posts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DemoteFirstProblem | InsufficientScopeProblem | PasswordSignInRequiredProblem | WrongPasswordProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem]
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
    body: LeaveRequest,
) -> (
    Any
    | DemoteFirstProblem
    | InsufficientScopeProblem
    | PasswordSignInRequiredProblem
    | WrongPasswordProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """Delete your account

     Deletes your account for good (GDPR art. 17), confirmed with your password: your
    email address, password, bio, tokens, sign-ins, reactions and blocks are erased and the
    username is freed at once. With `posts: keep` your posts stay, shown as by a deleted
    member; with `erase` their words are removed as deleted posts' are, every reply keeping
    its place. Anonymous posts stay anonymous either way. Needs a password sign-in with
    `write` (a suspended member may leave too); a moderator or administrator is made a member
    first (409 `demote-first`). A wrong password is 403 `wrong-password` and counts as a
    failed sign-in (429 after several).

    Args:
        body (LeaveRequest): Confirms leaving with your password, and says what becomes of your
            posts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DemoteFirstProblem | InsufficientScopeProblem | PasswordSignInRequiredProblem | WrongPasswordProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LeaveRequest,
) -> Response[
    Any
    | DemoteFirstProblem
    | InsufficientScopeProblem
    | PasswordSignInRequiredProblem
    | WrongPasswordProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """Delete your account

     Deletes your account for good (GDPR art. 17), confirmed with your password: your
    email address, password, bio, tokens, sign-ins, reactions and blocks are erased and the
    username is freed at once. With `posts: keep` your posts stay, shown as by a deleted
    member; with `erase` their words are removed as deleted posts' are, every reply keeping
    its place. Anonymous posts stay anonymous either way. Needs a password sign-in with
    `write` (a suspended member may leave too); a moderator or administrator is made a member
    first (409 `demote-first`). A wrong password is 403 `wrong-password` and counts as a
    failed sign-in (429 after several).

    Args:
        body (LeaveRequest): Confirms leaving with your password, and says what becomes of your
            posts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DemoteFirstProblem | InsufficientScopeProblem | PasswordSignInRequiredProblem | WrongPasswordProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: LeaveRequest,
) -> (
    Any
    | DemoteFirstProblem
    | InsufficientScopeProblem
    | PasswordSignInRequiredProblem
    | WrongPasswordProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """Delete your account

     Deletes your account for good (GDPR art. 17), confirmed with your password: your
    email address, password, bio, tokens, sign-ins, reactions and blocks are erased and the
    username is freed at once. With `posts: keep` your posts stay, shown as by a deleted
    member; with `erase` their words are removed as deleted posts' are, every reply keeping
    its place. Anonymous posts stay anonymous either way. Needs a password sign-in with
    `write` (a suspended member may leave too); a moderator or administrator is made a member
    first (409 `demote-first`). A wrong password is 403 `wrong-password` and counts as a
    failed sign-in (429 after several).

    Args:
        body (LeaveRequest): Confirms leaving with your password, and says what becomes of your
            posts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DemoteFirstProblem | InsufficientScopeProblem | PasswordSignInRequiredProblem | WrongPasswordProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
