//! HTML reduced to plain text for analysis: scripts, styles, navigation, headers, footers and
//! asides dropped, entities decoded, block elements turned into paragraph breaks, and whitespace
//! collapsed as a browser would. A forgiving scanner, not a parser: it never panics, whatever the
//! input, and never evaluates anything.

use crate::lexicon::listed;

/// Elements whose whole content is dropped.
const SKIPPED: &str = concat!(
    "script|",
    "style|",
    "nav|",
    "header|",
    "footer|",
    "aside|",
    "noscript|",
    "template|",
    "svg|",
    "iframe|",
    "object|",
    "button|",
    "select|",
    "form|",
    "canvas|",
    "math|",
);

/// Elements that start and end a paragraph.
const BLOCKS: &str = concat!(
    "p|",
    "div|",
    "section|",
    "article|",
    "main|",
    "h1|",
    "h2|",
    "h3|",
    "h4|",
    "h5|",
    "h6|",
    "li|",
    "ul|",
    "ol|",
    "dl|",
    "dt|",
    "dd|",
    "blockquote|",
    "pre|",
    "table|",
    "tr|",
    "figure|",
    "figcaption|",
    "hr|",
    "address|",
    "details|",
    "summary|",
    "body|",
    "html|",
    "caption|",
    "thead|",
    "tbody|",
    "tfoot|",
);

/// The text of an HTML page or fragment: paragraphs separated by a blank line, the page's
/// `<title>` first when the body has no `<h1>`.
pub fn html_to_text(html: &str) -> String {
    let mut out = Out::default();
    let mut title = String::new();
    let mut has_h1 = false;
    let mut skip: Vec<String> = Vec::new();
    let mut in_title = false;
    let mut pre = 0usize;
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            text(
                &mut out,
                &mut title,
                rest,
                in_title,
                !skip.is_empty(),
                pre > 0,
            );
            break;
        };
        text(
            &mut out,
            &mut title,
            &rest[..lt],
            in_title,
            !skip.is_empty(),
            pre > 0,
        );
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map(|i| &after[i + 3..]).unwrap_or("");
            continue;
        }
        let Some((tag, after)) = read_tag(rest) else {
            // A lone '<' is text.
            text(
                &mut out,
                &mut title,
                "<",
                in_title,
                !skip.is_empty(),
                pre > 0,
            );
            rest = &rest[1..];
            continue;
        };
        rest = after;
        let Tag {
            name,
            closing,
            self_closing,
        } = tag;
        if let Some(open) = skip.last() {
            if closing && *open == name {
                skip.pop();
            } else if !closing && !self_closing && listed(SKIPPED, &name) {
                skip.push(name);
            }
            continue;
        }
        if name == "title" {
            in_title = !closing;
            continue;
        }
        // An article's own <header> (it holds the headline) is content, not site furniture.
        let article_header = name == "header"
            && find_ci(rest, "</header")
                .map(|end| find_ci(&rest[..end], "<h1").is_some())
                .unwrap_or(false);
        if listed(SKIPPED, &name) && !article_header {
            if !closing && !self_closing {
                if name == "script" || name == "style" {
                    // Raw text: skip to the matching end tag.
                    let end = format!("</{name}");
                    rest = find_ci(rest, &end).map(|i| &rest[i..]).unwrap_or("");
                } else {
                    skip.push(name);
                }
            }
            continue;
        }
        if name == "h1" {
            has_h1 = true;
        }
        if name == "pre" {
            pre = if closing {
                pre.saturating_sub(1)
            } else {
                pre + 1
            };
        }
        if name == "br" {
            out.newline();
        } else if matches!(name.as_str(), "td" | "th") && !closing {
            out.space();
        } else if listed(BLOCKS, &name) {
            out.paragraph();
        }
    }
    let body = out.finish();
    let title = collapse(&title);
    if !has_h1 && !title.is_empty() && !body.starts_with(&title) {
        if body.is_empty() {
            return title;
        }
        return format!("{title}\n\n{body}");
    }
    body
}

struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
}

