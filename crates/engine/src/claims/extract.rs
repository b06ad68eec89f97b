//! From a document's sentences to its claims: each quantity gets what it counts (the measure), its
//! qualifier, time, place and source; years become date claims only when they date an event or a
//! start; statements about measurable facts are added with their polarity.

use super::context::Reporter;
use super::measure::{self, is_unit, Head};
use super::tokens::{first_at_or_after, tokenize, Tok, Words};
use super::{anaphora, context, qualifier, score, share, statements, timing};
use super::{Claim, ClaimKind, Qualifier, TimeRef};
use crate::case::Lowercase;
use crate::document::Document;
use crate::lexicon::Pairs;
use crate::quantity::{self, Bound, Quantity, QuantityKind, Value};
use crate::time::{self, Date, Precision, TimeExpr, TimeKind};

/// Words that date a start ("since 2002", "which began in 1963", "founded in 1990"), folded. The
/// findings layer reads the same list to tell a start year from the day of an event.
pub(crate) static START_WORDS: Words = Words::new(concat!(
    "since|desde|began|begun|started|start|founded|established|created|launched|",
    "inicio|comenzo|empezo|arranco|fundada|fundado|creado|creada|lanzado|lanzada|",
));

/// Whether token `k` starts a phrase saying an event happened: "took place", "happened", "was
/// held", "tuvo lugar", "se celebró".
fn is_event_verb(toks: &[Tok], k: usize) -> bool {
    let next = |w: &[&str]| toks.get(k + 1).is_some_and(|t| t.is(w));
    let t = &toks[k];
    // Most words are ruled out by their length and first letter.
    let f = t.folded.as_bytes();
    let may_be = match f.first() {
        Some(&first) if t.word && f.len() < EVENT_SHAPES.len() => {
            EVENT_SHAPES[f.len()] >> (first & 31) & 1 != 0
        }
        _ => false,
    };
    if !may_be {
        return false;
    }
    match t.folded.as_ref() {
        "took" | "tuvo" => next(&["place", "lugar"]),
        "happened" | "occurred" | "ocurrio" | "sucedio" => true,
        "was" | "were" => next(&["held"]),
        "se" => next(&["celebro", "realizo", "llevo", "efectuo"]),
        _ => false,
    }
}

/// The first words of [`is_event_verb`]'s phrases.
const EVENT_WORDS: [&str; 9] = [
    "took", "tuvo", "happened", "occurred", "ocurrio", "sucedio", "was", "were", "se",
];

/// By length, the first letters (their low five bits) of [`EVENT_WORDS`], as bits.
const EVENT_SHAPES: [u32; 9] = {
    let mut shapes = [0u32; 9];
    let mut i = 0;
    while i < EVENT_WORDS.len() {
        let w = EVENT_WORDS[i].as_bytes();
        shapes[w.len()] |= 1 << (w[0] & 31);
        i += 1;
    }
    shapes
};

/// Verbs whose "to N" / "at N" gives the new value of their subject.
static CHANGE_TO: Words = Words::new(concat!(
    "rose|",
    "rise|",
    "rises|",
    "risen|",
    "climbed|",
    "climbs|",
    "jumped|",
    "jumps|",
    "increased|",
    "increases|",
    "grew|",
    "grows|",
    "reached|",
    "stood|",
    "stands|",
    "fell|",
    "falls|",
    "dropped|",
    "drops|",
    "declined|",
    "subio|",
    "sube|",
    "aumento|",
    "aumenta|",
    "ascendio|",
    "asciende|",
    "elevo|",
    "eleva|",
    "llego|",
    "llega|",
    "alcanzo|",
    "alcanza|",
    "bajo|",
    "baja|",
    "cayo|",
    "cae|",
    // "Las llegadas … ascienden a 32.878", "the losses amounted to $2m": plural and other forms.
    "ascienden|",
    "ascendieron|",
    "subieron|",
    "aumentaron|",
    "llegaron|",
    "alcanzaron|",
    "bajaron|",
    "cayeron|",
    "amounted|",
    "amounts|",
));

/// Verbs that take their object to a new value ("raised the retirement age to 64").
static RAISE_VERBS: Words = Words::new(concat!(
    "raise|raises|raised|raising|lift|lifts|lifted|lower|lowers|lowered|cut|cuts|",
    "increase|increases|reduce|reduces|reduced|elevar|elevara|elevaria|subir|subira|bajar|",
    "bajara|reducir|reducira|redujo|rebaja|rebajo|",
));

/// Verbs that take a new value directly: "the toll tops 18,000".
static REACH_VERBS: Words = Words::new(concat!(
    "tops|",
    "topped|",
    "passed|",
    "surpassed|",
    "exceeded|",
    "reached|",
    "hit|",
    "supera|",
    "supero|",
    "rebasa|",
    "rebaso|",
    "alcanza|",
    "alcanzo|",
    // "Overdose deaths in 2019 totalled 70,630", "strikers numbered 29,500".
    "totalled|",
    "totaled|",
    "totals|",
    "numbered|",
    "sumaron|",
    "suman|",
));

/// Words for what money pays for, each group followed by `=` and the measure they name ("spent" →
/// "cost"). What a sale or a signing paid is a price: "signed … for £85 million", "el mayor
/// traspaso".
static MONEY_MEASURES: Words = Words::new(concat!(
    "cost|costs|costing|spent|spend|spending|expenditure|paid|payments|costo|coste|costado|gasto|gastado|gastaron|gastan|erogado|pagado|pagos|=cost|",
    "budget|presupuesto|=budget|",
    "investment|investments|invested|invest|invests|investing|inversion|inversiones|invertir|invertira|invertiran|invierte|invirtio|invertido|=investment|",
    "revenue|revenues|ingresos|sales|ventas|facturacion|turnover|facturo|facturaron|=revenue|",
    "profit|profits|earnings|earned|ganancia|ganancias|utilidad|utilidades|beneficio|beneficios|gano|ganaron|=profit|",
    "gdp|pib|=gdp|",
    "ebitda|ebit|=ebitda|",
    "save|saves|saved|saving|savings|ahorro|ahorrar|ahorra|ahorrara|ahorraria|ahorrado|ahorraron|=savings|",
    "valuation|valued|valuacion|=valuation|",
    "salary|salaries|salario|sueldo|wage|wages|contract|contrato|=salary|",
    "price|prices|precio|precios|fee|fees|transfer|traspaso|fichaje|sold|bought|signed|acquired|purchased|acquisition|takeover|deal|vendido|vendio|compro|comprado|fichado|ficho|adquirido|adquirio|adquisicion|compra|=price|",
    "debt|deuda|=debt|",
    "deficit|deficits|shortfall|shortfalls|=deficit|",
    "funding|funds|financing|financiacion|financiamiento|fondos|=funding|",
    "aid|ayuda|ayudas|=aid|",
    "loan|prestamo|=loan|",
    "fine|fined|multa|multado|multada|=fine|",
    "loss|perdida|lost|perdio|perdieron|=loss|",
    "restitution|repay|reembolsar|reparacion|=restitution|",
    "embezzling|embezzled|embezzlement|stealing|stole|stolen|malversacion|desfalco|desviar|desviados|=embezzlement|",
    "damages|danos|daños|damage|losses|perdidas|=damage|",
    "remittances|remittance|remesas|remesa|=remittance|",
    "exports|exportaciones|=export|",
    "imports|importaciones|=import|",
    "taxes|impuestos|=tax|",
    "tariffs|aranceles|=tariff|",
    "buyback|buybacks|repurchase|repurchases|recompra|recompras|=buyback|",
));

/// The measure a word for what money pays for names ("spent" → "cost"), if it is one.
fn money_measure(word: &str) -> Option<&'static str> {
    let at = MONEY_MEASURES.position(word)?;
    MONEY_MEASURES.list()[at..]
        .iter()
        .find_map(|w| w.strip_prefix('='))
}

/// Every claim of `doc`, sentence by sentence (figures first, then event dates and statements).
/// Documents in unsupported languages yield bare figures only.
// Out of line (one call per document) so that profiles show what extraction costs.
#[inline(never)]
pub fn extract(doc: &Document) -> Vec<Claim> {
    // About one claim a sentence: the vector of large claims seldom moves.
    let mut claims: Vec<Claim> = Vec::with_capacity(doc.sentences.len());
    let mut previous_group = PreviousGroup::default();
    // One lowercase copy of the document, one buffer for every sentence's tokens, sized for the
    // longest sentence as `tokenize` reserves (so it is allocated once and never moved).
    let lower = doc.text.to_ascii_lowercase();
    let longest = doc.sentences.iter().map(|s| s.end - s.start).max();
    let mut toks = Vec::with_capacity(longest.map_or(0, |n| n / 4 + 4));
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let text = &doc.text[sentence.start..sentence.end];
        tokenize(text, &lower[sentence.start..sentence.end], &mut toks);
        let ctx = SentenceContext {
            doc,
            index,
            text,
            base: sentence.start,
            toks: &toks,
            exprs: std::cell::OnceCell::new(),
            first_claim: claims.len(),
            source: std::cell::OnceCell::new(),
            splits: std::cell::OnceCell::new(),
            segment: std::cell::Cell::new(None),
            marks: std::cell::OnceCell::new(),
            same_month_at: std::cell::OnceCell::new(),
        };
        // Without digits, a word read as ASCII letters and digits has letters only.
        let words = toks
            .iter()
            .filter(|t| t.word)
            .map(|t| (t.text, t.folded.as_ref(), t.plain));
        // A digit is in a word, which may hold a figure: no need to look the words up.
        let figures = if has_digit(text) || quantity::may_hold(words, &doc.number.lang) {
            quantity::extract_lowered(text, &lower[sentence.start..sentence.end], &doc.number)
        } else {
            Vec::new()
        };
        for mut q in figures {
            // "on March 3": the time layer reads the day; a date with no year states no year.
            if q.kind == QuantityKind::Date && q.value.low().is_nan() {
                continue;
            }
            // A measure in units written after it ("12,000 hectares burned") is checked as a
            // count of them; one glued to the digits ("a 29km stretch") mostly describes a noun.
            // (The recognizer leaves `q.text` empty for the claims: the figure is read by its
            // span.)
            let written = &text[q.start..q.end];
            let spaced = |u: &str| quantity::is_measure_unit(u) && !written.contains(u);
            if q.kind == QuantityKind::Other && q.unit.as_deref().is_some_and(spaced) {
                q.kind = QuantityKind::Count;
            }
            // "42 degrees Celsius", "41°C", "40-45 °C": so is a temperature, its degrees the
            // noun (named in words, or implied by the sign).
            if temperature_scale(&q).is_some() {
                let lower = written.to_ascii_lowercase();
                let words = lower.find(" degrees").or_else(|| lower.find(" grados"));
                // ("46.8C": the scale's letter glued to the digits.)
                let letter = || {
                    lower
                        .ends_with(['c', 'f'])
                        .then(|| lower.len() - 1)
                        .filter(|&at| at > 0 && lower.as_bytes()[at - 1].is_ascii_digit())
                };
                if let Some(at) = words.or_else(|| lower.rfind(['°', 'º'])).or_else(letter) {
                    if q.kind == QuantityKind::Other {
                        q.kind = QuantityKind::Count;
                    }
                    q.end = q.start + written[..at].trim_end().len();
                }
            }
            let group = || previous_group.head(doc, &claims);
            if let Some(claim) = ctx.claim_for(&q, &claims, &group) {
                claims.push(claim);
            }
        }
        if doc.lang.is_supported() {
            if let Some(claim) = ctx.event_date() {
                claims.push(claim);
            }
            for st in statements::find(&toks) {
                let (start, end) = (toks[st.first].start, toks[st.last - 1].end);
                let mut claim = ctx.blank(start, end, ClaimKind::Statement, None);
                claim.measure = ["whether ", st.topic, " is known to have changed"].concat();
                claim.topic = Some(st.topic.to_string());
                claim.polarity = Some(st.polarity);
                claim.attribution = ctx.sentence_source();
                claim.checkworthiness = score::checkworthiness(&claim);
                claims.push(claim);
            }
        }
        if let Some(group) = claims[ctx.first_claim..]
            .iter()
            .rev()
            .find_map(|c| c.head.as_ref())
        {
            if measure::is_group(group) {
                previous_group = PreviousGroup {
                    source: Some((index, ctx.first_claim, claims.len())),
                    head: std::cell::OnceCell::new(),
                };
            }
        }
    }
    for (n, claim) in claims.iter_mut().enumerate() {
        claim.id = claim_id(&doc.id, n + 1);
    }
    resolve_scope_ids(&mut claims, &doc.id);
    claims
}

/// The id of claim `n` (from 1) of document `doc`: `<doc>#<n>`, written without the formatter.
fn claim_id(doc: &str, n: usize) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let number = std::str::from_utf8(&digits[at..]).unwrap_or_default();
    let mut id = String::with_capacity(doc.len() + 1 + number.len());
    id.push_str(doc);
    id.push('#');
    id.push_str(number);
    id
}

/// Scope links are recorded as in-document indexes while extracting (`@#<index>`); turn them into
/// claim ids.
fn resolve_scope_ids(claims: &mut [Claim], doc: &str) {
    for claim in claims.iter_mut() {
        if let Some(index) = claim.scope_of.as_deref().and_then(|s| s.strip_prefix("@#")) {
            let n: usize = index.parse().unwrap_or(0);
            claim.scope_of = Some(claim_id(doc, n + 1));
        }
    }
}

/// The group (people) noun of the last sentence whose figures counted a group, for elided figures
/// in later sentences; read from that sentence's tokens on first use (few figures need it).
#[derive(Default)]
struct PreviousGroup {
    /// The sentence's index and its claims' range in the document's claims.
    source: Option<(usize, usize, usize)>,
    head: std::cell::OnceCell<Option<Head>>,
}

impl PreviousGroup {
    /// The group noun, read on first use.
    fn head(&self, doc: &Document, claims: &[Claim]) -> Option<Head> {
        self.head
            .get_or_init(|| {
                let (index, from, to) = self.source?;
                let sentence = &doc.sentences[index];
                let text = &doc.text[sentence.start..sentence.end];
                let lower = text.to_ascii_lowercase();
                let mut toks = Vec::new();
                tokenize(text, &lower, &mut toks);
                group_head(&toks, sentence.start, &claims[from..to], &doc.lang)
            })
            .clone()
    }
}

/// The group (people) noun a sentence's figures count (`here`, its claims; `base`, its offset).
fn group_head(toks: &[Tok], base: usize, here: &[Claim], lang: &crate::lang::Lang) -> Option<Head> {
    let claim = here
        .iter()
        .rev()
        .find(|c| c.head.as_deref().is_some_and(measure::is_group))?;
    head_of(toks, base, claim, lang)
}

/// The noun a claim of a sentence counts (`base`, the sentence's offset): the noun group after
/// its figure, else the one before it.
fn head_of(toks: &[Tok], base: usize, claim: &Claim, lang: &crate::lang::Lang) -> Option<Head> {
    let first = first_at_or_after(toks, claim.start - base);
    let after = noun_after_scale(toks, first_at_or_after(toks, claim.end - base), lang);
    measure::after(toks, after).or_else(|| measure::antecedent(toks, first))
}

/// Where the noun a count's figure counts may start, `after` being the first token after the
/// figure: "41,3 millones de ciudadanos", "millions of people": after "de"/"of" when a scale word
/// ends the figure.
fn noun_after_scale(toks: &[Tok], after: usize, lang: &crate::lang::Lang) -> usize {
    let scaled = after > 0 && quantity::is_scale_word(&toks[after - 1].folded, lang);
    if scaled && toks.get(after).is_some_and(|t| t.is(&["de", "of"])) {
        after + 1
    } else {
        after
    }
}

/// A segment's token span and its source.
type SegmentSource = ((usize, usize), Option<String>);

/// What the rules need to know about the sentence being read.
struct SentenceContext<'a> {
    doc: &'a Document,
    /// The sentence's position in the document.
    index: usize,
    text: &'a str,
    base: usize,
    toks: &'a [Tok<'a>],
    /// The sentence's time expressions (comparison baselines last), read on first use: a
    /// sentence without figures or event verbs never needs them.
    exprs: std::cell::OnceCell<(Vec<TimeExpr>, usize)>,
    first_claim: usize,
    /// The source of the whole sentence (outside parentheses), computed on first use.
    source: std::cell::OnceCell<Option<String>>,
    /// Where the sentence splits into segments (see [`context::segment`]), found on first use.
    splits: std::cell::OnceCell<Vec<usize>>,
    /// The last segment read and its source (see [`SentenceContext::segment_source`]).
    segment: std::cell::Cell<Option<SegmentSource>>,
    /// Where the sentence's words that figures' rules look for are, found on first use.
    marks: std::cell::OnceCell<Marks>,
    /// The token of "month"/"mes" after "same"/"mismo", if the sentence has one (read once).
    same_month_at: std::cell::OnceCell<Option<usize>>,
}

