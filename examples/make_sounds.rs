//! Writes the sound cues to assets/sounds/ from `overbuild::audio::synth`:
//! `cargo run --example make_sounds`. The output is the same bits on every machine, and a test
//! fails when the committed files differ from what this makes.

use overbuild::audio::Cue;
use overbuild::audio::synth::{SAMPLE_RATE, render};
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sounds");
    std::fs::create_dir_all(&dir)?;
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: SAMPLE_RATE,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    for cue in Cue::ALL {
        let path = dir.join(cue.file_name());
        let mut writer = hound::WavWriter::create(&path, spec)?;
        let samples = render(cue);
        for s in &samples {
            writer.write_sample(*s)?;
        }
        writer.finalize()?;
        println!(
            "{}: {:.2} s",
            path.display(),
            samples.len() as f64 / f64::from(SAMPLE_RATE)
        );
    }
    Ok(())
}
