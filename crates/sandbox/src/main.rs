//! `tether-sandbox`: run the sandbox workspace from the command line.

use std::path::PathBuf;
use std::process::ExitCode;

use tether_sandbox::{Sandbox, SandboxConfig, seed};

const USAGE: &str = "usage: tether-sandbox [--port N] [--record FILE.jsonl] [--version X.Y] \
[--name SITE_NAME] [--tls] [--ldap] [--email-verification] [--seats-full] [--test-routes] \
[--community] [--password-history] [--users N] [--rooms N] [--seats N] [--no-smtp] [--chatwoot PORT]";

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .init();
    // From the command line the workspace has the `device-management` license module (the
    // sessions list), unless `--community` says it is a Community Edition workspace, and has
    // end-to-end encryption turned on (`E2E_Enable`), so every Security section shows.
    let mut config = SandboxConfig {
        device_management: true,
        settings: vec![("E2E_Enable".into(), serde_json::Value::Bool(true))],
        ..SandboxConfig::default()
    };
    // `--chatwoot PORT`: a Chatwoot sandbox beside the workspace (0 picks a free port).
    let mut chatwoot_port: Option<u16> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--tls" => {
                config.tls = true;
                continue;
            }
            "--email-verification" => {
                config.email_verification = true;
                continue;
            }
            "--ldap" => {
                config.ldap = true;
                continue;
            }
            "--community" => {
                config.device_management = false;
                continue;
            }
            "--password-history" => {
                config.password_history = true;
                continue;
            }
            "--no-smtp" => {
                config.smtp = false;
                continue;
            }
            "--seats-full" => {
                config.seats_full = true;
                continue;
            }
            // TEST-ONLY routes (/_sandbox/*): never on unless asked for.
            "--test-routes" => {
                config.test_routes = true;
                continue;
            }
            _ => {}
        }
        let value = args.next();
        match (arg.as_str(), value) {
            ("--port", Some(v)) => match v.parse() {
                Ok(port) => config.port = port,
                Err(_) => return fail(&format!("--port needs a number, got {v:?}")),
            },
            ("--users", Some(v)) => match v.parse() {
                Ok(n) => config.users = n,
                Err(_) => return fail(&format!("--users needs a number, got {v:?}")),
            },
            ("--rooms", Some(v)) => match v.parse() {
                Ok(n) => config.rooms = n,
                Err(_) => return fail(&format!("--rooms needs a number, got {v:?}")),
            },
            ("--seats", Some(v)) => match v.parse() {
                Ok(n) => config.max_active_users = Some(n),
                Err(_) => return fail(&format!("--seats needs a number, got {v:?}")),
            },
            ("--record", Some(v)) => config.record_to = Some(PathBuf::from(v)),
            ("--chatwoot", Some(v)) => match v.parse() {
                Ok(port) => chatwoot_port = Some(port),
                Err(_) => return fail(&format!("--chatwoot needs a port number, got {v:?}")),
            },
            ("--version", Some(v)) => config.version = v,
            ("--name", Some(v)) => config.site_name = v,
            _ => return fail(USAGE),
        }
    }
    let config_test_routes = config.test_routes;
    let sandbox = match Sandbox::start(config).await {
        Ok(s) => s,
        Err(err) => return fail(&format!("cannot start the sandbox: {err}")),
    };
    eprintln!("Tether sandbox workspace listening on {}", sandbox.url());
    if let Some(fingerprint) = sandbox.certificate_sha256() {
        eprintln!("  self-signed certificate, SHA-256 {fingerprint}");
    }
    for user in seed::USERS {
        let mut notes = Vec::new();
        if user.totp_secret.is_some() {
            notes.push("authenticator 2FA");
        }
        if user.email2fa {
            notes.push("email 2FA");
        }
        if !user.active {
            notes.push("deactivated");
        }
        if !user.personal_access_tokens.is_empty() {
            notes.push("access token only");
        }
        if user.e2e_keys.is_some() {
            notes.push("encryption keys");
        }
        eprintln!(
            "  user {:<6} password {:<13} {}",
            user.username,
            user.password.unwrap_or("-"),
            notes.join(", ")
        );
    }
    let chatwoot = match chatwoot_port {
        Some(port) => {
            let config = tether_sandbox::chatwoot::ChatwootConfig {
                port,
                test_routes: config_test_routes,
                ..Default::default()
            };
            match tether_sandbox::chatwoot::ChatwootSandbox::start(config).await {
                Ok(chatwoot) => {
                    eprintln!("Chatwoot sandbox listening on {}", chatwoot.url());
                    for agent in tether_sandbox::chatwoot::AGENTS {
                        eprintln!("  agent {:<26} password {}", agent.email, agent.password);
                    }
                    Some(chatwoot)
                }
                // The workspace goes on without it (a busy port must not take the workspace
                // down with it).
                Err(err) => {
                    eprintln!(
                        "tether-sandbox: cannot start the Chatwoot sandbox on port {port}: {err}"
                    );
                    None
                }
            }
        }
        None => None,
    };
    // Tell scripts where we listen, on stdout, one line (the Chatwoot sandbox's on stderr).
    #[allow(
        clippy::print_stdout,
        reason = "the URL on stdout is this binary's interface"
    )]
    {
        println!("{}", sandbox.url());
    }
    let _ = tokio::signal::ctrl_c().await;
    sandbox.stop().await;
    if let Some(chatwoot) = chatwoot {
        chatwoot.stop().await;
    }
    ExitCode::SUCCESS
}

fn fail(message: &str) -> ExitCode {
    eprintln!("tether-sandbox: {message}");
    ExitCode::from(2)
}
