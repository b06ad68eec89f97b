//! Measure keys and grouping: which claims can be about the same thing. A claim is filed under its
//! counted concept and that concept's hypernyms (via the lexicon), so adding a claim looks only at
//! claims whose heads are related to its own; finer checks (modifiers, qualifiers, place, scope)
//! decide whether two candidates measure the same thing.

use super::reprint::words;
use crate::case::Lowercase;
use crate::claims::{Claim, ClaimKind, Qualifier};

/// The family of figure a claim states; only claims of one family are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    /// Counts and ranges of counts.
    Count,
    /// Amounts of money (compared in US dollars).
    Money,
    /// Percentages.
    Percent,
    /// Percentage points: differences of percentages.
    Points,
    /// Rates, by base (`per` as integer).
    Rate(u64),
    /// Ratios.
    Ratio,
    /// Years that date an event.
    Date,
    /// Non-numeric assertions.
    Statement,
}

/// A bucket of the index: a figure family and a concept (or a fallback label).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Key {
    /// The figure family.
    pub family: Family,
    /// A lexicon concept id, a statement topic, or a `?`-prefixed fallback label.
    pub concept: String,
}

/// What a qualifier makes of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Meaning {
    /// No qualifier: what the sentence says, unqualified.
    Plain,
    /// Already there now.
    Already,
    /// An increment.
    Additional,
    /// A total after something happens.
    Total,
    /// A goal.
    Target,
    /// Accumulated over a period.
    Cumulative,
    /// An average.
    Average,
    /// The size of a rise or fall.
    Change,
}

impl Meaning {
    /// The meaning of a claim's figure.
    pub fn of(claim: &Claim) -> Meaning {
        let m = match claim.qualifier {
            None => Meaning::Plain,
            Some(Qualifier::Already) => Meaning::Already,
            Some(Qualifier::Additional) => Meaning::Additional,
            Some(Qualifier::Total) => Meaning::Total,
            Some(Qualifier::Target) => Meaning::Target,
            Some(Qualifier::Cumulative) => Meaning::Cumulative,
            Some(Qualifier::Average) => Meaning::Average,
            Some(Qualifier::Change) => Meaning::Change,
        };
        // A count over an open period ("since 2002, over 3,650 deployed") is cumulative.
        let counted = matches!(claim.kind, ClaimKind::Count | ClaimKind::Range);
        let open_period = claim.time.from.is_some() && claim.time.to.is_none();
        // A running tally (deaths, cases) is cumulative by nature: "22 hospitalized since the
        // outbreak began" and "23 hospitalized" read alike.
        let tally = claim.head.as_deref().is_some_and(super::change::is_tally);
        if counted && tally && matches!(m, Meaning::Plain | Meaning::Cumulative) {
            return Meaning::Plain;
        }
        if counted
            && open_period
            && matches!(m, Meaning::Plain | Meaning::Already | Meaning::Target)
        {
            return Meaning::Cumulative;
        }
        // Money spent is cumulative by nature: "cost, cumulative" and "cost" read alike.
        if claim.kind == ClaimKind::Money && m == Meaning::Cumulative {
            return Meaning::Plain;
        }
        m
    }

    /// The word for it in explanations.
    pub fn word(self) -> &'static str {
        self.word_in(super::explain::Lang::En)
    }

    /// The word for it in explanations in `lang` ("total after the change" / "total tras el
    /// cambio").
    pub fn word_in(self, lang: super::explain::Lang) -> &'static str {
        let (en, es) = match self {
            Meaning::Plain => ("stated", "cifra declarada"),
            Meaning::Already => ("already there", "los ya presentes"),
            Meaning::Additional => ("additional", "adicionales"),
            Meaning::Total => ("total after the change", "total tras el cambio"),
            Meaning::Target => ("target", "objetivo"),
            Meaning::Cumulative => ("cumulative", "acumulado"),
            Meaning::Average => ("average", "promedio"),
            Meaning::Change => ("change", "variación"),
        };
        lang.pick(en, es)
    }
}

/// Whether the same number read with these two meanings says incompatible things: a total or goal
/// vs an increment, or what is already there vs the total after more arrive.
pub fn meanings_clash(a: Meaning, b: Meaning) -> bool {
    use Meaning::*;
    let pair = |x: Meaning, y: Meaning| (a == x && b == y) || (a == y && b == x);
    pair(Total, Additional)
        || pair(Target, Additional)
        || pair(Already, Total)
        || pair(Cumulative, Total)
}

