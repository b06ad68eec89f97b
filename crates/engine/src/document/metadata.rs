//! A page's own metadata found in its text: the title line, the byline and outlet ("By X | Y",
//! "Por X", "Outlet | date"), the inline dateline ("Mexico City, 13 May 2024 (EFE) —") and the
//! publication date stated at the top of the page.

use super::furniture::LineInfo;
use super::FurnitureKind;
use crate::lang::Lang;
use crate::lexicon::listed;
use crate::time::{find_expressions, fold, Date, Relative, TimeKind};

/// Lines longer than this are not titles.
const TITLE_MAX_CHARS: usize = 300;

/// Letters and digits only, folded: how repeated lines are recognised.
pub fn key(s: &str) -> String {
    if s.is_ascii() {
        return s
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .map(|b| char::from(b.to_ascii_lowercase()))
            .collect();
    }
    crate::time::folded_chars(s)
        .filter(|c| super::alphanumeric(*c))
        .collect()
}

/// Whether `key(s) == want`, read lazily: most lines differ from `want` within a few characters.
pub fn key_is(s: &str, want: &str) -> bool {
    crate::time::folded_chars(s)
        .filter(|c| super::alphanumeric(*c))
        .eq(want.chars())
}

/// Whether two folded lines have the same key.
pub fn same_key(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        let alnum = |c: &u8| c.is_ascii_alphanumeric();
        return a.bytes().filter(alnum).eq(b.bytes().filter(alnum));
    }
    let alnum = |c: &char| super::alphanumeric(*c);
    a.chars().filter(alnum).eq(b.chars().filter(alnum))
}

/// The title line's index, if the title is a line of the text, and the title itself.
pub fn title(
    text: &str,
    infos: &[LineInfo],
    kinds: &[Option<FurnitureKind>],
    given: Option<&str>,
) -> (Option<usize>, String) {
    if let Some(given) = given {
        let want = key(given);
        let line = infos.iter().position(|i| {
            i.chars <= TITLE_MAX_CHARS
                && !want.is_empty()
                && i.key_len == want.len()
                && key_is(&text[i.line.start..i.line.end], &want)
        });
        return (line, given.to_string());
    }
    let usable = |k: usize, i: &LineInfo| {
        let usable = match kinds[k] {
            None => true,
            Some(FurnitureKind::Prompt | FurnitureKind::Related) => {
                i.words >= 4
                    && !i.folded.ends_with(':')
                    && !super::furniture::opens_a_prompt(i.folded)
            }
            Some(_) => false,
        };
        usable && i.words >= 1
    };
    let mut candidate = infos.iter().enumerate().find(|(k, i)| usable(*k, i));
    // A page pasted with its menus ("US edition", "News", "Opinion", …): a short first line is
    // a link when a headline-like line follows before the byline or the date.
    if let Some((first, i)) = candidate.filter(|(_, i)| i.words <= 3) {
        let meta = (first..infos.len()).find(|&k| {
            matches!(
                kinds[k],
                Some(FurnitureKind::Byline | FurnitureKind::Dateline)
            )
        });
        // The first headline-like line with no menu line between it and the next one (or the
        // byline): not "The Guardian - Back to home" above the menus.
        let headline = meta.and_then(|end| {
            let lines: Vec<usize> = (first + 1..end)
                .filter(|&k| {
                    let s = text[infos[k].line.start..infos[k].line.end].trim_end();
                    kinds[k].is_none()
                        && infos[k].words >= 5
                        && infos[k].chars <= TITLE_MAX_CHARS
                        && !s.ends_with('.')
                })
                .collect();
            let menu_between =
                |from: usize, to: usize| (from + 1..to).any(|j| (1..=2).contains(&infos[j].words));
            lines
                .iter()
                .enumerate()
                .find_map(|(n, &k)| match lines.get(n + 1) {
                    Some(&next) => (!menu_between(k, next)).then_some(k),
                    None => Some(k),
                })
        });
        if let Some(k) = headline.filter(|_| i.words <= 3) {
            candidate = Some((k, &infos[k]));
        }
    }
    let one_sentence = |i: &LineInfo| {
        let s = &text[i.line.start..i.line.end];
        super::sentences::split(s, 0, s.len()).len() <= 1
    };
    // A headline seldom ends with a full stop: a line that does is the body's first sentence when
    // it is long, or when the page's outlet or date lines came before it ("AP / 5 March 2025 /
    // Panama has spent $4.5 million on flights.").
    let after_meta = |k: usize| {
        kinds[..k].iter().any(|f| {
            matches!(
                f,
                Some(FurnitureKind::Byline | FurnitureKind::Dateline | FurnitureKind::Credit)
            )
        })
    };
    let body_sentence = |k: usize, i: &LineInfo| {
        let s = text[i.line.start..i.line.end].trim_end();
        s.ends_with('.') && !s.ends_with("..") && (i.words >= 16 || i.words >= 6 && after_meta(k))
    };
    match candidate {
        Some((k, i)) if i.chars <= TITLE_MAX_CHARS && one_sentence(i) && !body_sentence(k, i) => {
            (Some(k), text[i.line.start..i.line.end].to_string())
        }
        Some((_, i)) => {
            // A first line that is a whole paragraph: its first sentence names the piece, and the
            // line stays in the body.
            let s = &text[i.line.start..i.line.end];
            let first = super::sentences::split(s, 0, s.len())
                .first()
                .map_or(s, |&(a, b)| &s[a..b]);
            let cut = first
                .char_indices()
                .nth(200)
                .map_or(first.len(), |(at, _)| at);
            (None, first[..cut].to_string())
        }
        None => (None, String::new()),
    }
}

