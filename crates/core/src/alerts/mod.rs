//! Notifications and sounds: the test notification, sound previews, the workspace's custom
//! sounds (listed once per connection, each file downloaded once and kept on disk), Tether's
//! own do-not-disturb, and carrying out what [`decision::decide`] says for each realtime
//! `<uid>/notification` event.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Local, NaiveTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::context::{Context, lock};
use crate::ports::NoDesktop;
use crate::preferences::PreferencesApi;
use crate::session::SessionApi;
use crate::words::Arg;

mod chatwoot;
pub mod decision;
mod incoming;
pub mod sounds;

use crate::ports::{ChangeOrigin, Clip, CoreEvent, DesktopNotification, Notifier, SoundPlayer};
use crate::rocketchat::CustomSound;
use crate::store::{CustomSoundRow, WorkspaceRow};
use crate::{Error, Result};
pub(crate) use chatwoot::ChatwootListener;
use sounds::SoundInfo;

/// How long Tether's do-not-disturb should run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum QuietFor {
    /// For the next hour.
    OneHour,
    /// Until 08:00 tomorrow, local time.
    UntilTomorrow,
    /// Off now.
    Off,
}

/// Tether's own do-not-disturb.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct DoNotDisturb {
    /// Until when (RFC 3339); `None`: off.
    pub until: Option<String>,
}

/// The hour "until tomorrow" ends, local time.
const TOMORROW_AT: u32 = 8;

/// What the shell tells core about its window, for "mute focused conversations".
#[derive(Debug, Default)]
pub(crate) struct Focus {
    window: bool,
    workspace: Option<String>,
    /// New rooms whose sound played already, by (workspace, room id): once per room, as the
    /// web client's `KonchatNotification.newRoom` keeps its list.
    pub(crate) announced_rooms: std::collections::HashSet<(String, String)>,
}

/// What the alerts slice keeps: the desktop's notifier and player, the window's focus, the
/// do-not-disturb doorbell, and the custom sounds' folder with its one writer.
pub struct AlertsState {
    /// Tether's do-not-disturb changed: its end is due at another time.
    quiet_changed: tokio::sync::Notify,
    notifier: Arc<dyn Notifier>,
    player: Arc<dyn SoundPlayer>,
    focus: Mutex<Focus>,
    /// Where custom sounds are kept, one folder per workspace.
    sounds_dir: PathBuf,
    /// One writer of the sounds folder at a time: a refresh when a connection opens and a sound
    /// played or refreshed meanwhile would otherwise download the same file twice, and one's
    /// clean-up could remove the other's file while it is written.
    sound_files: tokio::sync::Mutex<()>,
}

impl AlertsState {
    pub(crate) fn new(sounds_dir: PathBuf) -> Self {
        AlertsState {
            quiet_changed: tokio::sync::Notify::new(),
            notifier: Arc::new(NoDesktop),
            player: Arc::new(NoDesktop),
            focus: Mutex::default(),
            sounds_dir,
            sound_files: tokio::sync::Mutex::new(()),
        }
    }

    /// The desktop's notifier and sound player (by default there are none: every call says so).
    pub(crate) fn set_desktop(
        &mut self,
        notifier: Arc<dyn Notifier>,
        player: Arc<dyn SoundPlayer>,
    ) {
        self.notifier = notifier;
        self.player = player;
    }
}

/// The alerts slice's operations.
#[derive(Clone, Copy)]
pub struct AlertsApi<'a> {
    ctx: &'a Context,
    session: SessionApi<'a>,
    preferences: PreferencesApi<'a>,
    state: &'a AlertsState,
}

impl<'a> AlertsApi<'a> {
    pub(crate) fn new(
        ctx: &'a Context,
        session: SessionApi<'a>,
        preferences: PreferencesApi<'a>,
        state: &'a AlertsState,
    ) -> Self {
        AlertsApi {
            ctx,
            session,
            preferences,
            state,
        }
    }

