"""Outgoing email.

A message is a durable job row (`models.OutgoingMail`) added in the transaction that causes
it (`outbox.enqueue`), so a change and its email commit or roll back together. The worker
(app/worker/) sends it after the commit through EMAIL_BACKEND (`backends`: console, smtp,
file), retrying with back-off until EMAIL_RETRY_WINDOW_SECONDS: a mail server that is down
for a while delays a message, never loses it. Every message is plain text, names the forum
and says why its reader got it (`compose`).
"""
