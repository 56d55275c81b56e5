//! One module per subcommand: its arguments (`Args`) and what it does (`run`).
//!
//! To add a subcommand: write `command/<name>.rs` with `Args` and
//! `run(&Args, &mut Output) -> Result<ExitCode, Failure>`, declare it here, and add it to
//! `Command` in `main.rs`.

pub mod breach;
pub mod deadline;
pub mod erasure;
pub mod notice;
pub mod objection;
pub mod restriction;
pub mod retention;
pub mod retention_plan;
pub mod rights;
pub mod schema;
pub mod transfer;
pub mod validate;
