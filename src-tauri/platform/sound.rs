//! Core's `SoundPlayer` port on rodio. The output is opened at start
//! ([`SoundOutput::warm_up`]) and whenever a sound plays while it is closed, on a thread of its
//! own (the device stream cannot move between threads on every platform); each sound is a new
//! voice on its mixer, so sounds close together share one stream. Once the last sound has ended
//! and [`IDLE_CLOSE`] has passed, the stream is closed and the thread ends: an idle Tether keeps
//! no audio stream (no mixer callback waking the CPU every few milliseconds). Opening costs tens
//! to hundreds of milliseconds, paid by the first sound after a quiet spell. When the device
//! fails, the next sound opens it again.

use std::io::Cursor;
use std::num::NonZero;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rodio::cpal::ErrorKind;
use rodio::mixer::Mixer;
use rodio::{Decoder, DeviceSinkBuilder, Player};
use tether_core::ports::{Clip, SoundError, SoundPlayer};

/// How long the output stays open after the last sound ended.
pub const IDLE_CLOSE: Duration = Duration::from_secs(10);
/// While sounds play, how often the output's thread looks whether they ended (rodio's voices
/// say so only when asked).
const PLAYING_CHECK: Duration = Duration::from_millis(500);

/// The output buffer, in frames: about 21 ms at 48 kHz. A new sound waits behind what is
/// already buffered, so this is most of the time from request to sound. rodio's default aims at
/// 50 ms, which with the sound server's own latency measured 60–90 ms from request to the sink
/// (`cargo xtask bench`); with this buffer it is about 40 ms (BENCHMARKS.md). Smaller buffers
/// risk underruns when the machine is busy.
const OUTPUT_BUFFER_FRAMES: u32 = 1024;

/// How long a stream may keep reporting errors, each within [`BURST_GAP`] of the last, before
/// it counts as failed and is closed. An underrun is normal on a busy machine: the backend
/// prepares the device again and, through PulseAudio's ALSA plugin, answers "I/O error" to every
/// poll (hundreds in a few milliseconds) until its stream is back. A sound server that is gone
/// answers the same forever.
const PERSISTENT: Duration = Duration::from_millis(500);
/// Errors further apart than this belong to separate bursts.
const BURST_GAP: Duration = Duration::from_millis(100);

/// What an error from the output stream means.
#[derive(Debug, PartialEq, Eq)]
enum Verdict {
    /// The stream recovers by itself; `first` is the first error of its burst (the one worth
    /// a log line).
    Glitch { first: bool },
    /// The stream is gone: close it, and open a new one for the next sound.
    Failed,
}

/// The error history of one output stream.
#[derive(Default)]
struct Health {
    /// When the current burst of errors began, and when its last error came.
    burst: Option<(Instant, Instant)>,
}

impl Health {
    fn on_error(&mut self, kind: ErrorKind, now: Instant) -> Verdict {
        if matches!(
            kind,
            ErrorKind::DeviceNotAvailable
                | ErrorKind::HostUnavailable
                | ErrorKind::StreamInvalidated
                | ErrorKind::PermissionDenied
        ) {
            return Verdict::Failed;
        }
        match self.burst {
            Some((began, last)) if now.saturating_duration_since(last) <= BURST_GAP => {
                self.burst = Some((began, now));
                if now.saturating_duration_since(began) >= PERSISTENT {
                    Verdict::Failed
                } else {
                    Verdict::Glitch { first: false }
                }
            }
            _ => {
                self.burst = Some((now, now));
                Verdict::Glitch { first: true }
            }
        }
    }
}

/// An open output stream: its mixer, the voices on it, and its thread.
struct Open {
    mixer: Mixer,
    /// Set when the stream failed; the next sound opens a new one.
    failed: Arc<AtomicBool>,
    /// Sounds started on it and not known to have ended.
    voices: Vec<Arc<Player>>,
    /// Since when no sound plays (`None`: one may).
    quiet_since: Option<Instant>,
    /// The thread holding the stream, woken when a sound starts or the stream fails.
    holder: std::thread::Thread,
}

/// The output while a sound plays or has just played; nothing otherwise.
#[derive(Default)]
pub struct SoundOutput {
    open: Arc<Mutex<Option<Open>>>,
}

