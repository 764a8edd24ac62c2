//! Linux: every desktop notification over one session-bus connection, owned by one thread that
//! also hears the clicks. notify-rust opens a connection per notification and waits for its
//! click on a thread of its own for the notification's whole life; a busy workspace left dozens
//! of both behind. Here the thread sleeps in `poll` on the bus and on a wake-up socket: no
//! polling loop, no work while nothing happens.
//!
//! The thread and its connection start with the first request; a connection that broke (the
//! bus restarted) is opened again by the next request.

use std::collections::{HashMap, VecDeque};
use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use dbus::arg::{RefArg, Variant};
use dbus::blocking::Connection;
use dbus::message::MatchRule;
use tether_core::ports::{DesktopNotification, NotifyError};

use super::notify_checks::{self as linux, ANSWER_WITHIN, PATH, SERVICE};

/// Clicks are remembered for this many notifications at most: the oldest are forgotten first
/// (a daemon that never reports closing them must not make the list grow without end).
const REMEMBERED: usize = 256;

/// A question for the bus thread, with where its answer goes.
enum Request {
    Check(mpsc::Sender<Result<(), NotifyError>>),
    Quiet(mpsc::Sender<bool>),
    Show {
        notification: DesktopNotification,
        app_name: &'static str,
        icon: String,
        reply: mpsc::Sender<Result<(), NotifyError>>,
    },
}

/// The way to the bus thread.
struct Handle {
    requests: mpsc::Sender<Request>,
    wake: UnixStream,
}

/// The notifications' one connection to the session bus.
pub struct NotifyBus {
    /// The application name the service shows.
    app_name: &'static str,
    handle: Mutex<Option<Handle>>,
}

impl NotifyBus {
    /// A bus for notifications of `app_name`; nothing starts until the first request.
    pub fn new(app_name: &'static str) -> Self {
        Self {
            app_name,
            handle: Mutex::new(None),
        }
    }

    /// Checks that a notification can be seen now (the test notification's diagnostics).
    pub fn check(&self) -> Result<(), NotifyError> {
        self.ask(Request::Check).unwrap_or_else(Err)
    }

    /// Whether the desktop's do-not-disturb is on.
    pub fn quiet(&self) -> bool {
        self.ask(Request::Quiet).unwrap_or(false)
    }

    /// Hands a notification to the service; its click (if it has an address) is heard by the
    /// bus thread.
    pub fn show(&self, notification: &DesktopNotification, icon: &str) -> Result<(), NotifyError> {
        let notification = notification.clone();
        let icon = icon.to_owned();
        let app_name = self.app_name;
        self.ask(|reply| Request::Show {
            notification,
            app_name,
            icon,
            reply,
        })
        .unwrap_or_else(Err)
    }

    /// Sends a request to the bus thread (starting it when needed) and waits for the answer.
    fn ask<T>(&self, request: impl FnOnce(mpsc::Sender<T>) -> Request) -> Result<T, NotifyError> {
        let (tx, rx) = mpsc::channel();
        {
            let mut slot = self.handle.lock().unwrap_or_else(|p| p.into_inner());
            if slot.is_none() {
                *slot = Some(start()?);
            }
            let Some(handle) = slot.as_mut() else {
                return Err(NotifyError::Failed(
                    "the notification thread is missing".into(),
                ));
            };
            let sent =
                handle.requests.send(request(tx)).is_ok() && handle.wake.write_all(&[1]).is_ok();
            if !sent {
                // The thread ended (it should not): start a new one for the next request.
                *slot = None;
                return Err(NotifyError::Failed(
                    "the notification thread stopped".into(),
                ));
            }
        }
        // The thread answers within the service's own time limit; a little more for the queue.
        rx.recv_timeout(ANSWER_WITHIN * 2).map_err(|_| {
            NotifyError::Timeout(format!(
                "The notification service did not answer within {} seconds; it may be hung. Restart it (or your desktop session) and try again.",
                (ANSWER_WITHIN * 2).as_secs()
            ))
        })
    }
}

