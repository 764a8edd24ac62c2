//! The keyboard, as a person uses it: keys pressed at whatever has the focus (W3C actions),
//! never a click, so a journey proves each step is reachable and operable by keyboard alone.

use serde_json::{Value, json};

use super::Session;

/// Keys with no character (the W3C WebDriver code points).
#[derive(Debug, Clone, Copy)]
pub enum Key {
    Tab,
    Enter,
    Escape,
    Space,
    Control,
    Shift,
    ArrowDown,
}

impl Key {
    /// Its W3C code point, for a chord (Shift+Tab).
    pub fn code(self) -> char {
        match self {
            Key::Tab => '\u{E004}',
            Key::Enter => '\u{E007}',
            Key::Escape => '\u{E00C}',
            Key::Space => '\u{E00D}',
            Key::Control => '\u{E009}',
            Key::Shift => '\u{E008}',
            Key::ArrowDown => '\u{E015}',
        }
    }
}

fn press(c: char) -> [Value; 2] {
    [
        json!({"type": "keyDown", "value": c.to_string()}),
        json!({"type": "keyUp", "value": c.to_string()}),
    ]
}

impl Session {
    async fn keyboard(&self, actions: Vec<Value>) {
        self.call(
            reqwest::Method::POST,
            "/actions",
            Some(json!({"actions": [{"type": "key", "id": "keyboard", "actions": actions}]})),
        )
        .await;
        self.call(reqwest::Method::DELETE, "/actions", None).await;
    }

    /// Types `text` where the focus is.
    pub async fn type_text(&self, text: &str) {
        self.keyboard(text.chars().flat_map(press).collect()).await;
    }

    /// Presses one key.
    pub async fn press(&self, key: Key) {
        self.keyboard(press(key.code()).to_vec()).await;
    }

    /// Holds `modifier` and presses `key` (Ctrl+2, Shift+Tab).
    pub async fn chord(&self, modifier: Key, key: char) {
        let m = modifier.code().to_string();
        let mut actions = vec![json!({"type": "keyDown", "value": m})];
        actions.extend(press(key));
        actions.push(json!({"type": "keyUp", "value": m}));
        self.keyboard(actions).await;
    }

    /// What has the focus: its `data-testid`, else its tag name.
    pub async fn focused(&self) -> String {
        let value = self
            .execute(
                "const e = document.activeElement; return e ? (e.dataset.testid || e.tagName.toLowerCase()) : ''",
                json!([]),
            )
            .await;
        value.as_str().unwrap_or_default().to_owned()
    }

    /// Whether the focused element shows that it has the focus (an outline or a ring).
    pub async fn focus_is_visible(&self) -> bool {
        self.execute(
            "const s = getComputedStyle(document.activeElement); return (s.outlineStyle !== 'none' && s.outlineWidth !== '0px') || s.boxShadow !== 'none'",
            json!([]),
        )
        .await
        .as_bool()
        .unwrap_or(false)
    }

    /// Presses Tab (Shift+Tab with `backwards`) until the element with `data-testid` =
    /// `testid` has the focus, as a person moves through the window; fails after 150 presses
    /// (it is not reachable by keyboard), and when a control on the way shows no focus.
    pub async fn tab_to(&self, testid: &str, backwards: bool) {
        let mut passed = Vec::new();
        if self.focused().await == testid {
            return;
        }
        for _ in 0..150 {
            if backwards {
                self.chord(Key::Shift, Key::Tab.code()).await;
            } else {
                self.press(Key::Tab).await;
            }
            let now = self.focused().await;
            assert!(
                self.focus_is_visible().await,
                "{now} has the focus but does not show it"
            );
            if now == testid {
                return;
            }
            passed.push(now);
        }
        panic!("{testid} is not reachable with Tab; the focus went through {passed:?}");
    }
}
