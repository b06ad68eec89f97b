//! English number words: cardinals, scale words, ordinals and fraction denominators.

use super::lexicon::{Class, Lex};

/// The English meaning of a normalized word, if it is a number word.
pub(crate) fn lookup(w: &str) -> Option<Lex> {
    use Class::*;
    let card = |v: f64, c: Class| Some(Lex::Card(v, c));
    match w {
        "zero" | "nought" | "naught" | "nil" => card(0.0, Zero),
        "one" => card(1.0, Unit),
        "two" => card(2.0, Unit),
        "three" => card(3.0, Unit),
        "four" => card(4.0, Unit),
        "five" => card(5.0, Unit),
        "six" => card(6.0, Unit),
        "seven" => card(7.0, Unit),
        "eight" => card(8.0, Unit),
        "nine" => card(9.0, Unit),
        "ten" => card(10.0, Teen),
        "eleven" => card(11.0, Teen),
        "twelve" => card(12.0, Teen),
        "thirteen" => card(13.0, Teen),
        "fourteen" => card(14.0, Teen),
        "fifteen" => card(15.0, Teen),
        "sixteen" => card(16.0, Teen),
        "seventeen" => card(17.0, Teen),
        "eighteen" => card(18.0, Teen),
        "nineteen" => card(19.0, Teen),
        "twenty" => card(20.0, Tens),
        "thirty" => card(30.0, Tens),
        "forty" | "fourty" => card(40.0, Tens),
        "fifty" => card(50.0, Tens),
        "sixty" => card(60.0, Tens),
        "seventy" => card(70.0, Tens),
        "eighty" => card(80.0, Tens),
        "ninety" => card(90.0, Tens),
        "hundred" | "hundreds" => card(100.0, Hundred),
        "thousand" | "thousands" => card(1e3, Scale),
        "lakh" | "lakhs" | "lac" => card(1e5, Scale),
        "million" | "millions" | "mln" | "mn" | "mm" => card(1e6, Scale),
        "crore" | "crores" => card(1e7, Scale),
        "billion" | "billions" | "bn" | "bln" => card(1e9, Scale),
        "trillion" | "trillions" | "tn" | "tln" => card(1e12, Scale),
        "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs" => card(12.0, Dozen),
        "and" => Some(Lex::And),
        "point" => Some(Lex::Point),
        "a" | "an" => Some(Lex::A),
        "minus" | "negative" => Some(Lex::Minus),
        "several" | "few" | "many" => Some(Lex::Vague(0.0)),
        "tens" => Some(Lex::Vague(10.0)),
        "half" | "halves" => Some(Lex::Frac(2.0, w == "halves")),
        "quarter" | "quarters" => Some(Lex::Frac(4.0, w == "quarters")),
        _ => ordinal(w),
    }
}

/// English ordinal words ("third", "twenty-first" parts, "hundredths"), singular or plural.
fn ordinal(w: &str) -> Option<Lex> {
    let (stem, plural) = match w.strip_suffix('s') {
        Some(s) => (s, true),
        None => (w, false),
    };
    let v = match stem {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1e3,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        _ => return None,
    };
    Some(Lex::Ord(v, plural))
}

/// English words that, placed right before "one", make it a pronoun ("the one", "which one").
pub(crate) fn one_is_pronoun_after(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "this"
            | "that"
            | "which"
            | "each"
            | "any"
            | "every"
            | "no"
            | "another"
            | "some"
            | "someone"
            | "anyone"
            | "no-one"
            | "little"
            | "big"
            | "new"
            | "old"
            | "only"
            | "other"
    )
}

/// Every word the table knows (a fast filter before the match).
pub(crate) const KNOWN: &str = "a|an|few|many|several|tens|and|billion|billions|billionth|billionths|bln|bn|crore|crores|doz|dozen|dozens|dozs|dz|dzs|eight|eighteen|eighteenth|eighteenths|eighth|eighths|eightieth|eightieths|eighty|eleven|eleventh|elevenths|fifteen|fifteenth|fifteenths|fifth|fifths|fiftieth|fiftieths|fifty|first|firsts|five|fortieth|fortieths|forty|four|fourteen|fourteenth|fourteenths|fourth|fourths|fourty|half|halves|hundred|hundreds|hundredth|hundredths|lac|lakh|lakhs|million|millions|millionth|millionths|minus|mln|mm|mn|naught|negative|nil|nine|nineteen|nineteenth|nineteenths|ninetieth|ninetieths|ninety|ninth|ninths|nought|one|point|quarter|quarters|second|seconds|seven|seventeen|seventeenth|seventeenths|seventh|sevenths|seventieth|seventieths|seventy|six|sixteen|sixteenth|sixteenths|sixth|sixths|sixtieth|sixtieths|sixty|ten|tenth|tenths|third|thirds|thirteen|thirteenth|thirteenths|thirtieth|thirtieths|thirty|thousand|thousands|thousandth|thousandths|three|tln|tn|trillion|trillions|trillionth|trillionths|twelfth|twelfths|twelve|twentieth|twentieths|twenty|two|zero";
