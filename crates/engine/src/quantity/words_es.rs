//! Spanish number words: cardinals (with "veinti-" and "-cientos" forms), "mil", "millones",
//! "billón" (10^12), ordinals, and the "-avo" / "-ésimo" fraction denominators.

use super::lexicon::{Class, Lex};

/// The Spanish number words, as `forms=meaning` entries (read by [`super::lexicon`]); an
/// ordinal's plural forms ("quintos") are made from its singular ones, and an entry `=x` takes a
/// form back ("segundos" is the unit of time).
pub(crate) const TABLE: &str = concat!(
    "cero=c0z|uno,un,una=c1u|dos=c2u|tres=c3u|cuatro=c4u|cinco=c5u|seis=c6u|siete=c7u|ocho=c8u|",
    "nueve=c9u|diez=c10t|once=c11t|doce=c12t|trece=c13t|catorce=c14t|quince=c15t|",
    "dieciseis=c16t|diecisiete=c17t|dieciocho=c18t|diecinueve=c19t|veinte=c20x|",
    "veintiuno,veintiun,veintiuna=c21w|veintidos=c22w|veintitres=c23w|veinticuatro=c24w|",
    "veinticinco=c25w|veintiseis=c26w|veintisiete=c27w|veintiocho=c28w|veintinueve=c29w|",
    "treinta=c30x|cuarenta=c40x|cincuenta=c50x|sesenta=c60x|setenta=c70x|ochenta=c80x|",
    "noventa=c90x|cien,ciento=c100c|doscientos,doscientas=c200c|trescientos,trescientas=c300c|",
    "cuatrocientos,cuatrocientas=c400c|quinientos,quinientas=c500c|",
    "seiscientos,seiscientas=c600c|setecientos,setecientas=c700c|",
    "ochocientos,ochocientas=c800c|novecientos,novecientas=c900c|mil=c1e3s|",
    "millon,millones=c1e6s|millardo,millardos=c1e9s|billon,billones=c1e12s|",
    "trillon,trillones=c1e18s|docena,docenas,dz,dzs,doz,dozs=c12d|decena,decenas=c10d|",
    "veintena,veintenas=c20d|treintena=c30d|centenar,centenares=c100d|millar,millares=c1e3d|",
    "y=y|coma,punto=p|con=k|medio,media=f2|medios,medias=F2|tercio=f3|tercios=F3|mitad=f2|",
    "varios,varias,cuantos,cuantas,algunos,algunas=v0|cientos=v100|miles=v1e3|",
    "primero,primer,primera=o1|segundo,segunda=o2|segundos=x|tercero,tercer,tercera=o3|",
    "cuarto,cuarta=o4|quinto,quinta=o5|sexto,sexta=o6|septimo,septima,setimo,setima=o7|",
    "octavo,octava=o8|noveno,novena=o9|decimo,decima=o10|centesimo,centesima=o100|",
    "mediodia=h12|medianoche=h0|doble=m2|triple=m3|cuadruple=m4",
);

/// A fraction denominator outside the table, read by rule ("veintiunavos", "milésimas").
pub(crate) fn denominator(w: &str) -> Option<Lex> {
    let plural = w.ends_with('s');
    let base = w.strip_suffix('s').unwrap_or(w);
    for suf in ["avo", "ava"] {
        if let Some(stem) = base.strip_suffix(suf) {
            let v = compact(stem).or_else(|| compact(&format!("{stem}a")))?;
            if v >= 11.0 {
                return Some(Lex::Ord(v, plural));
            }
            if v >= 3.0 && stem.len() > 3 {
                return Some(Lex::Ord(v, plural));
            }
            return None;
        }
    }
    for suf in ["esimo", "esima"] {
        if let Some(stem) = base.strip_suffix(suf) {
            let stem = if stem == "cent" { "cien" } else { stem };
            let v = compact(stem)?;
            return Some(Lex::Ord(v, plural));
        }
    }
    None
}

/// Value of a run-together cardinal such as "veintiun", "treintaicinco", "dosmil", "cientocinco".
pub(crate) fn compact(s: &str) -> Option<f64> {
    if s.is_empty() || s.len() > 40 {
        return None;
    }
    let mut total = 0.0;
    let mut cur = 0.0;
    let mut rest = s;
    let mut any = false;
    while !rest.is_empty() {
        if any {
            if let Some(r) = rest.strip_prefix('i').or_else(|| rest.strip_prefix('y')) {
                if !r.is_empty() && longest(r).is_some() {
                    rest = r;
                }
            }
        }
        let (len, lex) = longest(rest)?;
        rest = &rest[len..];
        any = true;
        match lex {
            Lex::Card(v, Class::Scale) => {
                let base = if cur == 0.0 && total == 0.0 {
                    1.0
                } else {
                    total + cur
                };
                total = base * v;
                cur = 0.0;
            }
            Lex::Card(v, _) => cur += v,
            _ => return None,
        }
    }
    Some(total + cur)
}

/// The longest cardinal word at the start of `s`.
fn longest(s: &str) -> Option<(usize, Lex)> {
    let numbers = super::lexicon::reader(&crate::lang::Lang::Es);
    (2..=s.len().min(14))
        .rev()
        .filter(|&end| s.is_char_boundary(end))
        .find_map(|end| {
            Some((
                end,
                numbers
                    .get(&s[..end])
                    .filter(|l| matches!(l, Lex::Card(..)))?,
            ))
        })
}