fn start() -> Result<Handle, NotifyError> {
    let (wake, wake_thread) = UnixStream::pair()
        .map_err(|e| NotifyError::Failed(format!("cannot start the notification thread: {e}")))?;
    let (requests, incoming) = mpsc::channel();
    std::thread::Builder::new()
        .name("notifications".into())
        .spawn(move || run(&incoming, wake_thread))
        .map_err(|e| NotifyError::Failed(format!("cannot start the notification thread: {e}")))?;
    Ok(Handle { requests, wake })
}

/// Addresses to open on a click, by notification id, oldest first.
#[derive(Default)]
struct Clicks {
    urls: HashMap<u32, String>,
    order: VecDeque<u32>,
}

impl Clicks {
    fn remember(&mut self, id: u32, url: String) {
        if self.urls.insert(id, url).is_none() {
            self.order.push_back(id);
        }
        while self.order.len() > REMEMBERED {
            if let Some(old) = self.order.pop_front() {
                self.urls.remove(&old);
            }
        }
    }

    fn take(&mut self, id: u32) -> Option<String> {
        self.order.retain(|i| *i != id);
        self.urls.remove(&id)
    }
}

/// The bus thread: answers requests, dispatches the service's signals, sleeps in between.
fn run(incoming: &mpsc::Receiver<Request>, mut wake: UnixStream) {
    let clicks = Arc::new(Mutex::new(Clicks::default()));
    let mut bus: Option<Connection> = None;
    // The thread waits in `poll`; reading the socket only drains its wake-ups.
    let _ = wake.set_nonblocking(true);
    loop {
        loop {
            match incoming.try_recv() {
                Ok(request) => answer(&mut bus, &clicks, request),
                Err(mpsc::TryRecvError::Empty) => break,
                Err(mpsc::TryRecvError::Disconnected) => return,
            }
        }
        if let Some(connection) = &bus {
            // Signals already read (with a method's reply) wait in the queue: dispatch them.
            while matches!(connection.process(Duration::ZERO), Ok(true)) {}
            if !connection.channel().is_connected() {
                bus = None;
            }
        }
        let bus_fd = bus.as_ref().map(|c| c.channel().watch().fd);
        wait_for(bus_fd, wake.as_raw_fd());
        // Drained before the requests are read again: a request whose wake-up is drained here
        // is already in the channel.
        let mut drained = [0_u8; 64];
        while matches!(wake.read(&mut drained), Ok(n) if n > 0) {}
    }
}

/// Sleeps until the bus or the wake-up socket has something to read.
fn wait_for(bus: Option<i32>, wake: i32) {
    let mut fds = vec![libc::pollfd {
        fd: wake,
        events: libc::POLLIN,
        revents: 0,
    }];
    if let Some(fd) = bus {
        fds.push(libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        });
    }
    let count = libc::nfds_t::try_from(fds.len()).unwrap_or(1);
    #[allow(
        unsafe_code,
        reason = "poll(2) has no safe wrapper in std; the dbus crate hands out a raw fd, which \
                  only an unsafe `BorrowedFd::borrow_raw` could wrap for a safe poll crate"
    )]
    // SAFETY: `fds` points to `count` initialised pollfd structures that live across the call;
    // poll only writes their `revents`.
    let _ = unsafe { libc::poll(fds.as_mut_ptr(), count, -1) };
}