/// Where a sentence first has the words some rules look for before a figure.
struct Marks {
    /// The first perfect auxiliary ("has", "han"), or the token count.
    perfect: usize,
    /// The end byte of the first "in"/"en" after a start word ("began in"), if any.
    start_in: Option<usize>,
}

impl Marks {
    fn of(toks: &[Tok]) -> Marks {
        let perfect = toks
            .iter()
            .position(|t| t.is(&["has", "have", "ha", "han", "hemos"]))
            .unwrap_or(toks.len());
        let start_in = toks
            .windows(2)
            .find(|w| w[1].is(&["in", "en"]) && w[0].is_in(&START_WORDS))
            .map(|w| w[1].end);
        Marks { perfect, start_in }
    }
}

impl SentenceContext<'_> {
    /// Where the sentence has the words some rules look for.
    fn marks(&self) -> &Marks {
        self.marks.get_or_init(|| Marks::of(self.toks))
    }

    /// The sentence's time expressions, without comparison baselines.
    fn exprs(&self) -> &[TimeExpr] {
        let (exprs, kept) = self.all_exprs();
        &exprs[..*kept]
    }

    /// "frente a la pérdida de 161 mil millones del mismo periodo de 2024", "up from 12% in the
    /// same quarter of 2024": the period of the sentence's figure before this one (`here`), in the
    /// year expression `e` names, as [`Self::same_month`] reads "the same month of 2024".
    fn same_period(&self, e: &TimeExpr, here: &[Claim]) -> Option<TimeRef> {
        let toks = self.toks;
        let k = first_at_or_after(toks, e.start);
        let same = k >= 3
            && toks[k - 1].is(&["of", "in", "de", "del"])
            && toks[k - 2].is(&["period", "quarter", "periodo", "trimestre"])
            && toks[k - 3].is(&["same", "mismo"]);
        if !same {
            return None;
        }
        let t = &here.last()?.time;
        let (from, to) = (t.from?, t.to?);
        let years = e.from?.year - from.year;
        let shift = |d: Date| d.add_years(years);
        Some(TimeRef {
            as_of: Some(shift(to)),
            from: Some(shift(from)),
            to: Some(shift(to)),
            text: None,
        })
    }

    /// The time of a figure at bytes `start..end` near "the same month" ("mismo mes") of a year:
    /// the month another expression of the sentence names ("February"), in the year written after
    /// the phrase ("last year", "de 2024").
    fn same_month(&self, start: usize, end: usize) -> Option<TimeRef> {
        let toks = self.toks;
        let k = (*self.same_month_at.get_or_init(|| {
            (1..toks.len())
                .find(|&k| toks[k - 1].is(&["same", "mismo"]) && toks[k].is(&["month", "mes"]))
        }))?;
        let (at, phrase_end) = (toks[k - 1].start, toks[k].end);
        // Within a few words of the figure, before or after it.
        if at > end + 60 || start > at + 90 {
            return None;
        }
        let exprs = &self.all_exprs().0;
        let year = exprs
            .iter()
            .find(|e| e.start >= phrase_end && e.start <= phrase_end + 8)
            .filter(|e| e.precision == Precision::Year)?;
        // A baseline ("up 12% from the same month last year", "un 93,5% menos que en el mismo
        // mes de 2024") dates only its own figure: one between the comparison and the phrase
        // ("up from 3.1 billion in the same month"), or one of a "when" clause right after it
        // ("…, cuando se registraron 37.166").
        const COMPARED: &[&str] = &["than", "que", "compared", "from", "frente", "respecto"];
        let compared = toks[k.saturating_sub(5)..k - 1]
            .iter()
            .rposition(|t| t.is(COMPARED))
            .map(|j| toks[k.saturating_sub(5) + j].start);
        if let Some(c) = compared {
            let between = c < start && end <= at;
            let when_after = start > year.end
                && toks
                    .iter()
                    .filter(|t| t.start >= year.end && t.end <= start)
                    .any(|t| t.is(&["cuando", "when"]));
            if !between && !when_after {
                return None;
            }
        } else if end <= at
            && toks
                .iter()
                .filter(|t| t.start >= end && t.end <= at)
                .any(|t| t.is(COMPARED))
        {
            return None;
        }
        let month = exprs
            .iter()
            .find(|e| e.precision == Precision::Month && e.start != year.start)?;
        let (y, m) = (year.from?.year, month.from?.month);
        let (from, to) = time::month_bounds(y, m)?;
        Some(TimeRef {
            as_of: Some(to),
            from: Some(from),
            to: Some(to),
            text: self.text.get(at..year.end).map(str::to_string),
        })
    }

    /// The sentence's time expressions, found once: those that are no comparison baseline (in
    /// order), then the baselines, and how many are not.
    fn all_exprs(&self) -> &(Vec<TimeExpr>, usize) {
        self.exprs.get_or_init(|| {
            let mut exprs = time::find_resolved(self.text, &self.doc.lang, self.doc.published);
            let mut kept = 0;
            for k in 0..exprs.len() {
                if !is_baseline(self.toks, exprs[k].start) {
                    exprs[kept..=k].rotate_right(1);
                    kept += 1;
                }
            }
            (exprs, kept)
        })
    }

    /// Whether the noun group ending before token `end` is part of a date expression ("3.2% last
    /// year", "un 3,2 % el año pasado"): the time a figure refers to is not what it counts.
    fn within_time(&self, end: usize) -> bool {
        let Some(last) = end.checked_sub(1).and_then(|k| self.toks.get(k)) else {
            return false;
        };
        self.exprs()
            .iter()
            .any(|e| e.start <= last.start && last.end <= e.end)
    }

    /// The claim a quantity makes, or `None` when it is not a checkable figure.
    fn claim_for(
        &self,
        q: &Quantity,
        claims: &[Claim],
        previous_group: &dyn Fn() -> Option<Head>,
    ) -> Option<Claim> {
        let toks = self.toks;
        let first = first_at_or_after(toks, q.start);
        let next = first_at_or_after(toks, q.end);
        let after = if matches!(q.kind, QuantityKind::Count | QuantityKind::Range) {
            noun_after_scale(toks, next, &self.doc.lang)
        } else {
            next
        };
        // The figure as written (the recognizer leaves `q.text` empty for the claims).
        let quote = &self.text[q.start..q.end];
        match q.kind {
            QuantityKind::Year | QuantityKind::Date => return self.date_claim(q, first),
            QuantityKind::Time | QuantityKind::Ordinal | QuantityKind::Other => return None,
            _ => {}
        }
        if q.kind == QuantityKind::Money && is_adjectival_money(quote) {
            return None;
        }
        // "12-month inflation", "the 10-year bond": a length of time that qualifies a noun.
        if q.kind == QuantityKind::Count && is_duration_adjective(&self.text[q.end..]) {
            return None;
        }
        let inside_time = self
            .exprs()
            .iter()
            .any(|e| e.start <= q.start && q.end <= e.end);
        if inside_time && !matches!(q.kind, QuantityKind::Money | QuantityKind::Percent) {
            return None;
        }
        let supported = self.doc.lang.is_supported();
        let here = &claims[self.first_claim..];
        let in_parens = inside_parentheses(toks, first);

        let mut kind = match q.kind {
            QuantityKind::Money => ClaimKind::Money,
            QuantityKind::Percent => ClaimKind::Percent,
            QuantityKind::Ratio if q.per.is_some() => ClaimKind::Rate,
            QuantityKind::Ratio => ClaimKind::Ratio,
            QuantityKind::Range => ClaimKind::Range,
            _ => ClaimKind::Count,
        };
        let mut value = match q.value {
            Value::Range(lo, hi) if lo == hi => Value::Number(lo),
            v => v,
        };
        // "about half of adults", "casi dos tercios de los votantes": a fraction of a group is its
        // share, a percentage.
        if let (ClaimKind::Count, Value::Number(v)) = (kind, value) {
            // ("un tercio del PIB").
            let of = toks.get(next).is_some_and(|t| t.is(&["of", "de", "del"]));
            if v > 0.0 && v < 1.0 && of && !has_digit(quote) {
                kind = ClaimKind::Percent;
                value = Value::Number(v * 100.0);
            }
        }
        // "Of the 150 million lempiras released, 87 million had been spent", "con un coste de 200
        // millones": a bare sum in millions after one in a currency is in that currency.
        let elided_currency = (kind == ClaimKind::Count
            && q.unit.is_none()
            && quote.rsplit(' ').next().is_some_and(|w| {
                crate::quantity::is_scale_word(&crate::lexicon::folded(w), &self.doc.lang)
            })
            && measure::span(toks, next).is_none()
            // "el número de operaciones bajó a 13,4 millones": a number of things is a count.
            && !(context::clause_from(toks, first)..first).any(|k| {
                toks[k].is(&["number", "numero"]) && toks[k + 1].is(&["of", "de"])
            }))
        .then(|| {
            // The sentence's first sum: a conversion after it ("2.400 millones de euros (unos
            // 2.590 millones de dólares)") is not the currency of the text.
            here.iter()
                .find(|c| c.kind == ClaimKind::Money)
                .and_then(|c| c.unit.clone())
        })
        .flatten();
        if elided_currency.is_some() {
            kind = ClaimKind::Money;
        }
        let mut claim = self.blank(q.start, q.end, kind, Some(value));
        claim.bound = if matches!(value, Value::Range(..)) {
            Bound::Range
        } else {
            q.bound
        };
        claim.per = q.per;
        claim.ambiguous = q.ambiguous;
        // "entre el 58,3 % y el 60,7 %", "entre 200 y 250 millones de pesos": a range of
        // percentages or of money keeps its unit.
        let unit_range = kind == ClaimKind::Range
            && q.unit.as_deref().is_some_and(|u| {
                u == "%" || (u.len() == 3 && u.bytes().all(|c| c.is_ascii_uppercase()))
            });
        claim.unit = match kind {
            ClaimKind::Money => q.unit.clone().or(elided_currency),
            // Percentage points stay apart from percentages: a 7-point fall is no 7% fall.
            ClaimKind::Percent if q.unit.as_deref() == Some("pp") => q.unit.clone(),
            ClaimKind::Percent => Some("%".into()),
            _ if unit_range => q.unit.clone(),
            _ => None,
        };
        if !supported {
            claim.measure = q.unit.clone().unwrap_or_default();
            claim.unit = claim.unit.or_else(|| q.unit.clone());
            claim.checkworthiness = score::checkworthiness(&claim) * 0.5;
            return Some(claim);
        }

        // What it counts.
        let clause_from = |k: usize| context::clause_from(toks, k);
        let mut clause_start = clause_from(first);
        // 'la adhesión fue "menor al 40 %"': a quotation that opens at the figure quotes the
        // clause's own words.
        if clause_start > 0
            && clause_start == first
            && matches!(toks[clause_start - 1].text, "\"" | "“" | "«")
        {
            clause_start = clause_from(clause_start - 1);
        }
        // "The number of unemployed fell by 26,000, to a total of 2.4 million", "…, hasta los 2,4
        // millones": the level reached continues the clause before the comma.
        if clause_start > 0
            && toks[clause_start].is(&["to", "hasta"])
            && toks[clause_start - 1].text == ","
        {
            clause_start = clause_from(clause_start - 1);
        }
        // "Consumer spending, which accounts for about 70% of economic activity, rose 2.5%": the
        // clause goes on before a relative clause between commas.
        if clause_start > 1 && toks[clause_start - 1].text == "," {
            let relative = clause_from(clause_start - 1);
            if relative > 0
                && toks[relative].is(&["which", "que"])
                && toks[relative - 1].text == ","
            {
                clause_start = clause_from(relative - 1);
            }
        }
        let parent = here
            .iter()
            .rev()
            .find(|c| c.kind == kind || (kind == ClaimKind::Count && c.kind == ClaimKind::Rate));
        let parallel = here
            .iter()
            .rev()
            .find(|c| c.kind == kind && c.head.is_some());
        let head = match kind {
            ClaimKind::Money => None,
            ClaimKind::Rate | ClaimKind::Ratio => rate_head(toks, first, after, &|| {
                let counted = here
                    .iter()
                    .rev()
                    .find(|c| c.kind == ClaimKind::Count && c.head.is_some())?;
                self.head_of(counted)
            }),
            _ => measure::after(toks, after)
                // ("1,32 millones un año antes": a time before, not what is counted.)
                .filter(|h| {
                    !self.within_time(h.end)
                        && !year_on_year(toks, after)
                        && time_before(toks, after).is_none()
                })
                // "grew at a 3.8% annual rate": the pace of the subject's change.
                .filter(|_| kind != ClaimKind::Percent || at_a_pace(toks, first).is_none())
                // "down from 31,000 the day before": a time after an article is no counted noun.
                .filter(|h| {
                    !(h.id.is_some_and(measure::is_duration)
                        && toks[after].is(&["the", "el", "la"]))
                })
                .or_else(|| degrees(q, after))
                .or_else(|| measure::partitive(toks, after))
                // "eleva la edad de jubilación de 62 a 64 años": the earlier value is of what the
                // verb takes.
                .or_else(|| spanish_from_value(toks, clause_start, first))
                // (Not "una baja de 25 %": a change's noun, not casualties.)
                .or_else(|| {
                    measure::before_of(toks, first)
                        .filter(|_| !(first >= 2 && toks[first - 2].is_in(&CHANGE_NOUNS)))
                })
                .or_else(|| measure::number_of(toks, clause_start, first))
                .or_else(|| measure::number_of(toks, after, toks.len().min(after + 4)))
                // "revised its tally of confirmed cases down to 121,900": the object put at it.
                .or_else(|| {
                    // ("organisers put the turnout at 20,000" restates a figure: below.)
                    if restates_figure(toks, clause_start, first) {
                        return None;
                    }
                    let verb = put_verb(toks, clause_start, first)?;
                    // "its", "the": a determiner is no modifier of the object.
                    let object = (verb + 1..first)
                        .find(|&k| !crate::lexicon::is_stopword(&toks[k].folded))
                        .unwrap_or(first);
                    measure::number_of(toks, object, first)
                        .or_else(|| measure::first_after(toks, object..first, |_, end| end < first))
                })
                .or_else(|| self.change_subject(clause_start, first, kind == ClaimKind::Count))
                // "pasó de 86,9 homicidios en septiembre de 2024 a 64,9 en junio": the value a
                // change went to counts what the value it went from counted.
                .or_else(|| {
                    if first == 0 || !toks[first - 1].is(&["a", "to"]) {
                        return None;
                    }
                    let p = here.last().filter(|p| p.kind == kind)?;
                    let from = first_at_or_after(toks, p.start - self.base);
                    (from > 0 && toks[from - 1].is(&["de", "from"]))
                        .then(|| self.counted_by(p, after))
                        .flatten()
                })
                // "El número de mineros atrapados en la mina de Sabinas, Coahuila, aumentó a
                // 35": the sentence's first figure is the number its subject names.
                .or_else(|| {
                    // (A clause that opens with its verb: "…, aumentó a 35".)
                    let first_figure =
                        here.is_empty() && clause_start > 0 && first <= clause_start + 3;
                    first_figure
                        .then(|| measure::number_of(toks, 0, clause_start))
                        .flatten()
                })
                // "Organisers put the figure at 100,000": the group the sentence's figures, or
                // else the last figures, counted.
                .or_else(|| {
                    restates_figure(toks, clause_start, first)
                        .then(|| {
                            parallel
                                .and_then(|p| self.counted_by(p, after))
                                .or_else(previous_group)
                        })
                        .flatten()
                        .map(|h| Head { end: after, ..h })
                })
                .or_else(|| {
                    // "80% of those infected": a share says what it is of.
                    let share_of_words = kind == ClaimKind::Percent
                        && toks.get(after).is_some_and(|t| t.is(&["of", "de", "del"]));
                    // "the 95% needed for herd immunity": a threshold, named by what it is for.
                    let threshold =
                        kind == ClaimKind::Percent && qualifier::is_threshold(toks, after);
                    (elided(toks, first, after) && !share_of_words && !threshold)
                        .then(|| {
                            // "Police estimated 40,000 people …, while organizers said 120,000
                            // joined": the parallel figure's noun, else the nearest group.
                            counted_by_participle(toks, after)
                                .or_else(|| parallel.and_then(|p| self.head_of(p)))
                                .or_else(|| measure::antecedent(toks, first))
                                .or_else(previous_group)
                                .map(|h| Head { end: after, ..h })
                        })
                        .flatten()
                })
                .or_else(|| {
                    if kind != ClaimKind::Count {
                        return None;
                    }
                    self.listed_like(toks, first, after, value, parallel)
                        .or_else(|| {
                            bare_after_list(toks, first, after)
                                .then(|| most_of(toks, first).or_else(previous_group))
                                .flatten()
                        })
                        .map(|h| Head { end: after, ..h })
                }),
        }
        .map(|h| {
            let from = h.end;
            measure::refine(h, toks, from)
        });
        // "killed 48 people", "emplea a 3.000 personas" (Spanish marks a person object with "a").
        let verb_at = match first.checked_sub(1) {
            Some(k) if k >= 1 && toks[k].is(&["a"]) => Some(k - 1),
            k => k,
        };
        let implied = verb_at.and_then(|k| measure::implied_by_verb(&toks[k]));
        // "El número de parados … bajó en 26.000 personas": the people are the ones the number
        // counts.
        let head = match head {
            Some(h) if h.id == Some("person") && kind == ClaimKind::Count => {
                let named = measure::number_of(toks, clause_start, first)
                    .and_then(|n| n.id)
                    .filter(|&id| id != "person" && crate::lexicon::is_a(id, "person"));
                Some(Head {
                    id: named.or(h.id),
                    ..h
                })
            }
            h => h,
        };
        // "los secuestros pasaron de 298 a 355 casos", "thefts fell by nearly 20,000 cases": the
        // crime named before the figure is what its cases count.
        let head = match head {
            Some(h) if h.id == Some("case") && kind == ClaimKind::Count => {
                let crime = measure::nearest_before(toks, first, |id| {
                    id != "crime" && crate::lexicon::is_a(id, "crime")
                })
                .filter(|c| c.end > clause_start);
                Some(crime.map_or(h, |c| Head { end: after, ..c }))
            }
            h => h,
        };
        let head = match (head, implied) {
            // ("desalojar a 1.200 vecinos": residents as people.)
            (Some(h), Some(id)) if matches!(h.id, Some("person" | "neighbor")) => {
                Some(Head { id: Some(id), ..h })
            }
            // "killing 12 people and injuring 20": the verb says what the bare figure counts.
            (None, Some(id)) if kind == ClaimKind::Count && nothing_counted_after(toks, after) => {
                Some(Head::named(id, id, after))
            }
            (h, _) => h,
        };
        // "October's gain was revised to 150,000, while September's was lowered to 262,000": a
        // month's revised figure is of the change the report gave before.
        let month_subject = head.is_none()
            && kind == ClaimKind::Count
            && (clause_start..first).any(|k| {
                context::possessor(&toks[k].folded)
                    .is_some_and(|w| crate::time::month_name(w, true).is_some())
            });
        let month_gain = month_subject
            .then(|| {
                let p = claims.iter().rev().take(6).find(|c| {
                    c.kind == ClaimKind::Count && c.qualifier == Some(Qualifier::Change)
                })?;
                let id = crate::lexicon::by_id(p.head.as_deref()?)?.id;
                head_named_as(p, Some(id), after)
            })
            .flatten();
        let month_gain_read = month_gain.is_some();
        let head = head.or(month_gain);
        // "emissions rose 1.1% to a record 36.8 billion tonnes", "a carbon budget of 275 billion
        // tonnes": a unit of measure is what the figure is written in; what it measures is the
        // noun before "of" or the subject of the change.
        let mut measured_in = None;
        let head = match head {
            Some(h)
                if matches!(kind, ClaimKind::Count | ClaimKind::Range)
                    && h.id.is_some_and(is_unit) =>
            {
                // "El presupuesto de carbono … es de unos 275.000 millones de toneladas".
                let copula = (first.saturating_sub(2)..first)
                    .find(|&k| toks[k].is(&["es", "fue", "era", "is", "was", "are", "were"]));
                match measure::before_of(toks, first)
                    .or_else(|| self.change_subject(clause_start, first, false))
                    // "Temperatures reached 42 degrees", "la temperatura alcanzó los 43 grados":
                    // the indicator the clause names before the figure.
                    .or_else(|| {
                        measure::nearest_before(toks, first, |id| {
                            crate::lexicon::kind(id) == Some("indicator")
                        })
                        .filter(|m| m.end > clause_start)
                    })
                    .or_else(|| {
                        // "La empresa aseguró que el volumen vertido fue de 25.000 metros
                        // cúbicos": who reports is not what is measured.
                        let copula = copula?;
                        let from = reported_from(toks, clause_start, copula);
                        measure::first_after(toks, from..copula, |id, _| !is_unit(id))
                    }) {
                    Some(m) => {
                        // Degrees are Celsius unless said otherwise, in either language.
                        measured_in = Some(match h.id {
                            Some("degree") => temperature_scale(q).unwrap_or("°C").into(),
                            _ => h.surface,
                        });
                        Some(Head { end: h.end, ..m })
                    }
                    // "The thermometer hit 44°C": degrees of a temperature scale measure one.
                    // ("The thermometer hit 46.9 degrees": Celsius, unless said otherwise.)
                    None if temperature_scale(q).is_some() || h.id == Some("degree") => {
                        measured_in = Some(temperature_scale(q).unwrap_or("°C").into());
                        Some(Head {
                            id: Some("temperature"),
                            ..h
                        })
                    }
                    None => Some(h),
                }
            }
            h => h,
        };
        // "165 miles per hour (266 km per hour)": a figure in a unit of its own converts the one
        // before rather than restating it.
        let converts = kind != ClaimKind::Money
            && parent.is_some_and(|p| q.unit.is_some() && p.unit.is_some() && q.unit != p.unit);
        let restates = in_parens && !converts && measure::span(toks, after).is_none();
        let mut head = if restates && parent.is_some() {
            None
        } else {
            head
        };
        // "frente al 59,9 % de las elecciones de 2024", "frente al 12,1 % del año anterior": the
        // occasion or the time an earlier value is of, not what it is a share of.
        if kind == ClaimKind::Percent
            && head.as_ref().and_then(|h| h.id).is_some_and(|id| {
                crate::lexicon::kind(id) == Some("event") || time_before(toks, after).is_some()
            })
            && earlier_value(toks, first)
        {
            head = None;
        }
        let mut inherited_phrase = None;
        if let Some(p) = parent.filter(|p| restates && p.kind == kind && kind == ClaimKind::Money) {
            // "2,019 million pesos (about 105 million dollars)": the same sum, converted.
            claim.head = p.head.clone();
            claim.place = p.place.clone();
            claim.qualifier = p.qualifier;
        }
        if head.is_none() && matches!(kind, ClaimKind::Count | ClaimKind::Rate) {
            // A headless figure after a rate in the same sentence restates the rate ("the average
            // of 3.5", "2 per 1,000"); one in parentheses restates the figure before it ("(the
            // statement says there are 768)").
            if let Some(p) = parent.filter(|p| p.kind == ClaimKind::Rate || in_parens) {
                kind = p.kind;
                claim.kind = kind;
                claim.per = claim.per.or(p.per);
                claim.head = p.head.clone();
                claim.modifiers = p.modifiers.clone();
                claim.unit = p.unit.clone();
                inherited_phrase = p.unit.clone();
                // "seguido de Chihuahua (874)": a name before the parenthesis owns the figure.
                let named =
                    first >= 2 && toks[first - 1].text == "(" && toks[first - 2].is_capitalized();
                if in_parens && !named {
                    claim.qualifier = p.qualifier;
                    claim.place = p.place.clone();
                }
            }
        }
        // "fell to 4.1% in April from 4.3%", "revised down to 20,000 from an earlier estimate of
        // 35,000": the earlier value of the measure just given.
        // ("well above the 3.3% estimate released last month": an earlier estimate of it.)
        let an_estimate = toks
            .get(after)
            .is_some_and(|t| t.is(&["estimate", "forecast", "estimacion", "prevision"]));
        if head.is_none()
            && (earlier_value(toks, first) || someones_count(toks, first) || an_estimate)
        {
            // Of the sentence's figures of this kind, the one of the closest size: "destroyed 80
            // structures and burned 12,000 acres, contradicting Cal Fire's count of 45".
            let size = |c: &Claim| {
                let v = c.value.map_or(f64::NAN, |v| v.low()).abs().max(1e-9).ln();
                (v - value.low().abs().max(1e-9).ln()).abs()
            };
            let nearest = here
                .iter()
                .filter(|c| c.kind == kind && c.value.is_some())
                .min_by(|a, b| size(a).total_cmp(&size(b)))
                // "employs 21,000 people, said the figure of 1,200 was correct": not one ten
                // times the size, which is another figure.
                .filter(|c| size(c) < 2.3)
                // "That was up from 7.5 million in 2022": a sentence that opens with a pronoun
                // compares the figure the sentence before gave.
                .or_else(|| {
                    let pronoun = toks
                        .first()
                        .is_some_and(|t| t.is(&["that", "this", "it", "eso", "esto", "ello"]));
                    let before = claims[..self.first_claim].last()?;
                    (pronoun && here.is_empty() && before.kind == kind && size(before) < 2.3)
                        .then_some(before)
                });
            if let Some(p) = nearest {
                claim.head = p.head.clone();
                claim.modifiers = p.modifiers.clone();
                claim.place = claim.place.take().or_else(|| p.place.clone());
                inherited_phrase = p.measure.split(',').next().map(str::to_string);
                // "Prices rose 3.2%, compared with 6.5% in 2022": the earlier rise.
                if kind == ClaimKind::Percent && p.qualifier == Some(Qualifier::Change) {
                    claim.qualifier = p.qualifier;
                }
            }
        }
        // "two nations", "one of them": not a checkable figure; but a toll is ("the death toll
        // rose to two", "two people died").
        let toll = head
            .as_ref()
            .and_then(|h| h.id)
            .is_some_and(|id| matches!(id, "death" | "injured" | "missing person"));
        if kind == ClaimKind::Count && value.high() < 3.0 && !has_digit(quote) && !toll {
            return None;
        }
        // "a magnitude 6.8 earthquake", "un sismo de magnitud 7,1", "measured 6.8 on the Richter
        // scale": a reading of the magnitude scale, not a count of earthquakes.
        let richter = toks.get(after).is_some_and(|t| t.is(&["on", "en"]))
            && toks.get(after + 2).is_some_and(|t| t.is(&["richter"]));
        if richter || matches!(q.unit.as_deref(), Some("magnitude" | "magnitud")) {
            head = Some(Head::named("magnitude", "magnitude", after));
        }
        // The head's modifiers and surface move to the claim; its phrase is read below.
        if let Some(h) = &mut head {
            if h.id.is_some_and(measure::is_duration) && kind == ClaimKind::Count {
                // "sentenced to 12 years in prison", "condenado a 12 años de cárcel": a term
                // served is a checkable figure; other lengths of time are not counts.
                if prison_term(toks, first, h.end) {
                    h.id = Some("sentence");
                    h.phrase = "prison sentence".into();
                } else {
                    // "eleva la edad de jubilación a 64 años": the years an age is taken to are
                    // its value.
                    let age = self
                        .change_subject(clause_start, first, true)
                        .filter(|a| a.id.is_some_and(|id| crate::lexicon::is_a(id, "age")))?;
                    *h = Head { end: h.end, ..age };
                }
            }
            claim.head = h.id.map(str::to_string);
            // "the damage at between $6 billion and $7 billion": a range of sums is named as one
            // sum is (damage, not damages).
            if unit_range && q.unit.as_deref() != Some("%") {
                if let Some(m) = self.money_head(first) {
                    claim.head = Some(m.to_string());
                }
            }
            // "As many as 200 migrants a day", "100 personas al día": a flow is another measure
            // than a stock of the same people.
            let counted = matches!(kind, ClaimKind::Count | ClaimKind::Range);
            if let Some(unit) = money_per(toks, h.end).filter(|_| counted) {
                claim.head = claim
                    .head
                    .map(|head| [head.as_str(), " per ", unit].concat());
            }
            claim.modifiers = std::mem::take(&mut h.modifiers);
            if matches!(
                kind,
                ClaimKind::Count | ClaimKind::Rate | ClaimKind::Ratio | ClaimKind::Range
            ) && !unit_range
            {
                claim.unit = Some(measured_in.unwrap_or_else(|| std::mem::take(&mut h.surface)));
            }
        } else if (kind == ClaimKind::Money || unit_range && q.unit.as_deref() != Some("%"))
            && claim.head.is_none()
        {
            // A sum, or a range of sums ("damage estimates range from $10 billion to $16 billion"):
            // what the money pays for, named nearby; "$2.4 trillion…, or about $3 trillion
            // including interest": the sum before, told another way.
            let or_before =
                first >= 2 && toks[first - 1].is(&["or", "o"]) && toks[first - 2].text == ",";
            let told_before = or_before
                .then(|| here.iter().rev().find(|c| c.kind == ClaimKind::Money))
                .flatten();
            claim.head = match told_before {
                Some(p) => {
                    claim.qualifier = p.qualifier;
                    p.head.clone()
                }
                None => self.money_head(first).map(str::to_string),
            };
            // "el metro cuadrado alcanzó los 4.532 euros": the price of a square metre.
            let square_metre = (clause_start..first).any(|k| {
                toks[k].is(&["cuadrado", "square"])
                    && toks
                        .get(k + 1)
                        .is_none_or(|t| !t.is(&["mile", "miles", "km"]))
            });
            if claim.head.is_none() && square_metre {
                claim.head = Some("price per square metre".into());
            }
            // "…alcanzó los 4.532 euros, mientras que en Barcelona se pagaron 4.180 euros": a
            // parallel clause's sum pays for what the sum before it did.
            if claim.head.is_none() {
                let p = here
                    .iter()
                    .rev()
                    .find(|c| c.kind == kind && c.head.is_some());
                let parallel = p.is_some_and(|p| {
                    let from = first_at_or_after(toks, p.end - self.base);
                    toks[from.min(first)..first]
                        .iter()
                        .any(|t| t.is(&["mientras", "while"]))
                });
                if parallel {
                    claim.head = p.and_then(|p| p.head.clone());
                }
            }
            // "1.950 euros por metro cuadrado", "$85 a barrel": a price per unit is another
            // measure than a sum.
            if let Some(unit) = money_per(toks, after).filter(|_| kind == ClaimKind::Money) {
                // "S/ 3,60 por dólar": a price of a currency is an exchange rate.
                let what = match unit {
                    "dollar" | "euro" => "exchange rate",
                    _ => claim.head.as_deref().unwrap_or("price"),
                };
                claim.head = Some([what, " per ", unit].concat());
            }
        } else if claim.head.is_none() && kind == ClaimKind::Count {
            claim.unit = q.unit.clone();
            // A bare small number with nothing counted ("one of them") is not a claim, nor an
            // age in apposition ("Jasiel Correia, 32, was convicted").
            let comma = |k: usize| toks.get(k).is_some_and(|t| t.text == ",");
            let age = first >= 2
                && comma(first - 1)
                && comma(after)
                && toks[first - 2].is_capitalized()
                && value.high() < 120.0;
            if value.high() < 3.0 || !has_digit(quote) || age {
                return None;
            }
        }

        // Qualifier, place, time, source.
        let since = self.dates_a_start(q.start);
        let noun_end = head.as_ref().map_or(after, |h| h.end.max(after));
        if claim.qualifier.is_none() {
            claim.qualifier = qualifier::of_figure(toks, first, after, noun_end, since);
        }
        // "short of the 38 needed for a supermajority": a threshold is a goal, and no projection
        // ("projected to win 31") or count of what was won.
        if qualifier::is_threshold(toks, noun_end) {
            claim.qualifier = Some(Qualifier::Target);
            claim.modifiers.push("needed".into());
        }
        // "fell by 26,000", "bajó en 26.000 personas": the size of a change, not the level;
        // "…, to 2.4 million": the level it reached.
        if matches!(kind, ClaimKind::Count | ClaimKind::Money) && claim.qualifier.is_none() {
            if qualifier::states_change(toks, first) {
                claim.qualifier = Some(Qualifier::Change);
            } else if qualifier::reached_by_fall(toks, first) {
                claim.qualifier = Some(Qualifier::Total);
            }
        }
        // "32 miners were trapped", "cinco fueron rescatados": the state a group is in narrows it
        // (not when it is the group itself: "12 people were rescued" counts the rescued).
        let mut state_word = None;
        if kind == ClaimKind::Count {
            if let Some((state, k)) = measure::state_after(toks, noun_end) {
                let own = crate::lexicon::concept(state).map(|c| c.id) == claim.head.as_deref();
                if !own && !claim.modifiers.iter().any(|m| m == state) {
                    claim.modifiers.push(state.to_string());
                    state_word = Some(k);
                }
            }
        }
        // "13 people were being treated in hospital, including five firefighters": a part the
        // list names is in its whole's state.
        if kind == ClaimKind::Count
            && state_word.is_none()
            && first > 0
            && toks[first - 1].is(&["including", "incluidos", "incluidas"])
        {
            if let Some(whole) = here.last() {
                for m in whole
                    .modifiers
                    .iter()
                    .filter(|m| measure::state(m).is_some())
                {
                    if !claim.modifiers.contains(m) {
                        claim.modifiers.push(m.clone());
                    }
                }
            }
        }
        // "600 más que un año antes", "20,000 more than in April": a difference, not the count.
        // ("cuatro fallecidos más que en 2022", "12 more deaths than": past the noun too.)
        if kind == ClaimKind::Count
            && claim.qualifier.is_none()
            && (states_difference(toks, after) || states_difference(toks, noun_end))
        {
            claim.qualifier = Some(Qualifier::Additional);
        }
        // "un 7% más", "5% more": a change in percent, not an additional batch; "fell 8%",
        // "subió un 8%", ", up 15%": the size of a change, not a level ("rose to 4.1%").
        if kind == ClaimKind::Percent
            && matches!(
                claim.qualifier,
                None | Some(Qualifier::Additional | Qualifier::Cumulative)
            )
        {
            let more = toks
                .get(after)
                .is_some_and(|t| t.is(&["mas", "more", "menos", "less"]))
                || measure::is_comparative(toks, after);
            let article = first >= 1 && toks[first - 1].is(&["un", "una"]);
            let verb_at = if article { first - 1 } else { first };
            let change = more
                || qualifier::states_change(toks, verb_at)
                || (article
                    && first >= 2
                    && toks[first - 2].word
                    && quantity::is_change_verb(&toks[first - 2].folded))
                // "cayeron 11,5 %": a share falls no other way.
                || (first >= 1
                    && toks[first - 1].word
                    && toks[first - 1].folded.starts_with("ca")
                    && quantity::is_change_verb(&toks[first - 1].folded))
                || change_of_previous(toks, first, after)
                || at_a_pace(toks, first).is_some_and(|at| {
                    at > 0 && toks[at - 1].word && quantity::is_change_verb(&toks[at - 1].folded)
                })
                // "registraron un descenso de 25 %", "posted a 3% drop": a change's noun (a
                // named one, "a pay rise of 3.5%", is the measure itself).
                || (first >= 3
                    && toks[first - 1].is(&["of", "de", "del"])
                    && toks[first - 2].is_in(&CHANGE_NOUNS)
                    && toks[first - 3].is(&["a", "an", "un", "una"]))
                || toks.get(after).is_some_and(|t| t.is_in(&CHANGE_NOUNS));
            if change {
                claim.qualifier = Some(Qualifier::Change);
            } else if claim.qualifier == Some(Qualifier::Additional) && more {
                claim.qualifier = None;
            }
        }
        if month_gain_read && claim.qualifier.is_none() {
            claim.qualifier = Some(Qualifier::Change);
        }
        // "employers added 150,000 jobs", "297,000 jobs created", "se crearon 20.000 empleos": a
        // net gain of jobs, as "payrolls rose by 199,000" is.
        let gained = |t: &Tok| {
            t.is_in(words![
                "added",
                "adds",
                "add",
                "created",
                "creates",
                "gained",
                "creo",
                "crearon",
                "genero",
                "generaron",
                "sumo",
                "sumaron",
                "agrego",
                "agregaron",
            ])
        };
        if claim.qualifier.is_none()
            && kind == ClaimKind::Count
            && claim.head.as_deref().is_some_and(|h| h == "job")
            && (first.checked_sub(1).is_some_and(|k| gained(&toks[k]))
                || toks.get(noun_end).is_some_and(gained))
        {
            claim.qualifier = Some(Qualifier::Change);
        }
        if kind == ClaimKind::Money && claim.qualifier == Some(Qualifier::Cumulative) {
            // A sum spent "since 2002" is a total over a period: the period says it, in `time`.
            claim.qualifier = None;
        }
        if claim.place.is_none() {
            claim.place = context::place(toks, first, noun_end);
        }
        if claim.place.is_none() && in_the_capital(toks) {
            claim.place = Some(
                capital_named_before(claims)
                    .unwrap_or(super::CAPITAL)
                    .to_string(),
            );
        }
        let clause_end = (after..toks.len())
            .find(|&k| toks[k].is_clause_break())
            .unwrap_or(toks.len());
        let clause = (
            toks.get(clause_start).map_or(0, |t| t.start),
            toks.get(clause_end).map_or(self.text.len(), |t| t.start),
        );
        claim.time = timing::of_figure(
            self.text,
            self.exprs(),
            (q.start, q.end),
            clause,
            self.doc.published,
        );
        // "un 109% más que en 2022, cuando lo hicieron 248.284 personas": a "when" clause is dated
        // by the expression right before it, even a comparison's baseline.
        if clause_start >= 1 && toks[clause_start].is(&["cuando", "when"]) {
            let comma = toks[clause_start - 1].start;
            // At most one expression ends right before the comma: their order does not matter.
            if let Some(e) = self.all_exprs().0.iter().find(|e| {
                self.text
                    .get(e.end..comma)
                    .is_some_and(|gap| gap.trim().is_empty())
            }) {
                claim.time = timing::from_expr(self.text, e, self.doc.published);
                // "the largest since 2017, when 45,000 hectares burned": the year itself.
                if e.kind == TimeKind::Since {
                    claim.time = timing::the_named_period(claim.time, e.precision);
                }
            }
        }
        // "in the same month last year", "en el mismo mes de 2024": the month the sentence names
        // elsewhere, in that year.
        if let Some(t) = self.same_month(q.start, q.end) {
            claim.time = t;
        }
        // "the 300 arriving in April join the 450 already working": what is already there holds
        // now, not at a later time another clause names.
        let published = self.doc.published;
        // "… la DANA que azotó Valencia el pasado martes se eleva ya a 211": "ya" right before the
        // figure puts it now, whatever day the relative clause names.
        let now_word = toks[first.saturating_sub(4)..first]
            .iter()
            .any(|t| t.is(&["ya", "already", "now", "currently", "ahora", "actualmente"]));
        // The expression the figure's time was read from.
        let chosen = claim.time.text.as_deref().and_then(|text| {
            self.exprs()
                .iter()
                .find(|e| &self.text[e.start..e.end] == text)
        });
        if let Some(t) = chosen.and_then(|e| self.same_period(e, here)) {
            claim.time = TimeRef {
                text: claim.time.text.take(),
                ..t
            };
        }
        let stated_before = chosen.is_some_and(|e| e.end <= q.start);
        if published.is_some()
            && ((claim.qualifier == Some(Qualifier::Already)
                && claim.time.from.or(claim.time.as_of) > published)
                || (now_word && stated_before && claim.time.as_of < published))
        {
            claim.time = TimeRef {
                as_of: published,
                ..TimeRef::default()
            };
        }
        // "cases have risen to 1,046 this year", "se han registrado 240 incendios este año": what
        // has happened in a period still running is counted up to the publication day.
        // A toll or tally in it is counted so far whatever the tense ("counted 58 deaths this
        // year").
        let casualty = matches!(
            claim.head.as_deref(),
            Some("death" | "injured" | "missing person")
        );
        if let Some(day) = published {
            let running =
                claim.time.from.is_some_and(|f| f <= day) && claim.time.to.is_some_and(|t| t > day);
            // (The hypernym walk only for a period still running.)
            let tally = || {
                casualty
                    || claim
                        .head
                        .as_deref()
                        .is_some_and(crate::findings::change::is_tally)
            };
            if running && (self.marks().perfect < first || tally()) {
                claim.time.to = Some(day);
                claim.time.as_of = Some(day);
            }
        }
        // "At least 17 people were killed … on Tuesday, authorities said Thursday": a toll is
        // counted up to the day it is given, whatever day the disaster struck.
        // "up from 23 two weeks ago": an earlier value is the toll of its own day.
        let from_value = earlier_value(toks, first);
        if let (true, false, Some(day)) = (casualty, from_value, claim.time.as_of) {
            let said = self
                .exprs()
                .iter()
                .find(|e| e.from > Some(day) && timing::dates_the_statement(self.text, e));
            if let Some(e) = said {
                claim.time = timing::from_expr(self.text, e, published);
            }
        }
        // "rose from 112 to 150": 112 held before the sentence's time, at a date it does not say
        // (unless it names one after the figure: "from 4.3% in March").
        let own_time = chosen.is_some_and(|e| timing::dates_figure(self.text, e, q.end));
        if from_value && !own_time {
            // "up from 19 the day before", "frente a 1.024 una semana antes", "12.1% a year
            // earlier": that long before the sentence's time (its period, when it has one).
            let then = here.last().map_or(&claim.time, |p| &p.time);
            let shift = |d: Date, back: Before| match back {
                Before::Days(n) => d.add_days(-n),
                Before::Months(n) => d.add_months(-n),
            };
            claim.time = match time_before(toks, after) {
                Some(back @ Before::Months(_)) if then.from.is_some() && then.to.is_some() => {
                    TimeRef {
                        as_of: then.as_of.map(|d| shift(d, back)),
                        from: then.from.map(|d| shift(d, back)),
                        to: then.to.map(|d| shift(d, back)),
                        ..TimeRef::default()
                    }
                }
                back => TimeRef {
                    as_of: back.and_then(|b| then.as_of.or(claim.time.as_of).map(|d| shift(d, b))),
                    ..TimeRef::default()
                },
            };
        }
        if claim.time.from.is_none() {
            // "Since 2010, … a cost exceeding US$4.3 million by late 2023": the period starts then.
            claim.time.from = self
                .exprs()
                .iter()
                .find(|e| {
                    e.kind == TimeKind::Since
                        && !timing::in_a_describing_clause(self.text, e, q.start)
                })
                .and_then(|e| e.from);
        }
        // "The program, which began in 2002, has trained over 40,000 nurses": a cumulative count
        // from the start the sentence dates, to the publication.
        // "comenzó en 2019 y ha beneficiado a 2,8 millones": so is one whose time was read as
        // the start itself.
        let start = self.marks().start_in.filter(|&end| end <= q.start);
        if let (Some(Qualifier::Cumulative), Some(end)) = (claim.qualifier, start) {
            let began = self
                .exprs()
                .iter()
                .find(|e| e.start >= end && e.end <= q.start)
                .filter(|e| e.from.is_some());
            if let Some(e) =
                began.filter(|e| claim.time.from.is_none() || claim.time.from == e.from)
            {
                if claim.time.from.is_some() {
                    claim.time.to = None;
                    claim.time.as_of = self.doc.published;
                }
                claim.time.from = e.from;
                claim.time.text = Some(self.text[e.start..e.end].to_string());
            }
        }
        claim.attribution = if in_parens {
            // "(organisers' estimate: 200,000 people; police estimate: 55,000)": the part of the
            // parenthetical that holds the figure first.
            let inner = parenthetical(toks, first);
            let offset = inner
                .first()
                .map_or(0, |t| first_at_or_after(toks, t.start));
            let (a, b) = context::segment(inner, first.saturating_sub(offset));
            context::attribution(&inner[a..b])
                .or_else(|| context::estimate_owner(&inner[a..b]))
                .or_else(|| context::attribution(inner))
                .or_else(|| self.sentence_source())
        } else {
            let splits = self.splits.get_or_init(|| context::splits(toks));
            let (seg_start, seg_end) = context::segment_between(splits, toks.len(), first);
            let whole = (seg_start, seg_end) == (0, toks.len());
            context::agent_after(toks, noun_end)
                .or_else(|| {
                    (!whole)
                        .then(|| self.segment_source(seg_start, seg_end))
                        .flatten()
                })
                .or_else(|| self.sentence_source())
        };
        if let (Some(id), Some(_)) = (claim.head.as_deref(), head.as_ref()) {
            if measure::is_place(id) {
                claim.scope_of = here
                    .iter()
                    .rposition(|c| {
                        c.head.as_deref().is_some_and(measure::is_group)
                            && c.kind == ClaimKind::Count
                    })
                    .map(|i| claim_id("@", self.first_claim + i));
            }
        }
        // A figure that restates the sentence's last one as a change or a level names what it
        // measures (not its concept: a change of passengers is no share of them): "12.5 million
        // passengers last year, up 15%", "facturó 3.200 millones…, un 7% más"; "cases rose 79%
        // to 306,000", "aumentaron un 79%…, hasta 306.000", "fell 3% to $2.1 billion".
        let restated = here.last().filter(|p| {
            let change = kind == ClaimKind::Percent
                && p.kind != ClaimKind::Percent
                && p.kind != ClaimKind::Date
                && change_of_previous(toks, first, after);
            // "Net income fell 3% to $2.1 billion": a sum the sentence does not name.
            let unnamed = match kind {
                ClaimKind::Count => head.is_none(),
                ClaimKind::Money => claim.head.is_none(),
                _ => false,
            };
            // ("creció un 1,5 % hasta los 18.350 millones": past the article.)
            let to = first
                .checked_sub(1)
                .map(|k| k - usize::from(k > 0 && toks[k].is(&["los", "las", "el", "la"])));
            let level = unnamed
                && p.kind == ClaimKind::Percent
                && to.is_some_and(|k| toks[k].is(&["to", "hasta"]));
            (change || level)
                && !p.measure.is_empty()
                && p.measure.split(',').next() != Some(super::UNNAMED_SHARE)
        });
        let restated_phrase = restated
            .and_then(|p| p.measure.split(',').next())
            .map(str::to_string);
        // "El déficit público fue del 3 % del PIB", "debt at 101.8% of GDP": a share of GDP is
        // named by what it measures (a deficit and a debt are no one income), not by GDP.
        let gdp_end = (kind == ClaimKind::Percent)
            .then(|| of_gdp(toks, after))
            .flatten();
        let head = match gdp_end {
            Some(end) => {
                // The last word of what money measures before the figure ("budget deficit":
                // deficit), else the clause's subject.
                let named = toks[clause_start..first]
                    .iter()
                    .rev()
                    .find_map(|t| Some((money_measure(&t.folded)?, t)));
                claim.head = named.map(|(m, _)| m.to_string());
                claim.modifiers.push("of gdp".into());
                inherited_phrase = match named {
                    Some((_, t)) => Some(t.text.lowercase()),
                    None => share_of(toks, clause_start, first, end, self.exprs()),
                };
                None
            }
            None => head,
        };
        let phrase = head
            .map(|h| h.phrase)
            .or(inherited_phrase)
            .or_else(|| {
                (kind == ClaimKind::Percent || claim.unit.as_deref() == Some("%"))
                    .then(|| share_of(toks, clause_start, first, after, self.exprs()))
                    .flatten()
                    .filter(|_| restated_phrase.is_none())
            })
            .or(restated_phrase);
        // "35.924.519 votos, el 59,75 % del total": a share of the total the sentence just
        // counted is a share of what it counted.
        let phrase = match phrase.as_deref() {
            Some("total") if kind == ClaimKind::Percent => here
                .iter()
                .rev()
                .find(|c| c.kind == ClaimKind::Count && c.unit.is_some())
                .and_then(|c| c.unit.clone())
                .or(phrase),
            _ => phrase,
        };
        // "La cifra es 5,4 % menor a la de 2023": a change of the figure just given.
        let of_the_figure = kind == ClaimKind::Percent
            && claim.qualifier == Some(Qualifier::Change)
            && phrase
                .as_deref()
                .is_some_and(|p| context::FIGURE_NOUNS.contains(p));
        let figure_before = of_the_figure
            .then(|| {
                claims
                    .iter()
                    .rev()
                    .find(|c| matches!(c.kind, ClaimKind::Count | ClaimKind::Money))
            })
            .flatten()
            .filter(|c| c.head.is_some());
        let phrase = match figure_before {
            Some(c) => {
                // (Of that figure's time: "a la de 2023" dates what it is compared with.)
                claim.head = c.head.clone();
                claim.time = c.time.clone();
                c.measure.split(',').next().map(str::to_string)
            }
            None => phrase,
        };
        // The state read above is named in the measure as written: "miners trapped".
        let phrase = match (phrase, state_word) {
            (Some(p), Some(k)) if !p.is_empty() => {
                Some([&p, " ", &toks[k].text.lowercase()].concat())
            }
            (p, _) => p,
        };
        // "the unemployment rate", "la tasa de desempleo": the indicator a share (or a range of
        // shares, "turnout was between 58.9% and 61.1%") measures, so outlets in either language
        // are compared.
        let shares = kind == ClaimKind::Percent || unit_range && claim.unit.as_deref() == Some("%");
        if claim.head.is_none() && shares {
            claim.head = phrase.as_deref().and_then(indicator).map(str::to_string);
        }
        // "net profit rose 20%", "un 19,6% más" (of a profit): a change of a company's profit,
        // revenue or investment is filed under it, so "profit" and "beneficio" are compared.
        if claim.head.is_none() && kind == ClaimKind::Percent {
            claim.head = phrase
                .as_deref()
                .and_then(|p| {
                    // "gross domestic product", "producto interno bruto" are GDP, and so is the
                    // economy whose change is given ("the economy grew 2.1%"; but "cost the
                    // economy 45 million euros" is a cost).
                    if [
                        "domestic product",
                        "interno bruto",
                        "interior bruto",
                        "economy",
                        "economía",
                    ]
                    .iter()
                    .any(|g| p.contains(g))
                    {
                        return Some("gdp");
                    }
                    // "average hourly earnings rose 0.2%": a worker's earnings are pay.
                    if p.contains("hourly") || p.contains("weekly") {
                        return Some("salary");
                    }
                    p.split(' ')
                        .rev()
                        .find_map(|w| money_measure(&crate::lexicon::folded(w)))
                        // "el SMI ha subido un 54 %": a pay named by its concept.
                        .or_else(|| {
                            let c = crate::lexicon::concept(p)?;
                            crate::lexicon::is_a(c.id, "salary").then_some("salary")
                        })
                })
                // Not GDP or debt: "2% of GDP" is a share of it, not its change; but "GDP grew
                // 2.1%", "la economía creció un 2,1 %" is its growth.
                .filter(|h| {
                    matches!(
                        *h,
                        "profit"
                            | "revenue"
                            | "investment"
                            | "remittance"
                            | "export"
                            | "import"
                            | "salary"
                    ) || matches!(
                        *h,
                        "gdp" | "price" | "loss" | "debt" | "cost" | "deficit" | "funding"
                    ) && claim.qualifier == Some(Qualifier::Change)
                })
                .map(str::to_string);
        }
        // "una cobertura del 78 %, por debajo del 95 % recomendado por la OMS": the threshold is
        // the indicator's the sentence gave.
        let mut phrase = phrase;
        if claim.head.is_none()
            && kind == ClaimKind::Percent
            && qualifier::is_threshold(toks, after)
        {
            let indicator = here.iter().rev().find(|c| {
                c.kind == ClaimKind::Percent
                    && c.head.as_deref().is_some_and(crate::lexicon::is_indicator)
            });
            if let Some(c) = indicator {
                claim.head = c.head.clone();
                phrase = c.measure.split(',').next().map(str::to_string);
            }
        }
        // "85,1 millones de turistas …, un 18,7 % más", "up 18.7%" of foreign tourists: the change
        // of a count is filed under what it counts, in either language.
        if claim.head.is_none()
            && kind == ClaimKind::Percent
            && claim.qualifier == Some(Qualifier::Change)
        {
            claim.head = phrase
                .as_deref()
                .and_then(counted_concept)
                .map(str::to_string);
        }
        // "45% of cases were in the northeast", "60% of cases were among women": the part of the
        // whole a share counts narrows it.
        // "32 of the victims have been identified", "3 de los heridos están graves": a count of
        // part of a stated whole is narrowed the same way.
        let part_of_whole = kind == ClaimKind::Count
            && toks.get(after).is_some_and(|t| t.is(&["of", "de", "del"]))
            && toks.get(after + 1).is_some_and(|t| {
                t.is(&["the", "its", "their", "los", "las", "sus"]) || toks[after].is(&["del"])
            });
        if shares || part_of_whole {
            for m in share::predicate(toks, after, self.exprs()) {
                if !claim.modifiers.contains(&m) {
                    claim.modifiers.push(m);
                }
            }
        }
        claim.measure = describe(&claim, phrase);
        claim.checkworthiness = score::checkworthiness(&claim);
        Some(claim)
    }

    /// A date claim for a year or date that dates a start ("since 2002", "began in 1963") or an
    /// event ("the meeting took place last Friday"); `None` for years that only set the time.
    fn date_claim(&self, q: &Quantity, first: usize) -> Option<Claim> {
        if !self.doc.lang.is_supported() {
            return None;
        }
        let toks = self.toks;
        let expr = self
            .exprs()
            .iter()
            .find(|e| e.start <= q.start && q.end <= e.end);
        let is_start = expr.is_some_and(|e| e.kind == TimeKind::Since)
            || (first >= 1 && toks[first - 1].is(&["since", "desde"]))
            || (first >= 2
                && toks[first - 1].is(&["in", "en"])
                && toks[first - 2].is_in(&START_WORDS));
        // "Rents have climbed 40% since 2020": the year is where a change is measured from,
        // not the start of anything.
        // "Teachers' pay has fallen by 11% in real terms since 2015": the change's verb anywhere
        // in the clause, with a figure after it.
        let near = first.saturating_sub(6);
        let measures_change = (context::clause_from(toks, first).min(near)..first).any(|k| {
            quantity::is_change_verb(&toks[k].folded)
                && (k >= near
                    || toks[k + 1..first]
                        .iter()
                        .any(|t| t.text.starts_with(|c: char| c.is_ascii_digit())))
        });
        // "the deadliest disaster since the 2010 earthquake", "la peor sequía desde 1950": a
        // superlative's "since" says how far back it holds, not when anything began.
        let since_at = expr.map_or(first, |e| e.start.min(q.start));
        let since_at = toks
            .iter()
            .position(|t| t.start >= since_at)
            .unwrap_or(first);
        let superlative = (since_at.saturating_sub(6)..since_at).any(|k| {
            let t = &toks[k];
            t.word
                && ((t.folded.len() >= 6 && t.folded.ends_with("est"))
                    || crate::lexicon::listed("worst|best|most|least|peor|peores|", &t.folded)
                    || (k > 0
                        && toks[k - 1].is(&["el", "la", "los", "las", "su", "sus"])
                        && t.is(&["mayor", "menor", "mejor", "mayores", "menores", "mejores"])))
        });
        if !is_start || compares_with_baseline(toks, first) || measures_change || superlative {
            return None;
        }
        let (start, end) = expr.map_or((q.start, q.end), |e| (e.start, e.end));
        let mut claim = self.blank(
            start,
            end,
            ClaimKind::Date,
            Some(Value::Number(q.value.low().floor())),
        );
        let group = relative_clause_subject(toks, first)
            .or_else(|| measure::nearest_before(toks, first, is_person))
            .or_else(|| nearest_after(toks, first, is_person))
            .or_else(|| measure::antecedent(toks, first))
            .or_else(|| nearest_after(toks, first, measure::is_group));
        // "its lowest level since 2021" starts nothing a reader could check: no subject, no claim.
        let group = group?;
        claim.head = group.id.map(str::to_string);
        claim.modifiers = group.modifiers.clone();
        claim.place = context::place(toks, first, first + 1);
        if let Some(e) = expr {
            claim.time = timing::from_expr(self.text, e, self.doc.published);
        }
        claim.time.from = claim
            .time
            .from
            .or_else(|| crate::time::Date::new(q.value.low() as i32, 1, 1));
        claim.attribution = self.sentence_source();
        let what = &group.phrase;
        claim.measure = ["start year: ", what].concat();
        claim.checkworthiness = score::checkworthiness(&claim);
        Some(claim)
    }

    /// A date claim for an event the sentence says happened on a day: "the meeting took place last
    /// Friday" (resolved against the publication date), "la reunión se celebró el 3 de mayo".
    fn event_date(&self) -> Option<Claim> {
        let toks = self.toks;
        let verb = (0..toks.len()).find(|&k| is_event_verb(toks, k))?;
        let expr = self.exprs().iter().find(|e| {
            e.start >= toks[verb].start
                && e.precision == Precision::Day
                && e.from.is_some()
                && e.from == e.to
        })?;
        let event =
            measure::nearest_before(toks, verb, |id| crate::lexicon::kind(id) == Some("event"))?;
        let day = expr.from?;
        let mut claim = self.blank(
            expr.start,
            expr.end,
            ClaimKind::Date,
            Some(Value::Number(f64::from(day.year))),
        );
        claim.head = event.id.map(str::to_string);
        claim.time = timing::from_expr(self.text, expr, self.doc.published);
        claim.time.as_of = Some(day);
        claim.place = context::place(toks, verb, toks.len());
        claim.attribution = self.sentence_source();
        claim.measure = ["date of the ", &event.phrase].concat();
        claim.checkworthiness = score::checkworthiness(&claim);
        Some(claim)
    }

    /// Who the tokens `start..end` of the sentence attribute their content to, read once for
    /// consecutive figures of a segment.
    fn segment_source(&self, start: usize, end: usize) -> Option<String> {
        if (start, end) == (0, outside_parentheses_end(self.toks)) {
            return self.sentence_source();
        }
        let source = match self.segment.take() {
            Some((span, source)) if span == (start, end) => source,
            // A pronoun is read with the whole sentence, whose start the segment may not be.
            _ => context::attribution(&self.toks[start..end]),
        };
        self.segment.set(Some(((start, end), source.clone())));
        source
    }

    /// Who the sentence (outside its parentheses) attributes its content to.
    fn sentence_source(&self) -> Option<String> {
        self.source
            .get_or_init(|| {
                let outside = &self.toks[..outside_parentheses_end(self.toks)];
                self.source_of(context::reporter(outside))
            })
            .clone()
    }

    /// The source a report names, or that its pronoun ("He said", "Añadió que") stands for.
    fn source_of(&self, reporter: Option<Reporter>) -> Option<String> {
        match reporter? {
            Reporter::Named(source) => Some(source),
            Reporter::Pronoun(r) => anaphora::antecedent(self.doc, self.index, r),
        }
    }

    /// Whether the sentence dates a start before byte `pos` ("Since 2002, … over 3,650"; "which
    /// began in 1963, have sent over 407,000"), so the figure there is cumulative. A start named
    /// after the figure ("its worst day since March") dates something else.
    fn dates_a_start(&self, pos: usize) -> bool {
        self.exprs().iter().any(|e| {
            e.kind == TimeKind::Since
                && e.end <= pos
                && !timing::describes_the_start(self.text, e, pos)
        }) || self.marks().start_in.is_some_and(|end| end <= pos)
    }

    /// What a sum of money pays for: the nearest cost word in the sentence.
    fn money_head(&self, first: usize) -> Option<&'static str> {
        self.toks
            .iter()
            .enumerate()
            .filter_map(|(k, t)| {
                // "la cifra de negocio(s)" is a company's turnover.
                let turnover = k >= 2
                    && t.is(&["negocio", "negocios"])
                    && self.toks[k - 1].is(&["de"])
                    && self.toks[k - 2].is(&["cifra"]);
                let head = if turnover {
                    "revenue"
                } else {
                    money_measure(&t.folded).filter(|_| t.word)?
                };
                Some((k.abs_diff(first), head))
            })
            .min_by_key(|(d, _)| *d)
            .map(|(_, h)| h)
    }

    /// "The death toll … rose to 112": the subject of a verb of change right before "to N".
    fn change_subject(&self, clause_start: usize, first: usize, counted: bool) -> Option<Head> {
        let toks = self.toks;
        // A verb that takes the figure directly ("tops 18,000"; the hedge may open the figure's
        // span), or "rose to 112", "stands at 40".
        // "los heridos son 2.562", "the dead were 45": a copula right after the counted noun.
        if first >= 1 && toks[first - 1].is(&["son", "fueron", "eran", "are", "were"]) {
            let copula = first - 1;
            // ("Los accidentes mortales fueron 1.023": events too.)
            return measure::first_after(toks, clause_start..copula, |id, end| {
                end <= copula
                    && end + 2 > copula
                    && toks[end..copula].iter().all(|t| t.word)
                    && matches!(crate::lexicon::kind(id), Some("person" | "event"))
            });
        }
        // "The death toll from the storm was 112": a toll or tally is what its singular copula
        // gives, whatever follows it before the verb.
        if first >= 1 && toks[first - 1].is(&["is", "was"]) {
            let copula = first - 1;
            return measure::first_after(toks, clause_start..copula, |id, end| {
                end <= copula
                    && toks[end - 1].is(&["toll", "tally", "count"])
                    && crate::lexicon::kind(id) == Some("person")
            });
        }
        let direct = |k: usize| toks.get(k).is_some_and(|t| t.is_in(&REACH_VERBS));
        let verb = if direct(first) {
            first
        } else {
            let mut before = first.checked_sub(1)?;
            // "rose to a record 21.7 million", "subió a un récord de 40".
            if before >= 2
                && toks[before].is(&["record", "high", "low"])
                && toks[before - 1].is(&["a"])
            {
                before -= 2;
            } else if before >= 3
                && toks[before].is(&["de"])
                && toks[before - 1].is(&["record", "maximo", "minimo"])
                && toks[before - 2].is(&["un"])
            {
                before -= 3;
            }
            if direct(before) {
                before
            } else if toks[before].is(&["to", "at", "a", "en", "from", "hasta"]) {
                // "rose from 112 to 150", "dropped by nearly 220,000 to 2.76 million": the verb
                // is before "from 112", "by nearly 220,000".
                let mut v = before.checked_sub(1)?;
                let figure_or_hedge = |t: &Tok| {
                    t.text.starts_with(|c: char| c.is_ascii_digit())
                        || !t.word
                        || t.is(&[
                            "nearly", "almost", "about", "some", "around", "over", "casi",
                        ])
                        || crate::quantity::is_scale_word(&t.folded, &crate::lang::Lang::En)
                        || crate::quantity::is_scale_word(&t.folded, &crate::lang::Lang::Es)
                };
                let from_figure = (v.saturating_sub(4)..v)
                    .rev()
                    .find(|&k| toks[k].is(&["from", "by", "en", "de"]))
                    .filter(|&k| {
                        toks[k + 1..=v].iter().all(figure_or_hedge)
                            && toks[k + 1..=v]
                                .iter()
                                .any(|t| t.text.starts_with(|c: char| c.is_ascii_digit()))
                    });
                if let Some(k) = from_figure {
                    v = k.checked_sub(1)?;
                }
                if !toks[v].is_in(&CHANGE_TO) {
                    // "would raise the retirement age to 64", "eleva la edad de jubilación a 64
                    // años": what a verb of raising or cutting takes to the figure is its object.
                    let raising = (v.saturating_sub(5)..=v)
                        .rev()
                        .take_while(|&k| !toks[k].is_clause_break())
                        .find(|&k| toks[k].is_in(&RAISE_VERBS) || toks[k].is_in(&CHANGE_TO))?;
                    // ("Arrivals fell 1.4% to 63,970": the count a verb of change reaches with
                    // no object between is its subject's, before it.)
                    let no_object = toks[raising + 1..before].iter().all(figure_or_hedge);
                    if counted && no_object && !toks[raising].is_in(&RAISE_VERBS) {
                        return measure::subject_of_change(toks, clause_start, raising, counted);
                    }
                    return measure::subject_of_change(toks, raising + 1, before, counted);
                }
                v
            } else if toks[before].is(&["by", "en"]) {
                // "rose by 12,400", "disminuyeron en casi 20.000": the size of a change.
                Some(before.checked_sub(1)?)
                    .filter(|&k| toks[k].word && crate::quantity::is_change_verb(&toks[k].folded))?
            } else {
                return None;
            }
        };
        measure::subject_of_change(toks, clause_start, verb, counted)
    }

    /// What a bare count in a list counts: the sentence's figure before it ("18.4 million
    /// visitors, followed by France with nearly 12 million", "86 votos a favor y 41 en contra",
    /// "cuando se contabilizaron 13.377"), or the difference of it ("5.845 personas …, casi 600
    /// más que un año antes").
    fn listed_like(
        &self,
        toks: &[Tok],
        first: usize,
        after: usize,
        value: Value,
        parallel: Option<&Claim>,
    ) -> Option<Head> {
        let difference = states_difference(toks, after);
        if !difference && !bare_after_list(toks, first, after) {
            return None;
        }
        let p = parallel.filter(|p| p.kind == ClaimKind::Count)?;
        let ratio = p.value.map_or(0.0, |v| v.low()) / value.low().max(1e-9);
        if !difference && !(0.01..=100.0).contains(&ratio) {
            return None;
        }
        self.counted_by(p, after)
    }

    /// What a claim of this sentence counts, for a figure that counts the same (its head ending at
    /// `end`): the concept that claim was read as ("killed 5 people … and 7": deaths), its words
    /// as written, or its unit when it named none itself ("…, 3,850 in Sur, 2,900 in Centro").
    fn counted_by(&self, p: &Claim, end: usize) -> Option<Head> {
        let id = p
            .head
            .as_deref()
            .and_then(crate::lexicon::by_id)
            .map(|c| c.id);
        match self.head_of(p) {
            // (Not when the claim was read as something else than its words say: "the national
            // figure" that stood for people.)
            Some(h) if id.is_none() || h.id == id => Some(Head {
                id: id.or(h.id),
                ..h
            }),
            Some(_) => head_named_as(p, id, end),
            None => Some(Head {
                id,
                surface: p.unit.clone()?,
                modifiers: p.modifiers.clone(),
                phrase: p.unit.clone()?,
                end,
            }),
        }
    }

    /// The head of a claim already made in this sentence, re-read from its tokens.
    fn head_of(&self, claim: &Claim) -> Option<Head> {
        head_of(self.toks, self.base, claim, &self.doc.lang)
    }

    /// A claim with the sentence filled in and everything else empty; offsets are sentence-relative.
    fn blank(&self, start: usize, end: usize, kind: ClaimKind, value: Option<Value>) -> Claim {
        Claim {
            id: String::new(),
            doc: self.doc.id.clone(),
            text: self.text.trim().to_string(),
            quote: self.text[start..end].to_string(),
            start: self.base + start,
            end: self.base + end,
            kind,
            value,
            unit: None,
            per: None,
            bound: Bound::Exact,
            measure: String::new(),
            time: TimeRef {
                as_of: self.doc.published,
                ..TimeRef::default()
            },
            place: None,
            attribution: None,
            polarity: None,
            checkworthiness: 0.0,
            head: None,
            qualifier: None,
            ambiguous: false,
            modifiers: Vec::new(),
            scope_of: None,
            topic: None,
        }
    }
}

