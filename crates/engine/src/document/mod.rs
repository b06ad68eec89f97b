//! Documents: an article's original text, with page furniture set aside, its paragraphs and
//! sentences, and its metadata (title, outlet, publication date, language, digit convention).
//! Every span is a UTF-8 byte range into the original text, so claims can be highlighted in place.

pub(crate) mod ascii;
mod furniture;
pub mod html;
mod language;
mod lines;
mod metadata;
mod paragraphs;
mod sentences;

pub use language::detect as detect_language;
pub(crate) use language::{alphabetic, alphanumeric};
pub use sentences::split as split_sentences;

use crate::lang::Lang;
use crate::quantity::{self, NumberContext};
use crate::time::Date;
use furniture::LineInfo;
use serde::{Deserialize, Serialize};

/// A byte range `[start, end)` into a document's original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// A sentence of the article body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Index of its paragraph in [`Document::paragraphs`].
    pub paragraph: usize,
}

/// Why a stretch of text was set aside as page furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FurnitureKind {
    /// The headline line(s) and repeated headline.
    Title,
    /// Byline and timestamp ("By MBN Staff | … - Wed, 11/27/2024 - 09:46").
    Byline,
    /// Navigation trail ("Home > Health > Press Release").
    Navigation,
    /// Share, comment, newsletter and similar prompts.
    Prompt,
    /// Photo or image credit.
    Credit,
    /// Contact details (phone, e-mail, address).
    Contact,
    /// Related-content blocks ("You May Like", "Filed under").
    Related,
    /// A dateline or other line of the page's own metadata.
    Dateline,
}

/// A stretch of page furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Furniture {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: FurnitureKind,
}

/// What the caller knows about a text beyond the text itself (as a user adding an article would).
/// Every field is optional; a given field overrides what the engine detects.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocumentMeta {
    /// The headline.
    pub title: Option<String>,
    /// The outlet.
    pub outlet: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Publication date.
    pub published: Option<Date>,
    /// Language or locale code ("en", "es", "es-MX").
    pub lang: Option<String>,
}

/// A parsed article.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The file's base name, or a generated id.
    pub id: String,
    /// The original text, unchanged.
    pub text: String,
    /// The headline (detected or given).
    pub title: String,
    /// The outlet (detected or given).
    pub outlet: Option<String>,
    /// The byline's authors, when stated.
    pub byline: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Publication date (stated in the text, or given).
    pub published: Option<Date>,
    /// Detected or given language.
    pub lang: Lang,
    /// How the document's digits are written, decided from document-wide evidence.
    pub number: NumberContext,
    /// Paragraphs of the body, in order.
    pub paragraphs: Vec<Span>,
    /// Sentences of the body (furniture excluded), in order.
    pub sentences: Vec<Sentence>,
    /// Page furniture set aside, in order.
    pub furniture: Vec<Furniture>,
}

