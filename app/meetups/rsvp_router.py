"""PUT /meetups/{id}/rsvp, GET /meetups/{id}/rsvps, POST /meetups/{id}/rsvps/{username}/approve."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["meetups"])