/// A readable, normalized measure: "cuban doctors, already, in mexico".
fn describe(claim: &Claim, phrase: Option<String>) -> String {
    let mut what = match (claim.kind, phrase) {
        (_, Some(p)) if !p.is_empty() => p,
        (ClaimKind::Money, _) => claim
            .head
            .clone()
            .unwrap_or_else(|| "amount of money".into()),
        (ClaimKind::Percent, _) => super::UNNAMED_SHARE.to_string(),
        _ => claim
            .head
            .clone()
            .or_else(|| claim.unit.clone())
            .unwrap_or_else(|| "figure".into()),
    };
    if let Some(per) = claim.per {
        // "1.19 children per woman", "270 kilómetros por hora": a rate per one unit as written.
        let as_written = (per == 1.0)
            .then(|| per_unit(&claim.quote))
            .filter(|w| !w.is_empty());
        match as_written {
            Some(words) => what = words.to_string(),
            None => {
                // An earlier value of a rate inherits a phrase that says it already.
                let per = [" per ", &quantity::format_decimal(per)].concat();
                if !what.ends_with(&per) {
                    what.push_str(&per);
                }
            }
        }
    }
    let qualifier = claim.qualifier.map_or("", |q| match q {
        Qualifier::Already => ", already",
        Qualifier::Additional => ", additional",
        Qualifier::Total => ", total",
        Qualifier::Target => ", target",
        Qualifier::Cumulative => ", cumulative",
        Qualifier::Average => ", average",
        Qualifier::Change => ", change",
    });
    let (place_cue, place) = match claim.place.as_deref() {
        Some(super::NATIONWIDE) => (", nationwide", ""),
        Some(place) => (", in ", place),
        None => ("", ""),
    };
    // Grown once for what follows the phrase, not once a part.
    what.reserve(qualifier.len() + place_cue.len() + place.len());
    what.push_str(qualifier);
    what.push_str(place_cue);
    what.push_str(place);
    what
}

