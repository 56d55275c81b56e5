//! Writes the JSON Schemas of the public document types to `schema/`.
//!
//! Run after changing a public type: `cargo run --example export_schemas`. The test
//! `schemas_on_disk_match_the_types` fails while the files drift from the types.
//! It also refreshes `data/adequacy.json`, the built-in adequacy registry as data, and
//! `data/calendars/`, the built-in national calendars as data.

use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (name, schema) in gdpr::schema::all() {
        let path = root.join("schema").join(format!("{name}.schema.json"));
        std::fs::write(&path, serde_json::to_string_pretty(&schema)? + "\n")?;
        println!("wrote {}", path.display());
    }
    let registry = gdpr::AdequacyRegistry::builtin();
    let path = root.join("data").join("adequacy.json");
    std::fs::write(&path, serde_json::to_string_pretty(&registry)? + "\n")?;
    println!("wrote {}", path.display());
    let dir = root.join("data").join("calendars");
    std::fs::create_dir_all(&dir)?;
    for calendar in gdpr::assess::Calendar::all_national() {
        let path = dir.join(format!("{}.json", calendar.id));
        std::fs::write(&path, serde_json::to_string_pretty(calendar)? + "\n")?;
        println!("wrote {}", path.display());
    }
    Ok(())
}
