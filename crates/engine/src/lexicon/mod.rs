//! General-knowledge lexicons, English and Spanish: counted nouns with their hypernyms and
//! translations, currency names, hedge words and reporting verbs. Nothing here is specific to one
//! news story.
//!
//! Every lookup is case- and accent-insensitive ([`fold`]); tables are built once, lazily.

mod inflection;
mod negation;
mod nouns;
mod places;
mod qualifiers;
mod reporting;
mod stopwords;

pub use inflection::{fold, singular};
pub use negation::{is_negation, negation};
pub use nouns::{
    ancestors, by_id, concept, concept_phrase, concepts, is_a, kind, related, Concept,
};
pub use places::{countries, demonym_country, is_region, place, regions, within};
pub use qualifiers::qualifier;
pub use reporting::{attribution_cue, is_reporting_verb};
pub use stopwords::is_stopword;

/// Table sizes: (concepts, noun surface forms, countries, regions, qualifier phrases, stopwords).
pub fn coverage() -> (usize, usize, usize, usize, usize, usize) {
    let (concepts, forms) = nouns::coverage();
    (
        concepts,
        forms,
        places::countries().count(),
        places::regions().count(),
        qualifiers::coverage(),
        stopwords::coverage(),
    )
}