/// Auxiliaries between an elided figure and its participle ("9,000 had been evacuated"), folded.
static AUXILIARIES: Words = Words::new("had|have|has|been|were|was|are|fueron|han|habian|sido|");

/// English modals and "is", which begin a verb group as [`AUXILIARIES`] do.
const MODALS: &[&str] = &[
    "would", "will", "could", "can", "may", "might", "should", "must", "is",
];

/// The people an elided figure counts, named by the participle after it: "about 9,000 had been
/// evacuated" (displaced people), "otros 12 fueron detenidos" (detainees), "20 were killed".
fn counted_by_participle(toks: &[Tok], after: usize) -> Option<Head> {
    let k = (after..toks.len().min(after + 3)).find(|&k| !toks[k].is_in(&AUXILIARIES))?;
    let t = &toks[k];
    let id = measure::implied_by_verb(t).or_else(|| {
        crate::lexicon::concept(&t.folded)
            .map(|c| c.id)
            .filter(|id| crate::lexicon::kind(id) == Some("person"))
    })?;
    Some(Head {
        id: Some(id),
        surface: t.folded.to_string(),
        modifiers: Vec::new(),
        phrase: t.text.lowercase(),
        end: after,
    })
}

/// The words of a rate's quote after its figure ("about 40 cases per day": "cases per day").
fn per_unit(quote: &str) -> &str {
    match quote.find(|c: char| c.is_ascii_digit()) {
        Some(at) => quote[at..]
            .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | ' ')),
        None => quote.split_once(' ').map_or("", |(_, rest)| rest),
    }
}

