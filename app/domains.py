"""Every domain's in-transaction event handlers, registered on import. Whatever runs the
services (the app, `village worker`, the CLI's seeders) imports this module first, so a
change has the same consequences wherever it is made."""

import app.moderation.handlers  # noqa: F401
