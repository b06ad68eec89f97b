//! Percent signs and words after a figure ("12%", "12 percent", "doce por ciento", "por cien")
//! and before it ("percent of 10").

use super::scan::Tokens;

/// If a percent marker follows the figure ending before token `q`, the token after it.
pub(crate) fn after(tk: &Tokens, q: usize) -> Option<usize> {
    if tk.sym(q) == '%' || tk.sym(q) == '％' {
        return Some(q + 1);
    }
    match tk.norm(q) {
        // "3.4 percentage points", "2 puntos porcentuales" keep the whole unit in the span.
        "percentage" if matches!(tk.norm(q + 1), "point" | "points") => Some(q + 2),
        "puntos" | "punto" if matches!(tk.norm(q + 1), "porcentuales" | "porcentual") => {
            Some(q + 2)
        }
        "percent" | "percentage" | "percents" | "pct" | "porciento" => Some(q + 1),
        // British press: "60pc" (written apart, "pc" is more often a computer).
        "pc" if !tk.toks[q].space => Some(q + 1),
        "per" if tk.norm(q + 1) == "cent" => Some(q + 2),
        // "a quarter of a percentage point", "un cuarto de punto porcentual".
        "of" if tk.norm(q + 1) == "a" => after(tk, q + 2).filter(|&e| e == q + 4),
        // "half a percentage point".
        "a" if tk.norm(q + 1) == "percentage" => after(tk, q + 1).filter(|&e| e == q + 3),
        "de" if tk.norm(q + 1) == "un" => after(tk, q + 2).filter(|&e| e == q + 4),
        "de" => after(tk, q + 1).filter(|&e| e == q + 3),
        "por" if matches!(tk.norm(q + 1), "ciento" | "cien") => Some(q + 2),
        _ => None,
    }
}

/// Whether the percent marker in tokens `q..end` (as [`after`] found it) names percentage points,
/// the difference of two percentages: "3.4 percentage points", "un cuarto de punto porcentual".
pub(crate) fn points(tk: &Tokens, q: usize, end: usize) -> bool {
    (q..end).any(|k| matches!(tk.norm(k), "point" | "points" | "punto" | "puntos"))
}

/// Whether letters glued to a figure are a percent sign in words ("60pc", "4.5pct").
pub(crate) fn glued(suffix: &str) -> bool {
    suffix.eq_ignore_ascii_case("pc") || suffix.eq_ignore_ascii_case("pct")
}

/// If "percent of" precedes token `t0`, the first token of that marker.
pub(crate) fn before(tk: &Tokens, t0: usize) -> Option<usize> {
    if t0 < 2 || tk.norm(t0 - 1) != "of" {
        return None;
    }
    match tk.norm(t0 - 2) {
        "percent" | "percents" => Some(t0 - 2),
        "cent" if t0 >= 3 && tk.norm(t0 - 3) == "per" => Some(t0 - 3),
        _ => None,
    }
}
