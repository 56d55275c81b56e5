//! A JSON path into a document, built while deserialising, for error messages.

use std::fmt;

/// A location in a JSON document, printed as `activities[2].recipients[0].country`.
///
/// The path is a linked list on the stack: each level of the deserialiser borrows its
/// parent, so tracking it costs no allocation until an error needs printing.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Segment<'a> {
    Root,
    Key(&'a Segment<'a>, &'a str),
    Index(&'a Segment<'a>, usize),
}

impl fmt::Display for Segment<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Segment::Root => Ok(()),
            Segment::Key(parent, key) => {
                parent.fmt(f)?;
                if !matches!(parent, Segment::Root) {
                    f.write_str(".")?;
                }
                if key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') && !key.is_empty() {
                    f.write_str(key)
                } else {
                    write!(f, "[{key:?}]")
                }
            }
            Segment::Index(parent, i) => {
                parent.fmt(f)?;
                write!(f, "[{i}]")
            }
        }
    }
}

/// A path as text, `$` for the document itself.
pub(crate) fn render(segment: &Segment<'_>) -> String {
    let s = segment.to_string();
    if s.is_empty() {
        "$".to_owned()
    } else {
        s
    }
}
