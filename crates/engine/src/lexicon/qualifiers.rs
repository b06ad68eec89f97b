//! Words and phrases that change what a figure means, mapped to [`Qualifier`].
//!
//! "more than"/"más de"/"over" are bounds (hedges), not increments: they match as `None` so the
//! longest match at the start of "más de 500" does not read "más" as [`Qualifier::Additional`].

use super::inflection::{fold, fold_into};
use super::{FastMap, Shapes};
use crate::claims::Qualifier;
use std::sync::OnceLock;

use Qualifier::{Additional as Add, Already as Alr, Average as Avg, Cumulative as Cum};
use Qualifier::{Target as Tgt, Total as Tot};

/// Phrase (folded, single spaces) → qualifier; `None` blocks a shorter match.
const PHRASES: &[(&str, Option<Qualifier>)] = &[
    // Already there / deployed / active.
    ("already", Some(Alr)),
    ("currently", Some(Alr)),
    ("now", Some(Alr)),
    ("presently", Some(Alr)),
    ("at present", Some(Alr)),
    ("at the moment", Some(Alr)),
    ("right now", Some(Alr)),
    ("active", Some(Alr)),
    ("existing", Some(Alr)),
    ("current", Some(Alr)),
    ("currently deployed", Some(Alr)),
    ("deployed", Some(Alr)),
    ("stationed", Some(Alr)),
    ("serving", Some(Alr)),
    ("in service", Some(Alr)),
    ("on duty", Some(Alr)),
    ("in place", Some(Alr)),
    ("ya", Some(Alr)),
    ("actualmente", Some(Alr)),
    ("en activo", Some(Alr)),
    ("en la actualidad", Some(Alr)),
    ("hoy en dia", Some(Alr)),
    ("al momento", Some(Alr)),
    ("activo", Some(Alr)),
    ("activos", Some(Alr)),
    ("activa", Some(Alr)),
    ("activas", Some(Alr)),
    ("existente", Some(Alr)),
    ("existentes", Some(Alr)),
    ("vigente", Some(Alr)),
    ("vigentes", Some(Alr)),
    ("en funciones", Some(Alr)),
    ("en servicio", Some(Alr)),
    ("en operacion", Some(Alr)),
    ("desplegados", Some(Alr)),
    ("desplegadas", Some(Alr)),
    ("presentes", Some(Alr)),
    // An increment.
    ("additional", Some(Add)),
    ("more", Some(Add)),
    ("another", Some(Add)),
    ("new", Some(Add)),
    ("newly", Some(Add)),
    ("extra", Some(Add)),
    ("further", Some(Add)),
    ("additionally", Some(Add)),
    ("on top of", Some(Add)),
    ("in addition to", Some(Add)),
    ("adicional", Some(Add)),
    ("adicionales", Some(Add)),
    ("mas", Some(Add)),
    ("otro", Some(Add)),
    ("otra", Some(Add)),
    ("otros", Some(Add)),
    ("otras", Some(Add)),
    ("nuevo", Some(Add)),
    ("nueva", Some(Add)),
    ("nuevos", Some(Add)),
    ("nuevas", Some(Add)),
    ("extras", Some(Add)),
    ("suplementarios", Some(Add)),
    ("de mas", Some(Add)),
    ("ademas de", Some(Add)),
    ("se suman", Some(Add)),
    ("se sumaran", Some(Add)),
    // Bounds, not qualifiers.
    ("more than", None),
    ("more or less", None),
    ("no more than", None),
    ("mas de", None),
    ("mas que", None),
    ("mas o menos", None),
    ("new york", None),
    ("new zealand", None),
    ("new delhi", None),
    ("nueva york", None),
    ("nueva zelanda", None),
    ("nuevo leon", None),
    ("nuevo laredo", None),
    // A total.
    ("total", Some(Tot)),
    ("in total", Some(Tot)),
    ("in all", Some(Tot)),
    ("a total of", Some(Tot)),
    ("total of", Some(Tot)),
    ("for a total of", Some(Tot)),
    ("to a total of", Some(Tot)),
    ("bringing the total to", Some(Tot)),
    ("bringing the number to", Some(Tot)),
    ("raising the total to", Some(Tot)),
    ("taking the total to", Some(Tot)),
    ("overall", Some(Tot)),
    ("altogether", Some(Tot)),
    ("all told", Some(Tot)),
    ("combined", Some(Tot)),
    ("en total", Some(Tot)),
    ("un total de", Some(Tot)),
    ("para un total de", Some(Tot)),
    ("en conjunto", Some(Tot)),
    ("con lo que suman", Some(Tot)),
    ("con lo que sumaran", Some(Tot)),
    ("lo que eleva el total a", Some(Tot)),
    ("elevando el total a", Some(Tot)),
    ("elevando la cifra a", Some(Tot)),
    ("la cifra total", Some(Tot)),
    ("totales", Some(Tot)),
    ("suman", Some(Tot)),
    ("sumaran", Some(Tot)),
    // A target or plan.
    ("target", Some(Tgt)),
    ("goal", Some(Tgt)),
    ("aim", Some(Tgt)),
    ("aims to", Some(Tgt)),
    ("planned", Some(Tgt)),
    ("plan to", Some(Tgt)),
    ("plans to", Some(Tgt)),
    ("planning to", Some(Tgt)),
    ("intends to", Some(Tgt)),
    ("seeks to", Some(Tgt)),
    ("expected", Some(Tgt)),
    ("expected to", Some(Tgt)),
    ("is expected to", Some(Tgt)),
    ("are expected to", Some(Tgt)),
    ("will", Some(Tgt)),
    ("projected", Some(Tgt)),
    ("forecast", Some(Tgt)),
    ("proposed", Some(Tgt)),
    ("pledged", Some(Tgt)),
    ("promised", Some(Tgt)),
    ("up to", None),
    ("meta", Some(Tgt)),
    ("la meta", Some(Tgt)),
    ("objetivo", Some(Tgt)),
    ("el objetivo", Some(Tgt)),
    ("prevé", Some(Tgt)),
    ("preve", Some(Tgt)),
    ("se preve", Some(Tgt)),
    ("planea", Some(Tgt)),
    ("planean", Some(Tgt)),
    ("se planea", Some(Tgt)),
    ("se espera", Some(Tgt)),
    ("se esperan", Some(Tgt)),
    ("espera", Some(Tgt)),
    ("pretende", Some(Tgt)),
    ("busca", Some(Tgt)),
    ("proyecta", Some(Tgt)),
    ("previsto", Some(Tgt)),
    ("previstos", Some(Tgt)),
    ("prevista", Some(Tgt)),
    ("previstas", Some(Tgt)),
    ("planeado", Some(Tgt)),
    ("planeados", Some(Tgt)),
    ("programado", Some(Tgt)),
    ("programados", Some(Tgt)),
    ("propuesto", Some(Tgt)),
    ("propuestos", Some(Tgt)),
    ("prometidos", Some(Tgt)),
    ("comprometidos", Some(Tgt)),
    ("sera", Some(Tgt)),
    ("seran", Some(Tgt)),
    ("habra", Some(Tgt)),
    ("llegaran", Some(Tgt)),
    ("se contrataran", Some(Tgt)),
    // Accumulated since a start.
    ("cumulative", Some(Cum)),
    ("cumulatively", Some(Cum)),
    ("accumulated", Some(Cum)),
    ("since", Some(Cum)),
    ("since then", Some(Cum)),
    ("so far", Some(Cum)),
    ("thus far", Some(Cum)),
    ("to date", Some(Cum)),
    ("up to now", Some(Cum)),
    ("until now", Some(Cum)),
    ("over the years", Some(Cum)),
    ("over the past", Some(Cum)),
    ("so far this year", Some(Cum)),
    ("year to date", Some(Cum)),
    ("all-time", Some(Cum)),
    ("in history", Some(Cum)),
    ("desde", Some(Cum)),
    ("desde entonces", Some(Cum)),
    ("hasta ahora", Some(Cum)),
    ("hasta el momento", Some(Cum)),
    ("hasta la fecha", Some(Cum)),
    ("a la fecha", Some(Cum)),
    ("en lo que va de", Some(Cum)),
    ("en lo que va del", Some(Cum)),
    ("a lo largo de", Some(Cum)),
    ("acumulado", Some(Cum)),
    ("acumulados", Some(Cum)),
    ("acumulada", Some(Cum)),
    ("acumuladas", Some(Cum)),
    ("en su historia", Some(Cum)),
    ("historicamente", Some(Cum)),
    // An average.
    ("average", Some(Avg)),
    ("on average", Some(Avg)),
    ("an average of", Some(Avg)),
    ("averaging", Some(Avg)),
    ("averaged", Some(Avg)),
    ("on an average", Some(Avg)),
    ("mean", Some(Avg)),
    ("promedio", Some(Avg)),
    ("en promedio", Some(Avg)),
    ("un promedio de", Some(Avg)),
    ("como promedio", Some(Avg)),
    ("de promedio", Some(Avg)),
    ("promedian", Some(Avg)),
    ("promedia", Some(Avg)),
    ("de media", Some(Avg)),
    ("en media", Some(Avg)),
    ("una media de", Some(Avg)),
];

