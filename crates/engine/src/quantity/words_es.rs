//! Spanish number words: cardinals (with "veinti-" and "-cientos" forms), "mil", "millones",
//! "billón" (10^12), ordinals, and the "-avo" / "-ésimo" fraction denominators.

use super::lexicon::{Class, Lex};

/// The Spanish meaning of a normalized (accent-free) word, if it is a number word.
pub(crate) fn lookup(w: &str) -> Option<Lex> {
    if let Some(c) = cardinal(w) {
        return Some(c);
    }
    match w {
        "y" => Some(Lex::And),
        "coma" | "punto" => Some(Lex::Point),
        "con" => Some(Lex::Con),
        "medio" | "media" | "medios" | "medias" => Some(Lex::Frac(2.0, w.ends_with('s'))),
        "tercio" | "tercios" => Some(Lex::Frac(3.0, w.ends_with('s'))),
        "mitad" => Some(Lex::Frac(2.0, false)),
        "varios" | "varias" | "cuantos" | "cuantas" | "algunos" | "algunas" => {
            Some(Lex::Vague(0.0))
        }
        "cientos" => Some(Lex::Vague(100.0)),
        "miles" => Some(Lex::Vague(1e3)),
        _ => ordinal(w),
    }
}

/// Spanish cardinal words.
fn cardinal(w: &str) -> Option<Lex> {
    use Class::*;
    let card = |v: f64, c: Class| Some(Lex::Card(v, c));
    match w {
        "cero" => card(0.0, Zero),
        "uno" | "un" | "una" => card(1.0, Unit),
        "dos" => card(2.0, Unit),
        "tres" => card(3.0, Unit),
        "cuatro" => card(4.0, Unit),
        "cinco" => card(5.0, Unit),
        "seis" => card(6.0, Unit),
        "siete" => card(7.0, Unit),
        "ocho" => card(8.0, Unit),
        "nueve" => card(9.0, Unit),
        "diez" => card(10.0, Teen),
        "once" => card(11.0, Teen),
        "doce" => card(12.0, Teen),
        "trece" => card(13.0, Teen),
        "catorce" => card(14.0, Teen),
        "quince" => card(15.0, Teen),
        "dieciseis" => card(16.0, Teen),
        "diecisiete" => card(17.0, Teen),
        "dieciocho" => card(18.0, Teen),
        "diecinueve" => card(19.0, Teen),
        "veinte" => card(20.0, Tens),
        "veintiuno" | "veintiun" | "veintiuna" => card(21.0, TwoDigit),
        "veintidos" => card(22.0, TwoDigit),
        "veintitres" => card(23.0, TwoDigit),
        "veinticuatro" => card(24.0, TwoDigit),
        "veinticinco" => card(25.0, TwoDigit),
        "veintiseis" => card(26.0, TwoDigit),
        "veintisiete" => card(27.0, TwoDigit),
        "veintiocho" => card(28.0, TwoDigit),
        "veintinueve" => card(29.0, TwoDigit),
        "treinta" => card(30.0, Tens),
        "cuarenta" => card(40.0, Tens),
        "cincuenta" => card(50.0, Tens),
        "sesenta" => card(60.0, Tens),
        "setenta" => card(70.0, Tens),
        "ochenta" => card(80.0, Tens),
        "noventa" => card(90.0, Tens),
        "cien" | "ciento" => card(100.0, Hundreds),
        "doscientos" | "doscientas" => card(200.0, Hundreds),
        "trescientos" | "trescientas" => card(300.0, Hundreds),
        "cuatrocientos" | "cuatrocientas" => card(400.0, Hundreds),
        "quinientos" | "quinientas" => card(500.0, Hundreds),
        "seiscientos" | "seiscientas" => card(600.0, Hundreds),
        "setecientos" | "setecientas" => card(700.0, Hundreds),
        "ochocientos" | "ochocientas" => card(800.0, Hundreds),
        "novecientos" | "novecientas" => card(900.0, Hundreds),
        "mil" => card(1e3, Scale),
        "millon" | "millones" => card(1e6, Scale),
        "millardo" | "millardos" => card(1e9, Scale),
        "billon" | "billones" => card(1e12, Scale),
        "trillon" | "trillones" => card(1e18, Scale),
        "docena" | "docenas" | "dz" | "dzs" | "doz" | "dozs" => card(12.0, Dozen),
        "decena" | "decenas" => card(10.0, Dozen),
        "veintena" | "veintenas" => card(20.0, Dozen),
        "treintena" => card(30.0, Dozen),
        "centenar" | "centenares" => card(100.0, Dozen),
        "millar" | "millares" => card(1000.0, Dozen),
        _ => None,
    }
}