/// Whether the words from token `at` compare with the year before ("up 3.1% year on year",
/// "year-over-year") or with another figure ("frente al mismo mes"), which is no noun a figure
/// counts.
fn year_on_year(toks: &[Tok], at: usize) -> bool {
    let mut words = toks[at.min(toks.len())..]
        .iter()
        .filter(|t| t.text != "-")
        .take(3);
    let mut next = |w: &[&str]| words.next().is_some_and(|t| t.is(w));
    let joined = toks
        .get(at)
        .is_some_and(|t| t.is(&["year-on-year", "year-over-year"]));
    // "una caída de 8,3 % frente al mismo mes de 2024": what it is compared with is no noun.
    let compared = toks
        .get(at)
        .is_some_and(|t| t.is(&["frente", "respecto", "compared"]));
    joined || compared || next(&["year"]) && next(&["on", "over"]) && next(&["year"])
}

/// Whether a percentage is the change of the figure before it: ", up 15%", ", down 3 percent",
/// ", 16% more than in 2023", ", un 7% más", ", un 2% menos", "lo que supone un aumento del 16,1%",
/// ", an increase of 4%".
fn change_of_previous(toks: &[Tok], first: usize, after: usize) -> bool {
    let comma = |k: usize| !toks[k].word && toks[k].text == ",";
    let next_is = |words: &[&str]| toks.get(after).is_some_and(|t| t.is(words));
    let english = first >= 2 && toks[first - 1].is(&["up", "down"]) && comma(first - 2);
    // (", 8.6% menos que al cierre de 2023": Spanish without the article too.)
    let more = first >= 1
        && comma(first - 1)
        && next_is(&[
            "more", "less", "higher", "lower", "above", "below", "mas", "menos",
        ]);
    let spanish = first >= 2
        && toks[first - 1].is(&["un", "una"])
        && comma(first - 2)
        && next_is(&["mas", "menos"]);
    // The change named as a noun, after a comma or a verb of equivalence.
    let named = first >= 4
        && toks[first - 1].is(&["of", "del", "de"])
        && toks[first - 2].is_in(&CHANGE_NOUNS)
        && toks[first - 3].is(&["an", "a", "un", "una"])
        && (comma(first - 4)
            || toks[first - 4].is(&[
                "supone",
                "representa",
                "significa",
                "means",
                "represents",
                "marking",
            ]));
    english || more || spanish || named
}

