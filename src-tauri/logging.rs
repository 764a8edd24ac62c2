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
    let file = OpenOptions::new().create(true).append(true).open(&path)?;
    let _ = LOG_FILE.set(Mutex::new(file));
    Ok(())
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
