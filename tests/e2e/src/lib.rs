//! A minimal W3C WebDriver client and the harness that starts `tauri-driver` for the journeys.
#![allow(
    clippy::expect_used,
    reason = "test support: a failed WebDriver call must fail the journey with its message"
)]

pub mod desktop;
pub mod tray;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// `tauri-driver` (which runs WebKitWebDriver), killed on drop.
pub struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    /// Starts tauri-driver on a free port with extra environment for the app it launches.
    pub async fn start(env: &[(&str, &Path)]) -> Driver {
        // reqwest is built without a bundled crypto provider (as in the app): install ring.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let port = free_port();
        let native = free_port();
        let mut command = Command::new(tauri_driver_path());
        command
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native.to_string(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        for (key, value) in env {
            command.env(key, value);
        }
        let child = command
            .spawn()
            .expect("tauri-driver must be installed (scripts/dev installs it)");
        let driver = Driver { child, port };
        let http = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let ready = http.get(format!("{}/status", driver.url())).send().await;
            if ready.is_ok_and(|r| r.status().is_success()) {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "tauri-driver did not become ready in 20 s"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        driver
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Launches the app and opens a WebDriver session on its window.
    pub async fn launch(&self, app: &Path) -> Session {
        let http = reqwest::Client::new();
        let caps = json!({ "capabilities": { "alwaysMatch": {
            "tauri:options": { "application": app.to_string_lossy() }
        }}});
        let response: Value = http
            .post(format!("{}/session", self.url()))
            .json(&caps)
            .send()
            .await
            .expect("new session")
            .json()
            .await
            .expect("new session json");
        let id = response["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {response}"))
            .to_owned();
        Session {
            http,
            base: format!("{}/session/{id}", self.url()),
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One WebDriver session: one launch of the app.
pub struct Session {
    http: reqwest::Client,
    base: String,
}

impl Session {
    async fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let mut request = self.http.request(method, format!("{}{path}", self.base));
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response: Value = request
            .send()
            .await
            .expect("webdriver call")
            .json()
            .await
            .expect("json");
        response["value"].clone()
    }

    async fn find(&self, css: &str) -> Option<String> {
        let value = self
            .call(
                reqwest::Method::POST,
                "/element",
                Some(json!({"using": "css selector", "value": css})),
            )
            .await;
        value[ELEMENT].as_str().map(str::to_owned)
    }

    /// Runs `script` in the page (`arguments` holds `args`) and returns its value.
    pub async fn execute(&self, script: &str, args: Value) -> Value {
        self.call(
            reqwest::Method::POST,
            "/execute/sync",
            Some(json!({"script": script, "args": args})),
        )
        .await
    }

    /// Runs `script` in the page; it ends by calling `arguments[arguments.length - 1]` with
    /// the value to return.
    pub async fn execute_async(&self, script: &str, args: Value) -> Value {
        self.call(
            reqwest::Method::POST,
            "/execute/async",
            Some(json!({"script": script, "args": args})),
        )
        .await
    }

    /// Waits until an element matching `css` exists.
    pub async fn wait_for(&self, css: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(id) = self.find(css).await {
                return id;
            }
            if Instant::now() >= deadline {
                panic!(
                    "{}",
                    self.failed(format!("{css} did not appear within 20 s"))
                        .await
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Saves a screenshot of the window as it was when a wait gave up (next to the journey's
    /// screenshots, as `failure-<n>.png`), and returns the message with its path.
    async fn failed(&self, message: String) -> String {
        let Some(dir) = std::env::var_os("TETHER_E2E_SCREENSHOTS") else {
            return message;
        };
        let path = Path::new(&dir).join(format!(
            "failure-{}.png",
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_millis())
                .unwrap_or_default()
        ));
        self.screenshot(&path).await;
        format!("{message} (screenshot: {})", path.display())
    }

    /// Waits until no element matches `css`.
    pub async fn wait_gone(&self, css: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while self.exists(css).await {
            if Instant::now() >= deadline {
                panic!(
                    "{}",
                    self.failed(format!("{css} did not go away within 20 s"))
                        .await
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Whether an element matching `css` exists now.
    pub async fn exists(&self, css: &str) -> bool {
        self.find(css).await.is_some()
    }

    /// Waits until the element's text contains `expected`, and returns the text.
    pub async fn wait_text(&self, css: &str, expected: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(id) = self.find(css).await {
                let text = self
                    .call(reqwest::Method::GET, &format!("/element/{id}/text"), None)
                    .await;
                let text = text.as_str().unwrap_or_default().to_owned();
                if text.contains(expected) {
                    return text;
                }
                if Instant::now() >= deadline {
                    let message = format!("{css} shows {text:?}, never {expected:?}");
                    panic!("{}", self.failed(message).await);
                }
            } else if Instant::now() >= deadline {
                panic!(
                    "{}",
                    self.failed(format!("{css} did not appear within 20 s"))
                        .await
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// An attribute of the element matching `css`.
    pub async fn attribute(&self, css: &str, name: &str) -> Option<String> {
        let id = self.wait_for(css).await;
        let value = self
            .call(
                reqwest::Method::GET,
                &format!("/element/{id}/attribute/{name}"),
                None,
            )
            .await;
        value.as_str().map(str::to_owned)
    }

    /// Waits until an attribute of the element matching `css` equals `expected`.
    pub async fn wait_attribute(&self, css: &str, name: &str, expected: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let value = self.attribute(css, name).await;
            if value.as_deref() == Some(expected) {
                return;
            }
            if Instant::now() >= deadline {
                let message = format!("{css} has {name}={value:?}, never {expected:?}");
                panic!("{}", self.failed(message).await);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Replaces the text of an input.
    pub async fn fill(&self, css: &str, text: &str) {
        let id = self.wait_for(css).await;
        self.call(
            reqwest::Method::POST,
            &format!("/element/{id}/clear"),
            Some(json!({})),
        )
        .await;
        self.call(
            reqwest::Method::POST,
            &format!("/element/{id}/value"),
            Some(json!({"text": text})),
        )
        .await;
    }

    /// Clicks the element.
    pub async fn click(&self, css: &str) {
        let id = self.wait_for(css).await;
        self.call(
            reqwest::Method::POST,
            &format!("/element/{id}/click"),
            Some(json!({})),
        )
        .await;
    }

    /// Chooses the option with `value` in the `<select>` matching `css`.
    pub async fn select(&self, css: &str, value: &str) {
        self.click(&format!("{css} option[value=\"{value}\"]"))
            .await;
    }

    /// Gives a file to the `<input type=file>` matching `css`, as choosing it in the file
    /// dialog would: the page receives a `File` and its `change` event. (The native GTK dialog
    /// itself is outside the webview, so WebDriver cannot drive it.)
    pub async fn attach_file(&self, css: &str, name: &str, mime: &str, bytes: &[u8]) {
        use base64::Engine as _;
        self.wait_for(css).await;
        let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
        let script = r#"
            const [css, name, type, b64] = arguments;
            const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
            const transfer = new DataTransfer();
            transfer.items.add(new File([bytes], name, { type }));
            const input = document.querySelector(css);
            input.files = transfer.files;
            const taken = input.files.length;
            input.dispatchEvent(new Event("change", { bubbles: true }));
            return taken;
        "#;
        let attached = self
            .call(
                reqwest::Method::POST,
                "/execute/sync",
                Some(json!({ "script": script, "args": [css, name, mime, encoded] })),
            )
            .await;
        assert_eq!(
            attached,
            json!(1),
            "the file input took the file: {attached}"
        );
    }

    /// Adds a workspace by address from the add-workspace form.
    pub async fn add_workspace(&self, url: &str) {
        self.fill("[data-testid=add-workspace-url]", url).await;
        self.click("[data-testid=add-workspace-submit]").await;
    }

    /// Fills and submits the sign-in form.
    pub async fn sign_in(&self, username: &str, password: &str) {
        self.fill("[data-testid=signin-username]", username).await;
        self.fill("[data-testid=signin-password]", password).await;
        self.click("[data-testid=signin-submit]").await;
    }

    /// Adds the workspace at `url` and signs in as `user` with the password (no second
    /// factor), waiting for the profile.
    pub async fn sign_in_to(&self, url: &str, user: &tether_sandbox::seed::SeedUser) {
        self.add_workspace(url).await;
        self.sign_in(user.username, user.password.expect("a password user"))
            .await;
        self.wait_text("[data-testid=profile-name]", user.name)
            .await;
    }

    /// Opens the add-workspace form from the switcher (another workspace beside the first).
    pub async fn add_another_workspace(&self) {
        self.choose_from_menu(
            "[data-testid=workspace-switcher]",
            "[data-testid=workspace-add]",
        )
        .await;
    }

    /// Adds the workspace at `url`, signs in as `user` with the password, and opens the
    /// Preferences page once it shows the server's values.
    pub async fn open_preferences(&self, url: &str, user: &tether_sandbox::seed::SeedUser) {
        self.sign_in_to(url, user).await;
        self.click("[data-testid=nav-preferences]").await;
        self.wait_text("[data-testid=preferences-state]", "All changes saved")
            .await;
    }

    /// Opens a menu with `trigger` and chooses `item`. A menu that is still opening or closing
    /// (bits-ui animates and positions it first) can miss a click: retry until the item was
    /// taken, which closes the menu.
    pub async fn choose_from_menu(&self, trigger: &str, item: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if !self.exists(item).await {
                self.click(trigger).await;
            }
            let opened = Instant::now() + Duration::from_secs(2);
            while !self.exists(item).await && Instant::now() < opened {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            if let Some(id) = self.find(item).await {
                self.call(
                    reqwest::Method::POST,
                    &format!("/element/{id}/click"),
                    Some(json!({})),
                )
                .await;
            }
            let closed = Instant::now() + Duration::from_secs(2);
            while self.exists(item).await && Instant::now() < closed {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            if !self.exists(item).await {
                return;
            }
            if Instant::now() >= deadline {
                let message = format!("choosing {item} from {trigger} did not take within 20 s");
                panic!("{}", self.failed(message).await);
            }
        }
    }

    /// Saves a PNG screenshot of the window.
    pub async fn screenshot(&self, path: &Path) {
        use base64_decode::decode;
        let value = self.call(reqwest::Method::GET, "/screenshot", None).await;
        let png = decode(value.as_str().unwrap_or_default());
        std::fs::write(path, png).expect("write screenshot");
    }

    /// Ends the session, which quits the app.
    pub async fn quit(self) {
        let _ = self.http.delete(&self.base).send().await;
        // Let the process exit and release its files before the next launch.
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

mod base64_decode {
    /// Standard base64 (WebDriver screenshots), without pulling in a crate for it.
    pub fn decode(text: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(text.len() * 3 / 4);
        let mut buffer = 0u32;
        let mut bits = 0;
        for c in text.bytes() {
            let v = match c {
                b'A'..=b'Z' => c - b'A',
                b'a'..=b'z' => c - b'a' + 26,
                b'0'..=b'9' => c - b'0' + 52,
                b'+' => 62,
                b'/' => 63,
                _ => continue,
            };
            buffer = (buffer << 6) | u32::from(v);
            bits += 6;
            if bits >= 8 {
                bits -= 8;
                out.push((buffer >> bits) as u8);
                buffer &= (1 << bits) - 1;
            }
        }
        out
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

fn tauri_driver_path() -> PathBuf {
    if let Some(path) = std::env::var_os("TAURI_DRIVER") {
        return PathBuf::from(path);
    }
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_default();
    let installed = home.join("bin/tauri-driver");
    if installed.exists() {
        installed
    } else {
        PathBuf::from("tauri-driver")
    }
}

/// What every journey needs: the app binary, a folder for screenshots and a scratch data folder
/// for the app (its cache), removed at the end.
pub struct Journey {
    /// `$TETHER_APP_BIN`.
    pub app: PathBuf,
    /// `$TETHER_E2E_SCREENSHOTS`, created.
    pub shots: PathBuf,
    /// The app's `TETHER_DATA_DIR`.
    pub data: tempfile::TempDir,
}

impl Journey {
    /// Reads the environment the test command sets and makes the folders.
    pub fn new() -> Journey {
        let shots = required_env("TETHER_E2E_SCREENSHOTS");
        std::fs::create_dir_all(&shots).expect("create the screenshot folder");
        Journey {
            app: required_env("TETHER_APP_BIN"),
            shots,
            data: tempfile::tempdir().expect("a scratch folder"),
        }
    }

    /// Starts `tauri-driver` for the app with this journey's data folder.
    pub async fn driver(&self) -> Driver {
        Driver::start(&[("TETHER_DATA_DIR", self.data.path())]).await
    }
}

impl Default for Journey {
    fn default() -> Self {
        Self::new()
    }
}

/// A second device of `user`'s: its own REST session on `sandbox` (to read rooms with, as
/// another client would).
pub async fn signed_in_elsewhere(
    sandbox: &tether_sandbox::Sandbox,
    user: &tether_sandbox::seed::SeedUser,
) -> Result<
    (
        tether_core::rocketchat::RestClient,
        tether_core::rocketchat::Credentials,
    ),
    String,
> {
    use tether_core::rocketchat::{Credentials, Http, PasswordProof, RestClient, WorkspaceUrl};
    let http = Http::new().map_err(|e| e.to_string())?;
    let url = WorkspaceUrl::parse(&sandbox.url()).map_err(|e| e.to_string())?;
    let client = RestClient::new(http, url);
    let password = tether_core::Sensitive::new(user.password.unwrap_or_default().to_owned());
    let login = client
        .login_password(
            user.username,
            &PasswordProof::for_password(&password, false),
            None,
        )
        .await
        .map_err(|e| e.to_string())?;
    Ok((
        client,
        Credentials {
            user_id: login.user_id,
            token: login.auth_token,
        },
    ))
}

/// A required environment variable, with a message saying how to run the journeys.
pub fn required_env(name: &str) -> PathBuf {
    std::env::var_os(name).map(PathBuf::from).unwrap_or_else(|| {
        panic!("{name} is not set: run the journeys through `cargo xtask test` (or scripts/dev test)")
    })
}
