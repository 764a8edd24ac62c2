//! Opens a web address in the user's browser (a notification's room).

use std::process::{Command, Stdio};

/// Opens `url` with the desktop's handler for web addresses; failures are logged (a click has
/// nobody to answer to).
pub fn open_in_browser(url: &str) {
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        tracing::warn!(%url, "not opening an address that is not http(s)");
        return;
    }
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
    let started = command
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    match started {
        Ok(mut child) => {
            // Reaped on its own thread, so no zombie stays behind.
            std::thread::spawn(move || child.wait());
            tracing::info!(%url, "opened in the browser");
        }
        Err(err) => tracing::warn!(%err, %url, "cannot open the browser"),
    }
}
