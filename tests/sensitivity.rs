//! `overbuild sensitivity` through the real binary: a screening ranks what the model says moves
//! an output, shards merge to the whole, and bad settings are one line.

mod save_support;

use save_support::{fails_with, overbuild};

/// A small screening: Texas's retail parameters on two outputs over two quarters.
const SMALL: &[&str] = &[
    "sensitivity",
    "--params",
    "regions[texas].retail,regions[texas].households_m",
    "--outputs",
    "national_bill_month,score.whitehouse",
    "--turns",
    "2",
    "--trajectories",
    "3",
    "--seeds",
    "1",
];

fn run(extra: &[&str]) -> String {
    let out = overbuild().args(SMALL).args(extra).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn more_households_to_share_delivery_costs_lower_the_bill() {
    let doc: serde_json::Value = serde_json::from_str(&run(&["--json"])).unwrap();
    let bill = &doc["outputs"][0];
    assert_eq!(bill["output"], "national_bill_month");
    let of = |name: &str| {
        bill["ranked"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["parameter"] == name)
            .unwrap_or_else(|| panic!("{name} screened"))
            .clone()
    };
    // Texas's fixed delivery revenue is spread over its households: more of them, smaller
    // bills; more revenue to recover, larger ones.
    assert!(of("regions[texas].households_m")["mu"].as_f64().unwrap() < 0.0);
    assert!(
        of("regions[texas].retail.td_revenue_bn_yr")["mu"]
            .as_f64()
            .unwrap()
            > 0.0
    );
    assert_eq!(doc["points"], doc["parameters"].as_u64().unwrap() * 3 + 3);
}

#[test]
fn shards_merge_to_the_whole_screening() {
    let dir = tempfile::tempdir().unwrap();
    let whole = run(&[]);
    let mut files = Vec::new();
    for shard in ["1/2", "2/2"] {
        let file = dir.path().join(format!("part{}.csv", &shard[..1]));
        let out = run(&["--shard", shard, "--out", file.to_str().unwrap()]);
        assert!(out.is_empty(), "a shard prints nothing but its note: {out}");
        files.push(file.to_str().unwrap().to_string());
    }
    let merged = overbuild()
        .args(["sensitivity", "merge"])
        .args(&files)
        .output()
        .unwrap();
    assert!(merged.status.success());
    assert_eq!(String::from_utf8(merged.stdout).unwrap(), whole);
    fails_with(
        &["sensitivity", "merge", &files[0]],
        &["point", "merge every shard"],
    );
    // A shard's file is never overwritten without --force.
    let again = overbuild()
        .args(SMALL)
        .args(["--shard", "1/2", "--out", &files[0]])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
}

#[test]
fn the_svg_holds_a_panel_per_output() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("tornado.svg");
    run(&["--svg", svg.to_str().unwrap()]);
    let text = std::fs::read_to_string(&svg).unwrap();
    let doc = roxmltree::Document::parse(&text).expect("well-formed SVG");
    let titles: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text") && n.attribute("font-weight") == Some("bold"))
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(doc.descendants().any(|n| n.has_tag_name("rect")));
}

#[test]
fn bad_settings_are_one_line_naming_the_value() {
    fails_with(
        &["sensitivity", "--outputs", "nope"],
        &["--outputs nope", "score.openai"],
    );
    fails_with(&["sensitivity", "--levels", "3"], &["--levels 3", "even"]);
    fails_with(&["sensitivity", "--spread", "1.5"], &["--spread 1.5"]);
    fails_with(
        &["sensitivity", "--params", "regions[mars]"],
        &["--params regions[mars]"],
    );
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("junk.csv");
    std::fs::write(&junk, "a,b\n1,2\n").unwrap();
    fails_with(
        &["sensitivity", "merge", junk.to_str().unwrap()],
        &["junk.csv", "not a point file"],
    );
}
