"""GET/POST /groups, GET /groups/{slug}, PUT/DELETE /groups/{slug}/membership, GET /areas."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["groups"])
