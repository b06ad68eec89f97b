//! The `crosscheck` command-line tool.

fn main() {}
