"""Mail's part in background work, registered on import (app/domains.py): the job queue
that sends queued messages."""

from __future__ import annotations

from app.config import Settings
from app.mail.queue import MailQueue
from app.worker.jobs import job_queue


@job_queue
def mail_queue(settings: Settings) -> MailQueue:
    return MailQueue(settings)