struct Index {
    /// Each folded phrase's place in [`PHRASES`] (an index rather than the qualifier: a map of
    /// the same type as the lexicon's others, so the wasm carries one hash table's code).
    map: FastMap<String, usize>,
    max_words: usize,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map = FastMap::default();
        let mut max_words = 1;
        for (i, (p, _)) in PHRASES.iter().enumerate() {
            let k = fold(p);
            max_words = max_words.max(k.split(' ').count());
            map.insert(k, i);
        }
        Index { map, max_words }
    })
}

/// The qualifier phrase at the start of `words` (longest match) and the words it consumes.
pub fn qualifier(words: &[&str]) -> Option<(Qualifier, usize)> {
    let idx = index();
    let mut key = String::new();
    let mut best: Option<(Option<Qualifier>, usize)> = None;
    for (i, w) in words.iter().take(idx.max_words).enumerate() {
        if i > 0 {
            key.push(' ');
        }
        fold_into(&mut key, w);
        if let Some(&at) = idx.map.get(&key) {
            best = Some((PHRASES[at].1, i + 1));
        }
    }
    let (q, n) = best?;
    q.map(|q| (q, n))
}

/// The qualifier a whole folded phrase (words joined by one space) names, if any.
pub(crate) fn qualifier_phrase(folded: &str) -> Option<Qualifier> {
    index().map.get(folded).and_then(|&at| PHRASES[at].1)
}

/// Whether the folded `word` may end a phrase that names a total or a cumulative figure.
pub(crate) fn may_end_total(word: &str) -> bool {
    TOTAL_ENDS.admits(word)
}

/// A filter of the last words of the phrases that name a total or a cumulative figure (ASCII, so
/// their folded forms have the same shapes).
const TOTAL_ENDS: Shapes = {
    let mut shapes = Shapes::of(&[]);
    let mut i = 0;
    while i < PHRASES.len() {
        if matches!(PHRASES[i].1, Some(Tot | Cum)) {
            let w = PHRASES[i].0.as_bytes();
            let mut start = w.len();
            while start > 0 && w[start - 1] != b' ' {
                start -= 1;
                assert!(w[start].is_ascii());
            }
            shapes = shapes.with_bytes(w, start, w.len());
        }
        i += 1;
    }
    shapes
};

/// The most words a qualifier phrase has.
pub(crate) fn longest_qualifier() -> usize {
    index().max_words
}

/// Number of qualifier phrases.
pub fn coverage() -> usize {
    PHRASES.len()
}