impl SoundOutput {
    /// Opens the output now, in the background, as any stream: it closes after [`IDLE_CLOSE`]
    /// if no sound plays. The process's first opening of the sound server is the one that
    /// glitches (an underrun while the start's rendering keeps the two cores busy; it once
    /// turned the first notification's sound into a click in the journey): it happens here, on
    /// silence, instead of on the first sound.
    pub fn warm_up(self: &Arc<Self>) {
        let output = self.clone();
        std::thread::spawn(move || {
            let mut slot = output.open.lock().unwrap_or_else(|p| p.into_inner());
            if slot.is_none() {
                match open(output.open.clone()) {
                    Ok(opened) => *slot = Some(opened),
                    Err(err) => tracing::info!(%err, "no audio output yet"),
                }
            }
        });
    }

    /// Plays `clip` at `volume` (0.0–1.0) and returns its voice, for a caller that waits for
    /// the end (the command line).
    pub fn start(&self, clip: &Clip, volume: f32) -> Result<Voice, SoundError> {
        let mut slot = self.open.lock().unwrap_or_else(|p| p.into_inner());
        if slot
            .as_ref()
            .is_none_or(|open| open.failed.load(Ordering::Relaxed))
        {
            *slot = Some(open(self.open.clone())?);
        }
        let Some(open) = slot.as_mut() else {
            return Err(SoundError::NoDevice("the audio output is missing".into()));
        };
        let player = Arc::new(Player::connect_new(&open.mixer));
        player.set_volume(volume.clamp(0.0, 1.0));
        match clip {
            Clip::Pcm { rate, samples } => {
                let rate = NonZero::new(*rate).ok_or_else(|| {
                    SoundError::Undecodable("a sound with a sample rate of 0".into())
                })?;
                player.append(rodio::buffer::SamplesBuffer::new(
                    NonZero::<u16>::MIN,
                    rate,
                    samples.to_vec(),
                ));
            }
            Clip::Encoded { bytes } => {
                let decoder = Decoder::new(Cursor::new(bytes.clone())).map_err(|e| {
                    SoundError::Undecodable(format!(
                        "This sound cannot be played ({e}); Tether plays MP3, Ogg Vorbis, WAV and FLAC files."
                    ))
                })?;
                player.append(decoder);
            }
        }
        open.voices.push(player.clone());
        open.quiet_since = None;
        open.holder.unpark();
        Ok(Voice {
            player,
            stream_failed: open.failed.clone(),
        })
    }
}

/// A sound playing, and whether the stream it plays on has failed.
pub struct Voice {
    player: Arc<Player>,
    stream_failed: Arc<AtomicBool>,
}

