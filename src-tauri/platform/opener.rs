//! Opens a web address in the user's browser (a notification's room) and a folder in the
//! file manager (the About page's log folder), with the desktop's own handler.

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Stdio};

/// Opens `url` with the desktop's handler for web addresses; failures are logged (a click has
/// nobody to answer to).
pub fn open_in_browser(url: &str) {
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        tracing::warn!(%url, "not opening an address that is not http(s)");
        return;
    }
    match open_with_desktop(OsStr::new(url)) {
        Ok(()) => tracing::info!(%url, "opened in the browser"),
        Err(err) => tracing::warn!(%err, %url, "cannot open the browser"),
    }
}

/// Opens `folder` in the file manager.
pub fn open_folder(folder: &Path) -> std::io::Result<()> {
    if !folder.is_dir() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("{} does not exist", folder.display()),
        ));
    }
    open_with_desktop(folder.as_os_str())
}

/// The desktop's handler for `target` (a web address or a folder), reaped on its own thread so
/// that no zombie stays behind.
fn open_with_desktop(target: &OsStr) -> std::io::Result<()> {
    let mut command = if cfg!(target_os = "macos") {
        Command::new("open")
    } else if cfg!(target_os = "windows") {
        let mut c = Command::new("rundll32");
        c.arg("url.dll,FileProtocolHandler");
        c
    } else {
        // xdg-open picks the desktop's browser (or $BROWSER on a bare session).
        Command::new("xdg-open")
    };
    let mut child = command
        .arg(target)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    std::thread::spawn(move || child.wait());
    Ok(())
}
