from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_me_response_429 import ExportMeResponse429
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
) -> ExportMeResponse429 | ExportMeResponse503 | MemberExport | None:
    if response.status_code == 200:
        response_200 = MemberExport.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ExportMeResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = ExportMeResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExportMeResponse429 | ExportMeResponse503 | MemberExport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ExportMeResponse429 | ExportMeResponse503 | MemberExport]:
    """Export Me

     Everything the forum keeps about you, as a JSON file to download. A personal access
    token may fetch it as it may read /me: with the `read` scope.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportMeResponse429 | ExportMeResponse503 | MemberExport]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ExportMeResponse429 | ExportMeResponse503 | MemberExport | None:
    """Export Me

     Everything the forum keeps about you, as a JSON file to download. A personal access
    token may fetch it as it may read /me: with the `read` scope.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportMeResponse429 | ExportMeResponse503 | MemberExport
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ExportMeResponse429 | ExportMeResponse503 | MemberExport]:
    """Export Me

     Everything the forum keeps about you, as a JSON file to download. A personal access
    token may fetch it as it may read /me: with the `read` scope.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportMeResponse429 | ExportMeResponse503 | MemberExport]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ExportMeResponse429 | ExportMeResponse503 | MemberExport | None:
    """Export Me

     Everything the forum keeps about you, as a JSON file to download. A personal access
    token may fetch it as it may read /me: with the `read` scope.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportMeResponse429 | ExportMeResponse503 | MemberExport
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
