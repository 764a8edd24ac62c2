//! The tray as the desktop sees it. [`Watcher`] owns `org.kde.StatusNotifierWatcher` on the
//! session bus (what a panel's tray host provides), so the app's appindicator registers its
//! StatusNotifierItem there; [`Item`] reads that item: its icon (the picture file it names,
//! decoded), and its `com.canonical.dbusmenu` menu (labels, enabled and toggle states), whose
//! items it can click as a panel does.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use dbus::arg::{PropMap, RefArg, Variant};
use dbus::blocking::Connection;
use dbus::blocking::stdintf::org_freedesktop_dbus::Properties;
use dbus_crossroads::Crossroads;

const WATCHER: &str = "org.kde.StatusNotifierWatcher";
const ITEM: &str = "org.kde.StatusNotifierItem";
const MENU: &str = "com.canonical.dbusmenu";
const TIMEOUT: Duration = Duration::from_secs(5);

/// A StatusNotifierWatcher with a registered host, serving on its own thread until the test
/// process ends.
pub struct Watcher {
    items: Arc<Mutex<Vec<(String, String)>>>,
}

impl Watcher {
    /// Takes the watcher's name on the session bus and starts answering.
    pub fn start() -> Watcher {
        let items: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
        let shared = items.clone();
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let bus = Connection::new_session().expect("the session bus");
            bus.request_name(WATCHER, false, true, true)
                .expect("own org.kde.StatusNotifierWatcher");
            let mut cr = Crossroads::new();
            let iface = cr.register(WATCHER, |b| {
                b.method(
                    "RegisterStatusNotifierItem",
                    ("service",),
                    (),
                    |ctx, items: &mut Arc<Mutex<Vec<(String, String)>>>, (service,): (String,)| {
                        let sender = ctx
                            .message()
                            .sender()
                            .map(|s| s.to_string())
                            .unwrap_or_default();
                        // appindicator sends its object path; others send a bus name.
                        let item = if service.starts_with('/') {
                            (sender, service)
                        } else {
                            (service, "/StatusNotifierItem".to_owned())
                        };
                        items
                            .lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner)
                            .push(item);
                        Ok(())
                    },
                );
                b.method(
                    "RegisterStatusNotifierHost",
                    ("service",),
                    (),
                    |_, _, (_,): (String,)| Ok(()),
                );
                b.property("IsStatusNotifierHostRegistered")
                    .get(|_, _| Ok(true));
                b.property("ProtocolVersion").get(|_, _| Ok(0i32));
                b.property("RegisteredStatusNotifierItems").get(|_, items| {
                    Ok(items
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .iter()
                        .map(|(name, _)| name.clone())
                        .collect::<Vec<String>>())
                });
            });
            cr.insert("/StatusNotifierWatcher", &[iface], shared);
            let _ = ready_tx.send(());
            let _ = cr.serve(&bus);
        });
        ready_rx.recv_timeout(TIMEOUT).expect("the watcher started");
        Watcher { items }
    }

    /// The latest item registered whose bus name is still there.
    pub fn item(&self) -> Option<Item> {
        let items = self
            .items
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        let (name, path) = items.last()?.clone();
        let item = Item { name, path };
        item.alive().then_some(item)
    }
}

/// One tray icon on the bus.
#[derive(Debug, Clone)]
pub struct Item {
    /// Its owner's bus name.
    pub name: String,
    /// Its object path.
    pub path: String,
}

/// One menu entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenuEntry {
    /// The dbusmenu id (for clicking).
    pub id: i32,
    /// The label, without mnemonic underscores.
    pub label: String,
    /// Whether it can be chosen.
    pub enabled: bool,
    /// A check item's state (`Some(true)`: checked).
    pub checked: Option<bool>,
}

impl Item {
    fn bus() -> Connection {
        Connection::new_session().expect("the session bus")
    }

