//! Tether's built-in notification sounds: Rocket.Chat's sound ids (reference §4.2), each
//! synthesised here from a few notes (no recorded or copied assets), so they weigh nothing in
//! the package and are identical on every platform.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::ports::Clip;
use crate::preferences::catalog::BUILT_IN_SOUNDS;

/// The sample rate of the synthesised sounds (PulseAudio's and most devices' native rate).
pub const RATE: u32 = 48_000;

/// The loudest sample of a built-in sound, leaving headroom so volume 100 never clips.
const PEAK: f32 = 0.8;

/// A sound the user can choose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct SoundInfo {
    /// The id stored in preferences (`chime`, or a custom sound's `_id`).
    pub id: String,
    /// Its name for people.
    pub name: String,
    /// A workspace's own sound (`custom-sounds.list`), not a built-in one.
    pub custom: bool,
}

/// The built-in sounds, in Rocket.Chat's order.
pub fn built_in_list() -> Vec<SoundInfo> {
    BUILT_IN_SOUNDS
        .iter()
        .map(|(id, name)| SoundInfo {
            id: (*id).to_owned(),
            name: (*name).to_owned(),
            custom: false,
        })
        .collect()
}

/// One note: a frequency (Hz; a second one sounds with it when non-zero), when it starts and
/// how long it lasts (ms), and its shape.
#[derive(Clone, Copy)]
struct Note {
    hz: f32,
    with_hz: f32,
    start_ms: u32,
    length_ms: u32,
    shape: Shape,
}

#[derive(Clone, Copy, PartialEq)]
enum Shape {
    /// Struck: quick attack, exponential decay, a few inharmonic partials (chimes, bells).
    Bell,
    /// Held: flat with short fades (beeps, telephone tones).
    Tone,
    /// A falling glide to half the frequency (a drop of water).
    Glide,
}

const fn note(hz: f32, start_ms: u32, length_ms: u32, shape: Shape) -> Note {
    Note {
        hz,
        with_hz: 0.0,
        start_ms,
        length_ms,
        shape,
    }
}

const fn dual(hz: f32, with_hz: f32, start_ms: u32, length_ms: u32) -> Note {
    Note {
        hz,
        with_hz,
        start_ms,
        length_ms,
        shape: Shape::Tone,
    }
}

/// The score of each built-in sound. Pitches and lengths differ from sound to sound, so a
/// recording tells which one played (the desktop tests check that).
fn score(id: &str) -> Option<Vec<Note>> {
    use Shape::{Bell, Glide, Tone};
    Some(match id {
        "chime" => vec![note(880.0, 0, 700, Bell), note(1318.5, 180, 720, Bell)],
        "door" => vec![note(659.3, 0, 520, Bell), note(523.3, 480, 620, Bell)],
        "beep" => vec![note(1000.0, 0, 180, Tone)],
        "chelle" => vec![
            note(784.0, 0, 380, Bell),
            note(987.8, 130, 380, Bell),
            note(1174.7, 260, 480, Bell),
        ],
        "ding" => vec![note(1568.0, 0, 650, Bell)],
        "droplet" => vec![note(1400.0, 0, 260, Glide)],
        "highbell" => vec![note(2093.0, 0, 1150, Bell)],
        "seasons" => vec![
            note(523.3, 0, 420, Bell),
            note(659.3, 250, 420, Bell),
            note(784.0, 500, 420, Bell),
            note(1046.5, 750, 600, Bell),
        ],
        "telephone" => vec![dual(440.0, 480.0, 0, 500), dual(440.0, 480.0, 700, 500)],
        "outbound-call-ringing" => vec![dual(440.0, 480.0, 0, 1600)],
        "call-ended" => vec![
            dual(480.0, 620.0, 0, 200),
            dual(480.0, 620.0, 350, 200),
            dual(480.0, 620.0, 700, 200),
        ],
        "dialtone" => vec![dual(350.0, 440.0, 0, 1300)],
        "ringtone" => vec![
            note(659.3, 0, 120, Tone),
            note(523.3, 150, 120, Tone),
            note(659.3, 300, 120, Tone),
            note(523.3, 450, 120, Tone),
            note(659.3, 600, 120, Tone),
            note(523.3, 750, 120, Tone),
        ],
        _ => return None,
    })
}

/// The scores of Chatwoot's alert tones (`notification_tone`, reference chatwoot-api.md B4:
/// ding, bell, chime, magic, ping), synthesised like Rocket.Chat's sounds and pitched apart
/// from them and from each other, so a recording tells which one played.
fn chatwoot_score(tone: &str) -> Option<Vec<Note>> {
    use Shape::{Bell, Glide, Tone};
    Some(match tone {
        "ding" => vec![note(1244.5, 0, 600, Bell)],
        "bell" => vec![note(587.3, 0, 900, Bell), note(1174.7, 0, 700, Bell)],
        "chime" => vec![note(698.5, 0, 500, Bell), note(1046.5, 160, 620, Bell)],
        "magic" => vec![
            note(1046.5, 0, 200, Glide),
            note(1396.9, 120, 220, Glide),
            note(1864.7, 240, 360, Bell),
        ],
        "ping" => vec![note(1760.0, 0, 140, Tone)],
        _ => return None,
    })
}

