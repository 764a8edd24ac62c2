//! The Chatwoot sandbox's seeded agents and accounts: a plain agent, an agent with two-factor
//! sign-in, and an administrator of two accounts (issue 23). Passwords meet Chatwoot's policy
//! (reference chatwoot-api.md B7); every agent has a personal access token (B1). And the
//! inboxes and conversations the counts and alerts are about (B9, B10).

/// A seeded account (a Chatwoot "account" is a workspace inside one installation).
pub struct SeedAccount {
    pub id: u64,
    pub name: &'static str,
}

pub const ACCOUNTS: &[SeedAccount] = &[
    SeedAccount {
        id: 1,
        name: "Sandbox Support",
    },
    SeedAccount {
        id: 2,
        name: "Sandbox Sales",
    },
];

/// A seeded agent.
#[derive(Debug, Clone, Copy)]
pub struct Agent {
    pub id: u64,
    pub name: &'static str,
    pub email: &'static str,
    pub password: &'static str,
    /// `(account id, role)`: `agent` or `administrator` (B3 `accounts[]`).
    pub accounts: &'static [(u64, &'static str)],
    /// Base32 TOTP secret when two-factor sign-in is on (B1 "MFA at sign-in").
    pub totp_secret: Option<&'static str>,
    /// The personal `access_token` (B1, B3).
    pub access_token: &'static str,
}

pub const CORA: Agent = Agent {
    id: 1,
    name: "Cora Agent",
    email: "cora@sandbox.tether.test",
    password: "Cora-pass-1!",
    accounts: &[(1, "agent")],
    totp_secret: None,
    access_token: "cw-token-cora-0000000000000001",
};

pub const MILO: Agent = Agent {
    id: 2,
    name: "Milo Mfa",
    email: "milo@sandbox.tether.test",
    password: "Milo-pass-1!",
    accounts: &[(1, "agent")],
    totp_secret: Some("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXQ"),
    access_token: "cw-token-milo-0000000000000002",
};

pub const ADA: Agent = Agent {
    id: 3,
    name: "Ada Admin",
    email: "ada@sandbox.tether.test",
    password: "Ada-pass-1!",
    accounts: &[(1, "administrator"), (2, "administrator")],
    totp_secret: None,
    access_token: "cw-token-ada-00000000000000003",
};

pub const AGENTS: &[Agent] = &[CORA, MILO, ADA];

/// The ten backup codes a seeded MFA agent starts with: 8 uppercase hex characters (B6).
pub fn backup_codes(agent: &Agent) -> Vec<String> {
    (0..10)
        .map(|i| format!("{:04X}{:04X}", agent.id * 0x1111, 0xB000 + i))
        .collect()
}

/// An inbox and the agents who are members of it (administrators see every inbox of their
/// account). Inbox 1 is account 1's website chat; inbox 2, account 2's e-mail.
pub struct Inbox {
    pub id: u64,
    pub members: &'static [u64],
}

pub const INBOXES: &[Inbox] = &[
    Inbox {
        id: 1,
        members: &[CORA.id, MILO.id],
    },
    Inbox {
        id: 2,
        members: &[],
    },
];

#[derive(Debug, Clone)]
pub struct Conversation {
    pub id: u64,
    pub account_id: u64,
    pub inbox_id: u64,
    pub assignee_id: Option<u64>,
    /// `open`, `pending`, `resolved` or `snoozed`.
    pub status: &'static str,
    pub unread_count: u64,
    pub last_activity_at: i64,
}

/// The seeded conversations: one assigned to each agent, one waiting unassigned, and a pending
/// one (which never sounds, B4).
pub fn conversations() -> Vec<Conversation> {
    let c = |id, account_id, inbox_id, assignee_id, status| Conversation {
        id,
        account_id,
        inbox_id,
        assignee_id,
        status,
        unread_count: 0,
        last_activity_at: 1_764_000_000 + id as i64,
    };
    vec![
        c(1, 1, 1, Some(CORA.id), "open"),
        c(2, 1, 1, None, "open"),
        c(3, 1, 1, Some(MILO.id), "open"),
        c(4, 2, 2, Some(ADA.id), "open"),
        c(5, 1, 1, Some(CORA.id), "pending"),
    ]
}
