//! Currency lexicon, English and Spanish: symbols ($, €, £, ¥ …), ISO codes (USD, MXN …),
//! qualified dollar signs (US$, C$, HK$, MX$ …) and currency names ("dollars", "dólares
//! australianos", "pesos mexicanos", "swiss francs" …), each mapped to its ISO 4217 code.
//! Minor units (cents, pence, centavos, céntimos) keep the stated amount and report the unit as
//! `XXX/100` (for example `USD/100`).

use super::phrases::Index;
use super::scan::{Tokens, TK};
use crate::lexicon::{Pairs, Words};

/// ISO code of a currency symbol character.
pub(crate) fn symbol(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "$",
        '€' => "EUR",
        '£' => "GBP",
        '¥' => "JPY",
        '元' => "CNY",
        '₹' => "INR",
        '₩' => "KRW",
        '₽' => "RUB",
        '₺' => "TRY",
        '₱' => "PHP",
        '₦' => "NGN",
        '₪' => "ILS",
        '₫' => "VND",
        '฿' => "THB",
        '₿' => "BTC",
        '₡' => "CRC",
        '₾' => "GEL",
        '₭' => "LAK",
        '₴' => "UAH",
        '₲' => "PYG",
        _ => return None,
    })
}

/// ISO code for a (normalized) currency code word, with a multiplier for "MUSD"-style codes.
pub(crate) fn code(w: &str) -> Option<(&'static str, f64)> {
    let c = match w {
        "usd" | "us" => "USD",
        "eur" => "EUR",
        "gbp" => "GBP",
        "mxn" | "mxp" => "MXN",
        "jpy" => "JPY",
        "cny" | "rmb" => "CNY",
        "cad" => "CAD",
        "aud" => "AUD",
        "nzd" => "NZD",
        "chf" => "CHF",
        "ars" => "ARS",
        "cop" => "COP",
        "clp" => "CLP",
        "rd" | "dop" => "DOP",
        "nt" | "twd" => "TWD",
        "pen" => "PEN",
        "brl" => "BRL",
        "cup" => "CUP",
        "ves" | "vef" => "VES",
        "uyu" => "UYU",
        "bob" => "BOB",
        "pyg" => "PYG",
        "gtq" => "GTQ",
        "inr" | "rs" => "INR",
        "rub" => "RUB",
        "krw" => "KRW",
        "hkd" => "HKD",
        "sek" => "SEK",
        "nok" => "NOK",
        "dkk" => "DKK",
        "try" => "TRY",
        "btc" | "xbt" => "BTC",
        // Mexican press: "500 mdp" (millones de pesos), "1.2 mmdp" (miles de millones), "mdd",
        // "1.5 mmd" (miles de millones de dólares).
        "mdp" => return Some(("MXN", 1e6)),
        "mmdp" => return Some(("MXN", 1e9)),
        "mdd" => return Some(("USD", 1e6)),
        "mmdd" | "mmd" => return Some(("USD", 1e9)),
        "musd" => return Some(("USD", 1e6)),
        "meur" => return Some(("EUR", 1e6)),
        "mgbp" => return Some(("GBP", 1e6)),
        "maud" => return Some(("AUD", 1e6)),
        "mcad" => return Some(("CAD", 1e6)),
        _ => return None,
    };
    Some((c, 1.0))
}

/// Whether letters glued to digits are a currency code ("115USD").
pub(crate) fn glued_code(s: &str) -> bool {
    s.len() <= 4
        && s.chars().all(|c| c.is_ascii_uppercase())
        && code(&s.to_ascii_lowercase()).is_some_and(|(c, _)| c != "USD" || s != "US")
}

/// Qualifier words written before a dollar sign ("US$", "C$", "HK$", "MX$").
pub(crate) fn dollar_qualifier(w: &str) -> Option<&'static str> {
    Some(match w {
        "us" | "usd" | "u" => "USD",
        "c" | "ca" | "can" | "cad" => "CAD",
        "hk" | "hkd" => "HKD",
        "a" | "au" | "aud" => "AUD",
        "nz" | "nzd" => "NZD",
        "mx" | "mex" | "mxn" => "MXN",
        "r" | "brl" => "BRL",
        "ar" | "ars" => "ARS",
        "col" | "cop" => "COP",
        "clp" => "CLP",
        "rd" | "dop" => "DOP",
        "nt" | "twd" => "TWD",
        "s" | "sg" | "sgd" => "SGD",
        _ => return None,
    })
}

