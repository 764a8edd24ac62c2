//! The window's size, position and maximized state, remembered in `window.json` in the data
//! folder and put back at the next start — on a monitor that is still there, at least the
//! window's minimum size, so a monitor unplugged since never hides the window.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, PhysicalPosition, PhysicalSize, WebviewWindow};

/// The smallest window (tauri.conf.json's `minWidth`/`minHeight`).
const MIN: (u32, u32) = (720, 480);
/// Moves and resizes come in bursts: written once the burst has settled.
const SETTLE: Duration = Duration::from_millis(500);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Geometry {
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
    pub maximized: bool,
}

/// A monitor's area, in physical pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Area {
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
}

impl Geometry {
    /// What to apply at start: the size kept (not below the minimum, not above the monitor
    /// it lands on), the position only when at least a corner's worth of the title bar lands on
    /// a monitor that exists now.
    pub fn fitted(self, monitors: &[Area]) -> (PhysicalSize<u32>, Option<PhysicalPosition<i32>>) {
        let visible = monitors.iter().find(|m| {
            let grab = 64; // pixels of the title bar that must be reachable
            self.x + grab > m.x
                && self.x < m.x + m.width as i32 - grab
                && self.y >= m.y
                && self.y < m.y + m.height as i32 - grab
        });
        let (max_w, max_h) = visible
            .or(monitors.first())
            .map_or((u32::MAX, u32::MAX), |m| (m.width, m.height));
        let size = PhysicalSize::new(
            self.width.clamp(MIN.0, max_w.max(MIN.0)),
            self.height.clamp(MIN.1, max_h.max(MIN.1)),
        );
        (size, visible.map(|_| PhysicalPosition::new(self.x, self.y)))
    }
}

/// The remembered geometry and where it is kept.
pub struct WindowState {
    path: PathBuf,
    latest: Mutex<Option<Geometry>>,
    generation: AtomicU64,
}

impl WindowState {
    pub fn new(data_dir: &Path) -> Self {
        Self {
            path: data_dir.join("window.json"),
            latest: Mutex::new(None),
            generation: AtomicU64::new(0),
        }
    }

    pub fn read(&self) -> Option<Geometry> {
        let text = std::fs::read_to_string(&self.path).ok()?;
        serde_json::from_str(&text).ok()
    }

    fn write(&self, geometry: Geometry) {
        let Ok(text) = serde_json::to_string(&geometry) else {
            return;
        };
        let tmp = self.path.with_extension("json.tmp");
        let written = std::fs::write(&tmp, text).and_then(|()| std::fs::rename(&tmp, &self.path));
        if let Err(err) = written {
            tracing::warn!(%err, "cannot remember the window's size and position");
        }
    }
}

/// Puts the remembered geometry back on `window` (before it is shown).
pub fn restore(window: &WebviewWindow, state: &WindowState) {
    let Some(saved) = state.read() else {
        return;
    };
    let monitors: Vec<Area> = window
        .available_monitors()
        .unwrap_or_default()
        .iter()
        .map(|m| Area {
            x: m.position().x,
            y: m.position().y,
            width: m.size().width,
            height: m.size().height,
        })
        .collect();
    let (size, position) = saved.fitted(&monitors);
    let _ = window.set_size(size);
    if let Some(position) = position {
        let _ = window.set_position(position);
    }
    if saved.maximized {
        let _ = window.maximize();
    }
}

/// After a move or resize: remember the window's geometry once the burst settles.
pub fn changed(app: &AppHandle, window: &tauri::Window) {
    let Some(state) = app.try_state::<WindowState>() else {
        return;
    };
    let maximized = window.is_maximized().unwrap_or(false);
    let current = match (window.outer_position(), window.inner_size()) {
        (Ok(p), Ok(s)) => Geometry {
            x: p.x,
            y: p.y,
            width: s.width,
            height: s.height,
            maximized,
        },
        _ => return,
    };
    {
        let mut latest = state
            .latest
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // A maximized window keeps the size it will return to.
        *latest = Some(match (*latest, maximized) {
            (Some(before), true) => Geometry {
                maximized: true,
                ..before
            },
            _ => current,
        });
    }
    let generation = state.generation.fetch_add(1, Ordering::SeqCst) + 1;
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(SETTLE).await;
        let state = app.state::<WindowState>();
        if state.generation.load(Ordering::SeqCst) != generation {
            return; // a later change will write
        }
        let latest = *state
            .latest
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(geometry) = latest {
            state.write(geometry);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCREEN: Area = Area {
        x: 0,
        y: 0,
        width: 1920,
        height: 1080,
    };

    #[test]
    fn a_saved_window_comes_back_where_it_was_on_a_monitor_that_still_exists() {
        let saved = Geometry {
            x: 100,
            y: 80,
            width: 1000,
            height: 700,
            maximized: false,
        };
        let (size, position) = saved.fitted(&[SCREEN]);
        assert_eq!(size, PhysicalSize::new(1000, 700));
        assert_eq!(position, Some(PhysicalPosition::new(100, 80)));

        // The second monitor it was on is gone: the size stays, the position is the system's.
        let off = Geometry { x: 2500, ..saved };
        assert_eq!(off.fitted(&[SCREEN]).1, None);
        // Bigger than the monitor, or smaller than the minimum: fitted.
        let huge = Geometry {
            width: 5000,
            height: 100,
            ..saved
        };
        assert_eq!(huge.fitted(&[SCREEN]).0, PhysicalSize::new(1920, 480));
    }

    #[test]
    fn the_file_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let state = WindowState::new(dir.path());
        assert_eq!(state.read(), None);
        let g = Geometry {
            x: -10,
            y: 5,
            width: 900,
            height: 600,
            maximized: true,
        };
        state.write(g);
        assert_eq!(state.read(), Some(g));
    }
}
