// The Chatwoot pages' test data: Cora's settings as the Rust side would return them.
import type { AgentAccount, AgentAudio, AgentNotificationFlags, AgentProfile, AgentView } from "$lib/ipc";

const coraProfile = (): AgentProfile => ({
  user_id: "1",
  name: "Cora Agent",
  display_name: "",
  email: "cora@sandbox.tether.test",
  has_avatar: false,
  accounts: [{ id: "1", name: "Sandbox Support", role: "agent", availability: "online", auto_offline: true }],
  audio: { assigned: false, unassigned: false, assigned_to_others: false, all: false, always_play: false, repeat_while_unread: false, tone: "ding" },
});

const coraFlags = (): AgentNotificationFlags => ({
  account_id: "1",
  all_email: ["email_conversation_creation", "email_conversation_assignment"],
  email: ["email_conversation_assignment"],
  all_push: ["push_conversation_creation", "push_conversation_assignment"],
  push: [],
});

/** What the pages show: `profile`, `audio`, `account` and `flags` change Cora's values. */
export function coraView(
  change: Partial<AgentView> = {},
  more: { profile?: Partial<AgentProfile>; audio?: Partial<AgentAudio>; account?: Partial<AgentAccount>; flags?: Partial<AgentNotificationFlags> } = {},
): AgentView {
  const profile = coraProfile();
  const [first] = profile.accounts;
  return {
    profile: {
      ...profile,
      ...more.profile,
      audio: { ...profile.audio, ...more.audio },
      accounts: first ? [{ ...first, ...more.account }] : [],
    },
    account_id: "1",
    flags: { ...coraFlags(), ...more.flags },
    pending: [],
    volume: 80,
    fetched_at: "2026-12-07T10:00:00Z",
    fresh: true,
    ...change,
  };
}
