//! Logging: to stderr, and once the data folder is known, also to `tether.log` there (the file
//! a user can attach to a bug report). Nothing secret is ever logged: tokens and passwords are
//! `Sensitive` in core, and server answers that hold secrets are never logged.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;
use std::sync::{Mutex, OnceLock};

use tracing_subscriber::fmt::MakeWriter;

/// The log file grows to this size, then starts over (the previous one is kept as `.1`).
const MAX_LOG_BYTES: u64 = 5 * 1024 * 1024;

static LOG_FILE: OnceLock<Mutex<File>> = OnceLock::new();

/// Starts the subscriber (`TETHER_LOG` filters, default `info`).
pub fn init() {
    start("info", Tee);
}

/// The command line's logging: warnings only unless `TETHER_LOG` says otherwise, so its own
/// output stays readable.
pub fn init_quiet() {
    start("warn", std::io::stderr);
}

fn start<W>(default_level: &str, writer: W)
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("TETHER_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default_level)),
        )
        .with_ansi(false)
        .with_writer(writer)
        .init();
}

/// From now on, also append to `<data_dir>/tether.log`.
pub fn to_file_in(data_dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(data_dir)?;
    let path = data_dir.join("tether.log");
    if std::fs::metadata(&path).is_ok_and(|m| m.len() > MAX_LOG_BYTES) {
        std::fs::rename(&path, data_dir.join("tether.log.1"))?;
    }
    let _ = LOG_FILE.set(Mutex::new(open_private(&path)?));
    Ok(())
}

/// Opens the log for appending, readable and writable by the user alone (0600 on Unix, also
/// for a file an older Tether created with the default mode): it names the user's workspaces,
/// accounts and what they did, which other users of the computer have no business reading.
fn open_private(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        let file = options.open(path)?;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        Ok(file)
    }
    #[cfg(not(unix))]
    {
        // Elsewhere the file inherits the per-user data folder's access list.
        options.open(path)
    }
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn the_log_is_readable_by_the_user_only_also_when_it_existed() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let fresh = dir.path().join("fresh.log");
        super::open_private(&fresh).expect("opened");
        let mode = |p: &std::path::Path| {
            std::fs::metadata(p).expect("metadata").permissions().mode() & 0o777
        };
        assert_eq!(mode(&fresh), 0o600);
        let old = dir.path().join("old.log");
        std::fs::write(&old, "earlier lines\n").expect("written");
        std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        super::open_private(&old).expect("opened");
        assert_eq!(mode(&old), 0o600, "an existing log is narrowed too");
    }
}

/// Writes each log line to stderr and to the log file, when there is one.
#[derive(Clone, Copy)]
struct Tee;

impl Write for Tee {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        std::io::stderr().write_all(buf)?;
        if let Some(file) = LOG_FILE.get()
            && let Ok(mut file) = file.lock()
        {
            // A full disk must not stop the app: the line still went to stderr.
            let _ = file.write_all(buf);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stderr().flush()
    }
}

impl<'a> MakeWriter<'a> for Tee {
    type Writer = Tee;

    fn make_writer(&'a self) -> Self::Writer {
        Tee
    }
}