impl Document {
    /// Parses an article's text; `meta` overrides what the text says or does not say.
    pub fn parse(id: &str, text: &str, meta: &DocumentMeta) -> Document {
        let lines = lines::lines(text);
        let mut folds = String::new();
        // The language detector and the peso words read the words in the lines' pass, unless
        // the caller gives the language.
        let mut peso_words = quantity::PesoWords::new(text);
        let mut reading = meta.lang.is_none().then(|| {
            language::Reading::new(text, |at, end, key: Option<u64>| match key {
                Some(key) => peso_words.ascii_letters(at, end, key),
                None => peso_words.letters(at, end),
            })
        });
        let infos = LineInfo::all(text, &lines, &mut folds, &mut reading);
        let (lang, pesos): (Lang, quantity::Pesos) = match reading.map(language::Reading::finish) {
            Some((lang, true)) => (lang, peso_words.finish()),
            Some((lang, false)) => (lang, quantity::PesoWords::new(text).read_all()),
            None => (
                Lang::from_code(meta.lang.as_deref().unwrap_or_default()),
                quantity::PesoWords::new(text).read_all(),
            ),
        };
        let mut kinds: Vec<Option<FurnitureKind>> = infos
            .iter()
            .map(|i| furniture::classify(text, i, &lang))
            .collect();

        let (title_line, title) = metadata::title(text, &infos, &kinds, meta.title.as_deref());
        mark_title(&infos, &mut kinds, title_line);
        mark_by_position(&infos, &mut kinds);

        let first_body = (0..infos.len())
            .find(|&k| kinds[k].is_none() && metadata::body_like(&infos[k]))
            .unwrap_or(infos.len());
        let mut paragraphs = Vec::with_capacity(infos.len());
        for_each_block(&infos, &kinds, |block| {
            paragraphs::paragraphs(text, block, &mut paragraphs)
        });
        let mut furniture: Vec<Furniture> = infos
            .iter()
            .zip(&kinds)
            .filter_map(|(i, k)| {
                k.map(|kind| Furniture {
                    start: i.line.start,
                    end: i.line.end,
                    kind,
                })
            })
            .collect();

        // An inline dateline at the top of one of the first paragraphs.
        let mut dateline = None;
        for p in paragraphs.iter_mut().take(4) {
            let found = match metadata::inline_dateline(text, p.start, p.end, &lang) {
                Some((dated, body)) => Some((Some(dated), body)),
                None => metadata::agency_dateline(text, p.start, p.end).map(|body| (None, body)),
            };
            if let Some((dated, body)) = found {
                furniture.push(Furniture {
                    start: p.start,
                    end: body,
                    kind: FurnitureKind::Dateline,
                });
                p.start = body;
                dateline = dated;
                break;
            }
        }
        // A dateline alone on its line leaves its paragraph empty.
        paragraphs.retain(|p| p.start < p.end);
        crate::sort::sort_by_key(&mut furniture, |f| (f.start, f.end));

        // What the page states is read only when the caller does not give the date.
        let published = meta.published.or_else(|| {
            let header = metadata::header_date(text, &infos, &kinds, first_body.max(1), &lang);
            let url_date = meta.url.as_deref().and_then(metadata::url_date);
            let stated = header.or(match dateline {
                Some(metadata::Dated::Full(d)) => Some(d),
                Some(metadata::Dated::NoYear(m, d)) => url_date
                    .map(|u| u.year)
                    .and_then(|y| crate::time::Date::new(y, m, d)),
                None => None,
            });
            stated.or(url_date)
        });

        let (mut byline, mut outlet) = (None, None);
        if let Some(i) = infos
            .iter()
            .zip(&kinds)
            .take(first_body.max(1) + 2)
            .find(|(_, k)| **k == Some(FurnitureKind::Byline))
            .map(|(i, _)| i)
        {
            (byline, outlet) = metadata::byline_outlet(&text[i.line.start..i.line.end]);
        }
        if outlet.is_none() {
            outlet = outlet_line(text, &infos, &kinds, first_body)
                .or_else(|| credited_in_dateline(text, &furniture))
                .or_else(|| copyright_holder(text, &furniture));
        }
        // "Redacción Gestión", "Redacción BBC Mundo": the outlet's newsroom signs for it.
        if let Some(name) = outlet.as_deref().and_then(|o| o.strip_prefix("Redacción ")) {
            if name.starts_with(char::is_uppercase) {
                outlet = Some(name.to_string());
            }
        }

        // Room for a sentence every 64 bytes: the vector rarely grows.
        let mut sentences = Vec::with_capacity(text.len() / 64 + 1);
        for (n, p) in paragraphs.iter().enumerate() {
            sentences::split_each(text, p.start, p.end, |start, end| {
                sentences.push(Sentence {
                    start,
                    end,
                    paragraph: n,
                })
            });
        }

        // Spanish with no region stated, about Mexico or the Dominican Republic, whose writers put
        // a decimal point: a tie reads "4,500 millones" as they do.
        let locale = match (meta.lang.as_deref(), pesos.leading) {
            (Some(code), _) if code.contains('-') => Some(code),
            (_, Some("MXN")) => Some("es-MX"),
            (_, Some("DOP")) => Some("es-DO"),
            (code, _) => code,
        };
        let decimal = quantity::infer_decimal_mark(text, &lang, locale);
        Document {
            id: id.to_string(),
            text: text.to_string(),
            title,
            outlet: meta.outlet.clone().or(outlet),
            byline,
            url: meta.url.clone(),
            published,
            number: NumberContext {
                lang: lang.clone(),
                decimal,
                peso: pesos
                    .leading
                    .or_else(|| quantity::peso_of_locale(meta.lang.as_deref()?)),
            },
            lang,
            paragraphs,
            sentences,
            furniture,
        }
    }

