"""In-transaction reactions of meet-ups to other domains' events (registered on import)."""