/// Whether the figure is another estimate of a figure already given: "put the figure at",
/// "estimated the number at", "cifraron la cifra en", "elevó el número a".
fn restates_figure(toks: &[Tok], clause_start: usize, first: usize) -> bool {
    first >= 2
        && toks[first - 1].is(&["at", "en", "a"])
        && toks[clause_start.max(first.saturating_sub(4))..first - 1]
            .iter()
            .any(|t| t.is_in(&context::FIGURE_NOUNS))
}

/// The unit a sum is paid per or a count given per, right after it (`after`, its next token):
/// "por metro cuadrado", "a barrel", "al día", "per share", "200 migrants a day".
fn money_per(toks: &[Tok], after: usize) -> Option<&'static str> {
    // "1,950 euros ($2,050) per square metre": past a conversion in parentheses.
    let after = match toks.get(after)?.text {
        "(" => (after..toks.len().min(after + 12)).find(|&k| toks[k].text == ")")? + 1,
        _ => after,
    };
    // "1.134 euros mensuales", "$5 billion a year" (below), "$20 daily".
    let adjective = match toks.get(after)?.folded.as_ref() {
        "mensual" | "mensuales" | "monthly" => Some("month"),
        "anual" | "anuales" | "annually" | "yearly" => Some("year"),
        "diario" | "diarios" | "diaria" | "diarias" | "daily" => Some("day"),
        "semanal" | "semanales" | "weekly" => Some("week"),
        _ => None,
    };
    if adjective.is_some() {
        return adjective;
    }
    if !toks
        .get(after)?
        .is(&["per", "por", "a", "an", "al", "each"])
    {
        return None;
    }
    let mut k = after + 1;
    if toks.get(k).is_some_and(|t| t.is(&["cada", "el", "la"])) {
        k += 1;
    }
    let w = |j: usize| toks.get(j).map_or("", |t| t.folded.as_ref());
    match (w(k), w(k + 1)) {
        ("square", "metre" | "meter") | ("metro", "cuadrado") => Some("square metre"),
        ("square", "foot" | "feet") => Some("square foot"),
        (unit, _) => PER_UNITS.get(unit),
    }
}

/// The counted concept (people, groups, events, animals) a measure's phrase ends in: "foreign
/// tourists" → "tourist".
fn counted_concept(phrase: &str) -> Option<&'static str> {
    let words: Vec<&str> = phrase.split(' ').collect();
    (0..words.len())
        .find_map(|k| {
            let (c, n) = crate::lexicon::concept_phrase(&words[k..])?;
            (k + n == words.len()).then_some(c.id)
        })
        .filter(|&id| {
            matches!(
                crate::lexicon::kind(id),
                Some("person" | "group" | "event" | "animal")
            )
        })
}

/// The measure of the earlier value of a Spanish change "de X a Y" after a verb that takes its
/// object to it ("eleva la edad de jubilación de 62 a 64 años"): that object.
fn spanish_from_value(toks: &[Tok], clause_start: usize, first: usize) -> Option<Head> {
    if !spanish_from_to(toks, first) {
        return None;
    }
    let de = first - 1;
    let verb = (clause_start.max(de.saturating_sub(7))..de)
        .rev()
        .find(|&k| toks[k].is_in(&RAISE_VERBS) || toks[k].is_in(&CHANGE_TO))?;
    measure::subject_of_change(toks, verb + 1, de, true)
}

/// Whether the figure at token `first` opens a Spanish change "de X a Y" ("de 62 a 64 años",
/// "de 3,2 millones a 2,7 millones"): "de" before it, "a" and a figure within a few words after.
fn spanish_from_to(toks: &[Tok], first: usize) -> bool {
    first >= 1
        && toks[first - 1].is(&["de", "del"])
        && (first + 1..toks.len().min(first + 5)).any(|k| {
            toks[k].is(&["a", "al", "hasta"])
                && toks
                    .get(k + 1)
                    .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit()))
        })
}

/// A head for a figure that counts what claim `p` counted, named by the first part of `p`'s
/// measure (its words as `p` was read, not as its sentence wrote them).
fn head_named_as(p: &Claim, id: Option<&'static str>, end: usize) -> Option<Head> {
    let what = p.measure.split(", ").next()?.to_string();
    Some(Head {
        id,
        surface: what.clone(),
        modifiers: p.modifiers.clone(),
        phrase: what,
        end,
    })
}

/// Whether the sentence says "in the capital", "en la capital": a city, not the country.
fn in_the_capital(toks: &[Tok]) -> bool {
    toks.windows(3)
        .any(|w| w[0].is(&["in", "en"]) && w[1].is(&["the", "la"]) && w[2].is(&["capital"]))
}

/// The last city an earlier claim of the document was placed in, for "the capital" (a place
/// within a country that the lexicon knows, or one it does not).
fn capital_named_before(claims: &[Claim]) -> Option<&str> {
    claims.iter().rev().find_map(|c| {
        let place = c.place.as_deref()?;
        let city = crate::lexicon::is_subdivision(place)
            || (!crate::lexicon::is_country(place)
                && !crate::lexicon::is_region(place)
                && place != super::NATIONWIDE
                && place != super::CAPITAL);
        city.then_some(place)
    })
}

/// The units a sum or a count is given per, folded: `word=name`.
static PER_UNITS: Pairs = Pairs::new(concat!(
    "m2=square metre|barrel=barrel|barril=barrel|share=share|accion=share|day=day|dia=day|",
    "week=week|semana=week|month=month|mes=month|year=year|año=year|hour=hour|hora=hour|",
    "night=night|noche=night|person=person|persona=person|head=person|capita=person|",
    "habitante=person|tonne=tonne|ton=tonne|tonelada=tonne|litre=litre|liter=litre|",
    "litro=litre|kilo=kilogram|kilogram=kilogram|kg=kilogram|dollar=dollar|dolar=dollar|",
    "us$=dollar|euro=euro|",
));

/// Where the words at `after` that make a percentage a share of GDP end: "of GDP", "del PIB",
/// "of gross domestic product", "del producto interior bruto".
fn of_gdp(toks: &[Tok], after: usize) -> Option<usize> {
    toks.get(after).filter(|t| t.is(&["of", "de", "del"]))?;
    let k = after + 1 + usize::from(toks.get(after + 1).is_some_and(|t| t.is(&["the", "el"])));
    let t = toks.get(k)?;
    if t.is(&["gdp", "pib"]) {
        return Some(k + 1);
    }
    let three = toks.get(k..k + 3)?;
    let spelled = (t.is(&["gross"]) && three[1].is(&["domestic"]) && three[2].is(&["product"]))
        || (t.is(&["producto"])
            && three[1].is(&["interior", "interno"])
            && three[2].is(&["bruto"]));
    spelled.then_some(k + 3)
}

/// The group a superlative before a bare count names: "had the most killings, with 3,355", "la
/// entidad con más homicidios, con 3.355".
fn most_of(toks: &[Tok], first: usize) -> Option<Head> {
    let k = (0..first).rev().find(|&k| toks[k].is(&["most", "mas"]))?;
    measure::after(toks, k + 1).filter(|h| h.id.is_some() && h.end < first)
}

/// Whether a count stands bare in a list, its noun left to the figure before: after "with"/"con"
/// ("France with nearly 12 million"), an impersonal "se" ("se contabilizaron 13.377"), "and"/"y" or
/// a comma ("y 41 en contra", ", 3,850 in Sur"), with nothing counted after it.
fn bare_after_list(toks: &[Tok], first: usize, after: usize) -> bool {
    let with = first > 0 && toks[first - 1].is(&["with", "con"])
        || first > 1 && toks[first - 2].is(&["se"]) && toks[first - 1].word;
    // "employs 20,000 people, including 4,500 in the UK".
    // "1.160 casos, de los cuales 1.112 se concentran en Chihuahua", "of which 1,098".
    let of_which = first >= 2
        && toks[first - 1].is(&["cuales", "which", "whom"])
        && toks[first - 2].is(&["los", "las", "of"]);
    let and = first > 0
        && (toks[first - 1].is(&["and", "y", "e", "or", "o", "including", "incluidos"])
            || toks[first - 1].text == ","
            // "murieron 45 personas: 30 en Valencia y 15 en Albacete".
            || toks[first - 1].text == ":");
    // "cut 1,500 jobs, not the 1,200 it announced", "y no los 1.200 que anunció".
    let contrast = first > 1
        && toks[first - 1].is(&["the", "los", "las"])
        && toks[first - 2].is(&["not", "no"]);
    if contrast {
        return true;
    }
    let then_preposition = toks
        .get(after)
        .is_some_and(|t| t.is(&["en", "in", "a", "at", "de", "of", "for", "por", "against"]));
    // "put the figure at 1.28 million, with 81,000 in Paris".
    of_which || (with || and) && (nothing_counted_after(toks, after) || then_preposition)
}

/// Whether a figure states a difference: "600 más que", "20,000 more than" (`after`, the token
/// after the figure).
fn states_difference(toks: &[Tok], after: usize) -> bool {
    toks.get(after)
        .is_some_and(|t| t.is(&["mas", "menos", "more", "fewer", "less"]))
        && toks.get(after + 1).is_some_and(|t| t.is(&["que", "than"]))
}

/// Whether nothing is counted right after a figure (`after`, its next token): it ends the
/// sentence or a clause, or a conjunction follows.
fn nothing_counted_after(toks: &[Tok], after: usize) -> bool {
    toks.get(after)
        .is_none_or(|t| !t.word || t.is(&["and", "y", "e", "while", "mientras"]))
}

