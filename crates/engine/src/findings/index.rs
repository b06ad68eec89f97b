//! The incremental index: claims filed by measure key, documents by their story signature. Adding a
//! document compares its claims only with claims filed under related keys in documents about the
//! same story (and with each other); removing one drops its claims and every finding citing them.

use super::compare::{stated, Interval};
use super::explain::Source;
use super::key::{self, Family, Key, Meaning};
use super::money::{self, Rate};
use super::topic::{self, Signature};
use super::{conflict, inconsistency, reprint, Finding, FindingKind};
use crate::claims::{Claim, ClaimKind};
use crate::document::Document;
use crate::lang::Lang;
use crate::lexicon::listed;
use crate::lexicon::FastMap;
use crate::time::Date;
use std::sync::Arc;

/// What the index needs to know about a document besides its claims.
#[derive(Debug, Clone, Default)]
pub struct DocInfo {
    /// The document id.
    pub id: String,
    /// The outlet, when known.
    pub outlet: Option<String>,
    /// The publication date, when known.
    pub published: Option<Date>,
    /// The story signature of its text.
    pub signature: Signature,
    /// The place its title names: where its figures that name none hold.
    pub place: Option<Arc<str>>,
}

impl DocInfo {
    /// The info of a parsed document (signature from its whole text).
    pub fn of(doc: &Document) -> DocInfo {
        DocInfo {
            id: doc.id.clone(),
            outlet: doc.outlet.clone(),
            published: doc.published,
            signature: Signature {
                spanish: doc.lang == Lang::Es,
                ..Signature::of(&format!("{}\n{}", doc.title, doc.text))
            },
            place: title_place(&doc.title),
        }
    }

    /// The info of a document known only through its claims (signature from their sentences).
    pub fn from_claims(id: &str, claims: &[Claim]) -> DocInfo {
        let mut text = String::new();
        let mut last = "";
        for c in claims.iter().filter(|c| c.doc == id) {
            if c.text != last {
                text.push_str(&c.text);
                text.push('\n');
                last = &c.text;
            }
        }
        DocInfo {
            id: id.to_string(),
            outlet: None,
            published: claims
                .iter()
                .find(|c| c.doc == id)
                .and_then(|c| c.time.as_of),
            signature: Signature {
                spanish: crate::document::detect_language(&text) == Lang::Es,
                ..Signature::of(&text)
            },
            place: None,
        }
    }
}

/// The first place a title names ("Valencia floods death toll rises to 95", "Lluvias en Baja
/// California"), of one or two capitalized words; else a name the lexicon does not know right
/// after "in"/"en"/"across", before a lowercase word ("Thousands march in Lisbon against housing
/// costs").
fn title_place(title: &str) -> Option<Arc<str>> {
    let words: Vec<&str> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let capitalized = |w: &str| w.starts_with(char::is_uppercase);
    let known = words.iter().enumerate().find_map(|(k, w)| {
        if !capitalized(w) {
            return None;
        }
        let two = words
            .get(k + 1)
            .and_then(|n| match crate::lexicon::place(&[w, n]) {
                Some((id, 2)) => Some(id),
                _ => None,
            });
        two.or_else(|| crate::lexicon::place(&[w]).map(|(id, _)| id))
    });
    if let Some(id) = known {
        return Some(Arc::from(id));
    }
    words.windows(3).find_map(|w| {
        let located = matches!(w[0], "in" | "en" | "across" | "throughout")
            && capitalized(w[1])
            && w[1].chars().skip(1).all(char::is_lowercase)
            && !capitalized(w[2])
            && crate::time::month_name(w[1], true).is_none()
            && crate::time::weekday_name(w[1], true).is_none();
        located.then(|| Arc::from(crate::lexicon::folded(w[1]).as_ref()))
    })
}

