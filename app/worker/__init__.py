"""Background work: `village worker` (and, on SQLite, the same worker inside `village
serve`) drains the outbox for durable consumers and runs their jobs (runner.py, jobs.py)."""
