-- An offline profile edit the server refused, or took without keeping (Rocket.Chat ignores an
-- empty nickname: `saveUserProfile` saves only a non-empty one), waits here with the reason
-- until the user decides, and is not sent again by itself. NULL: not refused.
ALTER TABLE pending_profile_edits ADD COLUMN refused TEXT;