    /// Rings when Tether's do-not-disturb changes (the worker waits for its end).
    pub(crate) fn quiet_changed(&self) -> &'a tokio::sync::Notify {
        &self.state.quiet_changed
    }

    /// Removes a workspace's custom sounds (its workspace was removed); not while a download
    /// writes into the folder, which would come back for a workspace that is gone.
    pub(crate) async fn forget_sounds(&self, workspace_id: &str) {
        let _writer = self.state.sound_files.lock().await;
        let _ = tokio::fs::remove_dir_all(self.state.sounds_dir.join(workspace_id)).await;
    }

    /// The shell's window gained or lost the keyboard focus.
    pub fn set_window_focused(&self, focused: bool) {
        lock(&self.state.focus).window = focused;
    }

    /// The workspace the window shows (`None`: none).
    pub fn set_shown_workspace(&self, workspace_id: Option<String>) {
        lock(&self.state.focus).workspace = workspace_id;
    }

    pub(crate) fn shows(&self, workspace_id: &str) -> bool {
        let focus = lock(&self.state.focus);
        focus.window && focus.workspace.as_deref() == Some(workspace_id)
    }

    /// Tether's own do-not-disturb, as stored (it survives restarts).
    pub async fn do_not_disturb(&self) -> Result<DoNotDisturb> {
        let until = self
            .ctx
            .store
            .do_not_disturb_until()
            .await?
            .filter(|until| *until > self.ctx.clock.now());
        Ok(DoNotDisturb {
            until: until.map(|u| u.to_rfc3339()),
        })
    }

    /// Mutes Tether's notifications and sounds for an hour or until tomorrow morning, or
    /// turns that off.
    pub async fn set_do_not_disturb(&self, choice: QuietFor) -> Result<DoNotDisturb> {
        let now = self.ctx.clock.now();
        let until = match choice {
            QuietFor::Off => None,
            QuietFor::OneHour => Some(now + Duration::hours(1)),
            QuietFor::UntilTomorrow => Some(tomorrow_morning(now)),
        };
        self.ctx.store.set_do_not_disturb_until(until).await?;
        self.state.quiet_changed.notify_one();
        self.ctx.events.emit(CoreEvent::DoNotDisturbChanged);
        Ok(DoNotDisturb {
            until: until.map(|u| u.to_rfc3339()),
        })
    }

    /// Shows a test notification ("Tether can show notifications"), or says with a code why
    /// it cannot: no notification service, disabled for Tether, the desktop's do-not-disturb,
    /// no answer in time.
    pub async fn notification_test(
        &self,
        workspace_id: Option<&str>,
        require_interaction: bool,
    ) -> Result<()> {
        let words = self.ctx.words();
        let (body, open_url) = match workspace_id {
            Some(id) => {
                let row = self.ctx.store.workspace(id).await?;
                (
                    words.with("notify-test-body", &[("workspace", Arg::Text(&row.name))]),
                    Some(row.url),
                )
            }
            None => (words.get("notify-test-body-tether"), None),
        };
        let notification = DesktopNotification {
            summary: words.get("notify-test-title"),
            body,
            require_interaction,
            open_url,
        };
        self.check_notifications().await?;
        self.show(notification).await
    }

    /// The first time the window closes into the tray, a notification says where Tether went
    /// and how to quit it. Once it was shown, never again; when it could not be shown (no
    /// service, do-not-disturb), the next close tries again. Returns whether it was shown.
    pub async fn tray_notice_once(&self) -> Result<bool> {
        const SHOWN: &str = "tray_notice_shown";
        if self.ctx.store.flag(SHOWN).await? {
            return Ok(false);
        }
        // Held back by the desktop's do-not-disturb it would not be seen: try at a later close.
        self.check_notifications().await?;
        let words = self.ctx.words();
        self.show(DesktopNotification {
            summary: words.get("notify-tray-title"),
            body: words.with(
                "notify-tray-body",
                &[("quit", Arg::Text(&words.get("tray-quit")))],
            ),
            require_interaction: false,
            open_url: None,
        })
        .await?;
        self.ctx.store.set_flag(SHOWN).await?;
        Ok(true)
    }

    /// The notifier's diagnostics: can a notification be seen now?
    async fn check_notifications(&self) -> Result<()> {
        let notifier = self.state.notifier.clone();
        tokio::task::spawn_blocking(move || notifier.check())
            .await
            .map_err(|e| Error::Notify(crate::ports::NotifyError::Failed(e.to_string())))??;
        Ok(())
    }

    pub(crate) async fn show(&self, notification: DesktopNotification) -> Result<()> {
        let notifier = self.state.notifier.clone();
        tokio::task::spawn_blocking(move || notifier.show(&notification))
            .await
            .map_err(|e| Error::Notify(crate::ports::NotifyError::Failed(e.to_string())))??;
        Ok(())
    }

    /// The sounds the user can choose: the built-in ones, then the workspace's own (as last
    /// listed; with no workspace, every workspace's).
    pub async fn sound_list(&self, workspace_id: Option<&str>) -> Result<Vec<SoundInfo>> {
        let mut all = sounds::built_in_list();
        for row in self.custom_sound_rows(workspace_id).await? {
            all.extend(row.1.into_iter().map(|s| SoundInfo {
                id: s.id,
                name: s.name,
                custom: true,
            }));
        }
        Ok(all)
    }

    /// Plays a sound: `volume` 0–100, or the user's own (master × notification volume of that
    /// workspace) when `None`. Used by previews and the command line.
    pub async fn sound_play(
        &self,
        workspace_id: Option<&str>,
        id: &str,
        volume: Option<u8>,
    ) -> Result<()> {
        if let Some(v) = volume.filter(|v| *v > 100) {
            return Err(Error::InvalidInput {
                field: "volume",
                message: format!("The volume is 0 to 100, not {v}."),
            });
        }
        let volume = match (volume, workspace_id) {
            (Some(v), _) => f32::from(v) / 100.0,
            (None, Some(ws)) => {
                let prefs = self.preferences.effective_preferences(ws).await?;
                volume_of(&prefs)
            }
            (None, None) => 1.0,
        };
        let clip = self.sound_clip(workspace_id, id).await?;
        self.play(clip, volume).await
    }

    pub(crate) async fn play(&self, clip: Clip, volume: f32) -> Result<()> {
        let player = self.state.player.clone();
        tokio::task::spawn_blocking(move || player.play(&clip, volume))
            .await
            .map_err(|e| Error::Sound(crate::ports::SoundError::NoDevice(e.to_string())))??;
        Ok(())
    }

    /// A sound's audio: built in, or a custom sound from the disk cache (downloaded first if
    /// it is not there yet and the workspace is signed in).
    pub async fn sound_clip(&self, workspace_id: Option<&str>, id: &str) -> Result<Clip> {
        if let Some(clip) = sounds::built_in(id) {
            return Ok(clip);
        }
        for (row, list) in self.custom_sound_rows(workspace_id).await? {
            if let Some(sound) = list.into_iter().find(|s| s.id == id) {
                let path = self.sound_file(&row.id, &sound);
                let bytes = match tokio::fs::read(&path).await {
                    Ok(bytes) => bytes,
                    Err(_) => {
                        let _writer = self.state.sound_files.lock().await;
                        // Another writer may have brought it meanwhile.
                        match tokio::fs::read(&path).await {
                            Ok(bytes) => bytes,
                            Err(_) => self.download_sound(&row, &sound).await?,
                        }
                    }
                };
                return Ok(Clip::Encoded {
                    bytes: Arc::from(bytes),
                });
            }
        }
        Err(Error::SoundNotFound(id.to_owned()))
    }

    /// Reads the workspace's custom sounds from the server and downloads the files not on disk
    /// yet (the worker does this when a realtime connection opens).
    pub async fn custom_sounds_refresh(&self, workspace_id: &str) -> Result<Vec<SoundInfo>> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let creds = self.session.credentials(&row)?;
        let listed = self.session.client(&row)?.custom_sounds(&creds).await?;
        let rows: Vec<CustomSoundRow> = listed.iter().map(custom_row).collect();
        // Only a changed list is written and announced (this runs on every connection).
        let changed = by_id(self.ctx.store.custom_sounds(&row.id).await?) != by_id(rows.clone());
        if changed {
            self.ctx.store.put_custom_sounds(&row.id, &rows).await?;
        }
        let dir = self.state.sounds_dir.join(&row.id);
        let keep: Vec<PathBuf> = rows.iter().map(|s| self.sound_file(&row.id, s)).collect();
        let writer = self.state.sound_files.lock().await;
        for sound in &rows {
            if !self.sound_file(&row.id, sound).exists() {
                self.download_sound(&row, sound).await?;
            }
        }
        // Files of sounds the workspace replaced or deleted.
        if let Ok(mut entries) = tokio::fs::read_dir(&dir).await {
            while let Ok(Some(entry)) = entries.next_entry().await {
                if !keep.contains(&entry.path()) {
                    let _ = tokio::fs::remove_file(entry.path()).await;
                }
            }
        }
        drop(writer);
        if changed {
            // The Preferences page's sound choices include them.
            self.ctx.events.emit(CoreEvent::PreferencesUpdated {
                workspace_id: row.id.clone(),
                origin: ChangeOrigin::Background,
            });
        }
        self.sound_list(Some(&row.id)).await
    }

    async fn download_sound(&self, row: &WorkspaceRow, sound: &CustomSoundRow) -> Result<Vec<u8>> {
        let bytes = self
            .session
            .client(row)?
            .custom_sound_file(&sound.id, &sound.extension, &sound.name)
            .await?;
        let path = self.sound_file(&row.id, sound);
        if let Some(dir) = path.parent() {
            tokio::fs::create_dir_all(dir).await?;
        }
        // Written aside and renamed: a crash never leaves half a sound under the real name.
        let partial = path.with_extension("part");
        tokio::fs::write(&partial, &bytes).await?;
        tokio::fs::rename(&partial, &path).await?;
        tracing::info!(workspace = %row.id, sound = %sound.id, bytes = bytes.len(), "custom sound cached");
        Ok(bytes)
    }

    /// Where a custom sound's file lives: its id and version in the name, so a replaced sound
    /// gets a new file.
    fn sound_file(&self, workspace_id: &str, sound: &CustomSoundRow) -> PathBuf {
        let safe = |s: &str| -> String {
            s.chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '-' {
                        c
                    } else {
                        '_'
                    }
                })
                .collect()
        };
        self.state.sounds_dir.join(safe(workspace_id)).join(format!(
            "{}-{}.{}",
            safe(&sound.id),
            safe(&sound.updated),
            safe(&sound.extension)
        ))
    }

    async fn custom_sound_rows(
        &self,
        workspace_id: Option<&str>,
    ) -> Result<Vec<(WorkspaceRow, Vec<CustomSoundRow>)>> {
        let rows = match workspace_id {
            Some(id) => vec![self.ctx.store.workspace(id).await?],
            None => self.ctx.store.workspaces().await?,
        };
        let mut all = Vec::new();
        for row in rows {
            let list = self.ctx.store.custom_sounds(&row.id).await?;
            all.push((row, list));
        }
        Ok(all)
    }
}

