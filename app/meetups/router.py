"""GET/POST /meetups, GET/PATCH /meetups/{id}, POST /meetups/{id}/cancel and
POST /meetups/{id}/flags."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["meetups"])
