//! English number words: cardinals, scale words, ordinals and fraction denominators.

use crate::lexicon::Words;

/// The English number words, as `forms=meaning` entries (read by [`super::lexicon`]); an
/// ordinal's plural forms ("thirds") are made from its singular ones, and an entry `=x` takes a
/// form back ("44 seconds" is the unit of time).
pub(crate) const TABLE: &str = concat!(
    "zero,nought,naught,nil=c0z|one=c1u|two=c2u|three=c3u|four=c4u|five=c5u|six=c6u|seven=c7u|",
    "eight=c8u|nine=c9u|ten=c10t|eleven=c11t|twelve=c12t|thirteen=c13t|fourteen=c14t|",
    "fifteen=c15t|sixteen=c16t|seventeen=c17t|eighteen=c18t|nineteen=c19t|twenty=c20x|",
    "thirty=c30x|forty,fourty=c40x|fifty=c50x|sixty=c60x|seventy=c70x|eighty=c80x|ninety=c90x|",
    "hundred,hundreds=c100h|thousand,thousands=c1e3s|lakh,lakhs,lac=c1e5s|",
    "million,millions,mln,mn=c1e6s|crore,crores=c1e7s|billion,billions,bn,bln=c1e9s|",
    "trillion,trillions,tn,tln=c1e12s|dozen,dozens,dz,dzs,doz,dozs=c12d|and=y|point=p|a,an=a|",
    "minus,negative=n|several,few,many=v0|tens=v10|half=f2|halves=F2|quarter=f4|quarters=F4|",
    "first=o1|second=o2|seconds=x|third=o3|fourth=o4|fifth=o5|sixth=o6|seventh=o7|eighth=o8|ninth=o9|",
    "tenth=o10|eleventh=o11|twelfth=o12|thirteenth=o13|fourteenth=o14|fifteenth=o15|",
    "sixteenth=o16|seventeenth=o17|eighteenth=o18|nineteenth=o19|twentieth=o20|thirtieth=o30|",
    "fortieth=o40|fiftieth=o50|sixtieth=o60|seventieth=o70|eightieth=o80|ninetieth=o90|",
    "hundredth=o100|thousandth=o1e3|millionth=o1e6|billionth=o1e9|trillionth=o1e12|",
    "noon,midday=h12|midnight=h0|twice=m2|thrice=m3",
);

/// English words that, placed right before "one", make it a pronoun ("the one", "which one").
static PRONOUN_ONE_AFTER: Words = Words::new(concat!(
    "the|this|that|which|each|any|every|no|another|some|someone|anyone|no-one|little|big|new|",
    "old|only|other|",
));

/// Whether `w` is one of [`PRONOUN_ONE_AFTER`].
pub(crate) fn one_is_pronoun_after(w: &str) -> bool {
    PRONOUN_ONE_AFTER.contains(w)
}

/// English words that, glued after "one-", make an idiom rather than a count ("one-off").
static ONE_IDIOMS: Words = Words::new("off|sided|way|stop|liner|liners|on|of|time|");

/// Whether `w`, after "one-", makes one of [`ONE_IDIOMS`] ("one-off", "one-sided", "one-on-one").
pub(crate) fn one_idiom_before(w: &str) -> bool {
    ONE_IDIOMS.contains(w)
}