/// Update words, folded as `reprint::words` folds a sentence ("elevó" is "elevo"): a later figure
/// that says it revises an earlier one is a change, not a conflict.
const UPDATE_WORDS: &str = concat!(
    // A total so far is a running tally that a later report revises: "38 people have been
    // treated", "han sido atendidas".
    "been|",
    "sido|",
    "rose|",
    "risen|",
    "rises|",
    "climbed|",
    "climbs|",
    "revised|",
    "raised|",
    "lowered|",
    "updated|",
    "increased|",
    "jumped|",
    "grew|",
    "grown|",
    "reached|",
    "reaches|",
    "topped|",
    "tops|",
    "surpassed|",
    "fell|",
    "dropped|",
    "now|",
    "new|",
    "latest|",
    "elevo|",
    "aumento|",
    "ascendio|",
    "subio|",
    "actualizo|",
    "reviso|",
    "ahora|",
    "nueva|",
    "nuevo|",
    "suma|",
    "asciende|",
    "cifra|",
    "ultimo|",
    "ultima|",
    "actualizado|",
    "actualizada|",
    "bajo|",
    "bajaron|",
    "cayo|",
    "cayeron|",
    "descendio|",
    "disminuyo|",
    "retrocedio|",
    "subieron|",
    "aumentaron|",
    "crecio|",
    "alcanzo|",
    "alcanza|",
    "supera|",
    "supero|",
    "rebasa|",
    "rebaso|",
);

/// Whether the words before a figure make it the size of a change rather than the level reached:
/// "bajó en 60.503 personas", "fell by 5,000" (monthly changes are not one count updated).
fn sizes_a_change(before_quote: &str) -> bool {
    let mut last = before_quote.split_whitespace().rev();
    let (Some(prep), Some(verb)) = (last.next(), last.next()) else {
        return false;
    };
    matches!(prep, "en" | "by")
        && listed(
            UPDATE_WORDS,
            reprint::words(verb).first().map_or("", |w| w.0.as_str()),
        )
}

/// One stored claim with what comparisons need, precomputed.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub claim: Claim,
    pub doc: usize,
    pub family: Family,
    pub concept: String,
    pub head: Option<String>,
    pub meaning: Meaning,
    pub mods: Vec<String>,
    pub words: Vec<String>,
    /// The words of its sentence, folded.
    pub sentence: Vec<String>,
    /// The stated number (US dollars for convertible money).
    pub number: f64,
    /// The admitted interval (US dollars for convertible money).
    pub interval: Interval,
    /// The stated number in its own unit.
    pub native: f64,
    /// Conversion used for money.
    pub usd: Option<(f64, Rate)>,
    pub shingles: Vec<u64>,
    pub start_date: bool,
    pub update: bool,
    pub parenthetical: bool,
    /// The stated number of the figure this claim scopes, when it is a scope.
    pub scope_number: Option<f64>,
    /// Its document's publication date.
    pub published: Option<Date>,
    /// The place its document's title names.
    pub story_place: Option<Arc<str>>,
    pub live: bool,
}

impl Entry {
    fn new(claim: &Claim, doc: usize, family: Family, scope_number: Option<f64>) -> Entry {
        let (native, interval0) = match claim.value {
            Some(v) => (stated(v), Interval::of(v, claim.bound)),
            None => (0.0, Interval { lo: 0.0, hi: 0.0 }),
        };
        let mut number = native;
        let mut interval = interval0;
        let mut usd = None;
        if family == Family::Money {
            let year = claim
                .time
                .to
                .or(claim.time.as_of)
                .map_or(money::LAST_YEAR, |d| d.year);
            if let Some((amount, rate)) = claim
                .unit
                .as_deref()
                .and_then(|cur| money::to_usd(native, cur, year))
            {
                number = amount;
                interval = interval0.scaled(1.0 / rate.per_usd);
                usd = Some((amount, rate));
            }
        }
        let sentence_words: Vec<String> = reprint::words(&claim.text)
            .into_iter()
            .map(|w| w.0)
            .collect();
        let quote_pos = claim
            .text
            .find(claim.quote.trim())
            .unwrap_or(claim.text.len());
        let before_quote = &claim.text[..quote_pos];
        let start_date = family == Family::Date && {
            let tt = claim.time.text.as_deref().unwrap_or("");
            let near: Vec<String> = reprint::words(before_quote)
                .into_iter()
                .rev()
                .take(3)
                .map(|w| w.0)
                .chain(reprint::words(tt).into_iter().map(|w| w.0))
                .collect();
            near.iter().any(|w| crate::claims::START_WORDS.contains(w))
        };
        let parenthetical = match (before_quote.rfind('('), before_quote.rfind(')')) {
            (Some(open), Some(close)) => open > close,
            (Some(_), None) => true,
            _ => false,
        } && !owned_by_name(before_quote);
        Entry {
            claim: claim.clone(),
            doc,
            family,
            concept: key::concept(claim, family),
            head: key::head(claim),
            meaning: Meaning::of(claim),
            mods: key::modifiers(claim),
            words: key::measure_words(&claim.measure),
            number,
            interval,
            native,
            usd,
            shingles: reprint::shingles(&claim.text),
            start_date,
            update: sentence_words.iter().any(|w| listed(UPDATE_WORDS, w))
                && !sizes_a_change(before_quote),
            sentence: sentence_words,
            parenthetical,
            scope_number,
            published: None,
            story_place: None,
            live: true,
        }
    }