/// Byline and outlet read from a byline line.
pub fn byline_outlet(s: &str) -> (Option<String>, Option<String>) {
    let folded = fold(s);
    let prefixes = [
        "written by ",
        "escrito por ",
        "reporting by ",
        "by ",
        "por ",
    ];
    let stripped = prefixes
        .iter()
        .find(|p| folded.starts_with(*p))
        .and_then(|p| s.get(p.len()..));
    let clean = |x: &str| {
        let cut = [" - ", " – ", " — ", ","]
            .iter()
            .filter_map(|sep| x.find(sep))
            .min()
            .unwrap_or(x.len());
        let y = x[..cut].trim();
        let has_date = !find_expressions(y, &Lang::En).is_empty()
            || !find_expressions(y, &Lang::Es).is_empty()
            || y.chars().filter(char::is_ascii_digit).count() >= 4;
        (!y.is_empty() && !has_date && y.split_whitespace().count() <= 6).then(|| y.to_string())
    };
    let mut segs = s.split('|').map(str::trim).filter(|x| !x.is_empty());
    match stripped {
        Some(rest) => {
            // "By Ana Ruiz | Diario del Sur", "Por Ana Ruiz / Diario del Sur".
            let mut parts = rest.split(['|', '/']).map(str::trim);
            let first = parts.next().unwrap_or("");
            let byline = clean(first);
            let outlet = parts
                .next()
                .filter(|part| !names_a_role(part))
                .and_then(clean)
                .or_else(|| credited_outlet(first))
                .map(|o| {
                    let words: Vec<&str> = o.split_whitespace().collect();
                    match words.split_last() {
                        Some((last, init))
                            if !init.is_empty()
                                && matches!(
                                    fold(last).as_str(),
                                    "staff" | "redaccion" | "team" | "desk"
                                ) =>
                        {
                            init.join(" ")
                        }
                        _ => o,
                    }
                });
            (byline, outlet)
        }
        _ => (None, segs.next().and_then(clean)),
    }
}

/// The outlet named after the authors of a byline ("By Tom Reed and Ana Ruiz, Reuters"), unless
/// what follows them is a role ("By Tom Reed, Health Reporter").
fn credited_outlet(byline: &str) -> Option<String> {
    let after = byline.split_once([',', '–', '—']).map(|(_, rest)| rest)?;
    let last = after.rsplit([',', '–', '—']).next()?.trim();
    let words = last.split_whitespace().count();
    let role = names_a_role(last);
    let plain = last
        .chars()
        .all(|c| super::alphabetic(c) || matches!(c, ' ' | '.' | '&' | '\''));
    let capitalized = last.starts_with(|c: char| c.is_uppercase());
    (!role && plain && capitalized && (1..=5).contains(&words)).then(|| last.to_string())
}

/// Words of journalists' roles (folded, singular).
const ROLES: &str = concat!(
    "reporter|",
    "writer|",
    "correspondent|",
    "editor|",
    "columnist|",
    "staff|",
    "contributor|",
    "analyst|",
    "corresponsal|",
    "redactor|",
    "redactora|",
    "periodista|",
    "enviado|",
    "enviada|",
    "columnista|",
    "reportero|",
    "reportera|",
    "editora|",
);