/// Spanish ordinals and fraction denominators ("quinto", "veintiunavos", "milésimas").
fn ordinal(w: &str) -> Option<Lex> {
    let plural = w.ends_with('s');
    // "12 segundos", "unos segundos": the unit of time, never "the second ones".
    if w == "segundos" {
        return None;
    }
    let base = w.strip_suffix('s').unwrap_or(w);
    let simple = match base {
        "primero" | "primer" | "primera" => Some(1.0),
        "segundo" | "segunda" => Some(2.0),
        "tercero" | "tercer" | "tercera" => Some(3.0),
        "cuarto" | "cuarta" => Some(4.0),
        "quinto" | "quinta" => Some(5.0),
        "sexto" | "sexta" => Some(6.0),
        "septimo" | "septima" | "setimo" | "setima" => Some(7.0),
        "octavo" | "octava" => Some(8.0),
        "noveno" | "novena" => Some(9.0),
        "decimo" | "decima" => Some(10.0),
        "centesimo" | "centesima" => Some(100.0),
        _ => None,
    };
    if let Some(v) = simple {
        return Some(Lex::Ord(v, plural));
    }
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

/// The longest cardinal word at the start of `s` (plus "millon" written "millon").
fn longest(s: &str) -> Option<(usize, Lex)> {
    let mut best = None;
    for end in (2..=s.len().min(14)).rev() {
        if !s.is_char_boundary(end) {
            continue;
        }
        if let Some(l) = cardinal(&s[..end]) {
            best = Some((end, l));
            break;
        }
    }
    best
}

/// Every word the table knows (a fast filter before the match).
pub(crate) const KNOWN: &str = "algunas|algunos|cientos|cuantas|cuantos|miles|varias|varios|billon|billones|catorce|centesima|centesimas|centesimo|centesimos|cero|cien|ciento|cinco|cincuenta|coma|con|cuarenta|cuarta|cuartas|cuarto|cuartos|cuatro|cuatrocientas|cuatrocientos|decima|decimas|decimo|decimos|diecinueve|dieciocho|dieciseis|diecisiete|diez|doce|docena|decena|decenas|veintena|veintenas|treintena|centenar|centenares|millar|millares|docenas|dos|doscientas|doscientos|doz|dozs|dz|dzs|media|medias|medio|medios|mil|millardo|millardos|millon|millones|mitad|novecientas|novecientos|novena|novenas|noveno|novenos|noventa|nueve|ochenta|ocho|ochocientas|ochocientos|octava|octavas|octavo|octavos|once|primer|primera|primeras|primero|primeros|primers|punto|quince|quinientas|quinientos|quinta|quintas|quinto|quintos|segunda|segundas|segundo|segundos|seis|seiscientas|seiscientos|septima|septimas|septimo|septimos|sesenta|setecientas|setecientos|setenta|setima|setimas|setimo|setimos|sexta|sextas|sexto|sextos|siete|tercer|tercera|terceras|tercero|terceros|tercers|tercio|tercios|trece|treinta|tres|trescientas|trescientos|trillon|trillones|un|una|uno|veinte|veinticinco|veinticuatro|veintidos|veintinueve|veintiocho|veintiseis|veintisiete|veintitres|veintiun|veintiuna|veintiuno|y";