    /// Whether its owner is still on the bus.
    pub fn alive(&self) -> bool {
        let bus = Self::bus();
        let proxy = bus.with_proxy("org.freedesktop.DBus", "/org/freedesktop/DBus", TIMEOUT);
        let (has,): (bool,) = proxy
            .method_call(
                "org.freedesktop.DBus",
                "NameHasOwner",
                (self.name.as_str(),),
            )
            .unwrap_or((false,));
        has
    }

    /// The icon's picture file: `IconName` is a path, or a name in `IconThemePath`.
    pub fn icon_file(&self) -> Option<std::path::PathBuf> {
        let bus = Self::bus();
        let proxy = bus.with_proxy(self.name.as_str(), self.path.as_str(), TIMEOUT);
        let name: String = proxy.get(ITEM, "IconName").ok()?;
        if name.starts_with('/') {
            return Some(name.into());
        }
        let theme: String = proxy.get(ITEM, "IconThemePath").unwrap_or_default();
        let dir = std::path::Path::new(&theme);
        ["png", "svg"]
            .iter()
            .map(|ext| dir.join(format!("{name}.{ext}")))
            .find(|p| p.exists())
    }

    /// The icon's picture as (width, height, RGBA).
    pub fn icon(&self) -> Option<(u32, u32, Vec<u8>)> {
        let file = self.icon_file()?;
        let bytes = std::fs::read(file).ok()?;
        let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
        let mut reader = decoder.read_info().ok()?;
        let mut buf = vec![0; reader.output_buffer_size()?];
        let info = reader.next_frame(&mut buf).ok()?;
        buf.truncate(info.buffer_size());
        let rgba = match info.color_type {
            png::ColorType::Rgba => buf,
            png::ColorType::Rgb => buf
                .chunks_exact(3)
                .flat_map(|p| [p[0], p[1], p[2], 0xff])
                .collect(),
            _ => return None,
        };
        Some((info.width, info.height, rgba))
    }

    fn menu_path(&self) -> Option<String> {
        let bus = Self::bus();
        let proxy = bus.with_proxy(self.name.as_str(), self.path.as_str(), TIMEOUT);
        let path: dbus::Path<'static> = proxy.get(ITEM, "Menu").ok()?;
        Some(path.to_string())
    }

    /// The menu's entries, top level, in order (separators left out).
    pub fn menu(&self) -> Vec<MenuEntry> {
        let Some(path) = self.menu_path() else {
            return Vec::new();
        };
        let bus = Self::bus();
        let proxy = bus.with_proxy(self.name.as_str(), path.as_str(), TIMEOUT);
        type Layout = (i32, PropMap, Vec<Variant<Box<dyn RefArg>>>);
        let answer: Result<(u32, Layout), _> =
            proxy.method_call(MENU, "GetLayout", (0i32, 1i32, Vec::<String>::new()));
        let Ok((_, (_, _, children))) = answer else {
            return Vec::new();
        };
        children
            .iter()
            .filter_map(|child| entry(&child.0))
            .filter(|e| !e.label.is_empty())
            .collect()
    }

    /// Clicks the entry whose label starts with `label`, as a panel does.
    pub fn click(&self, label: &str) {
        self.send_click(label).expect("click the menu entry");
    }

    /// Clicks an entry that ends the app ("Quit Tether"). The app may be gone before it
    /// answers the click (`NoReply`: it left the bus without replying), which is what a panel
    /// sees too; the caller checks that it ended.
    pub fn click_to_end(&self, label: &str) {
        if let Err(err) = self.send_click(label) {
            let gone = err.name() == Some("org.freedesktop.DBus.Error.NoReply");
            assert!(gone, "click the menu entry: {err}");
        }
    }

    fn send_click(&self, label: &str) -> Result<(), dbus::Error> {
        let entry = self
            .menu()
            .into_iter()
            .find(|e| e.label.starts_with(label))
            .unwrap_or_else(|| panic!("no menu entry \"{label}\" in {:?}", self.menu()));
        let path = self.menu_path().expect("the menu's path");
        let bus = Self::bus();
        let proxy = bus.with_proxy(self.name.as_str(), path.as_str(), TIMEOUT);
        proxy.method_call(MENU, "Event", (entry.id, "clicked", Variant(0i32), 0u32))
    }
}