/// The family of a claim, or `None` for claims never compared (no value, no topic).
pub fn family(claim: &Claim) -> Option<Family> {
    let unit = claim.unit.as_deref().unwrap_or("");
    Some(match claim.kind {
        ClaimKind::Statement => {
            claim.topic.as_ref()?;
            claim.polarity?;
            Family::Statement
        }
        ClaimKind::Date => Family::Date,
        ClaimKind::Money => Family::Money,
        ClaimKind::Percent if unit == "pp" => Family::Points,
        ClaimKind::Percent => Family::Percent,
        ClaimKind::Rate => Family::Rate(claim.per.unwrap_or(0.0).round().max(0.0) as u64),
        ClaimKind::Ratio => Family::Ratio,
        ClaimKind::Count | ClaimKind::Range => {
            if unit == "%" {
                Family::Percent
            } else if unit.len() == 3 && unit.chars().all(|c| c.is_ascii_uppercase()) {
                Family::Money
            } else {
                Family::Count
            }
        }
    })
}

/// The counted concept of a claim: its head, else a concept found in its unit.
pub fn head(claim: &Claim) -> Option<String> {
    if let Some(h) = &claim.head {
        return Some(h.clone());
    }
    let unit = claim.unit.as_deref()?;
    let last = words(unit).pop()?.0;
    lexicon::lookup(&last).map(str::to_string)
}

/// Money heads that name the same thing: what was paid.
fn money_group(head: &str) -> &str {
    match head {
        "cost" | "payment" | "expenditure" | "spending" | "expense" | "price" | "outlay"
        | "gasto" | "costo" | "pago" => "cost",
        other => other,
    }
}

/// Whether two money heads can be the same amount: both say what the money is, and it is the same
/// thing ("cost" and "spending" alike). An amount that says nothing of what it pays ("$1.2
/// billion") is never set against another: revenue, profit and savings share no figure.
pub fn money_heads_match(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (None, _) | (_, None) | (Some("money"), _) | (_, Some("money")) => false,
        (Some(a), Some(b)) => money_group(a) == money_group(b),
    }
}

/// How many hypernym steps lead up from `from` to `to`, when `to` is one of its hypernyms.
fn up_distance(from: &str, to: &str) -> Option<usize> {
    let mut frontier: Vec<&str> = vec![from];
    for depth in 1..8 {
        let mut next: Vec<&str> = Vec::new();
        for f in frontier {
            for p in lexicon::parents(f) {
                if *p == to {
                    return Some(depth);
                }
                next.push(p);
            }
        }
        if next.is_empty() {
            return None;
        }
        frontier = next;
    }
    None
}

/// How many hypernym steps separate two concepts, when one is a kind of the other.
pub fn head_distance(a: &str, b: &str) -> Option<usize> {
    if a == b {
        return Some(0);
    }
    up_distance(a, b).or_else(|| up_distance(b, a))
}

/// Whether two heads are close enough to count the same people or things: equal, or one a kind of
/// the other within `max` steps, the more general one not a root ("person", "place").
pub fn heads_related(a: &str, b: &str, max: usize) -> bool {
    if a == b {
        return true;
    }
    let (d, general) = match (up_distance(a, b), up_distance(b, a)) {
        (Some(d), _) => (d, b),
        (_, Some(d)) => (d, a),
        _ => return false,
    };
    d <= max && !lexicon::parents(general).is_empty()
}

impl Key {
    /// The key as one string: a letter for the family (a rate's base after it), a unit separator,
    /// the concept.
    pub(crate) fn text(&self) -> String {
        let family = match self.family {
            Family::Count => "c",
            Family::Money => "m",
            Family::Percent => "p",
            Family::Points => "q",
            Family::Rate(_) => "r",
            Family::Ratio => "o",
            Family::Date => "d",
            Family::Statement => "s",
        };
        let mut text = String::from(family);
        if let Family::Rate(per) = self.family {
            text.push_str(&per.to_string());
        }
        text.push('\u{1f}');
        text.push_str(&self.concept);
        text
    }
}