/// A Chatwoot alert tone's samples; `None` for a name Chatwoot does not have.
pub fn chatwoot_tone(tone: &str) -> Option<Clip> {
    synthesise(&chatwoot_score(tone)?)
}

/// A built-in sound's samples (mono, [`RATE`]); `None` for an id that is not built in.
pub fn built_in(id: &str) -> Option<Clip> {
    synthesise(&score(id)?)
}

fn synthesise(notes: &[Note]) -> Option<Clip> {
    let end_ms = notes
        .iter()
        .map(|n| n.start_ms + n.length_ms)
        .max()
        .unwrap_or(0);
    let len = ms_to_samples(end_ms);
    let mut samples = vec![0.0f32; len];
    for n in notes {
        render(n, &mut samples);
    }
    let peak = samples.iter().fold(0.0f32, |m, s| m.max(s.abs()));
    if peak > 0.0 {
        for s in &mut samples {
            *s *= PEAK / peak;
        }
    }
    Some(Clip::Pcm {
        rate: RATE,
        samples: Arc::from(samples),
    })
}

fn ms_to_samples(ms: u32) -> usize {
    usize::try_from(u64::from(ms) * u64::from(RATE) / 1000).unwrap_or(usize::MAX)
}

#[allow(
    clippy::cast_precision_loss,
    reason = "sample indices of a few seconds are exact in f32"
)]
fn render(n: &Note, out: &mut [f32]) {
    use std::f32::consts::TAU;
    let start = ms_to_samples(n.start_ms);
    let len = ms_to_samples(n.length_ms);
    let rate = RATE as f32;
    let length_s = len as f32 / rate;
    // Fades at both ends avoid clicks.
    let fade = 0.005 * rate;
    let mut phase = 0.0f32;
    for i in 0..len {
        let Some(slot) = out.get_mut(start + i) else {
            break;
        };
        let t = i as f32 / rate;
        let edge = ((i as f32) / fade).min(((len - i) as f32) / fade).min(1.0);
        let value = match n.shape {
            Shape::Bell => {
                // Decays to about -40 dB at the note's end.
                let decay = (-4.6 * t / length_s).exp();
                let partials = [(1.0, 1.0), (2.76, 0.35), (5.4, 0.15)];
                partials
                    .iter()
                    .map(|(ratio, gain)| gain * (TAU * n.hz * ratio * t).sin())
                    .sum::<f32>()
                    * decay
            }
            Shape::Tone => {
                let second = if n.with_hz > 0.0 {
                    (TAU * n.with_hz * t).sin()
                } else {
                    0.0
                };
                (TAU * n.hz * t).sin() + second
            }
            Shape::Glide => {
                let hz = n.hz * (1.0 - 0.5 * t / length_s);
                phase += TAU * hz / rate;
                phase.sin() * (-3.0 * t / length_s).exp()
            }
        };
        *slot += value * edge;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn samples(id: &str) -> Arc<[f32]> {
        match built_in(id).unwrap() {
            Clip::Pcm { samples, rate } => {
                assert_eq!(rate, RATE);
                samples
            }
            Clip::Encoded { .. } => panic!("built-in sounds are PCM"),
        }
    }

    #[test]
    fn every_rocket_chat_sound_id_is_built_in_and_never_clips() {
        for (id, _) in BUILT_IN_SOUNDS {
            let s = samples(id);
            let peak = s.iter().fold(0.0f32, |m, v| m.max(v.abs()));
            assert!((peak - PEAK).abs() < 1e-4, "{id}: peak {peak}");
            let seconds = s.len() as f64 / f64::from(RATE);
            assert!(
                (0.15..=2.0).contains(&seconds),
                "{id}: {seconds} s is not a notification sound's length"
            );
        }
        assert!(built_in("none").is_none());
        assert!(built_in("my-custom-sound").is_none());
    }

    #[test]
    fn sounds_differ_from_each_other() {
        let mut seen = Vec::new();
        for (id, _) in BUILT_IN_SOUNDS {
            let s = samples(id);
            assert!(
                !seen.iter().any(|other: &Arc<[f32]>| **other == *s),
                "{id} duplicates another sound"
            );
            seen.push(s);
        }
    }

    #[test]
    fn chatwoot_tones_are_their_own_and_never_clip() {
        let rocket_chat: Vec<Arc<[f32]>> =
            BUILT_IN_SOUNDS.iter().map(|(id, _)| samples(id)).collect();
        let mut seen: Vec<Arc<[f32]>> = Vec::new();
        for tone in crate::chatwoot::audio::TONES {
            let Some(Clip::Pcm { samples, .. }) = chatwoot_tone(tone) else {
                panic!("{tone} is one of Chatwoot's tones");
            };
            let peak = samples.iter().fold(0.0f32, |m, v| m.max(v.abs()));
            assert!((peak - PEAK).abs() < 1e-4, "{tone}: peak {peak}");
            assert!(
                !seen
                    .iter()
                    .chain(&rocket_chat)
                    .any(|other| **other == *samples),
                "{tone} sounds like another tone"
            );
            seen.push(samples);
        }
        assert!(chatwoot_tone("siren").is_none());
    }
}
