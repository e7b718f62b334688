"""The day-before reminder: a periodic task that claims each due meet-up once."""
