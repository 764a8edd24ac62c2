-- Which kind of server a workspace is (issue 21: a seam for a second server kind). Every
-- workspace so far is Rocket.Chat.
ALTER TABLE workspaces ADD COLUMN kind TEXT NOT NULL DEFAULT 'rocket_chat';
