from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.preferences_read import PreferencesRead
from ...models.preferences_update import PreferencesUpdate
from ...models.update_preferences_response_400 import UpdatePreferencesResponse400
from ...models.update_preferences_response_401 import UpdatePreferencesResponse401
from ...models.update_preferences_response_403 import UpdatePreferencesResponse403
from ...models.update_preferences_response_413 import UpdatePreferencesResponse413
from ...models.update_preferences_response_414 import UpdatePreferencesResponse414
from ...models.update_preferences_response_422 import UpdatePreferencesResponse422
from ...models.update_preferences_response_429 import UpdatePreferencesResponse429
from ...models.update_preferences_response_431 import UpdatePreferencesResponse431
from ...models.update_preferences_response_500 import UpdatePreferencesResponse500
from ...models.update_preferences_response_503 import UpdatePreferencesResponse503
from ...types import Response


def _get_kwargs(
    *,
    body: PreferencesUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/me/preferences",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PreferencesRead
    | UpdatePreferencesResponse400
    | UpdatePreferencesResponse401
    | UpdatePreferencesResponse403
    | UpdatePreferencesResponse413
    | UpdatePreferencesResponse414
    | UpdatePreferencesResponse422
    | UpdatePreferencesResponse429
    | UpdatePreferencesResponse431
    | UpdatePreferencesResponse500
    | UpdatePreferencesResponse503
    | None
):
    if response.status_code == 200:
        response_200 = PreferencesRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdatePreferencesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdatePreferencesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UpdatePreferencesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = UpdatePreferencesResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = UpdatePreferencesResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = UpdatePreferencesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = UpdatePreferencesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = UpdatePreferencesResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = UpdatePreferencesResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = UpdatePreferencesResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PreferencesRead
    | UpdatePreferencesResponse400
    | UpdatePreferencesResponse401
    | UpdatePreferencesResponse403
    | UpdatePreferencesResponse413
    | UpdatePreferencesResponse414
    | UpdatePreferencesResponse422
    | UpdatePreferencesResponse429
    | UpdatePreferencesResponse431
    | UpdatePreferencesResponse500
    | UpdatePreferencesResponse503
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
    body: PreferencesUpdate,
) -> Response[
    PreferencesRead
    | UpdatePreferencesResponse400
    | UpdatePreferencesResponse401
    | UpdatePreferencesResponse403
    | UpdatePreferencesResponse413
    | UpdatePreferencesResponse414
    | UpdatePreferencesResponse422
    | UpdatePreferencesResponse429
    | UpdatePreferencesResponse431
    | UpdatePreferencesResponse500
    | UpdatePreferencesResponse503
]:
    """Update your preferences

     Changes only the fields given; null is refused for every one (leave a field out to
    keep it). Answers all your preferences. Needs `write`; a suspended or unverified member
    may change them too (choosing emails is not posting).

    Args:
        body (PreferencesUpdate): Only the fields given change; null is no value for any of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PreferencesRead | UpdatePreferencesResponse400 | UpdatePreferencesResponse401 | UpdatePreferencesResponse403 | UpdatePreferencesResponse413 | UpdatePreferencesResponse414 | UpdatePreferencesResponse422 | UpdatePreferencesResponse429 | UpdatePreferencesResponse431 | UpdatePreferencesResponse500 | UpdatePreferencesResponse503]
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
    body: PreferencesUpdate,
) -> (
    PreferencesRead
    | UpdatePreferencesResponse400
    | UpdatePreferencesResponse401
    | UpdatePreferencesResponse403
    | UpdatePreferencesResponse413
    | UpdatePreferencesResponse414
    | UpdatePreferencesResponse422
    | UpdatePreferencesResponse429
    | UpdatePreferencesResponse431
    | UpdatePreferencesResponse500
    | UpdatePreferencesResponse503
    | None
):
    """Update your preferences

     Changes only the fields given; null is refused for every one (leave a field out to
    keep it). Answers all your preferences. Needs `write`; a suspended or unverified member
    may change them too (choosing emails is not posting).

    Args:
        body (PreferencesUpdate): Only the fields given change; null is no value for any of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PreferencesRead | UpdatePreferencesResponse400 | UpdatePreferencesResponse401 | UpdatePreferencesResponse403 | UpdatePreferencesResponse413 | UpdatePreferencesResponse414 | UpdatePreferencesResponse422 | UpdatePreferencesResponse429 | UpdatePreferencesResponse431 | UpdatePreferencesResponse500 | UpdatePreferencesResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PreferencesUpdate,
) -> Response[
    PreferencesRead
    | UpdatePreferencesResponse400
    | UpdatePreferencesResponse401
    | UpdatePreferencesResponse403
    | UpdatePreferencesResponse413
    | UpdatePreferencesResponse414
    | UpdatePreferencesResponse422
    | UpdatePreferencesResponse429
    | UpdatePreferencesResponse431
    | UpdatePreferencesResponse500
    | UpdatePreferencesResponse503
]:
    """Update your preferences

     Changes only the fields given; null is refused for every one (leave a field out to
    keep it). Answers all your preferences. Needs `write`; a suspended or unverified member
    may change them too (choosing emails is not posting).

    Args:
        body (PreferencesUpdate): Only the fields given change; null is no value for any of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PreferencesRead | UpdatePreferencesResponse400 | UpdatePreferencesResponse401 | UpdatePreferencesResponse403 | UpdatePreferencesResponse413 | UpdatePreferencesResponse414 | UpdatePreferencesResponse422 | UpdatePreferencesResponse429 | UpdatePreferencesResponse431 | UpdatePreferencesResponse500 | UpdatePreferencesResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PreferencesUpdate,
) -> (
    PreferencesRead
    | UpdatePreferencesResponse400
    | UpdatePreferencesResponse401
    | UpdatePreferencesResponse403
    | UpdatePreferencesResponse413
    | UpdatePreferencesResponse414
    | UpdatePreferencesResponse422
    | UpdatePreferencesResponse429
    | UpdatePreferencesResponse431
    | UpdatePreferencesResponse500
    | UpdatePreferencesResponse503
    | None
):
    """Update your preferences

     Changes only the fields given; null is refused for every one (leave a field out to
    keep it). Answers all your preferences. Needs `write`; a suspended or unverified member
    may change them too (choosing emails is not posting).

    Args:
        body (PreferencesUpdate): Only the fields given change; null is no value for any of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PreferencesRead | UpdatePreferencesResponse400 | UpdatePreferencesResponse401 | UpdatePreferencesResponse403 | UpdatePreferencesResponse413 | UpdatePreferencesResponse414 | UpdatePreferencesResponse422 | UpdatePreferencesResponse429 | UpdatePreferencesResponse431 | UpdatePreferencesResponse500 | UpdatePreferencesResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
