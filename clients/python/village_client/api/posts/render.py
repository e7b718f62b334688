from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.render_request import RenderRequest
from ...models.render_response import RenderResponse
from ...models.render_response_400 import RenderResponse400
from ...models.render_response_413 import RenderResponse413
from ...models.render_response_422 import RenderResponse422
from ...models.render_response_429 import RenderResponse429
from ...models.render_response_503 import RenderResponse503
from ...types import Response


def _get_kwargs(
    *,
    body: RenderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/render",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    RenderResponse
    | RenderResponse400
    | RenderResponse413
    | RenderResponse422
    | RenderResponse429
    | RenderResponse503
    | None
):
    if response.status_code == 200:
        response_200 = RenderResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = RenderResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 413:
        response_413 = RenderResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = RenderResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RenderResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = RenderResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    RenderResponse
    | RenderResponse400
    | RenderResponse413
    | RenderResponse422
    | RenderResponse429
    | RenderResponse503
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
    body: RenderRequest,
) -> Response[
    RenderResponse
    | RenderResponse400
    | RenderResponse413
    | RenderResponse422
    | RenderResponse429
    | RenderResponse503
]:
    """Render

     Renders Markdown exactly as a post would be, for the composer's preview.

    Args:
        body (RenderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RenderResponse | RenderResponse400 | RenderResponse413 | RenderResponse422 | RenderResponse429 | RenderResponse503]
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
    body: RenderRequest,
) -> (
    RenderResponse
    | RenderResponse400
    | RenderResponse413
    | RenderResponse422
    | RenderResponse429
    | RenderResponse503
    | None
):
    """Render

     Renders Markdown exactly as a post would be, for the composer's preview.

    Args:
        body (RenderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RenderResponse | RenderResponse400 | RenderResponse413 | RenderResponse422 | RenderResponse429 | RenderResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RenderRequest,
) -> Response[
    RenderResponse
    | RenderResponse400
    | RenderResponse413
    | RenderResponse422
    | RenderResponse429
    | RenderResponse503
]:
    """Render

     Renders Markdown exactly as a post would be, for the composer's preview.

    Args:
        body (RenderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RenderResponse | RenderResponse400 | RenderResponse413 | RenderResponse422 | RenderResponse429 | RenderResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RenderRequest,
) -> (
    RenderResponse
    | RenderResponse400
    | RenderResponse413
    | RenderResponse422
    | RenderResponse429
    | RenderResponse503
    | None
):
    """Render

     Renders Markdown exactly as a post would be, for the composer's preview.

    Args:
        body (RenderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RenderResponse | RenderResponse400 | RenderResponse413 | RenderResponse422 | RenderResponse429 | RenderResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
