//! The Chatwoot sandbox's seeded agents and accounts: a plain agent, an agent with two-factor
//! sign-in, and an administrator of two accounts (issue 23). Passwords meet Chatwoot's policy
//! (reference chatwoot-api.md B7); every agent has a personal access token (B1).

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
