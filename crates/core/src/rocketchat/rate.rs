//! The client side of Rocket.Chat's REST rate limiter (reference §1.3).

use std::time::{SystemTime, UNIX_EPOCH};

/// What the server's rate limiter said last, per workspace and route (`X-RateLimit-Remaining`
/// and `X-RateLimit-Reset`, reference §1.3): a route with no calls left is not called again
/// before its window resets, so Tether never runs into the limit twice.
#[derive(Default)]
pub(super) struct RateBudget {
    routes: std::sync::Mutex<std::collections::HashMap<String, (u64, u128)>>,
}

impl RateBudget {
    fn lock(&self) -> std::sync::MutexGuard<'_, std::collections::HashMap<String, (u64, u128)>> {
        self.routes
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Milliseconds to wait before calling `route`, if its budget is spent.
    pub(super) fn wait_ms(&self, route: &str) -> Option<u128> {
        let now = now_ms();
        match self.lock().get(route) {
            Some(&(0, reset)) if reset > now => Some(reset - now),
            _ => None,
        }
    }

    pub(super) fn record(&self, route: &str, response: &reqwest::Response) {
        let header = |name: &str| -> Option<u128> {
            response.headers().get(name)?.to_str().ok()?.parse().ok()
        };
        if let (Some(remaining), Some(reset)) =
            (header("X-RateLimit-Remaining"), header("X-RateLimit-Reset"))
        {
            let remaining = u64::try_from(remaining).unwrap_or(u64::MAX);
            self.lock().insert(route.to_owned(), (remaining, reset));
        }
    }
}

/// Milliseconds since the Unix epoch (the unit of `X-RateLimit-Reset`).
pub(super) fn now_ms() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0)
}

/// How long to wait, from `X-RateLimit-Reset` (epoch ms), in whole seconds (at least 1).
pub(super) fn retry_after_seconds(response: &reqwest::Response) -> Option<u64> {
    let reset_ms: u64 = response
        .headers()
        .get("X-RateLimit-Reset")?
        .to_str()
        .ok()?
        .parse()
        .ok()?;
    let wait_ms = u128::from(reset_ms).saturating_sub(now_ms());
    Some(
        u64::try_from(wait_ms.div_ceil(1000))
            .unwrap_or(u64::MAX)
            .max(1),
    )
}
