"""GET /meetups/{id}.ics, GET /me/calendar.ics, POST/DELETE /me/calendar-key."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["meetups"])
