//! The command line, in the same binary as the app, for scripts and for people testing
//! notifications and sounds locally:
//!
//! ```text
//! tether notify test [--require-interaction]
//! tether sound list
//! tether sound play <id> [--volume 0-100]
//! tether update check
//! tether update install
//! ```
//!
//! It runs the same core code as the window's buttons, with the same messages; each failure has
//! its own exit code (see `exit_code`).

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

use tether_core::ports::{MemorySecretStore, RecordingEventSink, SoundError, SystemClock};
use tether_core::words::{Arg, Words, system_locale};
use tether_core::{Error, ErrorCode, Tether, TetherConfig};

use crate::platform::notifier::DesktopNotifier;
use crate::platform::sound::SoundOutput;

/// A command-line request.
#[derive(Debug, PartialEq)]
enum Command {
    NotifyTest { require_interaction: bool },
    SoundList,
    SoundPlay { id: String, volume: u8 },
    Update(crate::updates::cli::Request),
    Help,
}

/// Runs the command line when the arguments ask for it: `Some(exit code)`; `None` means "open
/// the app" (no arguments, or the app's own options such as `--workspace`).
pub fn run_if_requested() -> Option<i32> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // No command: the app opens (`None`), and the command line's words are never parsed.
    let parsed = parse(&args).transpose()?;
    attach_to_the_parent_console();
    // The terminal's language (gettext's order), not a workspace's: no window has said one.
    let words = Words::for_command_line(system_locale());
    let command = match parsed {
        Ok(command) => command,
        Err(wrong) => {
            let _ = writeln!(
                std::io::stderr(),
                "tether: {}\n\n{}",
                wrong.message(&words),
                words.get("cli-usage")
            );
            return Some(2);
        }
    };
    if command == Command::Help {
        let _ = writeln!(std::io::stdout(), "{}", words.get("cli-usage"));
        return Some(0);
    }
    if let Command::Update(request) = command {
        crate::logging::init_quiet();
        let _ = rustls::crypto::ring::default_provider().install_default();
        return Some(crate::updates::cli::run(request, &data_dir(), &words));
    }
    crate::logging::init_quiet();
    let _ = rustls::crypto::ring::default_provider().install_default();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(err) => {
            let reason = err.to_string();
            let line = words.with("cli-cannot-start", &[("reason", Arg::Text(&reason))]);
            let _ = writeln!(std::io::stderr(), "tether: {line}");
            return Some(1);
        }
    };
    Some(match runtime.block_on(execute(command, &words)) {
        Ok(()) => 0,
        Err(err) => {
            let code = err.code();
            let name = serde_json::to_value(code)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            let message = words.error(&name, &err.to_string());
            let _ = writeln!(std::io::stderr(), "tether: {message} [{name}]");
            exit_code(code)
        }
    })
}

/// What is wrong with the arguments, worded once the words are known.
#[derive(Debug, PartialEq)]
enum WrongUsage {
    /// `--volume` is not a whole number from 0 to 100.
    Volume(String),
    /// No such command.
    Unknown(String),
}

impl WrongUsage {
    fn message(&self, words: &Words) -> String {
        match self {
            WrongUsage::Volume(volume) => {
                words.with("cli-bad-volume", &[("volume", Arg::Text(volume))])
            }
            WrongUsage::Unknown(command) => {
                words.with("cli-unknown-command", &[("command", Arg::Text(command))])
            }
        }
    }
}

fn parse(args: &[String]) -> Result<Option<Command>, WrongUsage> {
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    match words.as_slice() {
        [] => Ok(None),
        // The app's own start-up options (startup.rs), and whatever a desktop launcher adds.
        [first, ..] if first.starts_with('-') && !matches!(*first, "--help" | "-h") => Ok(None),
        ["help" | "--help" | "-h"] => Ok(Some(Command::Help)),
        ["notify", "test"] => Ok(Some(Command::NotifyTest {
            require_interaction: false,
        })),
        ["notify", "test", "--require-interaction"] => Ok(Some(Command::NotifyTest {
            require_interaction: true,
        })),
        ["sound", "list"] => Ok(Some(Command::SoundList)),
        ["update", "check"] => Ok(Some(Command::Update(crate::updates::cli::Request::Check))),
        ["update", "install"] => Ok(Some(Command::Update(crate::updates::cli::Request::Install))),
        ["sound", "play", id] if !id.starts_with('-') => Ok(Some(Command::SoundPlay {
            id: (*id).to_owned(),
            volume: 100,
        })),
        ["sound", "play", id, "--volume", volume] | ["sound", "play", "--volume", volume, id] => {
            let volume = volume
                .parse::<u8>()
                .ok()
                .filter(|v| *v <= 100)
                .ok_or_else(|| WrongUsage::Volume((*volume).to_owned()))?;
            Ok(Some(Command::SoundPlay {
                id: (*id).to_owned(),
                volume,
            }))
        }
        _ => Err(WrongUsage::Unknown(words.join(" "))),
    }
}

/// Windows release builds are GUI programs (`windows_subsystem = "windows"`, main.rs): without
/// this, `tether --help` or `tether update check` typed in a console would print nothing. The
/// command line writes to the console it was started from, when there is one.
fn attach_to_the_parent_console() {
    #[cfg(all(windows, not(debug_assertions)))]
    #[allow(unsafe_code, reason = "one Win32 call with no pointer arguments")]
    // SAFETY: AttachConsole takes a process id constant and touches no memory of ours; when
    // there is no parent console it fails and nothing changes.
    unsafe {
        windows_sys::Win32::System::Console::AttachConsole(
            windows_sys::Win32::System::Console::ATTACH_PARENT_PROCESS,
        );
    }
}