/// Reads a tag at the start of `s` (which starts with '<'); returns it and the text after it.
/// Declarations and processing instructions come back with an empty name.
fn read_tag(s: &str) -> Option<(Tag, &str)> {
    let body = &s[1..];
    let (closing, body) = match body.strip_prefix('/') {
        Some(b) => (true, b),
        None => (false, body),
    };
    let first = body.chars().next()?;
    if !(first.is_ascii_alphabetic() || (!closing && (first == '!' || first == '?'))) {
        return None;
    }
    // Find the closing '>' outside quoted attribute values.
    let mut quote: Option<char> = None;
    let mut end = None;
    for (i, c) in body.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == '>' => {
                end = Some(i);
                break;
            }
            None => {}
        }
    }
    let end = end.unwrap_or(body.len());
    let inner = &body[..end];
    let rest = body.get(end + 1..).unwrap_or("");
    if first == '!' || first == '?' {
        let tag = Tag {
            name: String::new(),
            closing: false,
            self_closing: true,
        };
        return Some((tag, rest));
    }
    let name: String = inner
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == ':')
        .collect::<String>()
        .to_ascii_lowercase();
    let self_closing = inner.trim_end().ends_with('/')
        || words!["br", "img", "hr", "meta", "link", "input", "wbr", "source", "area", "col"]
            .contains(name.as_str());
    Some((
        Tag {
            name,
            closing,
            self_closing,
        },
        rest,
    ))
}

/// Byte index of `needle` (ASCII) in `hay`, ignoring ASCII case.
fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    (0..=h.len() - n.len()).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

fn text(out: &mut Out, title: &mut String, raw: &str, in_title: bool, skipped: bool, pre: bool) {
    if raw.is_empty() || skipped {
        return;
    }
    let decoded = decode_entities(raw);
    if in_title {
        title.push_str(&decoded);
    } else if pre {
        for (i, line) in decoded.split('\n').enumerate() {
            if i > 0 {
                out.newline();
            }
            out.word(line.trim_end());
        }
    } else {
        out.inline(&decoded);
    }
}

/// Text collected with browser-like whitespace rules.
#[derive(Default)]
struct Out {
    text: String,
    /// A space is owed before the next word.
    space: bool,
    /// Line breaks owed before the next word (1 = line, 2 = paragraph).
    breaks: usize,
}

impl Out {
    fn inline(&mut self, s: &str) {
        let mut first = true;
        for piece in s.split(|c: char| c.is_whitespace() && c != '\u{a0}') {
            if !first {
                self.space();
            }
            first = false;
            if !piece.is_empty() {
                self.word(piece);
            }
        }
    }

    fn word(&mut self, w: &str) {
        if w.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            if self.breaks > 0 {
                self.text
                    .push_str(if self.breaks >= 2 { "\n\n" } else { "\n" });
            } else if self.space {
                self.text.push(' ');
            }
        }
        self.breaks = 0;
        self.space = false;
        self.text.push_str(w);
    }

    fn space(&mut self) {
        self.space = true;
    }

    fn newline(&mut self) {
        self.breaks = self.breaks.max(1);
    }

    fn paragraph(&mut self) {
        self.breaks = 2;
    }

    fn finish(self) -> String {
        self.text.replace('\u{a0}', " ").trim().to_string()
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Decodes character references: numeric (`&#8217;`, `&#x2019;`) and the named ones news pages
/// use. Unknown or malformed references are kept as written.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest
            .char_indices()
            .skip(1)
            .take(32)
            .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '#'))
            .map(|(j, c)| (j, c == ';'));
        let (name_end, semi) = end.unwrap_or((rest.len(), false));
        let name = &rest[1..name_end];
        match entity(name) {
            Some(c) if semi || name.starts_with('#') || listed(BARE, name) => {
                out.push(c);
                rest = &rest[name_end + usize::from(semi)..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Named references browsers accept without a semicolon (the common legacy ones).
const BARE: &str = "amp|lt|gt|quot|nbsp|copy|reg";

/// Named character references: each name followed by its character, '|' between entries.
const ENTITIES: &str = concat!(
    "amp&|lt<|gt>|quot\"|apos'|nbsp\u{a0}|ndash–|mdash—|hellip…|lsquo‘|rsquo’|sbquo‚|ldquo“|",
    "rdquo”|bdquo„|laquo«|raquo»|copy©|reg®|trade™|euro€|pound£|yen¥|cent¢|deg°|middot·|bull•|",
    "times×|divide÷|plusmn±|frac12½|frac14¼|frac34¾|iexcl¡|iquest¿|ordfª|ordmº|sect§|para¶|",
    "shy\u{ad}|aacuteá|eacuteé|iacuteí|oacuteó|uacuteú|AacuteÁ|EacuteÉ|IacuteÍ|OacuteÓ|UacuteÚ|",
    "ntildeñ|NtildeÑ|uumlü|UumlÜ|ccedilç|CcedilÇ|agraveà|egraveè|ograveò|acircâ|ecircê|ocircô|",
    "aumlä|oumlö|szligß",
);

/// The character a reference names: numeric ("#233", "#xE9") or named ([`ENTITIES`]).
fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        return match code {
            0 => Some('\u{fffd}'),
            _ => char::from_u32(code).or(Some('\u{fffd}')),
        };
    }
    ENTITIES.split('|').find_map(|entry| {
        let c = entry.chars().next_back()?;
        (entry.strip_suffix(c)? == name).then_some(c)
    })
}

/// What a page's `<head>` says about the article: the outlet (`og:site_name`), the publication
/// date (`article:published_time`, `datePublished` and kin, as `YYYY-MM-DD`) and the headline
/// (`og:title`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// The outlet's name.
    pub outlet: Option<String>,
    /// The publication date, ISO `YYYY-MM-DD`.
    pub published: Option<String>,
    /// The headline.
    pub title: Option<String>,
}

