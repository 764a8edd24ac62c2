//! `tether-sandbox`: run the sandbox workspace from the command line.

use std::path::PathBuf;
use std::process::ExitCode;

use tether_sandbox::{Sandbox, SandboxConfig, seed};

const USAGE: &str = "usage: tether-sandbox [--port N] [--record FILE.jsonl] [--version X.Y]";

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .init();
    let mut config = SandboxConfig::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next();
        match (arg.as_str(), value) {
            ("--port", Some(v)) => match v.parse() {
                Ok(port) => config.port = port,
                Err(_) => return fail(&format!("--port needs a number, got {v:?}")),
            },
            ("--record", Some(v)) => config.record_to = Some(PathBuf::from(v)),
            ("--version", Some(v)) => config.version = v,
            _ => return fail(USAGE),
        }
    }
    let sandbox = match Sandbox::start(config).await {
        Ok(s) => s,
        Err(err) => return fail(&format!("cannot start the sandbox: {err}")),
    };
    eprintln!("Tether sandbox workspace listening on {}", sandbox.url());
    for user in seed::USERS {
        let totp = if user.totp_secret.is_some() {
            " (TOTP 2FA)"
        } else {
            ""
        };
        eprintln!(
            "  user {:<6} password {}{totp}",
            user.username, user.password
        );
    }
    // Tell scripts where we listen, on stdout, one line.
    #[allow(
        clippy::print_stdout,
        reason = "the URL on stdout is this binary's interface"
    )]
    {
        println!("{}", sandbox.url());
    }
    let _ = tokio::signal::ctrl_c().await;
    sandbox.stop().await;
    ExitCode::SUCCESS
}

fn fail(message: &str) -> ExitCode {
    eprintln!("tether-sandbox: {message}");
    ExitCode::from(2)
}