/// Currency names: word sequences (normalized, accents removed, one space between words) and
/// their code, each as `words=CODE|` (one string: no pointers per name in the wasm).
static NAMES: Pairs = Pairs::new(concat!(
    "us dollars=USD|",
    "us dollar=USD|",
    "u s dollars=USD|",
    "american dollars=USD|",
    "canadian dollars=CAD|",
    "canadian dollar=CAD|",
    "australian dollars=AUD|",
    "australian dollar=AUD|",
    "hong kong dollars=HKD|",
    "new zealand dollars=NZD|",
    "singapore dollars=SGD|",
    "taiwan dollars=TWD|",
    "dolares estadounidenses=USD|",
    "dolar estadounidense=USD|",
    "dolares americanos=USD|",
    "dolares canadienses=CAD|",
    "dolar canadiense=CAD|",
    "dolares australianos=AUD|",
    "dolar australiano=AUD|",
    "dolares de hong kong=HKD|",
    "dolares neozelandeses=NZD|",
    "dollars=USD|",
    "dollar=USD|",
    "bucks=USD|",
    "dolares=USD|",
    "dolar=USD|",
    "mexican pesos=MXN|",
    "pesos mexicanos=MXN|",
    "peso mexicano=MXN|",
    "pesos argentinos=ARS|",
    "argentine pesos=ARS|",
    "pesos colombianos=COP|",
    "colombian pesos=COP|",
    "pesos chilenos=CLP|",
    "chilean pesos=CLP|",
    "pesos cubanos=CUP|",
    "pesos uruguayos=UYU|",
    "pesos filipinos=PHP|",
    "pesos=MXN|",
    "peso=MXN|",
    "euros=EUR|",
    "euro=EUR|",
    "british pounds=GBP|",
    "pounds sterling=GBP|",
    "pounds=GBP|",
    "pound=GBP|",
    "libras esterlinas=GBP|",
    "libras=GBP|",
    "libra=GBP|",
    "japanese yen=JPY|",
    "yen=JPY|",
    "yenes=JPY|",
    "chinese yuan=CNY|",
    "yuan=CNY|",
    "yuanes=CNY|",
    "renminbi=CNY|",
    "kuai=CNY|",
    "swiss francs=CHF|",
    "francos suizos=CHF|",
    "francs=FRF|",
    "franc=FRF|",
    "francos=FRF|",
    "finnish markka=FIM|",
    "marcos finlandeses=FIM|",
    "deutsche marks=DEM|",
    "dutch guilders=NLG|",
    "florines neerlandeses=NLG|",
    "guilders=NLG|",
    "pesetas=ESP|",
    "peseta=ESP|",
    "rupees=INR|",
    "rupias=INR|",
    "turkish lira=TRY|",
    "liras turcas=TRY|",
    "rubles=RUB|",
    "roubles=RUB|",
    "rublos=RUB|",
    "reais=BRL|",
    "reales=BRL|",
    "bolivares=VES|",
    "bolivars=VES|",
    "soles=PEN|",
    "sol=PEN|",
    "nuevos soles=PEN|",
    "quetzales=GTQ|",
    "lempiras=HNL|",
    "colones=CRC|",
    "cordobas=NIO|",
    "guaranies=PYG|",
    "won=KRW|",
    "ரூ=LKR|",
    "rand=ZAR|",
    "bitcoins=BTC|",
    "bitcoin=BTC|",
    "cents=USD/100|",
    "cent=USD/100|",
    "centavos=USD/100|",
    "centavo=USD/100|",
    "centimos=EUR/100|",
    "centimo=EUR/100|",
    "pence=GBP/100|",
    "penny=GBP/100|",
    "pennies=GBP/100|",
    "peniques=GBP/100|",
    "penique=GBP/100|",
    "satoshis=BTC/100000000|",
    "satoshi=BTC/100000000|",
));

/// The currency name starting at token `j`: (code, tokens used).
pub(crate) fn name_at(tk: &Tokens, j: usize) -> Option<(&'static str, usize)> {
    let first = tk.norm(j);
    if first.is_empty() {
        return None;
    }
    // Only the names starting with the first word, in table order.
    'outer: for &k in starting_with(first) {
        let (words, code) = NAMES.list()[usize::from(k)];
        let mut n = 1;
        for (o, w) in words.split(' ').enumerate().skip(1) {
            if tk.toks.get(j + o).is_none_or(|t| t.kind != TK::Word) || tk.norm(j + o) != w {
                continue 'outer;
            }
            n += 1;
        }
        return Some((code, n));
    }
    None
}

/// The currency names starting with `w`, in table order (indexed at first use).
fn starting_with(w: &str) -> &'static [u8] {
    static HEADS: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
    HEADS
        .get_or_init(|| {
            Index::new(
                NAMES
                    .list()
                    .iter()
                    .map(|(ws, _)| ws.split(' ').next().unwrap_or("")),
            )
        })
        .rows(w)
}

/// Whether a code is a minor unit (`XXX/100`).
pub(crate) fn is_minor(code: &str) -> bool {
    code.contains('/')
}

/// The codes of [`lower_code_ok`].
static LOWER_CODES: Words = Words::new(concat!(
    "usd|eur|gbp|mxn|rmb|btc|jpy|cny|cad|aud|chf|musd|mdp|mmdp|mdd|mmdd|mmd|meur|mgbp|maud|",
    "nzd|hkd|inr|brl|",
));

/// Codes accepted in lowercase (others must be written in capitals: "TRY", "CUP", "ALL").
pub(crate) fn lower_code_ok(w: &str) -> bool {
    LOWER_CODES.contains(w)
}

/// The currency code written as word `k` ("USD", "usd", "MXN", "Rs"): (ISO code, multiplier).
pub(crate) fn code_at(tk: &Tokens, k: usize) -> Option<(&'static str, f64)> {
    let t = tk.toks.get(k)?;
    if t.kind != TK::Word {
        return None;
    }
    let w = tk.norm(k);
    let (c, m) = code(w)?;
    if w == "us" {
        return None;
    }
    let raw = &tk.text[t.start..t.end];
    // "Rs 200 crore": the rupee's usual abbreviation is capitalized, not upper case.
    let rupees = w == "rs" && raw.starts_with('R');
    if lower_code_ok(w) || rupees || raw.chars().all(|c| c.is_ascii_uppercase()) {
        Some((c, m))
    } else {
        None
    }
}