/// The keys a claim is filed under: its own concept and every hypernym of it.
pub fn filing_keys(family: Family, concept: &str) -> Vec<Key> {
    let mut out = vec![Key {
        family,
        concept: concept.to_string(),
    }];
    for a in lexicon::ancestors(concept) {
        out.push(Key {
            family,
            concept: a.to_string(),
        });
    }
    out
}

/// The concept a claim is filed and looked up under.
pub fn concept(claim: &Claim, family: Family) -> String {
    match family {
        Family::Statement => claim.topic.clone().unwrap_or_default().lowercase(),
        Family::Money | Family::Date => "*".to_string(),
        _ => match head(claim) {
            Some(h) => h,
            None => format!(
                "?{}",
                claim
                    .unit
                    .as_deref()
                    .map(|u| words(u)
                        .into_iter()
                        .map(|w| w.0)
                        .collect::<Vec<_>>()
                        .join(" "))
                    .unwrap_or_default()
            ),
        },
    }
}

/// Folded, sorted modifiers.
pub fn modifiers(claim: &Claim) -> Vec<String> {
    let mut m: Vec<String> = claim
        .modifiers
        .iter()
        .map(|s| {
            words(s)
                .into_iter()
                .map(|w| w.0)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|s| !s.is_empty())
        .collect();
    crate::sort::sort(&mut m);
    m.dedup();
    m
}

/// Whether one modifier set narrows the other (or they are equal): "cuban" and "cuban family
/// medicine" can be the same group; "cuban" and "mexican" cannot.
pub fn modifiers_nested(a: &[String], b: &[String]) -> bool {
    a.iter().all(|m| b.contains(m)) || b.iter().all(|m| a.contains(m))
}

/// Words that carry no meaning in a measure ("figure" is what a claim without one is called).
const MEASURE_STOP: &str = concat!(
    "the|", "a|", "an|", "of|", "in|", "to|", "on|", "at|", "for|", "by|", "and|", "or|", "who|",
    "that|", "de|", "del|", "la|", "el|", "los|", "las|", "en|", "a|", "por|", "para|", "y|", "o|",
    "que|", "un|", "una|", "figure|", "cifra|",
);

/// The content words of a measure, sorted.
pub fn measure_words(measure: &str) -> Vec<String> {
    let mut w: Vec<String> = words(measure)
        .into_iter()
        .map(|w| w.0)
        .filter(|w| !crate::lexicon::listed(MEASURE_STOP, w))
        .map(|w| w.trim_end_matches('s').to_string())
        .collect();
    crate::sort::sort(&mut w);
    w.dedup();
    w
}

/// Jaccard similarity of two sorted word lists.
pub fn word_similarity(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let shared = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    shared as f64 / (a.len() + b.len() - shared) as f64
}

/// The lexicon's hypernym table, as the key needs it.
mod lexicon {
    /// Direct hypernyms of a concept (empty for roots and unknown ids).
    pub fn parents(id: &str) -> &'static [&'static str] {
        crate::lexicon::by_id(id).map_or(&[], |c| c.parents)
    }

    /// All hypernyms, nearest first.
    pub fn ancestors(id: &str) -> Vec<&'static str> {
        crate::lexicon::ancestors(id)
    }

    /// The concept a noun names (singular or plural, English or Spanish).
    pub fn lookup(word: &str) -> Option<&'static str> {
        crate::lexicon::concept(word).map(|c| c.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads() {
        assert!(heads_related("specialist", "doctor", 2));
        assert!(heads_related("doctor", "healthcare worker", 2));
        assert!(!heads_related("doctor", "nurse", 2));
        assert!(!heads_related("state", "person", 3));
        assert!(!heads_related("doctor", "person", 4));
    }

    #[test]
    fn money_is_compared_only_when_both_amounts_say_what_they_pay() {
        assert!(money_heads_match(Some("cost"), Some("spending")));
        assert!(!money_heads_match(Some("revenue"), Some("profit")));
        // "$1.2 billion" that names nothing is never set against revenue, nor against another.
        assert!(!money_heads_match(None, Some("revenue")));
        assert!(!money_heads_match(Some("money"), Some("cost")));
        assert!(!money_heads_match(None, None));
    }

    #[test]
    fn clashes() {
        assert!(meanings_clash(Meaning::Target, Meaning::Additional));
        assert!(meanings_clash(Meaning::Cumulative, Meaning::Total));
        assert!(!meanings_clash(Meaning::Already, Meaning::Plain));
    }
}