    /// Whether two entries come from the same sentence.
    pub fn same_sentence(&self, other: &Entry) -> bool {
        self.doc == other.doc && self.claim.text == other.claim.text
    }
}

#[derive(Debug, Clone, Default)]
struct Bucket {
    /// Entries whose own concept is this key's.
    exact: Vec<usize>,
    /// Entries whose concept is this key's or a kind of it.
    subtree: Vec<usize>,
}

#[derive(Debug, Clone)]
struct DocSlot {
    info: DocInfo,
    entries: Vec<usize>,
    keys: Vec<Key>,
}

/// The incremental findings index.
#[derive(Debug, Clone, Default)]
pub struct Index {
    docs: Vec<Option<DocSlot>>,
    by_id: FastMap<String, usize>,
    entries: Vec<Entry>,
    /// Where each key's bucket is in `buckets`, by [`Key::text`] (a map of strings to places, as
    /// `by_id`: one hash table type fewer in the wasm).
    bucket_of: FastMap<String, usize>,
    /// The buckets; one the removals emptied stays, empty.
    buckets: Vec<Bucket>,
    /// Where each token of the documents' signatures has its list in `postings` (a map to a place
    /// rather than to the list: one hash table type fewer in the wasm, as `by_id`'s).
    posting_of: FastMap<String, usize>,
    /// The documents (slot, weight) whose signature has a token, one list per token; a list the
    /// removals emptied stays, empty.
    postings: Vec<Vec<(usize, u32)>>,
    findings: Vec<Finding>,
    finding_docs: Vec<Vec<usize>>,
    /// Findings a later one contains, set aside with their documents and that finding's id: they
    /// come back if it goes.
    contained: Vec<(Finding, Vec<usize>, String)>,
    next_id: u64,
}

/// A relation found between two entries, before grouping into findings.
#[derive(Debug, Clone)]
pub(crate) struct Relation {
    pub kind: FindingKind,
    /// Why, for the explanation.
    pub why: conflict::Why,
}

impl Index {
    /// An empty index.
    pub fn new() -> Index {
        Index::default()
    }

    /// The findings, in the order found.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// Number of documents indexed.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// Whether no document is indexed.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// Whether the document in `slot` reads as Spanish.
    pub(crate) fn spanish(&self, slot: usize) -> bool {
        self.docs[slot]
            .as_ref()
            .is_some_and(|d| d.info.signature.spanish)
    }

