from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_me_response_401 import ExportMeResponse401
from ...models.export_me_response_403 import ExportMeResponse403
from ...models.export_me_response_414 import ExportMeResponse414
from ...models.export_me_response_429 import ExportMeResponse429
from ...models.export_me_response_431 import ExportMeResponse431
from ...models.export_me_response_500 import ExportMeResponse500
from ...models.export_me_response_503 import ExportMeResponse503
from ...models.member_export import MemberExport
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/me/export",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ExportMeResponse401
    | ExportMeResponse403
    | ExportMeResponse414
    | ExportMeResponse429
    | ExportMeResponse431
    | ExportMeResponse500
    | ExportMeResponse503
    | MemberExport
    | None
):
    if response.status_code == 200:
        response_200 = MemberExport.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ExportMeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ExportMeResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = ExportMeResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 429:
        response_429 = ExportMeResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ExportMeResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ExportMeResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ExportMeResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ExportMeResponse401
    | ExportMeResponse403
    | ExportMeResponse414
    | ExportMeResponse429
    | ExportMeResponse431
    | ExportMeResponse500
    | ExportMeResponse503
    | MemberExport
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
) -> Response[
    ExportMeResponse401
    | ExportMeResponse403
    | ExportMeResponse414
    | ExportMeResponse429
    | ExportMeResponse431
    | ExportMeResponse500
    | ExportMeResponse503
    | MemberExport
]:
    """Export your data

     Everything the forum keeps about you (GDPR art. 15 and 20), as a JSON file to
    download: your profile, threads and posts with their revisions (anonymous ones marked),
    reactions, reports you made, warnings and suspensions you received, tokens (names,
    scopes and dates, never secrets), sign-ins, preferences, blocks, notifications, groups
    and RSVPs. What is kept but left out (moderators' private notes) is named in
    `withheld`. Any signed-in member with `read`, a personal access token too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportMeResponse401 | ExportMeResponse403 | ExportMeResponse414 | ExportMeResponse429 | ExportMeResponse431 | ExportMeResponse500 | ExportMeResponse503 | MemberExport]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> (
    ExportMeResponse401
    | ExportMeResponse403
    | ExportMeResponse414
    | ExportMeResponse429
    | ExportMeResponse431
    | ExportMeResponse500
    | ExportMeResponse503
    | MemberExport
    | None
):
    """Export your data

     Everything the forum keeps about you (GDPR art. 15 and 20), as a JSON file to
    download: your profile, threads and posts with their revisions (anonymous ones marked),
    reactions, reports you made, warnings and suspensions you received, tokens (names,
    scopes and dates, never secrets), sign-ins, preferences, blocks, notifications, groups
    and RSVPs. What is kept but left out (moderators' private notes) is named in
    `withheld`. Any signed-in member with `read`, a personal access token too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportMeResponse401 | ExportMeResponse403 | ExportMeResponse414 | ExportMeResponse429 | ExportMeResponse431 | ExportMeResponse500 | ExportMeResponse503 | MemberExport
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    ExportMeResponse401
    | ExportMeResponse403
    | ExportMeResponse414
    | ExportMeResponse429
    | ExportMeResponse431
    | ExportMeResponse500
    | ExportMeResponse503
    | MemberExport
]:
    """Export your data

     Everything the forum keeps about you (GDPR art. 15 and 20), as a JSON file to
    download: your profile, threads and posts with their revisions (anonymous ones marked),
    reactions, reports you made, warnings and suspensions you received, tokens (names,
    scopes and dates, never secrets), sign-ins, preferences, blocks, notifications, groups
    and RSVPs. What is kept but left out (moderators' private notes) is named in
    `withheld`. Any signed-in member with `read`, a personal access token too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportMeResponse401 | ExportMeResponse403 | ExportMeResponse414 | ExportMeResponse429 | ExportMeResponse431 | ExportMeResponse500 | ExportMeResponse503 | MemberExport]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    ExportMeResponse401
    | ExportMeResponse403
    | ExportMeResponse414
    | ExportMeResponse429
    | ExportMeResponse431
    | ExportMeResponse500
    | ExportMeResponse503
    | MemberExport
    | None
):
    """Export your data

     Everything the forum keeps about you (GDPR art. 15 and 20), as a JSON file to
    download: your profile, threads and posts with their revisions (anonymous ones marked),
    reactions, reports you made, warnings and suspensions you received, tokens (names,
    scopes and dates, never secrets), sign-ins, preferences, blocks, notifications, groups
    and RSVPs. What is kept but left out (moderators' private notes) is named in
    `withheld`. Any signed-in member with `read`, a personal access token too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportMeResponse401 | ExportMeResponse403 | ExportMeResponse414 | ExportMeResponse429 | ExportMeResponse431 | ExportMeResponse500 | ExportMeResponse503 | MemberExport
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
