//! The backup codes file: saved where the user chose, readable by them only, never replacing
//! another file.

use crate::{Error, Result};

/// Saves backup codes as a text file in `dir` (the Downloads folder), readable by the user only,
/// under a name that says whose codes they are and never replaces another file. Returns its path.
pub fn save_backup_codes(
    dir: &std::path::Path,
    workspace: &str,
    account: &str,
    codes: &[String],
) -> Result<std::path::PathBuf> {
    use std::io::Write;
    let failed = |e: std::io::Error| Error::InvalidInput {
        field: "backup_codes",
        message: format!(
            "The codes could not be saved in {}: {e}. Copy them instead and keep them somewhere safe.",
            dir.display()
        ),
    };
    let safe = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' || c == '.' {
                    c
                } else {
                    '-'
                }
            })
            .collect()
    };
    let stem = format!("{} {} backup codes", safe(workspace), safe(account));
    let mut text = format!(
        "Two-factor backup codes for {account} on {workspace}.\nEach code works once, in place of a code from your authenticator app.\nKeep this file somewhere safe.\n\n"
    );
    for code in codes {
        text.push_str(code);
        text.push('\n');
    }
    std::fs::create_dir_all(dir).map_err(failed)?;
    for n in 1..1000 {
        let name = if n == 1 {
            format!("{stem}.txt")
        } else {
            format!("{stem} ({n}).txt")
        };
        let path = dir.join(name);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&path) {
            Ok(mut file) => {
                file.write_all(text.as_bytes()).map_err(failed)?;
                file.sync_all().map_err(failed)?;
                return Ok(path);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(failed(e)),
        }
    }
    Err(failed(std::io::Error::other(
        "too many files with that name",
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_codes_are_saved_privately_without_replacing_a_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let codes = vec!["ab12cd34".to_owned(), "ef56gh78".to_owned()];
        let first = save_backup_codes(dir.path(), "Acme: Chat", "alice", &codes).expect("saved");
        let second = save_backup_codes(dir.path(), "Acme: Chat", "alice", &codes).expect("saved");
        assert_ne!(first, second);
        assert!(second.to_string_lossy().ends_with("(2).txt"));
        let text = std::fs::read_to_string(&first).expect("read");
        assert!(text.contains("alice on Acme: Chat") && text.contains("ef56gh78\n"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&first)
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