/// Reads the article metadata a page declares in `<meta>` tags and JSON-LD.
pub fn page_meta(html: &str) -> PageMeta {
    let mut meta = PageMeta::default();
    let mut rest = html;
    while let Some(i) = find_ci(rest, "<meta") {
        let tag = &rest[i..];
        let end = tag.find('>').unwrap_or(tag.len());
        let inner = &tag[..end];
        rest = &tag[end.min(tag.len())..];
        let key = attribute(inner, "property")
            .or_else(|| attribute(inner, "name"))
            .or_else(|| attribute(inner, "itemprop"))
            .map(|k| k.to_ascii_lowercase());
        let (Some(key), Some(content)) = (key, attribute(inner, "content")) else {
            continue;
        };
        let content = collapse(&decode_entities(&content));
        if content.is_empty() {
            continue;
        }
        match key.as_str() {
            "og:site_name" | "application-name" if meta.outlet.is_none() => {
                meta.outlet = Some(content)
            }
            "og:title" | "twitter:title" if meta.title.is_none() => meta.title = Some(content),
            "article:published_time"
            | "og:article:published_time"
            | "datepublished"
            | "pubdate"
            | "publishdate"
            | "date"
            | "dc.date"
            | "dc.date.issued"
            | "parsely-pub-date"
            | "sailthru.date"
                if meta.published.is_none() =>
            {
                meta.published = iso_day(&content)
            }
            _ => {}
        }
    }
    if meta.published.is_none() {
        // JSON-LD: "datePublished": "2025-04-12T08:30:00Z".
        if let Some(i) = html.find("\"datePublished\"") {
            let after = &html[i + 15..];
            let value = after
                .trim_start_matches([' ', ':', '\n', '\t'])
                .trim_start_matches('"');
            meta.published = iso_day(value);
        }
    }
    meta
}

/// The value of attribute `name` in a tag's inner text (quoted or bare).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find(name) {
        let at = from + i;
        from = at + name.len();
        let before_ok = at > 0 && lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = lower[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let start = tag.len() - rest.len() + 1;
        let value = tag[start..].trim_start();
        return Some(match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or("").to_string(),
            _ => value
                .split(|c: char| c.is_whitespace() || c == '/')
                .next()
                .unwrap_or("")
                .to_string(),
        });
    }
    None
}

/// `YYYY-MM-DD` from the start of an ISO date or date-time, when it is one.
fn iso_day(s: &str) -> Option<String> {
    let d = s.trim().get(..10)?;
    let b = d.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    (digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10))
        .then(|| d.to_string())
}

/// Whether a text is an HTML page or fragment rather than prose ("<!doctype html", "<html",
/// or a text that opens with a tag and holds paragraph tags).
pub fn looks_like_html(text: &str) -> bool {
    let head = text.trim_start();
    let start = head.get(..15).unwrap_or(head).to_ascii_lowercase();
    start.starts_with("<!doctype html")
        || start.starts_with("<html")
        || (head.starts_with('<') && find_ci(text, "<p").is_some() && find_ci(text, "</").is_some())
}