    /// The text of a sentence.
    pub fn sentence_text(&self, sentence: &Sentence) -> &str {
        &self.text[sentence.start..sentence.end]
    }

    /// The text of a span.
    pub fn slice(&self, start: usize, end: usize) -> &str {
        &self.text[start..end]
    }
}

/// Marks the title line and every repetition of it as title furniture.
fn mark_title(infos: &[LineInfo], kinds: &mut [Option<FurnitureKind>], title_line: Option<usize>) {
    let Some(t) = title_line else { return };
    // The title line has at most 300 characters, so its folded text is there.
    let want = &infos[t];
    for (k, i) in infos.iter().enumerate() {
        // The title line itself has the title's key.
        let same =
            |i: &LineInfo| i.key_len == want.key_len && metadata::same_key(i.folded, want.folded);
        if k == t || i.chars <= 300 && same(i) {
            kinds[k] = Some(FurnitureKind::Title);
        }
    }
}

/// Position-based furniture: section labels above the story, short lines in the trailing
/// related/tag blocks, and pull quotes repeating an earlier line.
/// The outlet named on a line of its own next to the byline or the date, before the story ("The
/// Guardian", "Reuters, Lisbon", "EFE | Lisboa"): a short line of capitalized words.
fn outlet_line(
    text: &str,
    infos: &[LineInfo],
    kinds: &[Option<FurnitureKind>],
    first_body: usize,
) -> Option<String> {
    let beside_meta = |k: usize| {
        let meta = |j: usize| {
            matches!(
                kinds.get(j),
                Some(Some(FurnitureKind::Byline | FurnitureKind::Dateline))
            )
        };
        // A wire agency may stand one line further off, a place line between ("EFE / Ciudad
        // de Panamá / jueves 6 de marzo de 2025").
        let agency = || furniture::is_agency(infos[k].folded);
        meta(k + 1) || (k > 0 && meta(k - 1)) || (agency() && (meta(k + 2) || k > 1 && meta(k - 2)))
    };
    (1..first_body.min(infos.len())).find_map(|k| {
        let line = &text[infos[k].line.start..infos[k].line.end];
        let short = infos[k].words <= 4 && !infos[k].terminal;
        // A wire agency alone on its line is read as a credit ("EFE", "Reuters").
        let label = matches!(
            kinds[k],
            Some(FurnitureKind::Navigation | FurnitureKind::Credit)
        );
        if !label || !short || !beside_meta(k) {
            return None;
        }
        let name = metadata::byline_outlet(line).1?;
        // "Photo: AFP" credits a picture, not the story.
        let named = !name.contains(':')
            && name.split_whitespace().all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    || words!["de", "del", "la", "el", "the", "of", "and", "&"].contains(w)
            });
        named.then_some(name)
    })
}

/// The agency a wire dateline credits in its last parentheses: "LISBON, Oct 15 (Reuters) -",
/// "MADRID (EFE).-", "Acapulco (México), 1 nov (EFE).-".
fn credited_in_dateline(text: &str, furniture: &[Furniture]) -> Option<String> {
    furniture
        .iter()
        .filter(|f| f.kind == FurnitureKind::Dateline && f.end - f.start <= 80)
        .find_map(|line| {
            let s = &text[line.start..line.end];
            let close = s.rfind(')')?;
            let open = s[..close].rfind('(')?;
            let name = s[open + 1..close].trim();
            let words = name.split_whitespace().count();
            let named = (1..=3).contains(&words)
                && name.starts_with(|c: char| c.is_uppercase())
                && !name.contains(|c: char| c.is_ascii_digit());
            named.then(|| name.to_string())
        })
}

