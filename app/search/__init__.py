"""Search over posts and thread titles: PostgreSQL full-text search (tsvector + GIN) and
SQLite FTS5 behind one results contract (API-community.md, "Search")."""
