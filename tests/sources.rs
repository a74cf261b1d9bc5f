//! Every scenario parameter names its source or its assumption: the rule that classes a
//! comment, which comment covers which parameter, and `overbuild scenario check` on the
//! built-in scenarios and on files with an unsourced key.

use assert_cmd::Command;
use overbuild::scenario::BUILTIN;
use overbuild::scenario::sources::{Parameter, Status, check, classify, parameters};
use std::io::Write;

fn overbuild() -> Command {
    Command::cargo_bin("overbuild").expect("binary built")
}

fn temp_file(dir: &tempfile::TempDir, name: &str, content: &str) -> String {
    let path = dir.path().join(name);
    std::fs::File::create(&path)
        .and_then(|mut f| f.write_all(content.as_bytes()))
        .unwrap();
    path.to_string_lossy().into_owned()
}

fn find<'a>(found: &'a [Parameter], path: &str) -> &'a Parameter {
    found
        .iter()
        .find(|p| p.path == path)
        .unwrap_or_else(|| panic!("no {path} in {found:#?}"))
}

#[test]
fn a_comment_is_sourced_when_it_names_a_publication_or_a_year() {
    for sourced in [
        "EIA: US nuclear capacity factor ~92%",
        "Oracle 10-K: property, plant and equipment, net",
        "Gallup, Jan 2025",
        "Fajgelbaum et al. (2020, QJE): import demand elasticity ~2.5",
        "Oracle FY25 revenue $57.4B",
    ] {
        assert_eq!(classify(sourced), Status::Sourced, "{sourced}");
    }
}

#[test]
fn a_comment_is_an_assumption_only_with_a_reason() {
    let reasoned = "assumption: developers look at a year of margins";
    assert_eq!(classify(reasoned), Status::Assumption);
    let variant = "variant assumption: twice the base heat wave";
    assert_eq!(classify(variant), Status::Assumption);
    // An assumption that also cites data is still a judgement.
    let mixed = "assumption: Census 2024 imports, order of magnitude";
    assert_eq!(classify(mixed), Status::Assumption);
    assert_eq!(classify("assumption: guess"), Status::Unsourced);
}

#[test]
fn guesses_units_and_vague_words_are_unsourced() {
    for unsourced in [
        "",
        "(?)",
        "CAL: 15% generic planning target (?)",
        "assumption: developers look at a year (?)",
        "Palisades restart ~$2B for 800 MW (press)",
        "output follows the seasonal hydro_cf",
        "GW of O&M in the US",
        "in the order of `ReserveFactors::parts`",
    ] {
        assert_eq!(classify(unsourced), Status::Unsourced, "{unsourced:?}");
    }
}

const SAMPLE: &str = r#"# File header, apart from the first table by a blank line: it covers nothing.

[plain]
a = 1
b = 2  # EIA 2024
# Fixed O&M: NREL ATB 2024
c = 3
d = 4  # simple-cycle units
e = 5  # assumption: the middle of the published range
f = "capacity"
name = "labels are not parameters"

# Heat rates: EIA AEO 2025.
[covered]
g = 7
h = 8  # summer ratings
i = 9  # a guess (?)

[covered.inner]
j = 10

[[cards]]
id = "heat"
probability = 0.3  # NOAA 2024
effects = [
  { kind = "load", pct = 0.05 },   # ERCOT Aug 2023 peak
  # assumption: half the effect of the first
  { kind = "gas", pct = 0.025 },
  { kind = "rates", bp = 20.0 },
]
seasons = [3, 4]

[[cards]]
kind = "no id"
weight = [[1, 2], [3, 4]]
"#;

