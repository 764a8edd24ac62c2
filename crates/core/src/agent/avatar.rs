//! The agent's profile image (seed 001 "Profile Image"; reference chatwoot-api.md B2): upload
//! and remove. Both need the server. Tether checks what Chatwoot's own rule makes certain to
//! fail before sending (`app/models/concerns/avatarable.rb` @fc90b5cf: at most 15 MB), and
//! leaves the type to the server, whose versions differ (its refusal lands on the field).

use super::AgentApi;
use crate::ports::{ChangeOrigin, CoreEvent};
use crate::profile::image_type;
use crate::workspace::AgentView;
use crate::{Error, Result};

/// Avatarable's size limit.
const MAX_AVATAR_BYTES: usize = 15 * 1024 * 1024;

impl AgentApi<'_> {
    /// Uploads a new profile image; the server's answer (its new picture) is cached and shown.
    pub async fn set_avatar(
        &self,
        workspace_id: &str,
        bytes: Vec<u8>,
        file_name: &str,
    ) -> Result<AgentView> {
        let (row, auth, client) = self
            .parts_online(workspace_id, "changing the profile image", "avatar")
            .await?;
        let Some(content_type) = image_type(&bytes) else {
            return Err(Error::InvalidInput {
                field: "avatar",
                message: "That file is not a PNG, JPEG, GIF or WebP image. Choose a picture in one of these formats.".into(),
            });
        };
        if bytes.len() > MAX_AVATAR_BYTES {
            return Err(Error::InvalidInput {
                field: "avatar",
                message: format!(
                    "That picture is {:.1} MB; Chatwoot accepts profile images up to 15 MB. Choose a smaller one.",
                    bytes.len() as f64 / 1_048_576.0
                ),
            });
        }
        let user = client
            .upload_avatar(&auth, file_name, content_type, bytes)
            .await;
        let user = self.session.noted(&row, user).await?;
        self.keep_user(&row, &user, ChangeOrigin::Command).await?;
        if !user.avatar_url.is_empty() {
            self.session
                .store_chatwoot_avatar(&row, &user.avatar_url)
                .await;
        }
        self.view_of(&row.id, true).await
    }

    /// Removes the profile image: the initials stand in.
    pub async fn remove_avatar(&self, workspace_id: &str) -> Result<AgentView> {
        let (row, auth, client) = self
            .parts_online(workspace_id, "removing the profile image", "avatar")
            .await?;
        let user = self
            .session
            .noted(&row, client.remove_avatar(&auth).await)
            .await?;
        self.keep_user(&row, &user, ChangeOrigin::Command).await?;
        self.ctx.store.delete_avatar_image(&row.id).await?;
        self.ctx.events.emit(CoreEvent::ImagesChanged);
        self.view_of(&row.id, true).await
    }
}
