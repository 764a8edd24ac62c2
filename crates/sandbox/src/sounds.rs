//! Custom sounds (reference §4.2): `GET /api/v1/custom-sounds.list` (authenticated,
//! paginated, `isCustomSoundsListProps`) and the files at `/custom-sounds/<_id>.<extension>`.
//! The seeded sound's audio is synthesised here as a WAV file (no copied assets).

use std::collections::HashMap;

use axum::extract::{Path, Query};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::envelope::{failure, not_found, success};
use crate::request::Caller;

/// The workspace's one custom sound: three knocks at 330 Hz (its pitch and length tell it
/// apart from every built-in sound in a recording).
pub const KNOCK: CustomSound = CustomSound {
    id: "sandbox-knock",
    name: "Knock",
    extension: "wav",
    updated_at: "2026-11-01T09:00:00.000Z",
    hz: 330.0,
    knocks: 3,
};

/// A seeded custom sound.
pub struct CustomSound {
    /// Its `_id`.
    pub id: &'static str,
    /// Its name.
    pub name: &'static str,
    /// Its file's extension.
    pub extension: &'static str,
    /// Its `_updatedAt`.
    pub updated_at: &'static str,
    /// The knocks' pitch.
    pub hz: f32,
    /// How many knocks (150 ms each, 100 ms apart).
    pub knocks: u32,
}

const SOUNDS: &[CustomSound] = &[KNOCK];
const QUERY_KEYS: &[&str] = &["count", "offset", "sort", "name", "query"];

pub async fn list(Caller(_): Caller, Query(query): Query<HashMap<String, String>>) -> Response {
    if let Some(extra) = query.keys().find(|k| !QUERY_KEYS.contains(&k.as_str())) {
        return failure(
            &format!("must NOT have additional properties '{extra}' [invalid-params]"),
            "invalid-params",
        );
    }
    let number = |key: &str| -> Result<Option<usize>, Response> {
        match query.get(key) {
            None => Ok(None),
            Some(v) => v.parse().map(Some).map_err(|_| {
                failure(
                    &format!("must be number '{key}' [invalid-params]"),
                    "invalid-params",
                )
            }),
        }
    };
    let (offset, count) = match (number("offset"), number("count")) {
        (Ok(o), Ok(c)) => (o.unwrap_or(0), c.unwrap_or(50)),
        (Err(e), _) | (_, Err(e)) => return e,
    };
    let name = query.get("name").map(|n| n.to_lowercase());
    let matching: Vec<&CustomSound> = SOUNDS
        .iter()
        .filter(|s| {
            name.as_ref()
                .is_none_or(|n| s.name.to_lowercase().contains(n))
        })
        .collect();
    let page: Vec<_> = matching
        .iter()
        .skip(offset)
        .take(count)
        .map(|s| {
            json!({
                "_id": s.id, "name": s.name, "extension": s.extension,
                "_updatedAt": s.updated_at,
            })
        })
        .collect();
    success(json!({
        "sounds": page, "count": page.len(), "offset": offset, "total": matching.len(),
    }))
}

/// `/custom-sounds/<_id>.<extension>`, as Rocket.Chat serves it (no authentication).
pub async fn file(Path(file): Path<String>) -> Response {
    let Some(sound) = SOUNDS
        .iter()
        .find(|s| file == format!("{}.{}", s.id, s.extension))
    else {
        return not_found();
    };
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "audio/wav")],
        wav(sound),
    )
        .into_response()
}

/// The sound as 16-bit mono WAV at 48 kHz.
pub fn wav(sound: &CustomSound) -> Vec<u8> {
    const RATE: u32 = 48_000;
    let knock = RATE * 150 / 1000;
    let gap = RATE * 100 / 1000;
    let total = sound.knocks * (knock + gap);
    let mut samples = Vec::with_capacity(total as usize);
    for i in 0..total {
        let within = i % (knock + gap);
        let value = if within < knock {
            let t = within as f32 / RATE as f32;
            let decay = (-12.0 * t).exp();
            0.7 * decay * (std::f32::consts::TAU * sound.hz * t).sin()
        } else {
            0.0
        };
        samples.push((value * f32::from(i16::MAX)) as i16);
    }
    let data_len = u32::try_from(samples.len() * 2).unwrap_or(u32::MAX);
    let mut out = Vec::with_capacity(44 + samples.len() * 2);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + data_len).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&RATE.to_le_bytes());
    out.extend_from_slice(&(RATE * 2).to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&16u16.to_le_bytes());
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data_len.to_le_bytes());
    for s in samples {
        out.extend_from_slice(&s.to_le_bytes());
    }
    out
}
