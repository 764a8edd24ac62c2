//! One WebDriver session on the app's window, with the commands the journeys and the bench use.

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// One WebDriver session: one launch of the app.
pub struct Session {
    pub(super) http: reqwest::Client,
    pub(super) base: String,
}

impl Session {
    /// One WebDriver command. A W3C error (`{"value": {"error", "message"}}`) comes back as
    /// `Err((error, message))`.
    async fn request(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> Result<Value, (String, String)> {
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
        let value = response["value"].clone();
        match value["error"].as_str() {
            Some(error) => Err((
                error.to_owned(),
                value["message"].as_str().unwrap_or_default().to_owned(),
            )),
            None => Ok(value),
        }
    }

    /// One WebDriver command that must succeed: an error fails the journey with it (a click
    /// or a script that did not happen must not pass unnoticed).
    pub(super) async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> Value {
        match self.request(method, path, body).await {
            Ok(value) => value,
            Err((error, message)) => panic!("WebDriver {path}: {error}: {message}"),
        }
    }

    /// Runs element commands (`[(command, body)]`, e.g. clear then value) on the element
    /// matching `css`. The page redraws under the driver (Svelte replaces elements, a menu or
    /// dialog is still moving), so an element that went stale, was covered or is not yet
    /// interactable is found again and the commands retried, for up to 20 s; any other error
    /// fails the journey with a screenshot.
    async fn on_element(&self, css: &str, commands: &[(&str, Value)]) {
        let deadline = Instant::now() + Duration::from_secs(20);
        'again: loop {
            let id = self.wait_for(css).await;
            for (command, body) in commands {
                let path = format!("/element/{id}/{command}");
                let result = self
                    .request(reqwest::Method::POST, &path, Some(body.clone()))
                    .await;
                let Err((error, message)) = result else {
                    continue;
                };
                let retry = matches!(
                    error.as_str(),
                    "stale element reference"
                        | "element click intercepted"
                        | "element not interactable"
                );
                if !retry || Instant::now() >= deadline {
                    let message = format!("{command} on {css}: {error}: {message}");
                    panic!("{}", self.failed(message).await);
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue 'again;
            }
            return;
        }
    }

    async fn find(&self, css: &str) -> Option<String> {
        // "no such element" is the answer while it is not there.
        let value = self
            .request(
                reqwest::Method::POST,
                "/element",
                Some(json!({"using": "css selector", "value": css})),
            )
            .await
            .ok()?;
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

    /// Asks `check` every 100 ms until it gives a value; after 20 s, fails the journey with
    /// the last reason it gave why not (and a screenshot).
    async fn poll<T>(&self, mut check: impl AsyncFnMut() -> Result<T, String>) -> T {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            match check().await {
                Ok(value) => return value,
                Err(why) if Instant::now() >= deadline => {
                    panic!("{}", self.failed(format!("{why} within 20 s")).await)
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
    }

    /// Waits until an element matching `css` exists.
    pub async fn wait_for(&self, css: &str) -> String {
        self.poll(async || {
            self.find(css)
                .await
                .ok_or_else(|| format!("{css} did not appear"))
        })
        .await
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
        match self.try_screenshot(&path).await {
            Ok(()) => format!("{message} (screenshot: {})", path.display()),
            Err(why) => format!("{message} (no screenshot: {why})"),
        }
    }

    /// Waits until no element matches `css`.
    pub async fn wait_gone(&self, css: &str) {
        self.poll(async || {
            if self.exists(css).await {
                Err(format!("{css} did not go away"))
            } else {
                Ok(())
            }
        })
        .await;
    }

    /// Whether an element matching `css` exists now.
    pub async fn exists(&self, css: &str) -> bool {
        self.find(css).await.is_some()
    }

    /// Waits until the element's text contains `expected`, and returns the text.
    pub async fn wait_text(&self, css: &str, expected: &str) -> String {
        self.poll(async || {
            let id = self
                .find(css)
                .await
                .ok_or_else(|| format!("{css} did not appear"))?;
            let text = self
                .call(reqwest::Method::GET, &format!("/element/{id}/text"), None)
                .await;
            // As a person reads it: without the marks Fluent puts around each inserted value
            // (U+2068 … U+2069), which keep a right-to-left name in place in other words.
            let text: String = text
                .as_str()
                .unwrap_or_default()
                .chars()
                .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
                .collect();
            if text.contains(expected) {
                Ok(text)
            } else {
                Err(format!("{css} shows {text:?}, never {expected:?}"))
            }
        })
        .await
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
        self.poll(async || {
            let value = self.attribute(css, name).await;
            if value.as_deref() == Some(expected) {
                Ok(())
            } else {
                Err(format!("{css} has {name}={value:?}, never {expected:?}"))
            }
        })
        .await;
    }

    /// Replaces the text of an input.
    pub async fn fill(&self, css: &str, text: &str) {
        self.on_element(
            css,
            &[("clear", json!({})), ("value", json!({"text": text}))],
        )
        .await;
    }

    /// Clicks the element.
    pub async fn click(&self, css: &str) {
        self.on_element(css, &[("click", json!({}))]).await;
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

    /// The window's `{x, y, width, height}` as the driver reports it.
    pub async fn window_rect(&self) -> Value {
        self.call(reqwest::Method::GET, "/window/rect", None).await
    }

    /// Moves and resizes the window, as a user dragging it would.
    pub async fn set_window_rect(&self, x: i64, y: i64, width: i64, height: i64) -> Value {
        let rect = json!({"x": x, "y": y, "width": width, "height": height});
        self.call(reqwest::Method::POST, "/window/rect", Some(rect))
            .await
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
                // Missing it (the menu moved or closed) is what the loop is for.
                let _ = self
                    .request(
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
        if let Err(why) = self.try_screenshot(path).await {
            panic!("screenshot {}: {why}", path.display());
        }
    }

    /// WebKitGTK takes a WebDriver screenshot in the UI process after the page's next presented
    /// frame (`WebAutomationSession::takeScreenshot` → `callAfterNextPresentationUpdate`, for
    /// the viewport and for an element alike). Tether ships with accelerated compositing off
    /// (`src-tauri/webkit.rs`), and there an idle page presents no frame, so the screenshot would
    /// wait for ever. While it waits, the page is given a repaint that changes no pixel (a
    /// transparent outline on the root element, put on and taken off), which presents the frame.
    async fn try_screenshot(&self, path: &Path) -> Result<(), String> {
        use base64::Engine as _;
        const REPAINT: &str = r#"
            const root = document.documentElement;
            root.style.outline = "1px solid transparent";
            requestAnimationFrame(() => requestAnimationFrame(() => root.style.removeProperty("outline")));
        "#;
        let shot = self.request(reqwest::Method::GET, "/screenshot", None);
        let repaint = async {
            loop {
                tokio::time::sleep(Duration::from_millis(100)).await;
                let body = json!({"script": REPAINT, "args": []});
                let _ = self
                    .request(reqwest::Method::POST, "/execute/sync", Some(body))
                    .await;
            }
        };
        let value = tokio::time::timeout(Duration::from_secs(20), async {
            tokio::select! {
                value = shot => value,
                _ = repaint => unreachable!("the repaint loop never ends"),
            }
        })
        .await
        .map_err(|_| "no frame was presented within 20 s".to_owned())?
        .map_err(|(error, message)| format!("{error}: {message}"))?;
        let png = base64::engine::general_purpose::STANDARD
            .decode(value.as_str().unwrap_or_default())
            .map_err(|e| format!("not base64: {e}"))?;
        std::fs::write(path, png).map_err(|e| e.to_string())
    }

    /// Ends the session, which quits the app.
    pub async fn quit(self) {
        let _ = self.http.delete(&self.base).send().await;
        // Let the process exit and release its files before the next launch.
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}
