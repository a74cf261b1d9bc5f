//! The audio thread: opens the default output device once, then mixes cues into it.

use super::{Cue, NO_DEVICE, READY, quiet};
use rodio::Source;
use rodio::buffer::SamplesBuffer;
use std::io::Cursor;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

#[derive(Debug)]
pub(super) enum Msg {
    Play { cue: Cue, volume: f32 },
}

/// Spawns the thread; None (logged) if the thread cannot be made.
pub(super) fn start(state: Arc<AtomicU8>) -> Option<Sender<Msg>> {
    let (tx, rx) = channel();
    match std::thread::Builder::new()
        .name("overbuild-audio".into())
        .spawn(move || run(&rx, &state))
    {
        Ok(_) => Some(tx),
        Err(e) => {
            tracing::warn!("cannot start the audio thread ({e}): sound is off");
            None
        }
    }
}

fn run(rx: &Receiver<Msg>, state: &AtomicU8) {
    quiet::route_alsa_messages_to_log();
    let opened = {
        // Libraries behind ALSA (JACK, PipeWire) can still print while probing.
        let _quiet = quiet::StderrSilenced::if_terminal();
        rodio::DeviceSinkBuilder::open_default_sink()
    };
    let mut sink = match opened {
        Ok(sink) => sink,
        Err(e) => {
            tracing::info!("no audio device ({e}): sound is off");
            state.store(NO_DEVICE, Ordering::Release);
            return;
        }
    };
    // Its drop message would go to stderr, over the game.
    sink.log_on_drop(false);
    let cues: Vec<(Cue, SamplesBuffer)> = Cue::ALL
        .iter()
        .filter_map(|c| decode(*c).map(|b| (*c, b)))
        .collect();
    tracing::info!("audio device open: {:?}", sink.config());
    state.store(READY, Ordering::Release);
    while let Ok(msg) = rx.recv() {
        match msg {
            Msg::Play { cue, volume } => {
                if let Some((_, buffer)) = cues.iter().find(|(c, _)| *c == cue) {
                    sink.mixer().add(buffer.clone().amplify(volume));
                }
            }
        }
    }
}

fn decode(cue: Cue) -> Option<SamplesBuffer> {
    let decoder = match rodio::Decoder::new(Cursor::new(cue.wav())) {
        Ok(d) => d,
        Err(e) => {
            tracing::warn!("cannot decode {}: {e}", cue.file_name());
            return None;
        }
    };
    let (channels, rate) = (decoder.channels(), decoder.sample_rate());
    Some(SamplesBuffer::new(
        channels,
        rate,
        decoder.collect::<Vec<_>>(),
    ))
}
