//! The log goes to a file in the data directory.

use overbuild::paths::Paths;

#[test]
fn events_land_in_the_log_file_under_the_data_directory() {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::resolve(Some(dir.path())).unwrap();
    let guard = overbuild::logging::init(Some(&paths));
    let file = guard.file().unwrap().to_path_buf();
    assert_eq!(file, paths.logs().join("overbuild.log"));
    tracing::info!(target: "overbuild::test", "a line from the test");
    tracing::debug!(target: "overbuild::test", "below the default level");
    tracing::info!(target: "rodio", "a library's chatter");
    drop(guard);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("started; log at"), "{text}");
    assert!(text.contains("a line from the test"), "{text}");
    assert!(!text.contains("below the default level"), "{text}");
    assert!(!text.contains("chatter"), "{text}");
    // A second init in the same process keeps the first subscriber and logs nothing new.
    assert!(overbuild::logging::init(Some(&paths)).file().is_none());
}