/// Whether the figure's noun is left out: "the 950 who are already…", "and 123 who will arrive".
fn elided(toks: &[Tok], first: usize, after: usize) -> bool {
    if after >= toks.len() {
        // "… will join the 806." — only with an article before it.
        return first > 0 && toks[first - 1].is(&["the", "los", "las"]);
    }
    // "30% contained": a state, not a verb of the people counted.
    // "1,404 of them", "9,000 had been evacuated".
    let of_them = toks[after].is(&["of", "de"])
        && toks
            .get(after + 1)
            .is_some_and(|t| t.is(&["them", "those", "ellos", "ellas"]));
    let next_elides = (measure::looks_like_verb(&toks[after]) && !toks[after].is_in(&STATES))
        || of_them
        || (toks[after].is_in(&AUXILIARIES)
            && toks.get(after + 1).is_some_and(|t| {
                t.is(&["been", "sido"]) || (t.word && measure::looks_like_verb(t))
            }))
        || toks[after].is(&[
            "who",
            "that",
            "which",
            "already",
            "que",
            "quienes",
            "ya",
            "currently",
            "actualmente",
            // "while 30 remain trapped", "30 siguen atrapados".
            "remain",
            "remained",
            "siguen",
            "permanecen",
        ]);
    let prev_article = first > 0
        && toks[first - 1].is(&[
            "the", "those", "these", "los", "las", "esos", "esas", "estos", "estas", "and", "y",
        ]);
    // "the 806." or "the 950, who …": an article and nothing counted after the figure.
    let nothing_after = !toks[after].word;
    // "…, while the minister acknowledges 106.": a source's own figure for what was counted.
    let reported = first > 0
        && toks[first - 1].word
        && crate::lexicon::reporting::is_reporting_verb_folded(&toks[first - 1].folded);
    next_elides || ((prev_article || reported) && nothing_after) || forecast_by(toks, after)
}

/// Whether forecasters follow a figure and expect it: "below the 180,000 economists polled by
/// Reuters had expected", "los 150.000 que los analistas esperaban" (their figure, not a count
/// of them).
pub(super) fn forecast_by(toks: &[Tok], after: usize) -> bool {
    // (Not "300 economists expected growth to slow": the verb takes no object of its own.)
    toks.get(after).is_some_and(|t| t.is_in(&FORECASTERS))
        && (after + 1..toks.len().min(after + 7))
            .take_while(|&k| toks[k].word)
            .any(|k| toks[k].is_in(&EXPECTED) && toks.get(k + 1).is_none_or(|t| !t.word))
}

/// Who forecasts figures, folded.
pub(super) static FORECASTERS: Words =
    Words::new("economists|analysts|economistas|analistas|forecasters|");

/// Verbs of expecting a figure, folded.
pub(super) static EXPECTED: Words = Words::new(concat!(
    "expected|forecast|predicted|anticipated|projected|esperaban|esperaba|pronosticaban|",
    "preveian|estimaban|anticipaban|",
));

/// Whether the text after a count makes it a hyphenated length of time before a noun ("-month
/// inflation", "-year bond", "-day strike").
fn is_duration_adjective(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix('-') else {
        return false;
    };
    let unit: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    words!["month", "year", "day", "week", "hour", "minute", "decade"]
        .contains(crate::case::lower(&unit).as_str())
        && rest[unit.len()..].starts_with([' ', '-'])
}

/// What a percentage is a share of: "8% of its workforce" → "workforce"; else the subject that
/// opens its clause ("Unemployment rose to 4.1%" → "unemployment", "La inflación anual se ubicó en
/// 4,5%" → "inflación anual"), so two percentages about different things never read as one measure.
fn share_of(
    toks: &[Tok],
    clause_start: usize,
    first: usize,
    after: usize,
    times: &[TimeExpr],
) -> Option<String> {
    // "por debajo del 30 %", "above 5%": words of comparison say nothing of what is measured.
    static COMPARING: Words = Words::new(concat!(
        "debajo|",
        "encima|",
        "below|",
        "above|",
        "compared|",
        "comparado|",
        "respecto|",
        "frente|",
        "versus|",
    ));
    // The cheap tests first: the stopword test folds the word again.
    let content = |t: &Tok| {
        t.word
            && !t.text.starts_with(|c: char| c.is_ascii_digit())
            && !t.is_in(&COMPARING)
            // "Solo en diciembre los precios subieron": the month is the figure's time.
            && crate::time::month_name(&t.folded, true).is_none()
            && crate::time::weekday_name(&t.folded, true).is_none()
            && !crate::lexicon::is_stopword(&t.folded)
            // "Argentina's inflation": the place is the claim's, not what is measured.
            && context::possessor(t.text).is_none_or(|w| crate::lexicon::place(&[w]).is_none())
            // "en lo que va del año la inflación llegó al 65%": a time phrase's words.
            && !times.iter().any(|e| e.start <= t.start && t.end <= e.end)
    };
    // "59,4 % de los votos y su rival el 27,9 %": a conjunction ends what the share is of.
    const AND: &[&str] = &[
        "and", "y", "e", "while", "mientras", "frente", "versus", "vs",
    ];
    // "La participación en las elecciones … alcanzó el 68,2 %": the subject's noun, not what
    // its prepositions add.
    use super::context::PREPOSITIONS;
    if let Some(t) = toks.get(after).filter(|t| t.is_in(&STATES)) {
        return Some(t.text.lowercase());
    }
    // "a pay rise of 3.5%": the change and what changes; a bare "an increase of 5%" is named by
    // the clause's subject when it has one ("prices saw an increase of 5%").
    let change = change_noun(toks, first, after);
    if change.as_deref().is_some_and(|c| c.contains(' ')) {
        return change;
    }
    // "the 95% needed for herd immunity": a threshold is named by what it is needed for.
    if qualifier::is_threshold(toks, after) {
        let words: Vec<&str> = toks[after..]
            .iter()
            .take_while(|t| !t.is_clause_break())
            .filter(|t| t.word && !crate::lexicon::is_stopword(&t.folded))
            .take(4)
            .map(|t| t.text)
            .collect();
        return Some(words.join(" ").lowercase());
    }
    // The subject's leading words from `start` to the figure.
    let subject_from = |start: usize| -> Vec<&str> {
        // "lo que sitúa la inflación interanual en el 276,4%", "the data put annual inflation
        // at 3.4%": what a verb of putting sets at the figure is its object.
        let start = put_verb(toks, start, first).map_or(start, |v| v + 1);
        let end = first.min(toks.len());
        // "la tasa de paro", "the rate of inflation": a leading generic measure noun is named by
        // its complement, which a preposition does not end.
        let mut generic = false;
        leading_words(&toks[start..end], content, |t, seen| {
            let ends = measure::looks_like_verb(t)
                || t.is_in(&CHANGE_TO)
                || t.is_in(&REACH_VERBS)
                || t.is(&["was", "is", "were", "se", "fue", "es", "rose", "fell", "saw"])
                // ("Emissions will rise", "Prices are projected to rise", "are set to rise".)
                || t.is_in(&AUXILIARIES)
                || t.is(MODALS)
                || t.is(&["projected", "set", "expected"])
                || (t.word && quantity::is_change_verb(&t.folded))
                // ("arrivals to Spain": "to" too, which is no preposition of a name.)
                || (seen && !generic && (t.is_in(&PREPOSITIONS) || t.is(&["to"])))
                // "Consumer spending, which accounts for…": a relative clause ends the subject.
                || (seen && t.is(&["which", "que"]));
            // Only a leading one: "vaccination rates in the county" is named already.
            generic = !seen && t.is_in(&GENERIC_MEASURES);
            ends
        })
    };
    let subject = || -> Vec<&str> {
        // "Officials told reporters that vaccination rates … were below 82%", "Iberdrola said on
        // Wednesday its net profit rose 20%": the reported clause.
        let clause = reported_from(toks, clause_start, first.min(toks.len()));
        // "…una plantilla de 42.000 empleados y sus acciones suben un 6%": after another figure,
        // a conjunction opens the share's own clause.
        let end = first.min(toks.len());
        let digit = (clause..end).find(|&k| toks[k].text.starts_with(|c: char| c.is_ascii_digit()));
        let start = digit
            .and_then(|d| (d..end).rev().find(|&k| toks[k].is(AND)))
            .map_or(clause, |k| k + 1);
        // "con un acatamiento que el sindicato cifró en el 90 % y que el Ejecutivo rebajó al 35 %":
        // an indicator a relative clause puts at the figure.
        let antecedent = (clause_start.min(start)..end).rev().find_map(|k| {
            let t = toks.get(k.checked_sub(1)?)?;
            let indicator = toks[k].is(&["que", "which", "that"])
                && crate::lexicon::concept(&t.folded)
                    .is_some_and(|c| crate::lexicon::is_indicator(c.id));
            indicator.then(|| vec![t.text])
        });
        if let Some(words) = antecedent {
            return words;
        }
        let words = subject_from(start);
        // "Emissions from China, the world's biggest emitter, are projected to rise 0.2%": a
        // clause that opens with its verb after an apposition has the subject before it.
        let apposition = (words.is_empty() && start >= 2 && toks[start - 1].text == ",")
            .then(|| (0..start - 1).rev().find(|&k| toks[k].text == ","))
            .flatten()
            .filter(|&open| toks.get(open + 1).is_some_and(|t| t.is(&context::ARTICLES)));
        if let Some(open) = apposition {
            return subject_from(context::clause_from(toks, open));
        }
        // "Inflation fell to 7.9% …, down from 8.7% in May and a peak of 11.1% last October": a
        // rank the figure is, after a conjunction, is of the sentence's subject.
        let rank = words.len() == 1 && measure::RANKS.contains(&crate::lexicon::folded(words[0]));
        if start != clause && rank {
            return subject_from(reported_from(toks, 0, first.min(toks.len())));
        }
        words
    };
    let of = toks
        .get(after)
        .is_some_and(|t| t.is(&["of", "de", "del"]))
        .then(|| {
            // "52.3% of the vote in Sunday's election": the noun, not what its prepositions add.
            // "those infected", "los contagiados": a participle after a pronoun is what is counted.
            let mut pronoun = false;
            // "30% of irrigated land": an English participle before a noun is its adjective.
            let mut adjective = toks.get(after + 2).is_some_and(|n| {
                n.word && !measure::looks_like_verb(n) && !crate::lexicon::is_stopword(&n.folded)
            }) && toks[after + 1].folded.ends_with("ed");
            // "el 80 % de los usuarios seguía sin luz": the verb ends what it is a share of, and so
            // does a negation ("los contagiados no estaban vacunados").
            leading_words(&toks[after + 1..], content, |t, seen| {
                let verb = !std::mem::take(&mut adjective) && measure::looks_like_verb(t);
                let ends = t.is_clause_break()
                    || t.is(AND)
                    || ((seen || !pronoun) && verb)
                    || (seen && t.is_in(&PREPOSITIONS))
                    // "30% of irrigated land would go unplanted": an auxiliary begins the verb.
                    || (seen && (t.is_in(&AUXILIARIES) || t.is(MODALS)))
                    || (seen && t.is(&["no", "not", "never", "nunca"]));
                pronoun = t.is(&["those", "los", "las", "aquellos", "aquellas"]);
                ends
            })
        });
    // "Poverty affected 41.7% of the population": a share of everyone is named by the subject of
    // its clause.
    let whole =
        |of: &[&str]| of.len() == 1 && WHOLES.contains(&crate::lexicon::folded(of[0]).as_ref());
    let words = match of {
        Some(of) if !whole(&of) => of,
        of => {
            let subject = subject();
            if subject.is_empty() {
                of.unwrap_or_default()
            } else {
                subject
            }
        }
    };
    (!words.is_empty())
        .then(|| words.join(" ").lowercase())
        .or(change)
}

/// Nouns of a rise or a fall, folded: what "a rise of 3.5%" measures.
static CHANGE_NOUNS: Words = Words::new(concat!(
    "rise|rises|increase|increases|raise|hike|hikes|cut|cuts|drop|fall|decline|reduction|",
    "decrease|jump|subida|subidas|aumento|aumentos|alza|incremento|caida|recorte|descenso|",
    "reduccion|bajada|disminucion|gain|crecimiento|retroceso|baja|",
));

/// The change a percentage is the size of, named by its noun and the word that says what
/// changes: "a pay rise of 3.5%", "una subida salarial del 3,5 %", "a 3.5% pay rise".
fn change_noun(toks: &[Tok], first: usize, after: usize) -> Option<String> {
    // After the figure: "a 3.5% rise", "a 3.5% pay rise".
    let end = toks.len().min(after + 2);
    if let Some(k) = (after..end).find(|&k| toks[k].is_in(&CHANGE_NOUNS)) {
        // "a 5% increase in the minimum wage": what changes follows.
        let of = toks
            .get(k + 1)
            .filter(|t| t.is(&["in", "of"]))
            .map(|_| k + 2 + usize::from(toks.get(k + 2).is_some_and(|t| t.is(&["the"]))));
        let what_end = of.map_or(0, |from| {
            (from..toks.len().min(from + 3))
                .take_while(|&j| {
                    toks[j].word
                        && !crate::lexicon::is_stopword(&toks[j].folded)
                        && !toks[j].is_in(&context::PREPOSITIONS)
                        && !measure::looks_like_verb(&toks[j])
                })
                .last()
                .map_or(0, |j| j + 1)
        });
        if let Some(from) = of.filter(|&from| what_end > from) {
            return Some(measure::lower_join(&toks[from..what_end]));
        }
        return Some(measure::lower_join(&toks[after..=k]));
    }
    // Before "of"/"del": "a pay rise of"; "una subida salarial del".
    let of = first
        .checked_sub(1)
        .filter(|&k| toks[k].is(&["of", "de", "del"]))?;
    let noun = (of.saturating_sub(2)..of)
        .rev()
        .find(|&k| toks[k].is_in(&CHANGE_NOUNS))?;
    // "pay rise": an English noun before it.
    let before = noun.checked_sub(1).filter(|&k| {
        noun + 1 == of && toks[k].word && !crate::lexicon::is_stopword(&toks[k].folded)
    });
    Some(measure::lower_join(&toks[before.unwrap_or(noun)..of]))
}

/// Verbs that set a measure at a figure ("put inflation at 3.4%", "situó el paro en el 12%",
/// "revised its forecast down to 2%"), folded.
static PUT_VERBS: Words = Words::new(
    "put|puts|set|sets|pegged|pegs|placed|places|estimated|estimates|raised|\
raises|lowered|lowers|revised|revises|cut|cuts|situa|situo|situan|situaron|eleva|elevo|elevan|\
elevaron|fija|fijo|fijan|fijaron|cifra|cifro|cifran|cifraron|rebaja|rebajo|rebajaron|deja|dejo|\
sees|see|expects|forecasts|projects|preve|proyecta|pronostica|espera|bajo|bajaron|subio|subieron|\
recorto|recortaron|",
);

/// The verb of putting whose object the figure at `first` is set at ("put X at", "sitúa X en
/// el"), when one is in `toks[from..first]` and a preposition of the figure follows its object.
fn put_verb(toks: &[Tok], from: usize, first: usize) -> Option<usize> {
    let mut prep = first.checked_sub(1)?;
    if prep > from && toks[prep].is(&["el", "la", "los", "las", "a"]) {
        prep -= 1;
    }
    // "raised interest rates to a 15-year high of 5.25%", "a un máximo de 40": past the rank.
    let rank = |k: usize| toks[k].is_in(&measure::RANKS);
    if prep > from + 2
        && toks[prep].is(&["of", "de"])
        && (rank(prep - 1) || rank(prep - 2) && toks[prep - 1].is(&["historico", "historica"]))
    {
        prep = (prep.saturating_sub(6).max(from)..prep - 1)
            .rev()
            .find(|&k| toks[k].is(&["to", "at", "a", "hasta"]))?;
    }
    if !toks[prep].is(&["at", "to", "by", "en", "a", "al", "hasta"]) {
        return None;
    }
    // ("raised interest rates by a quarter of a percentage point to 5.25%": past the change.)
    (from..prep)
        .rev()
        .take(12)
        .find(|&k| toks[k].is_in(&PUT_VERBS))
        .filter(|&v| v + 1 < prep)
}

/// Where the reported clause of `toks[from..to]` starts: after its last "that"/"que" or reporting
/// verb ("The company said the volume spilled was…"), else at `from`.
fn reported_from(toks: &[Tok], from: usize, to: usize) -> usize {
    // "The IMF cut its growth forecast to 2.1%": a possessed noun, not a verb of saying.
    let possessed = |k: usize| {
        toks[k.saturating_sub(2)..k]
            .iter()
            .any(|t| t.is(&["its", "their", "his", "her", "our", "su", "sus"]))
    };
    // "Las exportaciones, que representan un tercio del PIB, cayeron": a relative clause between
    // commas reports nothing.
    let relative = |k: usize| k > 0 && toks[k - 1].text == ",";
    // "Prices are projected to rise 2%": a passive before an infinitive says nothing.
    let passive = |k: usize| {
        k > 0
            && toks[k - 1].is(&["are", "is", "was", "were", "be", "been"])
            && toks.get(k + 1).is_some_and(|t| t.is(&["to"]))
    };
    (from..to)
        .rev()
        .find(|&k| {
            toks[k].is(&["that", "que"]) && !relative(k)
                || crate::lexicon::reporting::is_reporting_verb_folded(&toks[k].folded)
                    && !possessed(k)
                    && !passive(k)
        })
        .map_or(from, |k| k + 1)
}

