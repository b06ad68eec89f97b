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

/// Phrase (folded, single spaces) `=` its qualifier's letter (see [`letter`]), each followed by
/// `|`; `-` blocks a shorter match.
const PHRASES: &str = concat!(
    // Already there / deployed / active.
    "already=a|currently=a|now=a|presently=a|at present=a|at the moment=a|right now=a|",
    "active=a|existing=a|current=a|currently deployed=a|deployed=a|stationed=a|serving=a|",
    "in service=a|on duty=a|in place=a|ya=a|actualmente=a|en activo=a|en la actualidad=a|",
    "hoy en dia=a|al momento=a|activo=a|activos=a|activa=a|activas=a|existente=a|",
    "existentes=a|vigente=a|vigentes=a|en funciones=a|en servicio=a|en operacion=a|",
    "desplegados=a|desplegadas=a|presentes=a|",
    // An increment.
    "additional=n|more=n|another=n|new=n|newly=n|extra=n|further=n|additionally=n|",
    "on top of=n|in addition to=n|adicional=n|adicionales=n|mas=n|otro=n|otra=n|otros=n|",
    "otras=n|nuevo=n|nueva=n|nuevos=n|nuevas=n|extras=n|suplementarios=n|de mas=n|",
    "ademas de=n|se suman=n|se sumaran=n|",
    // Bounds, not qualifiers.
    "more than=-|more or less=-|no more than=-|mas de=-|mas que=-|mas o menos=-|new york=-|",
    "new zealand=-|new delhi=-|nueva york=-|nueva zelanda=-|nuevo leon=-|nuevo laredo=-|",
    // A total.
    "total=t|in total=t|in all=t|a total of=t|total of=t|for a total of=t|to a total of=t|",
    "bringing the total to=t|bringing the number to=t|raising the total to=t|",
    "taking the total to=t|overall=t|altogether=t|all told=t|combined=t|en total=t|",
    "un total de=t|para un total de=t|en conjunto=t|con lo que suman=t|con lo que sumaran=t|",
    "lo que eleva el total a=t|elevando el total a=t|elevando la cifra a=t|la cifra total=t|",
    "totales=t|suman=t|sumaran=t|",
    // A target or plan.
    "target=g|goal=g|aim=g|aims to=g|planned=g|plan to=g|plans to=g|planning to=g|",
    "intends to=g|seeks to=g|expected=g|expected to=g|is expected to=g|are expected to=g|",
    "will=g|projected=g|forecast=g|proposed=g|pledged=g|promised=g|up to=-|meta=g|la meta=g|",
    "objetivo=g|el objetivo=g|prevé=g|preve=g|se preve=g|planea=g|planean=g|se planea=g|",
    "se espera=g|se esperan=g|espera=g|pretende=g|busca=g|proyecta=g|previsto=g|previstos=g|",
    "prevista=g|previstas=g|planeado=g|planeados=g|programado=g|programados=g|propuesto=g|",
    "propuestos=g|prometidos=g|comprometidos=g|sera=g|seran=g|habra=g|llegaran=g|",
    "se contrataran=g|",
    // Accumulated since a start.
    "cumulative=c|cumulatively=c|accumulated=c|since=c|since then=c|so far=c|thus far=c|",
    "to date=c|up to now=c|until now=c|over the years=c|over the past=c|so far this year=c|",
    "year to date=c|all-time=c|in history=c|desde=c|desde entonces=c|hasta ahora=c|",
    "hasta el momento=c|hasta la fecha=c|a la fecha=c|en lo que va de=c|en lo que va del=c|",
    "a lo largo de=c|acumulado=c|acumulados=c|acumulada=c|acumuladas=c|en su historia=c|",
    "historicamente=c|",
    // An average.
    "average=v|on average=v|an average of=v|averaging=v|averaged=v|on an average=v|mean=v|",
    "promedio=v|en promedio=v|un promedio de=v|como promedio=v|de promedio=v|promedian=v|",
    "promedia=v|de media=v|en media=v|una media de=v|",
);

struct Index {
    /// Each folded phrase's qualifier letter (a `usize`: a map of the same type as the lexicon's
    /// others, so the wasm carries one hash table's code).
    map: FastMap<String, usize>,
    max_words: usize,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map = FastMap::default();
        let mut max_words = 1;
        for (p, q) in entries() {
            let k = fold(p);
            max_words = max_words.max(k.split(' ').count());
            map.insert(k, q.as_bytes()[0] as usize);
        }
        Index { map, max_words }
    })
}

/// The table's phrases and their letters, in order.
fn entries() -> impl Iterator<Item = (&'static str, &'static str)> {
    PHRASES
        .split_terminator('|')
        .filter_map(|e| e.split_once('='))
}

/// The qualifier a table letter stands for (`None` for `-`, a bound).
fn letter(b: usize) -> Option<Qualifier> {
    Some(match b as u8 {
        b'a' => Alr,
        b'n' => Add,
        b't' => Tot,
        b'g' => Tgt,
        b'c' => Cum,
        b'v' => Avg,
        _ => return None,
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
        if let Some(&q) = idx.map.get(&key) {
            best = Some((letter(q), i + 1));
        }
    }
    let (q, n) = best?;
    q.map(|q| (q, n))
}

/// The qualifier a whole folded phrase (words joined by one space) names, if any.
pub(crate) fn qualifier_phrase(folded: &str) -> Option<Qualifier> {
    index().map.get(folded).and_then(|&q| letter(q))
}

/// Whether the folded `word` may end a phrase that names a total or a cumulative figure.
pub(crate) fn may_end_total(word: &str) -> bool {
    TOTAL_ENDS.admits(word)
}

/// A filter of the last words of the phrases that name a total or a cumulative figure (ASCII, so
/// their folded forms have the same shapes).
const TOTAL_ENDS: Shapes = {
    let mut shapes = Shapes::of(&[]);
    let t = PHRASES.as_bytes();
    // `i` walks the table; `word` is where the entry's current word starts.
    let (mut i, mut word) = (0, 0);
    while i < t.len() {
        match t[i] {
            b' ' => word = i + 1,
            b'=' => {
                if t[i + 1] == b't' || t[i + 1] == b'c' {
                    let mut k = word;
                    while k < i {
                        assert!(t[k].is_ascii());
                        k += 1;
                    }
                    shapes = shapes.with_bytes(t, word, i);
                }
                i += 2;
                word = i + 1;
            }
            _ => {}
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
    entries().count()
}