/// Whether a byline's piece names the author's role ("Health Reporter", "Enviada especial").
fn names_a_role(piece: &str) -> bool {
    piece
        .split_whitespace()
        .map(fold)
        .any(|w| listed(ROLES, w.trim_end_matches('s')))
}

/// A date at the top of a body paragraph ("Mexico City, 13 May 2024 (EFE) —", "Ciudad de México,
/// 13 may (EFE).-"): the date (year-less dates come back as month and day) and where the body starts.
pub fn inline_dateline(
    text: &str,
    start: usize,
    end: usize,
    lang: &Lang,
) -> Option<(Dated, usize)> {
    let s = &text[start..end];
    // The date is followed by "(AGENCY)", a dash or a colon: a paragraph without '(', '-', ':' or
    // a character starting with 0xE2 ('–', '—') has no dateline.
    if !super::ascii::any_of(s.as_bytes(), [b'(', b'-', b':', 0xE2]) {
        return None;
    }
    // The first 160 characters (bytes, when they are ASCII).
    let window_end = match s.as_bytes().get(..160) {
        None => s.len(),
        Some(head) if head.is_ascii() => 160,
        Some(_) => s.char_indices().nth(160).map_or(s.len(), |(i, _)| i),
    };
    let window = &s[..window_end];
    if !may_open_with_day(window) {
        return None;
    }
    let e = *find_expressions(window, lang).first()?;
    let prefix = &window[..e.start];
    if prefix.chars().count() > 100
        || prefix
            .char_indices()
            .any(|(i, c)| ends_prefix(prefix, i, c))
        || prefix.split_whitespace().count() > 12
    {
        return None;
    }
    let dated = match (e.kind, e.from, e.relative) {
        (TimeKind::Point, Some(d), _) => Dated::Full(d),
        (_, None, Some(Relative::DayMonth { month, day, .. })) => Dated::NoYear(month, day),
        _ => return None,
    };
    // After the date: optional "(AGENCY)", optional '.', then a dash or the body.
    let mut rest = &s[e.end..];
    let mut marked = false;
    let trimmed = rest.trim_start();
    if let Some(inner) = trimmed.strip_prefix('(') {
        if let Some(close) = inner.find(')') {
            if close <= 30 {
                rest = &inner[close + 1..];
                marked = true;
            }
        }
    }
    let t = rest.trim_start();
    let t = t.strip_prefix('.').unwrap_or(t).trim_start();
    let t2 = t.trim_start_matches(['—', '–', '-', ':']);
    if t2.len() != t.len() {
        marked = true;
    }
    // "MADRID, 3 Feb. (EUROPA PRESS) -" may stand alone on its line, the body below it.
    let body = t2.trim_start();
    // "SAN JOSE, Costa Rica (AP) — February 2, 2026" alone on its line: the agency and dash
    // come first.
    let led = body.is_empty() && prefix.trim_end().ends_with(['—', '–', '-', ')']);
    if !marked && !led {
        return None;
    }
    Some((dated, end - body.len()))
}

/// A wire dateline without a date at the top of a body paragraph: "SAN FRANCISCO (AP) —",
/// "LONDON (Reuters) -", "WASHINGTON, D.C. (AFP) —": a place in capitals, the agency in
/// parentheses, a dash. Where the body starts.
pub fn agency_dateline(text: &str, start: usize, end: usize) -> Option<usize> {
    let s = &text[start..end];
    let open = s.find('(').filter(|&k| k < 48)?;
    let place = s[..open].trim_end();
    let capitals = place.split([' ', ',']).all(|w| {
        w.is_empty()
            || (w.chars().next().is_some_and(|c| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '.' || c == '\''))
    });
    let upper_start = place
        .split(',')
        .next()
        .is_some_and(|city| city.chars().all(|c| !c.is_lowercase()));
    if place.len() < 3 || !capitals || !upper_start {
        return None;
    }
    let close = open + s[open..].find(')')?;
    let agency = &s[open + 1..close];
    let words = agency.split_whitespace().count();
    let named = agency.starts_with(char::is_uppercase);
    if !named || !(1..=3).contains(&words) || agency.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let rest = s[close + 1..].trim_start();
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    let body = rest.strip_prefix(['—', '–', '-'])?.trim_start();
    Some(end - body.len())
}

/// Tokens from the start of a date expression to its day number, at most: "a partir de", an
/// article, a weekday, '.', ',', a month, '.' (nine), with room to spare.
const DAY_REACH: usize = 12;

