"""What the served OpenAPI document says about the API as a whole (app/api_info.py), and the
released contracts `make lint-api` holds later documents to (docs/api/)."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

from httpx import AsyncClient

from app.http import API_PREFIX

ROOT = Path(__file__).resolve().parents[2]
RELEASED = re.compile(r"^openapi-(v\d+)\.released\.json$")


async def _document(client: AsyncClient) -> dict[str, Any]:
    response = await client.get("/openapi.json")  # the client's base URL is the API's prefix
    assert response.status_code == 200
    document: dict[str, Any] = response.json()
    return document


async def test_the_license_is_the_project_s(client: AsyncClient) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    license_ = (await _document(client))["info"]["license"]
    assert license_["name"] == project["license"]
    assert license_["url"].startswith("https://")


async def test_paths_resolve_against_the_server_that_served_the_document(
    client: AsyncClient,
) -> None:
    document = await _document(client)
    assert [server["url"] for server in document["servers"]] == ["/"]
    assert all(path.startswith(f"{API_PREFIX}/") for path in document["paths"])


async def test_every_declared_tag_has_operations_and_a_description(client: AsyncClient) -> None:
    document = await _document(client)
    declared = [tag["name"] for tag in document["tags"]]
    used = {
        tag
        for item in document["paths"].values()
        for operation in item.values()
        for tag in operation.get("tags", [])
    }
    assert len(declared) == len(set(declared))
    assert [tag for tag in declared if tag not in used] == []
    assert all(len(tag["description"]) >= 40 for tag in document["tags"])


def test_each_released_contract_is_named_for_its_version_prefix() -> None:
    released = [path for path in (ROOT / "docs" / "api").iterdir() if RELEASED.match(path.name)]
    assert released, "no released contract: `make api-release` writes one"
    for path in released:
        match = RELEASED.match(path.name)
        assert match is not None
        document = json.loads(path.read_text())
        assert document["openapi"].startswith("3.")
        prefix = f"/api/{match.group(1)}/"
        assert document["paths"]
        assert [p for p in document["paths"] if not p.startswith(prefix)] == []
