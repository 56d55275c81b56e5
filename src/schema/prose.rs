//! Descriptions for readers who do not read Rust: the doc comments schemars copies into a
//! schema, without their code examples, headings and rustdoc links.

/// A doc comment as a schema description: fenced code blocks and headings dropped, a link to
/// a Rust item (`[`Policy`](crate::Policy)`, `[`Calendar::new`]`) reduced to its text; web
/// links are kept.
pub(super) fn plain(doc: &str) -> String {
    let mut kept: Vec<String> = Vec::new();
    let mut in_code = false;
    for line in doc.lines() {
        if line.trim_start().starts_with("```") {
            if !in_code {
                // The sentence that introduced the example ("Serialised with a tag:") now
                // ends where it stood.
                if let Some(intro) = kept.iter_mut().rev().find(|l| !l.trim().is_empty()) {
                    if intro.trim_end().ends_with(':') {
                        let end = intro.trim_end().len() - 1;
                        intro.truncate(end);
                        intro.push('.');
                    }
                }
            }
            in_code = !in_code;
            continue;
        }
        if !in_code && !line.starts_with("# ") {
            kept.push(line.to_owned());
        }
    }
    squeeze_blank_lines(&unlink(&kept.join("\n")))
}

/// `[text](target)` becomes `text` unless the target is a web address; `[`Item`]` and
/// `[a::path]` become their text.
fn unlink(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let (before, from_open) = rest.split_at(open);
        out.push_str(before);
        let Some(close) = from_open.find(']') else {
            out.push_str(from_open);
            return out;
        };
        let label = from_open.get(1..close).unwrap_or_default();
        let after = from_open.get(close + 1..).unwrap_or_default();
        if let Some(target_and_rest) = after.strip_prefix('(') {
            if let Some(end) = target_and_rest.find(')') {
                let target = target_and_rest.get(..end).unwrap_or_default();
                if target.starts_with("http://") || target.starts_with("https://") {
                    out.push_str(from_open.get(..close + 1).unwrap_or_default());
                    out.push('(');
                    out.push_str(target);
                    out.push(')');
                } else {
                    out.push_str(label);
                }
                rest = target_and_rest.get(end + 1..).unwrap_or_default();
                continue;
            }
        }
        let rust_item = label.len() > 2 && label.starts_with('`') && label.ends_with('`')
            || label.contains("::");
        if rust_item && !label.contains('[') {
            out.push_str(label);
        } else {
            out.push('[');
            out.push_str(label);
            out.push(']');
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// No more than one blank line in a row, none at either end.
fn squeeze_blank_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.trim().lines() {
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::plain;

    #[test]
    fn a_doc_example_is_dropped_with_its_heading() {
        let doc = "A holiday.\n\n# Example\n\n```\nuse gdpr::assess::Holiday;\nlet h = 1;\n```";
        assert_eq!(plain(doc), "A holiday.");
    }

    #[test]
    fn the_sentence_that_introduced_an_example_ends_with_a_full_stop() {
        let doc = "A basis.\n\nSerialised with a `basis` tag:\n\n```\nlet x = 1;\n```";
        assert_eq!(plain(doc), "A basis.\n\nSerialised with a `basis` tag.");
        let doc = "Says so:\n\n```\nlet x = 1;\n```\n\nThen more.";
        assert_eq!(plain(doc), "Says so.\n\nThen more.");
    }

    #[test]
    fn rustdoc_links_become_their_text_and_web_links_stay() {
        assert_eq!(
            plain("Load with [`Policy::from_json`](crate::Policy::from_json), see [`validate`]."),
            "Load with `Policy::from_json`, see `validate`."
        );
        assert_eq!(
            plain("every one of [`consequences`](Self::consequences) and [gdpr::Policy]"),
            "every one of `consequences` and gdpr::Policy"
        );
        assert_eq!(
            plain("See [the EDPB](https://www.edpb.europa.eu/) and Art. 6(1)[a] [sic]."),
            "See [the EDPB](https://www.edpb.europa.eu/) and Art. 6(1)[a] [sic]."
        );
    }

    #[test]
    fn unbalanced_brackets_are_left_alone() {
        assert_eq!(plain("a [b"), "a [b");
        assert_eq!(plain("a [`b`](c"), "a `b`(c");
    }
}
