//! "Start hidden at login". Linux: an XDG autostart entry,
//! `$XDG_CONFIG_HOME/autostart/tether.desktop` (default `~/.config`), written aside and
//! renamed, with the executable quoted as the Desktop Entry specification asks (the
//! `auto-launch` crate behind Tauri's plugin writes the path unquoted and ignores
//! `XDG_CONFIG_HOME`). Windows and macOS: Tauri's autostart plugin. Either way Tether starts
//! with `--hidden`: in the tray, without its window.

use tauri::AppHandle;

/// The argument a login start passes.
pub const HIDDEN: &str = "--hidden";

#[cfg(target_os = "linux")]
mod imp {
    use std::path::PathBuf;

    use tauri::AppHandle;

    fn entry_path() -> Option<PathBuf> {
        let config = std::env::var_os("XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .or_else(|| dirs::home_dir().map(|h| h.join(".config")))?;
        Some(config.join("autostart").join("tether.desktop"))
    }

    /// A path as one quoted argument of a desktop entry's `Exec` key: inside double quotes,
    /// `"`, `` ` ``, `$` and `\` are escaped with a backslash, and (string value escaping)
    /// each backslash is doubled again; `%` is doubled for the field-code rule.
    pub(super) fn exec_quoted(path: &str) -> String {
        let mut out = String::from("\"");
        for c in path.chars() {
            match c {
                '"' | '`' | '$' => {
                    out.push_str("\\\\");
                    out.push(c);
                }
                '\\' => out.push_str("\\\\\\\\"),
                '%' => out.push_str("%%"),
                _ => out.push(c),
            }
        }
        out.push('"');
        out
    }

    pub(super) fn entry(exe: &str) -> String {
        format!(
            "[Desktop Entry]\nType=Application\nName=Tether\nComment=Unread alerts for your chat workspaces, in the tray\nExec={} {}\nIcon=tether\nTerminal=false\nX-GNOME-Autostart-enabled=true\n",
            exec_quoted(exe),
            super::HIDDEN
        )
    }

    fn executable() -> std::io::Result<String> {
        // An AppImage must be started through its image, not its mounted inside.
        if let Some(image) = std::env::var_os("APPIMAGE") {
            return Ok(image.to_string_lossy().into_owned());
        }
        Ok(std::env::current_exe()?.to_string_lossy().into_owned())
    }

    pub fn enabled(_app: &AppHandle) -> bool {
        entry_path().is_some_and(|p| p.exists())
    }

    pub fn set(_app: &AppHandle, on: bool) -> Result<(), String> {
        let path = entry_path().ok_or("no home folder to keep the autostart entry in")?;
        if !on {
            return match std::fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.to_string()),
                _ => Ok(()),
            };
        }
        let dir = path.parent().ok_or("no autostart folder")?;
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        let aside = path.with_extension("desktop.tmp");
        let text = entry(&executable().map_err(|e| e.to_string())?);
        std::fs::write(&aside, text).map_err(|e| e.to_string())?;
        std::fs::rename(&aside, &path).map_err(|e| e.to_string())
    }
}

#[cfg(not(target_os = "linux"))]
mod imp {
    use tauri::AppHandle;
    use tauri_plugin_autostart::ManagerExt;

    pub fn enabled(app: &AppHandle) -> bool {
        app.autolaunch().is_enabled().unwrap_or(false)
    }

    pub fn set(app: &AppHandle, on: bool) -> Result<(), String> {
        let launcher = app.autolaunch();
        if on {
            launcher.enable()
        } else {
            launcher.disable()
        }
        .map_err(|e| e.to_string())
    }
}

/// The plugin to register on Windows and macOS.
#[cfg(not(target_os = "linux"))]
pub fn plugin() -> tauri::plugin::TauriPlugin<tauri::Wry> {
    tauri_plugin_autostart::init(
        tauri_plugin_autostart::MacosLauncher::LaunchAgent,
        Some(vec![HIDDEN]),
    )
}

/// Whether Tether starts at login.
pub fn enabled(app: &AppHandle) -> bool {
    imp::enabled(app)
}

/// Turns starting at login on or off.
pub fn set(app: &AppHandle, on: bool) -> Result<(), String> {
    imp::set(app, on)
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::imp::{entry, exec_quoted};

    #[test]
    fn the_executable_is_quoted_as_the_specification_asks() {
        assert_eq!(exec_quoted("/usr/bin/tether"), "\"/usr/bin/tether\"");
        assert_eq!(
            exec_quoted("/home/a b/100%/$x/\"q\""),
            "\"/home/a b/100%%/\\\\$x/\\\\\"q\\\\\"\""
        );
        assert_eq!(exec_quoted("/a\\b"), "\"/a\\\\\\\\b\"");
        let text = entry("/opt/Tether App/tether");
        assert!(text.starts_with("[Desktop Entry]\nType=Application\n"));
        assert!(
            text.contains("\nExec=\"/opt/Tether App/tether\" --hidden\n"),
            "{text}"
        );
    }
}
