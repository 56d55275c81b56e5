//! Builder methods for the structs callers build in Rust. They are `#[non_exhaustive]` so
//! that a fact added in a later release is not a breaking change, which rules out struct
//! literals outside this crate: a constructor names what is required, and one method per
//! field sets the rest (`TransferRequest::to("mailer").safeguards_effective(true)`).

/// `some field: T` sets an `Option<T>` field to `Some(value)` (a fact now known);
/// `set field: T` sets a field of type `T`; `into field: T` takes anything that converts
/// into `T` (ids and texts).
macro_rules! setters {
    ($ty:ident { $($how:ident $field:ident: $t:ty,)* }) => {
        impl $ty {
            $($crate::setters::setters!(@one $how $field: $t);)*
        }
    };
    (@one some $field:ident: $t:ty) => {
        #[doc = concat!("The same, with `", stringify!($field), "` known to be `value`.")]
        #[must_use]
        pub fn $field(mut self, value: $t) -> Self {
            self.$field = Some(value);
            self
        }
    };
    (@one set $field:ident: $t:ty) => {
        #[doc = concat!("The same, with `", stringify!($field), "` set to `value`.")]
        #[must_use]
        pub fn $field(mut self, value: $t) -> Self {
            self.$field = value;
            self
        }
    };
    (@one into $field:ident: $t:ty) => {
        #[doc = concat!("The same, with `", stringify!($field), "` set to `value`.")]
        #[must_use]
        pub fn $field(mut self, value: impl Into<$t>) -> Self {
            self.$field = Some(value.into());
            self
        }
    };
}

pub(crate) use setters;
