"""The meet-ups sections of a member's export (groups, meet-ups hosted, RSVPs)."""
