//! `--users N`: generated accounts for the admin pages and their benchmarks; `--rooms N`:
//! generated channels for the unread model at scale.

use std::collections::HashMap;

use super::{AccountRecord, Room, Subscription, User};
use crate::seed::{ALICE, PLAIN, SAM, SeedUser, leak};

const GIVEN: [&str; 16] = [
    "Ana", "Bruno", "Chen", "Dalia", "Emil", "Fatima", "Goran", "Hana", "Ivo", "Jana", "Kofi",
    "Lena", "Mateo", "Nora", "Omar", "Priya",
];
const FAMILY: [&str; 12] = [
    "Silva", "Novak", "Okafor", "Tanaka", "Larsen", "Haddad", "Kowalski", "Moreau", "Rossi",
    "Schmidt", "Yilmaz", "Zhang",
];

/// `--users N`: N more users for the admin pages and their benchmarks, `user00001`…, of every
/// kind the Users page tells apart: most active and signed in before, some never signed in
/// (pending), some deactivated, some waiting for approval (8.x), a few bots and moderators.
/// Their password is `user-pass-1`.
pub fn generated_users(count: usize) -> Vec<User> {
    (1..=count)
        .map(|n| {
            let username = leak(&format!("user{n:05}"));
            let name = format!(
                "{} {}",
                GIVEN[n % GIVEN.len()],
                FAMILY[(n / 16) % FAMILY.len()]
            );
            let roles: &'static [&'static str] = match n % 50 {
                0 => &["bot"],
                7 => &["user", "moderator"],
                _ => &["user"],
            };
            let seed = SeedUser {
                id: leak(&format!("gen{n:014}")),
                username,
                name: leak(&name),
                email: leak(&format!("{username}@people.tether.test")),
                password: Some("user-pass-1"),
                roles,
                active: !matches!(n % 20, 3 | 11),
                ..PLAIN
            };
            let mut account = AccountRecord::seeded(n);
            account.kind = if roles == ["bot"] { "bot" } else { "user" };
            account.utc_offset = f64::from(i32::try_from(n % 25).unwrap_or(0) - 12);
            match n % 20 {
                5 | 15 => account.last_login_ms = None,
                3 => account.inactive_reason = Some("deactivated"),
                11 => {
                    account.inactive_reason = Some("pending_approval");
                    account.last_login_ms = None;
                }
                _ => {}
            }
            User::new(seed, account)
        })
        .collect()
}

/// `--rooms N`: N more public channels, `room-00001`…, each with Alice and Sam as members and
/// nothing unread: how a long-standing member of a large workspace looks to the tray. Sam (or
/// anyone) posting in one is one `subscriptions-changed` event for Alice.
pub fn generated_rooms(count: usize) -> impl Iterator<Item = Room> {
    (1..=count).map(|n| {
        let members = vec![ALICE.id.to_owned(), SAM.id.to_owned()];
        Room {
            name: format!("room-{n:05}"),
            fname: format!("Room {n}"),
            owners: vec![SAM.id.to_owned()],
            subscriptions: members
                .iter()
                .map(|m| (m.clone(), Subscription::default()))
                .collect(),
            members,
            sounds: HashMap::new(),
        }
    })
}