fn answer(bus: &mut Option<Connection>, clicks: &Arc<Mutex<Clicks>>, request: Request) {
    let connected = match bus {
        Some(connection) => Ok(&*connection),
        None => connect(clicks).map(|connection| &*bus.insert(connection)),
    };
    match request {
        Request::Check(reply) => {
            let _ = reply.send(connected.and_then(linux::check));
        }
        Request::Quiet(reply) => {
            let quiet = connected.is_ok_and(|c| linux::do_not_disturb(c).is_some());
            let _ = reply.send(quiet);
        }
        Request::Show {
            notification,
            app_name,
            icon,
            reply,
        } => {
            let shown = connected.and_then(|c| notify(c, app_name, &notification, &icon));
            if let (Ok(id), Some(url)) = (&shown, notification.open_url) {
                clicks
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .remember(*id, url);
            }
            let _ = reply.send(shown.map(|_| ()));
        }
    }
}

/// Opens the session bus and listens for the service's clicks and closings.
fn connect(clicks: &Arc<Mutex<Clicks>>) -> Result<Connection, NotifyError> {
    let mut channel = dbus::channel::Channel::get_private(dbus::channel::BusType::Session)
        .map_err(|e| linux::no_bus(&e))?;
    // Its file descriptor is what the thread sleeps on.
    channel.set_watch_enabled(true);
    let connection = Connection::from(channel);
    let on_click = clicks.clone();
    let invoked = MatchRule::new_signal(SERVICE, "ActionInvoked");
    connection
        .add_match(invoked, move |(id, action): (u32, String), _, _| {
            if action == "default"
                && let Some(url) = on_click.lock().unwrap_or_else(|p| p.into_inner()).take(id)
            {
                super::opener::open_in_browser(&url);
            }
            true
        })
        .map_err(|e| NotifyError::Failed(format!("The session bus failed: {e}")))?;
    let on_close = clicks.clone();
    let closed = MatchRule::new_signal(SERVICE, "NotificationClosed");
    connection
        .add_match(closed, move |(id, _reason): (u32, u32), _, _| {
            on_close.lock().unwrap_or_else(|p| p.into_inner()).take(id);
            true
        })
        .map_err(|e| NotifyError::Failed(format!("The session bus failed: {e}")))?;
    Ok(connection)
}

/// `org.freedesktop.Notifications.Notify`, as the Desktop Notifications Specification 1.2
/// describes it: critical and never expiring when it requires interaction, an "Open" default
/// action when it has an address.
fn notify(
    bus: &Connection,
    app_name: &str,
    n: &DesktopNotification,
    icon: &str,
) -> Result<u32, NotifyError> {
    let mut hints: HashMap<&str, Variant<Box<dyn RefArg>>> = HashMap::new();
    let urgency: u8 = if n.require_interaction { 2 } else { 1 };
    hints.insert("urgency", Variant(Box::new(urgency)));
    hints.insert("desktop-entry", Variant(Box::new("tether".to_owned())));
    let actions: Vec<&str> = if n.open_url.is_some() {
        vec!["default", "Open"]
    } else {
        Vec::new()
    };
    // -1: the service's default; 0: never.
    let timeout: i32 = if n.require_interaction { 0 } else { -1 };
    let service = bus.with_proxy(SERVICE, PATH, ANSWER_WITHIN);
    let (id,): (u32,) = service
        .method_call(
            SERVICE,
            "Notify",
            (
                app_name,
                0_u32,
                icon,
                n.summary.as_str(),
                n.body.as_str(),
                actions,
                hints,
                timeout,
            ),
        )
        .map_err(|e| linux::refused(&e))?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clicks_are_remembered_for_a_bounded_number_of_notifications() {
        let mut clicks = Clicks::default();
        for id in 0..u32::try_from(REMEMBERED + 10).unwrap_or(u32::MAX) {
            clicks.remember(id, format!("https://chat.example/{id}"));
        }
        assert_eq!(clicks.urls.len(), REMEMBERED);
        assert_eq!(clicks.take(0), None, "the oldest were forgotten");
        let newest = u32::try_from(REMEMBERED + 9).unwrap_or(u32::MAX);
        assert_eq!(
            clicks.take(newest),
            Some(format!("https://chat.example/{newest}"))
        );
        assert_eq!(clicks.take(newest), None, "a click opens once");
    }
}
