//! The users every sandbox starts with. Passwords, secrets, backup codes and access tokens here
//! are public test data.

pub use crate::seed_keys::*;

/// A seeded user.
#[derive(Debug, Clone, Copy)]
pub struct SeedUser {
    /// `_id`.
    pub id: &'static str,
    /// Username.
    pub username: &'static str,
    /// Display name.
    pub name: &'static str,
    /// Email.
    pub email: &'static str,
    /// Whether the email address is verified.
    pub email_verified: bool,
    /// Plain password; `None` for an account without a local password (SSO).
    pub password: Option<&'static str>,
    /// Role ids.
    pub roles: &'static [&'static str],
    /// `active`: a deactivated user cannot sign in.
    pub active: bool,
    /// Base32 TOTP secret when authenticator 2FA is on.
    pub totp_secret: Option<&'static str>,
    /// TOTP backup codes (8 characters; each works once).
    pub backup_codes: &'static [&'static str],
    /// Email 2FA (`services.email2fa.enabled`).
    pub email2fa: bool,
    /// Signing in (re)activates a seat: refused while the license's seats are all taken.
    pub needs_seat: bool,
    /// Personal access tokens: (name, token).
    pub personal_access_tokens: &'static [(&'static str, &'static str)],
    /// End-to-end encryption keys already set up: (public key, encrypted private key).
    pub e2e_keys: Option<(&'static str, &'static str)>,
}

pub(crate) const PLAIN: SeedUser = SeedUser {
    id: "",
    username: "",
    name: "",
    email: "",
    email_verified: true,
    password: None,
    roles: &["user"],
    active: true,
    totp_secret: None,
    backup_codes: &[],
    email2fa: false,
    needs_seat: false,
    personal_access_tokens: &[],
    e2e_keys: None,
};

/// A plain user without 2FA, with end-to-end encryption keys in the current (v2) format.
pub const ALICE: SeedUser = SeedUser {
    id: "alice000000000001",
    username: "alice",
    name: "Alice Liddell",
    email: "alice@sandbox.tether.test",
    password: Some("alice-pass-1"),
    e2e_keys: Some((ALICE_PUBLIC_KEY, ALICE_PRIVATE_KEY_V2)),
    ..PLAIN
};

/// A user with authenticator (TOTP) 2FA on, and backup codes.
pub const TINA: SeedUser = SeedUser {
    id: "tina0000000000002",
    username: "tina",
    name: "Tina Totp",
    email: "tina@sandbox.tether.test",
    password: Some("tina-pass-1"),
    totp_secret: Some("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"),
    backup_codes: &["tb7k2m9q", "tc4n8p3r", "td6s1v5w"],
    ..PLAIN
};

/// A workspace admin (bypasses the rate limiter, as Rocket.Chat's `api-bypass-rate-limit`).
pub const ADMIN: SeedUser = SeedUser {
    id: "admin000000000003",
    username: "admin",
    name: "Ada Admin",
    email: "admin@sandbox.tether.test",
    password: Some("admin-pass-1"),
    roles: &["admin", "user"],
    ..PLAIN
};

/// A user with email 2FA on: sign-in codes arrive in the sandbox's outbox.
pub const EMMA: SeedUser = SeedUser {
    id: "emma0000000000004",
    username: "emma",
    name: "Emma Email",
    email: "emma@sandbox.tether.test",
    password: Some("emma-pass-1"),
    email2fa: true,
    ..PLAIN
};

/// A deactivated user.
pub const IVAN: SeedUser = SeedUser {
    id: "ivan0000000000005",
    username: "ivan",
    name: "Ivan Inactive",
    email: "ivan@sandbox.tether.test",
    password: Some("ivan-pass-1"),
    active: false,
    ..PLAIN
};

/// A user whose email is not verified (refused when the workspace requires verification).
pub const UMA: SeedUser = SeedUser {
    id: "uma00000000000006",
    username: "uma",
    name: "Uma Unverified",
    email: "uma@sandbox.tether.test",
    email_verified: false,
    password: Some("uma-pass-1"),
    ..PLAIN
};

/// A user whose sign-in needs a free license seat.
pub const SAM: SeedUser = SeedUser {
    id: "sam00000000000007",
    username: "sam",
    name: "Sam Seatless",
    email: "sam@sandbox.tether.test",
    password: Some("sam-pass-1"),
    needs_seat: true,
    ..PLAIN
};

/// An SSO account without a local password: it signs in to Tether with a personal access token.
pub const OSCAR: SeedUser = SeedUser {
    id: "oscar000000000008",
    username: "oscar",
    name: "Oscar OAuth",
    email: "oscar@sandbox.tether.test",
    personal_access_tokens: &[("tether", "oscarPAT00000000000000000000000000000000001")],
    ..PLAIN
};

/// The only owner of two rooms: deleting her account needs `confirmRelinquish`.
pub const DORA: SeedUser = SeedUser {
    id: "dora0000000000009",
    username: "dora",
    name: "Dora Owner",
    email: "dora@sandbox.tether.test",
    password: Some("dora-pass-1"),
    ..PLAIN
};

