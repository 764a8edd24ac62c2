//! Rooms whose only owner is leaving (deactivated, deleted, or deleting their own account):
//! Rocket.Chat's `user-last-owner` refusal until it is confirmed, then what happens to those
//! rooms (reference §3.6, §10.7).

use axum::response::Response;
use serde_json::json;

use crate::state::Inner;

/// The rooms a user is the only owner of: those that would get a new owner, and those (where
/// they are alone) that would be removed, by display name (reference §3.6, §10.7).
pub fn sole_ownerships(inner: &Inner, user_id: &str) -> (Vec<String>, Vec<String>) {
    let mut change_owner = Vec::new();
    let mut removed = Vec::new();
    for room in &inner.rooms {
        if room.owners.len() == 1 && room.owners[0] == user_id {
            let name = if room.fname.is_empty() {
                room.name.clone()
            } else {
                room.fname.clone()
            };
            if room.members.len() == 1 {
                removed.push(name);
            } else {
                change_owner.push(name);
            }
        }
    }
    (change_owner, removed)
}

/// `user-last-owner` unless the admin confirmed: 400 with the rooms in `details`.
pub fn last_owner_refusal(inner: &Inner, user_id: &str) -> Option<Response> {
    let (change_owner, removed) = sole_ownerships(inner, user_id);
    (!change_owner.is_empty() || !removed.is_empty()).then(|| {
        crate::envelope::failure_with_details(
            "[user-last-owner]",
            "user-last-owner",
            &json!({ "shouldChangeOwner": change_owner, "shouldBeRemoved": removed }),
        )
    })
}

/// After a confirmed relinquish (`relinquishRoomOwnerships`): rooms where the user was alone
/// are removed; the rooms they were the only owner of get another member as owner. A deleted
/// user (`leave_rooms`) also leaves every room.
pub fn relinquish(inner: &mut Inner, user_id: &str, leave_rooms: bool) {
    inner
        .rooms
        .retain(|r| !(r.owners == [user_id] && r.members == [user_id]));
    for room in &mut inner.rooms {
        if room.owners == [user_id]
            && let Some(next) = room.members.iter().find(|m| *m != user_id)
        {
            room.owners = vec![next.clone()];
        }
        if leave_rooms {
            room.owners.retain(|o| o != user_id);
            room.members.retain(|m| m != user_id);
            room.subscriptions.remove(user_id);
        }
    }
}
