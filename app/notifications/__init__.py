"""Notifications: what a member is told of (replies, mentions, quotes, watched threads,
moderation of their posts and reports), made by the worker from committed events, listed by
GET /notifications and streamed by GET /events?notifications=true."""