/// The publisher a credit line's copyright names: "© 2025 Diario Ejemplo. Todos los derechos
/// reservados.", "Copyright 2025 The Associated Press. All rights reserved."
fn copyright_holder(text: &str, furniture: &[Furniture]) -> Option<String> {
    furniture
        .iter()
        .filter(|f| f.kind == FurnitureKind::Credit)
        .find_map(|line| {
            let s = &text[line.start..line.end];
            let (_, rest) = s.split_once('©').or_else(|| s.split_once("Copyright "))?;
            let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || " -–,".contains(c));
            let name = rest.split(['.', '|', '\n']).next()?.trim();
            let words = name.split_whitespace().count();
            let named = (1..=5).contains(&words) && name.starts_with(char::is_uppercase);
            named.then(|| name.to_string())
        })
}

fn mark_by_position(infos: &[LineInfo], kinds: &mut [Option<FurnitureKind>]) {
    let Some(first) =
        (0..infos.len()).find(|&k| kinds[k].is_none() && metadata::body_like(&infos[k]))
    else {
        return;
    };
    // The story ends at its last line of prose, however short.
    let last = (0..infos.len())
        .rev()
        .find(|&k| kinds[k].is_none() && infos[k].terminal && infos[k].words >= 3)
        .unwrap_or(first);
    let short_label = |i: &LineInfo| !i.terminal && i.words <= 3;
    for k in 0..first {
        if kinds[k].is_none() && short_label(&infos[k]) {
            kinds[k] = Some(FurnitureKind::Navigation);
        }
    }
    for k in last + 1..infos.len() {
        if kinds[k].is_none() && !infos[k].terminal && infos[k].words <= 8 {
            kinds[k] = Some(FurnitureKind::Related);
        }
    }
    // After a related/prompt marker in the last third, short lines belong to that block (a
    // related story's headline has up to fourteen words).
    let mut in_block = false;
    for k in 0..infos.len() {
        match kinds[k] {
            Some(FurnitureKind::Related | FurnitureKind::Prompt) if k * 3 >= infos.len() * 2 => {
                in_block = true
            }
            None if in_block && !infos[k].terminal && infos[k].words <= 14 => {
                kinds[k] = Some(FurnitureKind::Related)
            }
            None => in_block = false,
            _ => {}
        }
    }
    // Pull quotes: a later line repeating an earlier one. Only lines whose keys have the same
    // length are compared: each line kept is chained to the previous one of its key length.
    let candidate =
        |i: &LineInfo, k: &Option<FurnitureKind>| k.is_none() && i.chars <= 600 && i.key_len >= 30;
    let longest = infos
        .iter()
        .zip(kinds.iter())
        .filter(|(i, k)| candidate(i, k))
        .map(|(i, _)| i.key_len + 1)
        .max()
        .unwrap_or(0);
    // The last line kept of each key length, and for each line kept the one before it: entries
    // of `seen` counted from 1, 0 for none (a zeroed vector is allocated at once).
    let mut latest = vec![0usize; longest];
    let mut seen: Vec<(usize, usize)> = Vec::new();
    for k in 0..infos.len() {
        if !candidate(&infos[k], &kinds[k]) {
            continue;
        }
        // Lines of at most 600 characters have their folded text (`LineInfo::all`).
        let len = infos[k].key_len;
        let mut at = latest[len];
        let mut repeated = false;
        while at != 0 {
            let (j, before) = seen[at - 1];
            if metadata::same_key(infos[j].folded, infos[k].folded) {
                repeated = true;
                break;
            }
            at = before;
        }
        if repeated {
            kinds[k] = Some(FurnitureKind::Related);
        } else {
            seen.push((k, latest[len]));
            latest[len] = seen.len();
        }
    }
}

/// Shows `f` each run of consecutive body lines (split at blank lines and furniture), in order,
/// from one buffer.
fn for_each_block<'a, 'b>(
    infos: &'a [LineInfo<'b>],
    kinds: &[Option<FurnitureKind>],
    mut f: impl FnMut(&[&'a LineInfo<'b>]),
) {
    let mut current: Vec<&LineInfo> = Vec::with_capacity(infos.len());
    for (i, k) in infos.iter().zip(kinds) {
        if (k.is_some() || i.line.blank_before) && !current.is_empty() {
            f(&current);
            current.clear();
        }
        if k.is_none() {
            current.push(i);
        }
    }
    if !current.is_empty() {
        f(&current);
    }
}
