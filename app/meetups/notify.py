"""Meet-up notifications, made by the worker from committed meet-up events (a durable consumer)."""
