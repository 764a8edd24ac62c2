//! Personal access tokens (reference §7). Generating, regenerating and removing one are
//! 2FA-guarded; the new token is in the answer once and is never kept by Tether.

use reqwest::Method;
use serde::Deserialize;
use serde_json::json;

use super::client::{Credentials, RestClient, with_second_factor};
use crate::{Result, Sensitive};

/// One token as the server lists it.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct TokenListing {
    /// Its name.
    pub name: String,
    /// When it was made (ISO 8601).
    pub created_at: String,
    /// Its last six characters.
    pub last_token_part: String,
    /// Whether it skips the second factor on ordinary guarded routes.
    #[serde(default)]
    pub bypass_two_factor: bool,
}

#[derive(Deserialize)]
struct Listing {
    tokens: Vec<TokenListing>,
}

#[derive(Deserialize)]
struct Made {
    token: Sensitive<String>,
}

impl RestClient {
    /// The user's personal access tokens.
    pub async fn personal_access_tokens(&self, creds: &Credentials) -> Result<Vec<TokenListing>> {
        let request = self.request(
            Method::GET,
            "api/v1/users.getPersonalAccessTokens",
            Some(creds),
        );
        let listing: Listing = self.send("users.getPersonalAccessTokens", request).await?;
        Ok(listing.tokens)
    }

    /// Makes a token; `bypass_two_factor` lets it skip ordinary second-factor checks.
    pub async fn generate_personal_access_token(
        &self,
        creds: &Credentials,
        name: &str,
        bypass_two_factor: bool,
        second_factor: Option<(&str, &str)>,
    ) -> Result<Sensitive<String>> {
        let request = self
            .request(
                Method::POST,
                "api/v1/users.generatePersonalAccessToken",
                Some(creds),
            )
            .json(&json!({ "tokenName": name, "bypassTwoFactor": bypass_two_factor }));
        let made: Made = self
            .send(
                "users.generatePersonalAccessToken",
                with_second_factor(request, second_factor),
            )
            .await?;
        Ok(made.token)
    }

    /// Replaces a token with a new one of the same name and second-factor choice.
    pub async fn regenerate_personal_access_token(
        &self,
        creds: &Credentials,
        name: &str,
        second_factor: Option<(&str, &str)>,
    ) -> Result<Sensitive<String>> {
        let request = self
            .request(
                Method::POST,
                "api/v1/users.regeneratePersonalAccessToken",
                Some(creds),
            )
            .json(&json!({ "tokenName": name }));
        let made: Made = self
            .send(
                "users.regeneratePersonalAccessToken",
                with_second_factor(request, second_factor),
            )
            .await?;
        Ok(made.token)
    }

    /// Deletes a token.
    pub async fn remove_personal_access_token(
        &self,
        creds: &Credentials,
        name: &str,
        second_factor: Option<(&str, &str)>,
    ) -> Result<()> {
        let request = self
            .request(
                Method::POST,
                "api/v1/users.removePersonalAccessToken",
                Some(creds),
            )
            .json(&json!({ "tokenName": name }));
        let _: serde::de::IgnoredAny = self
            .send(
                "users.removePersonalAccessToken",
                with_second_factor(request, second_factor),
            )
            .await?;
        Ok(())
    }
}