    pub(crate) fn source(&self, slot: usize) -> Source<'_> {
        let info = &self.docs[slot].as_ref().expect("live document").info;
        Source {
            id: &info.id,
            outlet: info.outlet.as_deref(),
            published: info.published,
        }
    }

    /// Removes a document, its claims and every finding citing them; returns whether it was there.
    pub fn remove(&mut self, id: &str) -> bool {
        let Some(slot) = self.by_id.remove(id) else {
            return false;
        };
        let doc = self.docs[slot].take().expect("indexed document");
        for &e in &doc.entries {
            self.entries[e].live = false;
        }
        for key in &doc.keys {
            if let Some(&b) = self.bucket_of.get(&key.text()) {
                let b = &mut self.buckets[b];
                b.exact.retain(|e| !doc.entries.contains(e));
                b.subtree.retain(|e| !doc.entries.contains(e));
            }
        }
        for (token, _) in &doc.info.signature.tokens {
            if let Some(&p) = self.posting_of.get(token) {
                self.postings[p].retain(|(s, _)| *s != slot);
            }
        }
        let mut gone = Vec::new();
        for (f, docs) in self.findings.iter().zip(&self.finding_docs) {
            if docs.contains(&slot) {
                gone.push(f.id.clone());
            }
        }
        let mut keep = self.finding_docs.iter().map(|d| !d.contains(&slot));
        self.findings.retain(|_| keep.next().unwrap_or(true));
        self.finding_docs.retain(|d| !d.contains(&slot));
        // A finding set aside for one that has gone comes back, unless it cites the document too.
        self.contained.retain(|(_, docs, _)| !docs.contains(&slot));
        let (back, kept) = std::mem::take(&mut self.contained)
            .into_iter()
            .partition(|(_, _, by)| gone.contains(by));
        self.contained = kept;
        for (f, docs, _) in back {
            self.findings.push(f);
            self.finding_docs.push(docs);
        }
        true
    }

    /// Sets aside the findings that `f` contains: of its kind, citing fewer claims, all of them
    /// cited by `f` ("12, then 15" inside "12, then 15, then 17").
    fn set_aside_contained(&mut self, f: &Finding) {
        let mut k = 0;
        while k < self.findings.len() {
            let old = &self.findings[k];
            let inside = old.kind == f.kind
                && old.claims.len() < f.claims.len()
                && old.claims.iter().all(|c| f.claims.contains(c));
            if inside {
                let old = self.findings.remove(k);
                let docs = self.finding_docs.remove(k);
                self.contained.push((old, docs, f.id.clone()));
            } else {
                k += 1;
            }
        }
    }

    /// Documents about the same story as `sig`, by slot.
    fn related_docs(&self, sig: &Signature) -> Vec<bool> {
        // A token most of a large archive shares ("government", "million") says nothing about
        // which story a document tells; skipping it keeps the cost proportional to the story's
        // size, not the archive's.
        let common = (self.by_id.len() / 20).max(50);
        let mut shared: Vec<(u32, usize, u32)> = vec![(0, 0, 0); self.docs.len()];
        for (token, w) in &sig.tokens {
            let p = self.posting_of.get(token).map(|&p| &self.postings[p]);
            let Some(p) = p.filter(|p| p.len() <= common) else {
                continue;
            };
            for &(slot, ow) in p {
                let weight = (*w).min(ow);
                let s = &mut shared[slot];
                s.0 += weight;
                if weight >= 2 {
                    s.1 += 1;
                    s.2 += weight;
                }
            }
        }
        shared
            .iter()
            .zip(&self.docs)
            .map(|(&overlap, d)| {
                d.as_ref().is_some_and(|d| {
                    overlap.0 > 0 && topic::same_story_of(overlap, sig, &d.info.signature)
                })
            })
            .collect()
    }

    /// Adds a document and its claims (replacing a document with the same id); returns how many
    /// findings the addition produced.
    pub fn add(&mut self, mut info: DocInfo, claims: &[Claim]) -> usize {
        self.remove(&info.id);
        info.signature.add_figures(
            claims
                .iter()
                .filter(|c| c.doc == info.id && c.kind != ClaimKind::Date)
                .filter_map(|c| c.value.map(stated)),
        );
        let slot = self.docs.len();
        let related = self.related_docs(&info.signature);
        for (token, w) in &info.signature.tokens {
            let next = self.postings.len();
            let p = *self.posting_of.entry(token.clone()).or_insert(next);
            if p == next {
                self.postings.push(Vec::new());
            }
            self.postings[p].push((slot, *w));
        }
        self.by_id.insert(info.id.clone(), slot);
        self.docs.push(Some(DocSlot {
            info,
            entries: Vec::new(),
            keys: Vec::new(),
        }));

        // Digest the new claims.
        let published = self.docs[slot].as_ref().and_then(|d| d.info.published);
        let story_place = self.docs[slot].as_ref().and_then(|d| d.info.place.clone());
        let mut new_entries = Vec::new();
        for c in claims {
            let Some(family) = key::family(c) else {
                continue;
            };
            if family != Family::Statement && c.value.is_none() {
                continue;
            }
            let scope_number = c.scope_of.as_deref().map(|s| {
                // The figure a share is of: another claim of the same document.
                let of = claims.iter().find(|o| o.id == s);
                of.and_then(|o| o.value).map_or(f64::NAN, stated)
            });
            let idx = self.entries.len();
            let mut entry = Entry::new(c, slot, family, scope_number);
            entry.published = published;
            entry.story_place = story_place.clone();
            self.entries.push(entry);
            new_entries.push(idx);
        }

        // Cross-document relations, via the buckets.
        let mut relations: Vec<(usize, usize, Relation)> = Vec::new();
        for &n in &new_entries {
            let e = &self.entries[n];
            let mut candidates: Vec<usize> = Vec::new();
            let own = Key {
                family: e.family,
                concept: e.concept.clone(),
            };
            if let Some(b) = self.bucket(&own) {
                candidates.extend_from_slice(&b.subtree);
            }
            for k in key::filing_keys(e.family, &e.concept).into_iter().skip(1) {
                if let Some(b) = self.bucket(&k) {
                    candidates.extend_from_slice(&b.exact);
                }
            }
            let agrees = |k: usize| {
                conflict::relate(e, &self.entries[k])
                    .is_some_and(|r| r.kind == FindingKind::Corroboration)
            };
            for &c in &candidates {
                let other = &self.entries[c];
                if !other.live || !related.get(other.doc).copied().unwrap_or(false) {
                    continue;
                }
                let Some(rel) = conflict::relate(e, other) else {
                    continue;
                };
                // An article that states two sums ("a 2.4 billion-euro plan … at a cost of 200
                // million euros") speaks of two things: a sum that agrees with one of them is no
                // change of the other. (Counts may be a reported dispute: "806, though the
                // minister said 768".)
                // Either way round: "Of the 150 million lempiras released, 87 million had been
                // spent" restates the other article's 150 million; the 87 million is another sum.
                // Nor is it in conflict with it: "spent $4.5 million … committed $6 million" and
                // "gastado 4,5 millones … comprometió 6 millones" are two sums in each.
                let other_sum = rel.kind != FindingKind::Corroboration
                    && e.family == Family::Money
                    && (candidates.iter().any(|&k| {
                        k != c
                            && self.entries[k].live
                            && self.entries[k].doc == other.doc
                            && agrees(k)
                    }) || new_entries.iter().any(|&m| {
                        m != n
                            && self.entries[m].family == Family::Money
                            && conflict::relate(&self.entries[m], other)
                                .is_some_and(|r| r.kind == FindingKind::Corroboration)
                    }));
                if !other_sum {
                    relations.push((n, c, rel));
                }
            }
        }

        // Within the document.
        let internal = inconsistency::check(&self.entries, &new_entries);

        // File the new entries.
        let mut keys_used = Vec::new();
        for &n in &new_entries {
            let (family, concept) = (self.entries[n].family, self.entries[n].concept.clone());
            let keys = key::filing_keys(family, &concept);
            for (i, k) in keys.into_iter().enumerate() {
                let next = self.buckets.len();
                let b = *self.bucket_of.entry(k.text()).or_insert(next);
                if b == next {
                    self.buckets.push(Bucket::default());
                }
                let b = &mut self.buckets[b];
                if i == 0 {
                    b.exact.push(n);
                }
                b.subtree.push(n);
                if !keys_used.contains(&k) {
                    keys_used.push(k);
                }
            }
        }
        if let Some(d) = self.docs[slot].as_mut() {
            d.entries = new_entries.clone();
            d.keys = keys_used;
        }

        let mut produced = Vec::new();
        produced.extend(super::group(self, &relations));
        produced.extend(
            internal
                .into_iter()
                .map(|f| super::internal_finding(self, f)),
        );
        let count = produced.len();
        for (mut f, docs) in produced {
            self.next_id += 1;
            f.id = format!("f{}", self.next_id);
            self.set_aside_contained(&f);
            self.findings.push(f);
            self.finding_docs.push(docs);
        }
        count
    }

    /// The bucket of a key, if a claim was ever filed under it.
    fn bucket(&self, key: &Key) -> Option<&Bucket> {
        self.bucket_of.get(&key.text()).map(|&b| &self.buckets[b])
    }

    pub(crate) fn entry(&self, i: usize) -> &Entry {
        &self.entries[i]
    }
}

/// Whether a figure opening parentheses follows a name or a demonym that owns it ("followed by
/// Ecuadoreans (57,250) and Haitians (46,558)", "ecuatorianos (57.250)"): a part of a list, not
/// the figure before restated.
fn owned_by_name(before_quote: &str) -> bool {
    let Some(rest) = before_quote.trim_end().strip_suffix('(') else {
        return false;
    };
    let word = rest
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    word.starts_with(char::is_uppercase) || crate::lexicon::demonym_country(word).is_some()
}
