//! Core's `SoundPlayer` port on rodio. Opening an audio device costs hundreds of milliseconds,
//! so the output is opened once (at start, in the background) and kept open on a thread of its
//! own (the device stream cannot move between threads on every platform); each sound is then a
//! new voice on its mixer and starts at once. When the device fails, the next sound opens it
//! again.

use std::io::Cursor;
use std::num::NonZero;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use rodio::mixer::Mixer;
use rodio::{Decoder, DeviceSinkBuilder, Player};
use tether_core::ports::{Clip, SoundError, SoundPlayer};

/// The output buffer, in frames: about 21 ms at 48 kHz. A new sound waits behind what is
/// already buffered, so this is most of the time from request to sound. rodio's default aims at
/// 50 ms, which with the sound server's own latency measured 60–90 ms from request to the sink
/// (`cargo xtask bench`); with this buffer it is about 40 ms (BENCHMARKS.md). Smaller buffers
/// risk underruns when the machine is busy.
const OUTPUT_BUFFER_FRAMES: u32 = 1024;

/// The open output, or nothing yet.
#[derive(Default)]
pub struct SoundOutput {
    mixer: Mutex<Option<(Mixer, Arc<AtomicBool>)>>,
}

impl SoundOutput {
    /// Opens the device now, so the first sound does not wait for it.
    pub fn warm_up(self: &Arc<Self>) {
        let output = self.clone();
        std::thread::spawn(move || {
            if let Err(err) = output.mixer() {
                tracing::info!(%err, "no audio output yet");
            }
        });
    }

    /// Plays `clip` at `volume` (0.0–1.0) and returns its voice, for a caller that waits for
    /// the end (the command line).
    pub fn start(&self, clip: &Clip, volume: f32) -> Result<Player, SoundError> {
        let mixer = self.mixer()?;
        let player = Player::connect_new(&mixer);
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
        Ok(player)
    }

    fn mixer(&self) -> Result<Mixer, SoundError> {
        let mut slot = self.mixer.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((mixer, failed)) = slot.as_ref()
            && !failed.load(Ordering::Relaxed)
        {
            return Ok(mixer.clone());
        }
        let (mixer, failed) = open()?;
        *slot = Some((mixer.clone(), failed));
        Ok(mixer)
    }
}

/// Opens the default output on a thread that keeps it for the life of the process.
fn open() -> Result<(Mixer, Arc<AtomicBool>), SoundError> {
    let (tx, rx) = mpsc::channel();
    let failed = Arc::new(AtomicBool::new(false));
    let flag = failed.clone();
    let watch = failed.clone();
    std::thread::Builder::new()
        .name("audio-output".into())
        .spawn(move || {
            let opened = DeviceSinkBuilder::from_default_device()
                .map(|b| {
                    b.with_buffer_size(rodio::cpal::BufferSize::Fixed(OUTPUT_BUFFER_FRAMES))
                        .with_error_callback(move |err| {
                        tracing::warn!(%err, "the audio output failed; reopening it for the next sound");
                        flag.store(true, Ordering::Relaxed);
                    })
                })
                .and_then(rodio::DeviceSinkBuilder::open_stream);
            match opened {
                Ok(mut sink) => {
                    sink.log_on_drop(false);
                    let _ = tx.send(Ok(sink.mixer().clone()));
                    // Keep the stream until it fails; then let it go (the next sound opens a
                    // new one).
                    while !watch.load(Ordering::Relaxed) {
                        std::thread::park_timeout(std::time::Duration::from_secs(5));
                    }
                    drop(sink);
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
    Ok((mixer, failed))
}

impl SoundPlayer for SoundOutput {
    fn play(&self, clip: &Clip, volume: f32) -> Result<(), SoundError> {
        self.start(clip, volume)?.detach();
        Ok(())
    }
}