/// One `(ia{sv}av)` layout node as an entry.
fn entry(node: &dyn RefArg) -> Option<MenuEntry> {
    // A variant holding the struct, or the struct itself.
    let node = match node.as_iter()?.next() {
        Some(inner) if inner.as_i64().is_none() => return entry(inner),
        _ => node,
    };
    let mut fields = node.as_iter()?;
    let id = i32::try_from(fields.next()?.as_i64()?).ok()?;
    let mut props: BTreeMap<String, &dyn RefArg> = BTreeMap::new();
    let mut dict = fields.next()?.as_iter()?;
    while let (Some(key), Some(value)) = (dict.next(), dict.next()) {
        props.insert(key.as_str()?.to_owned(), value);
    }
    let text = |key: &str| props.get(key).and_then(|v| v.as_str().map(str::to_owned));
    let number = |key: &str| props.get(key).and_then(|v| v.as_i64());
    if text("type").as_deref() == Some("separator") {
        return None;
    }
    Some(MenuEntry {
        id,
        label: text("label").unwrap_or_default().replace('_', ""),
        enabled: props
            .get("enabled")
            .and_then(|v| v.as_i64())
            .is_none_or(|v| v != 0),
        checked: text("toggle-type").map(|_| number("toggle-state") == Some(1)),
    })
}

/// The viewable top-level windows titled `title`, and the atoms to close them with.
fn windows_titled(
    title: &str,
) -> Option<(x11rb::rust_connection::RustConnection, Vec<u32>, u32, u32)> {
    use x11rb::connection::Connection as _;
    use x11rb::protocol::xproto::{AtomEnum, ConnectionExt as _, MapState};
    let (conn, screen) = x11rb::connect(None).ok()?;
    let atom = |name: &[u8]| {
        conn.intern_atom(false, name)
            .ok()
            .and_then(|c| c.reply().ok())
            .map(|r| r.atom)
    };
    let (protocols, delete) = (atom(b"WM_PROTOCOLS")?, atom(b"WM_DELETE_WINDOW")?);
    let root = conn.setup().roots[screen].root;
    let mut found = Vec::new();
    let mut stack = vec![root];
    while let Some(window) = stack.pop() {
        if let Ok(Ok(tree)) = conn.query_tree(window).map(|c| c.reply()) {
            stack.extend(tree.children);
        }
        let name = conn
            .get_property(false, window, AtomEnum::WM_NAME, AtomEnum::ANY, 0, 256)
            .ok()
            .and_then(|c| c.reply().ok())
            .map(|r| r.value)
            .unwrap_or_default();
        let viewable = conn
            .get_window_attributes(window)
            .ok()
            .and_then(|c| c.reply().ok())
            .is_some_and(|a| a.map_state == MapState::VIEWABLE);
        if name == title.as_bytes() && viewable {
            found.push(window);
        }
    }
    Some((conn, found, protocols, delete))
}

/// Whether a top-level window titled `title` is on screen.
pub fn window_shown(title: &str) -> bool {
    windows_titled(title).is_some_and(|(_, found, _, _)| !found.is_empty())
}

/// Asks each top-level window titled `title` to close, as a window manager's close button
/// does: a `WM_PROTOCOLS`/`WM_DELETE_WINDOW` client message. Returns whether one was found.
pub fn close_window_titled(title: &str) -> bool {
    use x11rb::connection::Connection as _;
    use x11rb::protocol::xproto::{ClientMessageEvent, ConnectionExt as _, EventMask};
    let Some((conn, found, protocols, delete)) = windows_titled(title) else {
        return false;
    };
    for window in &found {
        let event = ClientMessageEvent::new(32, *window, protocols, [delete, 0, 0, 0, 0]);
        if conn
            .send_event(false, *window, EventMask::NO_EVENT, event)
            .is_err()
        {
            return false;
        }
    }
    conn.flush().is_ok() && !found.is_empty()
}
