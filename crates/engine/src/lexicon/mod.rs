//! General-knowledge lexicons, English and Spanish: counted nouns with their hypernyms and
//! translations, currency names, hedge words and reporting verbs. Nothing here is specific to one
//! news story.
