//! docs/MODEL.md's parameter tables are the scenario files': a change to a parameter or its
//! source that is not carried into the reference fails here.

#[test]
fn the_model_reference_holds_the_generated_parameter_tables() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/MODEL.md"))
        .expect("docs/MODEL.md");
    let generated = overbuild::scenario::doc::tables().expect("built-in scenarios parse");
    let expected = overbuild::scenario::doc::replace_between_markers(&doc, &generated)
        .expect("docs/MODEL.md has the generated-parameters markers");
    assert!(
        doc == expected,
        "docs/MODEL.md's parameter tables differ from the scenario files; run \
         `cargo run -- scenario doc --write docs/MODEL.md`"
    );
}