/// `rows` in one order, to compare two lists.
fn by_id(mut rows: Vec<CustomSoundRow>) -> Vec<CustomSoundRow> {
    rows.sort_by(|a, b| a.id.cmp(&b.id));
    rows
}

fn custom_row(sound: &CustomSound) -> CustomSoundRow {
    let updated = match &sound.updated {
        Value::String(s) => s.clone(),
        Value::Object(o) => o.get("$date").map(ToString::to_string).unwrap_or_default(),
        _ => String::new(),
    };
    CustomSoundRow {
        id: sound.id.clone(),
        name: sound.name.clone(),
        extension: sound.extension.clone(),
        updated,
    }
}

/// A 0–100 preference (100 when absent, as Rocket.Chat's own default for both volumes).
pub(crate) fn percent(value: Option<&Value>) -> u8 {
    value
        .and_then(Value::as_u64)
        .map_or(100, |v| u8::try_from(v.min(100)).unwrap_or(100))
}

/// The user's notification volume, 0.0–1.0: master × notification volume.
fn volume_of(prefs: &BTreeMap<String, Value>) -> f32 {
    f32::from(percent(prefs.get("masterVolume"))) / 100.0
        * f32::from(percent(prefs.get("notificationsSoundVolume")))
        / 100.0
}

/// 08:00 local time on the day after `now`.
fn tomorrow_morning(now: DateTime<Utc>) -> DateTime<Utc> {
    let local = now.with_timezone(&Local).date_naive() + Duration::days(1);
    let at = local.and_time(NaiveTime::from_hms_opt(TOMORROW_AT, 0, 0).unwrap_or_default());
    Local
        .from_local_datetime(&at)
        .earliest()
        .map_or(now + Duration::hours(12), |t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests;
