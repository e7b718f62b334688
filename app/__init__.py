"""Village: a forum where parents find each other."""