/// An omnichannel agent: sees the Omnichannel preferences.
pub const OLGA: SeedUser = SeedUser {
    id: "olga0000000000010",
    username: "olga",
    name: "Olga Agent",
    email: "olga@sandbox.tether.test",
    password: Some("olga-pass-1"),
    roles: &["user", "livechat-agent"],
    ..PLAIN
};

/// A guest: no `user` role, so no `create-personal-access-tokens` permission.
pub const GWEN: SeedUser = SeedUser {
    id: "gwen0000000000011",
    username: "gwen",
    name: "Gwen Guest",
    email: "gwen@sandbox.tether.test",
    password: Some("gwen-pass-1"),
    roles: &["guest"],
    ..PLAIN
};

/// A user whose end-to-end encryption key is still in the legacy (v1) format.
pub const VERA: SeedUser = SeedUser {
    id: "vera0000000000012",
    username: "vera",
    name: "Vera Veteran",
    email: "vera@sandbox.tether.test",
    password: Some("vera-pass-1"),
    e2e_keys: Some((VERA_PUBLIC_KEY, VERA_PRIVATE_KEY_V1)),
    ..PLAIN
};

/// A user manager: the custom role `user-manager` lets him see the Users page, edit others'
/// details and (de)activate them, but not create, delete, promote or reset anyone.
pub const ULI: SeedUser = SeedUser {
    id: "uli00000000000013",
    username: "uli",
    name: "Uli Usermanager",
    email: "uli@sandbox.tether.test",
    password: Some("uli-pass-1"),
    roles: &["user", "user-manager"],
    ..PLAIN
};

/// Every seeded user.
pub const USERS: [SeedUser; 13] = [
    ALICE, TINA, ADMIN, EMMA, IVAN, UMA, SAM, OSCAR, DORA, OLGA, GWEN, VERA, ULI,
];

/// A `'static` copy of a string. The sandbox's users are `'static` records ([`SeedUser`]); a
/// user an admin creates, or a role change, leaks these few bytes for the sandbox's lifetime,
/// which a test server can afford.
pub fn leak(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}

/// A `'static` list of role ids (see [`leak`]).
pub fn leak_roles(roles: &[String]) -> &'static [&'static str] {
    Box::leak(
        roles
            .iter()
            .map(|r| leak(r))
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    )
}

/// A seeded room: `name`, display name (`fname`), owners and members (user ids).
#[derive(Debug, Clone, Copy)]
pub struct SeedRoom {
    /// `name`.
    pub name: &'static str,
    /// `fname`: the display name.
    pub fname: &'static str,
    /// Users with the `owner` role in the room.
    pub owners: &'static [&'static str],
    /// Every member (subscription).
    pub members: &'static [&'static str],
    /// Per-room notification sounds (`audioNotificationValue` of a member's subscription).
    pub sounds: &'static [(&'static str, &'static str)],
}

/// Every seeded room (`rid` is `room-<name>`). Dora is the only owner of one room with other members (it would get a new
/// owner) and of one room where she is alone (it would be removed).
pub const ROOMS: [SeedRoom; 3] = [
    SeedRoom {
        name: "general",
        fname: "general",
        owners: &[ADMIN.id],
        members: &[ADMIN.id, ALICE.id, TINA.id, DORA.id],
        sounds: &[],
    },
    SeedRoom {
        name: "design-reviews",
        fname: "Design reviews",
        owners: &[DORA.id],
        members: &[DORA.id, ALICE.id],
        // Alice chose her own sound for this room.
        sounds: &[(ALICE.id, "ding")],
    },
    SeedRoom {
        name: "dora-notes",
        fname: "Dora's notes",
        owners: &[DORA.id],
        members: &[DORA.id],
        sounds: &[],
    },
];

/// An authenticator for a base32 secret with Rocket.Chat's parameters: SHA-1, 6 digits, 30-second
/// steps, and `Accounts_TwoFactorAuthentication_MaxDelta` = 1 step either side.
pub fn authenticator(secret: &str) -> Option<totp_rs::TOTP> {
    let bytes = totp_rs::Secret::Encoded(secret.to_owned())
        .to_bytes()
        .ok()?;
    totp_rs::TOTP::new(
        totp_rs::Algorithm::SHA1,
        6,
        1,
        30,
        bytes,
        None,
        "sandbox".into(),
    )
    .ok()
}

/// The code an authenticator app shows now for a seeded secret (tests type it in).
pub fn totp_now(secret: &str) -> String {
    authenticator(secret)
        .and_then(|totp| totp.generate_current().ok())
        .unwrap_or_default()
}

/// A valid 2×2 RGBA PNG: an avatar to upload, and the picture `/_sandbox/picture.png` serves.
pub const SAMPLE_PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02, 0x08, 0x06, 0x00, 0x00, 0x00, 0x72, 0xb6, 0x0d,
    0x24, 0x00, 0x00, 0x00, 0x11, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0x00,
    0x42, 0xff, 0x19, 0x60, 0x0c, 0x00, 0x43, 0xce, 0x07, 0xf9, 0x58, 0xed, 0x66, 0xa0, 0x00, 0x00,
    0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];
