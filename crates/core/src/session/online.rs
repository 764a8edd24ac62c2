//! Which workspaces are online, announced when it changes: the worker's realtime side waits on
//! it (a connection to start, a connection to end) instead of looking every couple of seconds,
//! so an idle Tether does not wake up on a timer of its own.
//!
//! Every write to the sessions goes through [`SessionsGuard`]; when a guard that was written
//! through is dropped, the set of online workspaces is compared with the announced one and,
//! when it differs, announced. The comparison runs while the sessions' lock is still held, so
//! two writers cannot announce their sets out of order. Lock order: sessions, then the watch's;
//! whoever reads the watch must not take the sessions' lock while holding its borrow.

use std::collections::{HashMap, HashSet};
use std::ops::{Deref, DerefMut};
use std::sync::MutexGuard;

use tokio::sync::watch;

use super::Connected;
use crate::workspace::Connection;

/// The online workspaces' ids, as last announced.
pub(crate) type OnlineSet = HashSet<String>;

/// The sessions' lock, announcing a change of who is online when it is released.
pub(super) struct SessionsGuard<'a> {
    pub(super) guard: MutexGuard<'a, HashMap<String, Connected>>,
    pub(super) online: &'a watch::Sender<OnlineSet>,
    pub(super) written: bool,
}

impl Deref for SessionsGuard<'_> {
    type Target = HashMap<String, Connected>;

    fn deref(&self) -> &Self::Target {
        &self.guard
    }
}

impl DerefMut for SessionsGuard<'_> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        self.written = true;
        &mut self.guard
    }
}

impl Drop for SessionsGuard<'_> {
    fn drop(&mut self) {
        if !self.written {
            return;
        }
        let sessions = &*self.guard;
        let online_now = || {
            sessions
                .iter()
                .filter(|(_, s)| matches!(s.connection, Some(Connection::Online)))
                .map(|(id, _)| id)
        };
        self.online.send_if_modified(|announced| {
            let same = online_now().count() == announced.len()
                && online_now().all(|id| announced.contains(id));
            if !same {
                *announced = online_now().cloned().collect();
            }
            !same
        });
    }
}