impl Voice {
    /// Blocks until the sound has played to its end. A stream that fails meanwhile never
    /// reaches the end (its mixer is no longer drawn from), so that is an error, not a wait.
    pub fn wait(&self) -> Result<(), SoundError> {
        while !self.player.empty() {
            if self.stream_failed.load(Ordering::Relaxed) {
                return Err(SoundError::NoDevice(
                    "The audio output stopped while the sound played. Check your sound settings, then try again.".into(),
                ));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok(())
    }
}

/// Opens the default output on a thread that keeps it until it fails, or until no sound has
/// played for [`IDLE_CLOSE`].
fn open(slot: Arc<Mutex<Option<Open>>>) -> Result<Open, SoundError> {
    let (tx, rx) = mpsc::channel();
    let failed = Arc::new(AtomicBool::new(false));
    let flag = failed.clone();
    let watch = failed.clone();
    let holder = std::thread::Builder::new()
        .name("audio-output".into())
        .spawn(move || {
            let holder = std::thread::current();
            let mut health = Health::default();
            let opened = DeviceSinkBuilder::from_default_device()
                .map(|b| {
                    b.with_buffer_size(rodio::cpal::BufferSize::Fixed(OUTPUT_BUFFER_FRAMES))
                        .with_error_callback(move |err| {
                            match health.on_error(err.kind(), Instant::now()) {
                                Verdict::Glitch { first: true } => tracing::warn!(
                                    %err,
                                    "the audio output glitched; it recovers by itself"
                                ),
                                Verdict::Glitch { first: false } => {}
                                Verdict::Failed => {
                                    if !flag.swap(true, Ordering::Relaxed) {
                                        tracing::warn!(
                                            %err,
                                            "the audio output failed; reopening it for the next sound"
                                        );
                                        holder.unpark();
                                    }
                                }
                            }
                        })
                })
                .and_then(rodio::DeviceSinkBuilder::open_stream);
            match opened {
                Ok(mut sink) => {
                    sink.log_on_drop(false);
                    let _ = tx.send(Ok(sink.mixer().clone()));
                    hold_until_idle_or_failed(&slot, &watch);
                    drop(sink);
                    tracing::debug!("audio output closed");
                }
                Err(err) => {
                    let _ = tx.send(Err(err.to_string()));
                }
            }
        })
        .map_err(|e| SoundError::NoDevice(format!("cannot start the audio thread: {e}")))?;
    let mixer = rx
        .recv()
        .map_err(|_| SoundError::NoDevice("the audio thread stopped".into()))?
        .map_err(|e| {
            SoundError::NoDevice(format!(
                "No audio output device can be opened ({e}). Connect speakers or headphones, or check your sound settings, then try again."
            ))
        })?;
    tracing::info!("audio output open");
    Ok(Open {
        mixer,
        failed,
        voices: Vec::new(),
        quiet_since: None,
        holder: holder.thread().clone(),
    })
}

/// The output thread's life: it sleeps while sounds play (looking every [`PLAYING_CHECK`]
/// whether they ended) and then for [`IDLE_CLOSE`]; a new sound wakes it. It returns, and the
/// stream closes, when the stream failed or stayed quiet that long; the slot is then empty and
/// the next sound opens a new stream.
fn hold_until_idle_or_failed(slot: &Mutex<Option<Open>>, failed: &Arc<AtomicBool>) {
    loop {
        let nap = {
            let mut guard = slot.lock().unwrap_or_else(|p| p.into_inner());
            // The slot may already hold a newer stream (this one failed and was replaced).
            let ours = guard
                .as_ref()
                .is_some_and(|open| Arc::ptr_eq(&open.failed, failed));
            if !ours {
                return;
            }
            if failed.load(Ordering::Relaxed) {
                *guard = None;
                return;
            }
            let Some(open) = guard.as_mut() else {
                return;
            };
            open.voices.retain(|voice| !voice.empty());
            let now = Instant::now();
            if open.voices.is_empty() {
                let since = *open.quiet_since.get_or_insert(now);
                let quiet_for = now.saturating_duration_since(since);
                if quiet_for >= IDLE_CLOSE {
                    *guard = None;
                    return;
                }
                IDLE_CLOSE - quiet_for
            } else {
                PLAYING_CHECK
            }
        };
        std::thread::park_timeout(nap);
    }
}

impl SoundPlayer for SoundOutput {
    fn play(&self, clip: &Clip, volume: f32) -> Result<(), SoundError> {
        // The output keeps the voice until it has played: dropping this handle does not stop it.
        self.start(clip, volume)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: Duration = Duration::from_millis(1);

    #[test]
    fn an_underrun_and_its_recovery_are_one_glitch() {
        let mut health = Health::default();
        let t = Instant::now();
        assert_eq!(
            health.on_error(ErrorKind::Xrun, t),
            Verdict::Glitch { first: true }
        );
        // The plugin's "I/O error" answers while its stream comes back: quiet, not a failure.
        for i in 1..300 {
            assert_eq!(
                health.on_error(ErrorKind::BackendError, t + MS * i / 100),
                Verdict::Glitch { first: false }
            );
        }
        // A later underrun is a new glitch, worth a new line.
        assert_eq!(
            health.on_error(ErrorKind::Xrun, t + MS * 5_000),
            Verdict::Glitch { first: true }
        );
    }

    #[test]
    fn errors_that_never_stop_fail_the_stream() {
        let mut health = Health::default();
        let t = Instant::now();
        let mut verdicts =
            (0..=60).map(|i| health.on_error(ErrorKind::BackendError, t + MS * 10 * i));
        assert_eq!(verdicts.next(), Some(Verdict::Glitch { first: true }));
        let rest: Vec<Verdict> = verdicts.collect();
        // Within half a second of the first: glitches; from then on: failed.
        assert_eq!(rest.len(), 60);
        assert!(
            rest[..49]
                .iter()
                .all(|v| *v == Verdict::Glitch { first: false })
        );
        assert!(rest[49..].iter().all(|v| *v == Verdict::Failed));
    }

    #[test]
    fn a_device_that_is_gone_fails_at_once() {
        for kind in [ErrorKind::DeviceNotAvailable, ErrorKind::HostUnavailable] {
            assert_eq!(
                Health::default().on_error(kind, Instant::now()),
                Verdict::Failed
            );
        }
    }
}
