from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.internal_error_problem import InternalErrorProblem
from ...models.invalid_credentials_problem import InvalidCredentialsProblem
from ...models.malformed_json_problem import MalformedJsonProblem
from ...models.payload_too_large_problem import PayloadTooLargeProblem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.token_pair import TokenPair
from ...models.token_request import TokenRequest
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.validation_error_problem import ValidationErrorProblem
from ...types import Response


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    InternalErrorProblem
    | InvalidCredentialsProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | TokenPair
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    if response.status_code == 200:
        response_200 = TokenPair.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = MalformedJsonProblem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = InvalidCredentialsProblem.from_dict(response.json())

        return response_401

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
    InternalErrorProblem
    | InvalidCredentialsProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | TokenPair
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
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[
    InternalErrorProblem
    | InvalidCredentialsProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | TokenPair
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """ Sign in

     Signs in with a username (or email address) and a password: the OAuth2 password
    grant. The body is **form-encoded** (`application/x-www-form-urlencoded`), not JSON:

    ```
    curl http://localhost:8000/api/v1/auth/token \\
      -d grant_type=password -d username=priya_k -d 'password=correct horse battery'
    ```

    Send `access_token` as `Authorization: Bearer <access_token>`; it carries every scope
    the member's role allows, and `/auth/refresh` gives the next pair. A wrong password and
    an unknown account are answered alike (401 `invalid-credentials`, in the same time);
    failures are rate-limited per account and per client address (429).

    Args:
        body (TokenRequest): The OAuth2 password grant (RFC 6749 §4.3), sent form-encoded
            (`application/x-www-form-urlencoded`), not as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InternalErrorProblem | InvalidCredentialsProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | TokenPair | UriTooLongProblem | ValidationErrorProblem]
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
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> (
    InternalErrorProblem
    | InvalidCredentialsProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | TokenPair
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """ Sign in

     Signs in with a username (or email address) and a password: the OAuth2 password
    grant. The body is **form-encoded** (`application/x-www-form-urlencoded`), not JSON:

    ```
    curl http://localhost:8000/api/v1/auth/token \\
      -d grant_type=password -d username=priya_k -d 'password=correct horse battery'
    ```

    Send `access_token` as `Authorization: Bearer <access_token>`; it carries every scope
    the member's role allows, and `/auth/refresh` gives the next pair. A wrong password and
    an unknown account are answered alike (401 `invalid-credentials`, in the same time);
    failures are rate-limited per account and per client address (429).

    Args:
        body (TokenRequest): The OAuth2 password grant (RFC 6749 §4.3), sent form-encoded
            (`application/x-www-form-urlencoded`), not as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InternalErrorProblem | InvalidCredentialsProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | TokenPair | UriTooLongProblem | ValidationErrorProblem
     """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[
    InternalErrorProblem
    | InvalidCredentialsProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | TokenPair
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """ Sign in

     Signs in with a username (or email address) and a password: the OAuth2 password
    grant. The body is **form-encoded** (`application/x-www-form-urlencoded`), not JSON:

    ```
    curl http://localhost:8000/api/v1/auth/token \\
      -d grant_type=password -d username=priya_k -d 'password=correct horse battery'
    ```

    Send `access_token` as `Authorization: Bearer <access_token>`; it carries every scope
    the member's role allows, and `/auth/refresh` gives the next pair. A wrong password and
    an unknown account are answered alike (401 `invalid-credentials`, in the same time);
    failures are rate-limited per account and per client address (429).

    Args:
        body (TokenRequest): The OAuth2 password grant (RFC 6749 §4.3), sent form-encoded
            (`application/x-www-form-urlencoded`), not as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InternalErrorProblem | InvalidCredentialsProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | TokenPair | UriTooLongProblem | ValidationErrorProblem]
     """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> (
    InternalErrorProblem
    | InvalidCredentialsProblem
    | MalformedJsonProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | TokenPair
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """ Sign in

     Signs in with a username (or email address) and a password: the OAuth2 password
    grant. The body is **form-encoded** (`application/x-www-form-urlencoded`), not JSON:

    ```
    curl http://localhost:8000/api/v1/auth/token \\
      -d grant_type=password -d username=priya_k -d 'password=correct horse battery'
    ```

    Send `access_token` as `Authorization: Bearer <access_token>`; it carries every scope
    the member's role allows, and `/auth/refresh` gives the next pair. A wrong password and
    an unknown account are answered alike (401 `invalid-credentials`, in the same time);
    failures are rate-limited per account and per client address (429).

    Args:
        body (TokenRequest): The OAuth2 password grant (RFC 6749 §4.3), sent form-encoded
            (`application/x-www-form-urlencoded`), not as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InternalErrorProblem | InvalidCredentialsProblem | MalformedJsonProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | TokenPair | UriTooLongProblem | ValidationErrorProblem
     """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