/// The first three words of `toks` that `content` accepts, up to the word where `ends` (told
/// whether a content word came before) stops the phrase.
fn leading_words<'a>(
    toks: &[Tok<'a>],
    content: impl Fn(&Tok) -> bool,
    mut ends: impl FnMut(&Tok, bool) -> bool,
) -> Vec<&'a str> {
    let mut seen = false;
    toks.iter()
        .take_while(|t| {
            let stop = ends(t, seen);
            seen |= content(t);
            !stop
        })
        .filter(|t| content(t))
        .take(3)
        .map(|t| t.text)
        .collect()
}

/// Nouns of a whole population, which a share of it does not name ("41.7% of the population").
const WHOLES: [&str; 8] = [
    "population",
    "poblacion",
    "people",
    "households",
    "hogares",
    "residents",
    "habitantes",
    "inhabitants",
];

/// "10% contained", "80% complete", "un 70 % vacunado": the state a share is of.
static STATES: Words = Words::new(concat!(
    "contained|complete|completed|vaccinated|full|occupied|funded|built|done|",
    "immunized|completo|completa|ocupado|ocupada|vacunado|vacunada|contenido|",
    "contenida|construido|construida|",
));

/// The indicator a share's words name when they name nothing else ("unemployment rate", "tasa
/// desempleo", "inflación"; not "core inflation").
fn indicator(phrase: &str) -> Option<&'static str> {
    // "Spain's unemployment rate", "la tasa de paro española": whose rate it is is not its name.
    let place = |w: &str| {
        let w = w.strip_suffix("'s").or(w.strip_suffix("’s")).unwrap_or(w);
        crate::lexicon::place(&[w]).is_some() || crate::lexicon::demonym_country(w).is_some()
    };
    // ("cobertura vacunación": a generic noun that is part of the indicator's name.)
    let named = |generic: bool| {
        let words: Vec<&str> = phrase
            .split([' ', ','])
            .filter(|w| {
                !w.is_empty()
                    && (generic || !GENERIC_MEASURES.contains(&crate::lexicon::folded(w)))
                    && !crate::lexicon::is_stopword(w)
                    && !place(w)
            })
            .collect();
        let c = crate::lexicon::concept(&words.join(" "))?;
        crate::lexicon::is_indicator(c.id).then_some(c.id)
    };
    named(false).or_else(|| named(true))
}

/// Nouns that say only what kind of figure a share is ("tasa", "rate"): their complement names it.
static GENERIC_MEASURES: Words = Words::new(concat!(
    "tasa|",
    "cobertura|",
    "tasas|",
    "indice|",
    "nivel|",
    "porcentaje|",
    "proporcion|",
    "rate|",
    "rates|",
    "index|",
    "level|",
    "percentage|",
    "proportion|",
));

/// Whether the figure at token `first` is someone's count of what the sentence already counted:
/// "contradicting Cal Fire's count of 45", "la cifra oficial de 45".
fn someones_count(toks: &[Tok], first: usize) -> bool {
    first >= 2
        && toks[first - 1].is(&["of", "de"])
        && toks[first - 2].is(&[
            "count",
            "tally",
            "figure",
            "estimate",
            "number",
            "cifra",
            "conteo",
            "recuento",
            "estimacion",
            "balance",
        ])
}

/// Whether the length of time at tokens `first..end` is a prison term: "sentenced to 12 years",
/// "jailed for 12 years", "12 years in prison", "condenado a 12 años", "12 años de cárcel".
fn prison_term(toks: &[Tok], first: usize, end: usize) -> bool {
    let jail = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.is(&["prison", "jail", "prision", "carcel"]))
    };
    let after = toks.get(end).is_some_and(|t| t.is(&["in", "de"])) && jail(end + 1);
    after
        || toks[first.saturating_sub(4)..first].iter().any(|t| {
            t.is(&[
                "sentenced",
                "jailed",
                "condenado",
                "condenada",
                "condenados",
                "sentenciado",
                "sentenciada",
            ])
        })
}

/// The "at" of "grew at a 3.8% annual rate", "at an annualized 3.8% pace": a percentage that is
/// the pace of a change.
fn at_a_pace(toks: &[Tok], first: usize) -> Option<usize> {
    let mut k = first.checked_sub(1)?;
    while k > 0
        && toks[k].is(&[
            "annual",
            "annualized",
            "annualised",
            "adjusted",
            "seasonally",
        ])
    {
        k -= 1;
    }
    (k > 0 && toks[k].is(&["a", "an"]) && toks[k - 1].is(&["at"])).then(|| k - 1)
}

/// How long before the sentence's time the words after an earlier value date it: "the day
/// before", "una semana antes", "a year earlier", "del año anterior", "the previous quarter".
#[derive(Clone, Copy)]
enum Before {
    Days(i64),
    Months(i32),
}

/// The [`Before`] the words at token `at` name, if they name one.
fn time_before(toks: &[Tok], at: usize) -> Option<Before> {
    // ("de un año antes": past the preposition.)
    let at = at + usize::from(toks.get(at).is_some_and(|t| t.is(&["de"])));
    let w = |k: usize| toks.get(at + k).map_or("", |t| t.folded.as_ref());
    let unit = match (w(0), w(1), w(2)) {
        (
            "the" | "a" | "el" | "la" | "un" | "una" | "del",
            unit,
            "before" | "earlier" | "antes" | "anterior",
        ) => unit,
        // "the previous year", "the prior month".
        ("the", "previous" | "prior", unit) => unit,
        _ => return None,
    };
    Some(match unit {
        "day" | "dia" => Before::Days(1),
        "week" | "semana" => Before::Days(7),
        "month" | "mes" => Before::Months(1),
        "quarter" | "trimestre" => Before::Months(3),
        "year" | "año" => Before::Months(12),
        _ => return None,
    })
}

/// Whether the figure at token `first` is the earlier value of a change the sentence reports:
/// "rose from 112 to 150", "fell to 4.1% from 4.3%", "revised to 20,000 from an estimate of 35,000".
fn earlier_value(toks: &[Tok], first: usize) -> bool {
    // "down from the 1,150 it proposed": the article aside.
    let article = first >= 2 && toks[first - 1].is(&["the"]) && toks[first - 2].is(&["from"]);
    let first = first - usize::from(article);
    let from = if first >= 1 && toks[first - 1].is(&["from"]) {
        true
    } else {
        first >= 2
            && toks[first - 1].is(&["of"])
            && toks[first.saturating_sub(6)..first - 1]
                .iter()
                .any(|t| t.is(&["from"]))
    };
    // "down from 66.8%", "up from 15,000": the direction says it without a verb.
    let direction =
        first >= 2 && toks[first - 1].is(&["from"]) && toks[first - 2].is(&["down", "up"]);
    // "compared with 6.5%", "frente a los 180", "comparado con el 4 %": the figure compared with.
    let article = first >= 1 && toks[first - 1].is(&["el", "la", "los", "las", "un", "una"]);
    let k = first - usize::from(article);
    let contrast = k >= 2
        && ((toks[k - 1].is(&["a", "al"]) && toks[k - 2].is(&["frente"]))
            || (toks[k - 1].is(&["with", "to"]) && toks[k - 2].is(&["compared"]))
            || (toks[k - 1].is(&["con"])
                && toks[k - 2].is(&["comparado", "comparada", "comparacion"])));
    // "eleva la edad de jubilación de 62 a 64 años", "pasó de 3,2 a 2,7 millones": Spanish "de
    // X a Y" after a verb of change.
    let spanish_from = spanish_from_to(toks, first);
    // The verbs the quantity recognizer reads the same way ("from 112 to 150" is no range).
    direction
        || contrast
        || (from || spanish_from)
            && toks[..first]
                .iter()
                .any(|t| t.word && quantity::is_change_verb(&t.folded))
}

/// What a rate counts: the noun inside its quote ("2.4 doctors per 1,000 inhabitants").
fn rate_head(
    toks: &[Tok],
    first: usize,
    after: usize,
    counted: &dyn Fn() -> Option<Head>,
) -> Option<Head> {
    // "one in five children", "uno de cada cinco niños": what is counted follows the figure.
    let word = |k: usize, w: &[&str]| toks.get(k).is_some_and(|t| t.is(w));
    let one_in =
        word(first + 1, &["in"]) || (word(first + 1, &["de"]) && word(first + 2, &["cada"]));
    if one_in {
        return measure::after(toks, after);
    }
    let head = measure::first_after(toks, first..after, |_, end| end <= after + 1);
    // "sitúa la tasa en 24,9 por cada 100.000 habitantes": the population is what the rate is
    // per; what it counts is the rate's own noun ("la tasa de homicidios", "the murder rate").
    if head.as_ref().is_some_and(|h| h.id == Some("person")) {
        if let Some(named) = rate_named_before(toks, first, counted) {
            return Some(named);
        }
    }
    head
}

/// The noun of a rate named before token `first` in its sentence: "la tasa de homicidios", "the
/// rate of infection", "the murder rate", or the noun counted before "the rate".
fn rate_named_before(
    toks: &[Tok],
    first: usize,
    counted: &dyn Fn() -> Option<Head>,
) -> Option<Head> {
    let rate = (first.saturating_sub(25)..first)
        .rev()
        .find(|&k| toks[k].is(&["tasa", "rate", "indice"]))?;
    if let Some(h) = measure::noun_of(toks, rate).filter(|h| h.end <= first) {
        return Some(h);
    }
    // "registered 33,241 homicides…, a rate of 25 per 100,000": what the sentence counted.
    if let Some(h) = counted() {
        return Some(h);
    }
    // "the murder rate"; or the rate of what was counted before it ("registró 13.024 homicidios,
    // lo que sitúa la tasa en 24,9"; not who said so: "…, INEGI said, a rate of 25").
    measure::nearest_before(toks, rate, |id| {
        id != "person"
            && !measure::is_place(id)
            && !measure::is_duration(id)
            && !crate::lexicon::is_a(id, "organization")
    })
}

/// The nearest concept after token `k` accepted by `accept` (for a date whose subject follows it).
fn nearest_after(toks: &[Tok], k: usize, accept: fn(&str) -> bool) -> Option<Head> {
    measure::first_after(toks, k + 1..toks.len(), |id, _| accept(id))
}

/// The noun a relative clause dating a start refers to: "Cuban medical missions, which began in
/// 1963" → "medical missions".
fn relative_clause_subject(toks: &[Tok], first: usize) -> Option<Head> {
    let is_clause = first >= 4
        && toks[first - 1].is(&["in", "en"])
        && toks[first - 2].is_in(&START_WORDS)
        && toks[first - 3].is(&["which", "that", "que", "who", "cual"])
        && toks[first - 4].text == ",";
    if !is_clause {
        return None;
    }
    measure::nearest_before(toks, first - 4, |_| true)
}

fn is_person(id: &str) -> bool {
    crate::lexicon::kind(id) == Some("person")
}

/// Whether token `k` is inside parentheses.
fn inside_parentheses(toks: &[Tok], k: usize) -> bool {
    let mut depth = 0i32;
    for t in &toks[..k.min(toks.len())] {
        match t.text {
            "(" => depth += 1,
            ")" => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}

/// The tokens of the parenthetical that contains token `k`.
fn parenthetical<'t, 'a>(toks: &'t [Tok<'a>], k: usize) -> &'t [Tok<'a>] {
    let open = (0..k)
        .rev()
        .find(|&j| toks[j].text == "(")
        .map_or(0, |j| j + 1);
    let close = (k..toks.len())
        .find(|&j| toks[j].text == ")")
        .unwrap_or(toks.len());
    &toks[open..close]
}

/// Where the sentence's first parenthetical starts (the attribution of the main clause is read
/// before it, so "(the statement says …)" does not become the source of the whole sentence).
fn outside_parentheses_end(toks: &[Tok]) -> usize {
    // A short parenthetical ("(INE)", "(EPA)") is an acronym or a gloss: the sentence goes on.
    let short = |k: usize| toks[k + 1..].iter().take(4).any(|t| t.text == ")");
    (0..toks.len())
        .find(|&k| toks[k].text == "(" && !short(k))
        .unwrap_or(toks.len())
}

/// "million-dollar program": a scale word used as an adjective, not an amount.
fn is_adjectival_money(quote: &str) -> bool {
    if has_digit(quote) {
        return false;
    }
    let q = quote.lowercase();
    [
        "million dollar",
        "million-dollar",
        "billion dollar",
        "billion-dollar",
        "trillion-dollar",
        "trillion dollar",
    ]
    .iter()
    .any(|p| q.ends_with(p))
}

fn has_digit(s: &str) -> bool {
    crate::document::ascii::has_digit(s.as_bytes())
}

/// Whether the time expression starting at byte `start` is a comparison's baseline rather than
/// the time of a figure: "respecto de noviembre", "compared with 2023", "than in May", "the highest
/// since 1990".
fn is_baseline(toks: &[Tok], start: usize) -> bool {
    let k = first_at_or_after(toks, start);
    if k < toks.len() && toks[k].is(&["since", "desde"]) {
        return compares_with_baseline(toks, k + 1);
    }
    let prev = |back: usize| k.checked_sub(back).map(|i| &toks[i]);
    let is = |back: usize, words: &[&str]| prev(back).is_some_and(|t| t.is(words));
    // "un 19,6% más que en el mismo periodo de 2023", "compared with the same quarter of 2023"
    // ("up from 180 in the same period of 2024" dates the earlier figure: not a baseline).
    const PERIODS: &[&str] = &[
        "period",
        "periodo",
        "quarter",
        "trimestre",
        "month",
        "mes",
        "semestre",
    ];
    let same_period = (1..=3).any(|back| {
        let mut b = back + 2;
        while is(b, &["the", "el", "la", "in", "en", "al", "del"]) {
            b += 1;
        }
        is(back, PERIODS)
            && is(back + 1, &["same", "mismo"])
            && is(
                b,
                // "down 6.4% from the same period last year".
                &[
                    "than", "que", "with", "con", "respecto", "frente", "over", "from",
                ],
            )
    });
    if same_period {
        return true;
    }
    is(1, &["than", "versus", "vs"])
        || (is(1, &["with", "to"]) && is(2, &["compared", "comparison"]))
        || (is(1, &["de", "a", "al", "con"]) && is(2, &["respecto", "frente", "comparacion"]))
        // ("than at the end of 2023", "que al cierre de 2023".)
        || (is(1, &["in", "en", "at", "al", "a"]) && is(2, &["than", "que"]))
        // "un 14,8 % más que hace un año"; "up 18% from a year earlier".
        || (is(1, &["que"]) && is(2, &["mas", "menos", "mayor", "menor"]))
        || (is(1, &["from"]) && prev(2).is_some_and(ends_a_figure))
        || (is(1, &["since", "desde"]) && compares_with_baseline(toks, k))
}

/// Whether a token is the end of a figure: digits or a percent sign.
fn ends_a_figure(t: &Tok) -> bool {
    t.text == "%" || t.text.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether a superlative or record comes just before "since"/"desde" ("the highest since 1990",
/// "la más alta desde 1990", "first time since 2008"): the year is a baseline, not a start.
fn compares_with_baseline(toks: &[Tok], first: usize) -> bool {
    static BASELINE: Words = Words::new(concat!(
        "highest|",
        "lowest|",
        "biggest|",
        "largest|",
        "smallest|",
        "worst|",
        "best|",
        "most|",
        "least|",
        "first|",
        "fastest|",
        "slowest|",
        "strongest|",
        "weakest|",
        "deepest|",
        "record|",
        "level|",
        "levels|",
        "mas|",
        "menos|",
        "mayor|",
        "menor|",
        "peor|",
        "mejor|",
        "primera|",
        "primer|",
        "maximo|",
        "minimo|",
        "nivel|",
        "niveles|",
    ));
    // (Not the bound "más de 5.000 personas desde el domingo".)
    let from = first.saturating_sub(6);
    (from..first.saturating_sub(1)).any(|k| {
        toks[k].is_in(&BASELINE)
            && !(toks[k].is(&["mas", "menos"])
                && toks.get(k + 1).is_some_and(|t| t.is(&["de", "del"])))
    })
}

/// The degrees a temperature written with its sign ("41°C", "40-45 ºF") is counted in.
fn degrees(q: &Quantity, after: usize) -> Option<Head> {
    let surface = match temperature_scale(q)? {
        "°F" => "degrees fahrenheit",
        _ => "degrees",
    };
    Some(Head::named("degree", surface, after))
}

/// The temperature scale a figure is in ("°C", "°F"), if it is a temperature.
fn temperature_scale(q: &Quantity) -> Option<&str> {
    q.unit.as_deref().filter(|u| matches!(*u, "°C" | "°F"))
}