/// Whether `window` may open with a dateline's date: `inline_dateline` accepts a first date
/// expression that is a day (with or without its year), after at most 100 characters free of
/// `. " “ ” ! ? :`. Such a day has a day number (one or two digits) or a numeric date's first
/// group (digits followed by '/', '-', '.' or an ordinal suffix) within [`DAY_REACH`] tokens of
/// its start; whitespace-separated pieces are counted instead of tokens (never more). A cheap
/// test that spares most paragraphs the date scanner.
fn may_open_with_day(window: &str) -> bool {
    // A day needs an ASCII digit.
    if !window.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    // The latest byte at which the date may start.
    let limit = window
        .char_indices()
        .enumerate()
        .find(|&(n, (i, c))| n == 100 || ends_prefix(window, i, c))
        .map_or(window.len(), |(_, (i, _))| i);
    let mut reach = None;
    for (k, piece) in window.split_whitespace().enumerate() {
        let at = piece.as_ptr() as usize - window.as_ptr() as usize;
        if at <= limit {
            reach = Some(k + DAY_REACH);
        }
        if reach.is_none_or(|r| k > r) {
            return false;
        }
        if has_day_digits(piece) {
            return true;
        }
    }
    false
}

/// Whether the character `c` at byte `i` of `s` ends what may come before a dateline's date: `"
/// “ ” ! ? :`, or a '.' other than an abbreviation's ("PARADISE, Calif., July 28", "D.C.").
fn ends_prefix(s: &str, i: usize, c: char) -> bool {
    match c {
        '"' | '“' | '”' | '!' | '?' | ':' => true,
        '.' => {
            let word = s[..i].rsplit([' ', ',']).next().unwrap_or("");
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            let abbreviation = word.starts_with(char::is_uppercase)
                && (1..=5).contains(&letters)
                && word.chars().all(|c| c.is_alphabetic() || c == '.');
            !abbreviation
        }
        _ => false,
    }
}

/// Whether a piece of text holds a run of ASCII digits that could begin a day: at most two
/// digits, or followed by '/', '-', '.', a letter or another non-ASCII character.
fn has_day_digits(piece: &str) -> bool {
    let b = piece.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let next = b.get(i).copied();
        if i - start <= 2
            || next.is_some_and(|c| {
                matches!(c, b'/' | b'-' | b'.') || c.is_ascii_alphabetic() || c >= 128
            })
        {
            return true;
        }
    }
    false
}

/// A stated date, possibly without its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dated {
    /// A full date.
    Full(Date),
    /// Month and day, the year unstated.
    NoYear(u8, u8),
}

/// The first full date stated in the page's own header lines (bylines, timestamps, datelines).
pub fn header_date(
    text: &str,
    infos: &[LineInfo],
    kinds: &[Option<FurnitureKind>],
    until: usize,
    lang: &Lang,
) -> Option<Date> {
    infos
        .iter()
        .zip(kinds)
        .take(until)
        .filter(|(_, k)| {
            matches!(
                k,
                Some(FurnitureKind::Byline | FurnitureKind::Dateline | FurnitureKind::Navigation)
            )
        })
        .find_map(|(i, _)| {
            let s = &text[i.line.start..i.line.end];
            find_expressions(s, lang)
                .into_iter()
                .find(|e| e.kind == TimeKind::Point)
                .and_then(|e| e.from)
        })
}

/// A date in a URL path ("/2025/08/09/", "2025-08-09").
pub fn url_date(url: &str) -> Option<Date> {
    let b = url.as_bytes();
    let digits = |at: usize, n: usize| -> Option<u32> {
        let s = url.get(at..at + n)?;
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    for i in 0..b.len() {
        if i > 0 && b[i - 1].is_ascii_digit() {
            continue;
        }
        let Some(y) = digits(i, 4) else { continue };
        let sep = *b.get(i + 4)?;
        if !matches!(sep, b'/' | b'-' | b'_') || b.get(i + 7) != Some(&sep) {
            continue;
        }
        let (Some(m), Some(d)) = (digits(i + 5, 2), digits(i + 8, 2)) else {
            continue;
        };
        if b.get(i + 10).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        if let Some(date) = Date::new(y as i32, m as u8, d as u8) {
            if (1990..=2100).contains(&date.year) {
                return Some(date);
            }
        }
    }
    None
}

/// Whether a line reads as running prose (not a heading).
pub fn body_like(info: &LineInfo) -> bool {
    info.words >= 8 && info.terminal
}