#[test]
fn each_leaf_is_listed_with_its_path_line_value_and_covering_comment() {
    let found = parameters(SAMPLE, "sample.toml").unwrap();
    let lines: Vec<usize> = found.iter().map(|p| p.line).collect();
    assert!(lines.windows(2).all(|w| w[0] <= w[1]), "file order");
    let status = |path: &str| find(&found, path).status;
    // Own comments: after the value, or directly above it.
    assert_eq!(status("plain.a"), Status::Unsourced);
    assert_eq!(status("plain.b"), Status::Sourced);
    assert_eq!(find(&found, "plain.b").line, 5);
    assert_eq!(status("plain.c"), Status::Sourced);
    assert_eq!(status("plain.d"), Status::Unsourced);
    assert_eq!(status("plain.e"), Status::Assumption);
    assert_eq!(find(&found, "plain.f").value, "\"capacity\"");
    assert!(found.iter().all(|p| !p.path.ends_with(".name")));
    // A header that names a source covers its table's keys that say nothing of their own or
    // only describe; a guess still fails; tables inside are not covered.
    assert_eq!(status("covered.g"), Status::Sourced);
    let h = find(&found, "covered.h");
    assert_eq!(h.status, Status::Sourced);
    assert_eq!(h.source, "summer ratings / Heat rates: EIA AEO 2025.");
    assert_eq!(status("covered.i"), Status::Unsourced);
    assert_eq!(status("covered.inner.j"), Status::Unsourced);
    // Arrays of tables: by id where there is one, else by index; inline elements by index,
    // each covered by the comment on its line or directly above it.
    assert_eq!(status("cards[heat].probability"), Status::Sourced);
    assert_eq!(status("cards[heat].effects[0].pct"), Status::Sourced);
    assert_eq!(find(&found, "cards[heat].effects[0].pct").line, 26);
    assert_eq!(status("cards[heat].effects[1].pct"), Status::Assumption);
    assert_eq!(status("cards[heat].effects[2].bp"), Status::Unsourced);
    assert_eq!(find(&found, "cards[heat].seasons").value, "[3, 4]");
    let weight = find(&found, "cards[1].weight");
    assert_eq!(weight.value, "[[1, 2], [3, 4]]");
    assert!(found.iter().all(|p| !p.path.ends_with(".kind")));
}

#[test]
fn check_names_file_line_and_key_of_each_unsourced_parameter() {
    let lines = check(SAMPLE, "sample.toml").unwrap();
    assert!(
        lines.contains(
            &"sample.toml:4: plain.a: no source; name the publication and figure, or write \"assumption: why\"".to_string()
        ),
        "{lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("sample.toml:29: cards[heat].effects[2].bp:"))
    );
    assert!(!lines.iter().any(|l| l.contains("plain.b:")));
    let err = check("a = [", "broken.toml").unwrap_err().to_string();
    assert!(err.starts_with("broken.toml:1:"), "{err}");
}

#[test]
fn every_builtin_scenario_passes_the_check() {
    let dir = tempfile::tempdir().unwrap();
    for (id, text) in BUILTIN {
        let path = temp_file(&dir, &format!("{id}.toml"), text);
        let out = overbuild()
            .args(["scenario", "check", &path])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{id}:\n{stderr}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("ok"));
    }
}

#[test]
fn the_base_scenario_has_no_guess_left_and_hundreds_of_parameters() {
    let (_, base) = BUILTIN[0];
    assert!(!base.contains("(?)"));
    let found = parameters(base, "stargate-2025.toml").unwrap();
    assert!(found.len() > 500, "{}", found.len());
    let sourced = found.iter().filter(|p| p.status == Status::Sourced).count();
    assert!(sourced > found.len() / 2, "{sourced} of {}", found.len());
}

#[test]
fn a_scenario_with_an_unsourced_key_fails_naming_the_key_and_line() {
    let (_, base) = BUILTIN[0];
    let sourced = "households_m = 10.5           # ERCOT serves";
    assert!(base.contains(sourced));
    let text = base.replace(sourced, "households_m = 10.5           # lots of");
    let line = text.lines().position(|l| l.contains("# lots of")).unwrap() + 1;
    let dir = tempfile::tempdir().unwrap();
    let path = temp_file(&dir, "mine.toml", &text);
    let out = overbuild()
        .args(["scenario", "check", &path])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let expected = format!("{path}:{line}: regions[texas].households_m: no source;");
    assert!(stderr.contains(&expected), "{stderr}");
    assert!(
        stderr.contains("1 parameter(s) without a source"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn a_variant_checks_only_its_own_keys() {
    let dir = tempfile::tempdir().unwrap();
    let variant = "extends = \"stargate-2025\"\n\n[scenario]\nid = \"mine\"\n\n[politics]\n\
                   noise = 0.9\njobs_weight = 2.0  # variant assumption: voters care twice as much\n";
    let path = temp_file(&dir, "mine.toml", variant);
    let out = overbuild()
        .args(["scenario", "check", &path])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("{path}:7: politics.noise: no source")),
        "{stderr}"
    );
    assert_eq!(stderr.matches("no source").count(), 1, "{stderr}");
}
