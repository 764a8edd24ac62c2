//! The users every sandbox starts with. Passwords are public test data.

/// A seeded user.
#[derive(Debug, Clone, Copy)]
pub struct SeedUser {
    /// `_id`.
    pub id: &'static str,
    /// Username.
    pub username: &'static str,
    /// Display name.
    pub name: &'static str,
    /// Email (verified).
    pub email: &'static str,
    /// Plain password.
    pub password: &'static str,
    /// Role ids.
    pub roles: &'static [&'static str],
    /// Base32 TOTP secret when authenticator 2FA is on.
    pub totp_secret: Option<&'static str>,
}

/// A plain user without 2FA.
pub const ALICE: SeedUser = SeedUser {
    id: "alice000000000001",
    username: "alice",
    name: "Alice Liddell",
    email: "alice@sandbox.tether.test",
    password: "alice-pass-1",
    roles: &["user"],
    totp_secret: None,
};

/// A user with authenticator (TOTP) 2FA on.
pub const TINA: SeedUser = SeedUser {
    id: "tina0000000000002",
    username: "tina",
    name: "Tina Totp",
    email: "tina@sandbox.tether.test",
    password: "tina-pass-1",
    roles: &["user"],
    totp_secret: Some("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"),
};

/// A workspace admin (bypasses the rate limiter, as Rocket.Chat's `api-bypass-rate-limit`).
pub const ADMIN: SeedUser = SeedUser {
    id: "admin000000000003",
    username: "admin",
    name: "Ada Admin",
    email: "admin@sandbox.tether.test",
    password: "admin-pass-1",
    roles: &["admin", "user"],
    totp_secret: None,
};

/// Every seeded user.
pub const USERS: [SeedUser; 3] = [ALICE, TINA, ADMIN];
