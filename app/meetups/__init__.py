"""Meeting in person: local groups, meet-ups with RSVPs and waitlists, calendars and
reminders (API-community.md, "Meet-ups and local groups")."""
