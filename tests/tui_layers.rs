//! The interface's layers: a screen's own module (its state and keys) sits below the app, so
//! the app can hold any screen and no screen reaches back into the app. What moves the app
//! between screens lives in the app's own children (`src/tui/app/`), and drawing (`src/tui/ui/`)
//! reads the app from above.

use std::fs;
use std::path::Path;

/// Files of `src/tui` (not `mod.rs`, which wires the layers, nor the `app` and `ui` folders).
fn screen_modules() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui");
    let mut files: Vec<(String, String)> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .filter(|p| p.file_name().is_some_and(|n| n != "mod.rs"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, fs::read_to_string(&p).unwrap())
        })
        .collect();
    files.sort();
    files
}

#[test]
fn no_screen_module_imports_the_app_or_the_drawing() {
    let modules = screen_modules();
    for name in [
        "replay.rs",
        "saves.rs",
        "play.rs",
        "newgame.rs",
        "title.rs",
        "action.rs",
    ] {
        assert!(modules.iter().any(|(n, _)| n == name), "{name} is missing");
    }
    for (name, text) in &modules {
        for (i, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            let reaches_up = ["tui::app", "super::app", "tui::ui", "super::ui", "impl App"]
                .iter()
                .any(|p| code.contains(p));
            assert!(!reaches_up, "src/tui/{name}:{}: {}", i + 1, line.trim());
        }
    }
}

#[test]
fn the_drawing_changes_no_state_of_the_app() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui/ui");
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = fs::read_to_string(&path).unwrap();
        for (i, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            assert!(
                !code.contains("impl App") && !code.contains("&mut App"),
                "{}:{}: {}",
                path.display(),
                i + 1,
                line.trim()
            );
        }
    }
}
