//! The limits on documents this crate accepts. Past them, reading fails with a
//! [`DocumentError`](crate::DocumentError) at path `$`; nothing is truncated.

/// The largest document accepted, in bytes (16 MiB): a policy with thousands of activities
/// is far smaller.
pub const MAX_DOCUMENT_BYTES: usize = 16 * 1024 * 1024;

/// The deepest nesting of arrays and objects accepted. The model itself nests about eight
/// levels deep; the limit keeps hostile input from exhausting the stack.
pub const MAX_NESTING: usize = 64;