/// The exit code of each failure a script may want to tell apart.
fn exit_code(code: ErrorCode) -> i32 {
    match code {
        ErrorCode::NotificationServiceMissing => 3,
        ErrorCode::NotificationsDisabled => 4,
        ErrorCode::DoNotDisturb => 5,
        ErrorCode::NotificationTimeout => 6,
        ErrorCode::AudioDeviceMissing => 7,
        ErrorCode::SoundNotFound => 8,
        ErrorCode::SoundUndecodable => 9,
        _ => 1,
    }
}

async fn execute(command: Command, words: &Words) -> Result<(), Error> {
    let data_dir = data_dir();
    let output = Arc::new(SoundOutput::default());
    // The command line never needs a token: an in-memory store keeps it away from the keyring.
    let tether = Tether::open(
        &TetherConfig {
            cache_path: data_dir.join("cache.sqlite"),
        },
        Arc::new(MemorySecretStore::default()),
        Arc::new(SystemClock),
        Arc::new(RecordingEventSink::default()),
    )
    .await?
    .with_desktop(
        Arc::new(DesktopNotifier::new(crate::icon_path(&data_dir))),
        output.clone(),
    );
    let mut out = std::io::stdout();
    match command {
        Command::NotifyTest {
            require_interaction,
        } => {
            tether
                .alerts()
                .notification_test(None, require_interaction)
                .await?;
            let _ = writeln!(
                out,
                "{}",
                words.get(if require_interaction {
                    "cli-notification-shown-sticky"
                } else {
                    "cli-notification-shown"
                })
            );
        }
        Command::SoundList => {
            for sound in tether.alerts().sound_list(None).await? {
                let _ = writeln!(
                    out,
                    "{:<24} {}{}",
                    sound.id,
                    sound.name,
                    if sound.custom {
                        format!(" {}", words.get("cli-sound-custom"))
                    } else {
                        String::new()
                    }
                );
            }
        }
        Command::SoundPlay { id, volume } => {
            let clip = tether.alerts().sound_clip(None, &id).await?;
            let voice = output.start(&clip, f32::from(volume) / 100.0)?;
            tokio::task::spawn_blocking(move || voice.wait())
                .await
                .map_err(|e| SoundError::NoDevice(format!("the sound's wait stopped: {e}")))??;
            // Let the device drain its buffer before the process (and the stream) ends.
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
            let line = words.with(
                "cli-sound-played",
                &[
                    ("sound", Arg::Text(&id)),
                    ("volume", Arg::Count(u32::from(volume))),
                ],
            );
            let _ = writeln!(out, "{line}");
        }
        Command::Help | Command::Update(_) => {}
    }
    Ok(())
}

/// Where the app keeps its data: `TETHER_DATA_DIR`, else the platform's data folder for
/// Tether's identifier (the same folder Tauri gives the app).
fn data_dir() -> PathBuf {
    std::env::var_os("TETHER_DATA_DIR")
        .map(PathBuf::from)
        .or_else(|| dirs::data_dir().map(|d| d.join(crate::IDENTIFIER)))
        .unwrap_or_else(|| PathBuf::from("."))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn parses_the_documented_commands_and_leaves_app_options_to_the_app() {
        let english = Words::for_command_line("en");
        let parse = |args: &[String]| parse(args).map_err(|wrong| wrong.message(&english));
        assert_eq!(parse(&args("")), Ok(None));
        assert_eq!(parse(&args("--workspace http://x --user a")), Ok(None));
        assert_eq!(
            parse(&args("-psn_0_12345")),
            Ok(None),
            "a launcher's own argument"
        );
        assert_eq!(parse(&args("-h")), Ok(Some(Command::Help)));
        assert_eq!(
            parse(&args("notify test --require-interaction")),
            Ok(Some(Command::NotifyTest {
                require_interaction: true
            }))
        );
        assert_eq!(
            parse(&args("sound play ding --volume 25")),
            Ok(Some(Command::SoundPlay {
                id: "ding".into(),
                volume: 25
            }))
        );
        assert_eq!(
            parse(&args("sound play ding")),
            Ok(Some(Command::SoundPlay {
                id: "ding".into(),
                volume: 100
            }))
        );
        assert!(
            parse(&args("sound play ding --volume 101"))
                .unwrap_err()
                .contains("0 to 100")
        );
        assert!(parse(&args("sound play ding --volume loud")).is_err());
        assert!(
            parse(&args("notify now"))
                .unwrap_err()
                .contains("unknown command")
        );
    }

    #[test]
    fn says_its_usage_results_and_errors_in_the_terminal_s_language() {
        let german = Words::for_command_line("de_DE.UTF-8");
        assert_eq!(german.locale(), "de");
        assert!(
            parse(&args("notify now"))
                .unwrap_err()
                .message(&german)
                .contains("unbekannter Befehl")
        );
        let usage = german.get("cli-usage");
        assert!(usage.starts_with("Aufruf:"), "{usage}");
        // The commands and options are the same in every language; only their words change.
        assert!(usage.contains("tether sound play <id> [--volume 0-100]"));
        // An error is worded by its stable code, never by matching core's English text.
        assert_eq!(
            german.error("sound_not_found", "There is no sound “x”."),
            german.get("error-sound_not_found")
        );
        assert!(!german.get("error-sound_not_found").starts_with("error-"));
        let english = Words::for_command_line("C");
        assert_eq!(
            english.error("sound_not_found", "There is no sound “x”."),
            "There is no sound “x”."
        );
        assert!(english.get("cli-usage").starts_with("Usage:"));
    }
}
