//! Countries, world regions and the states, provinces and cities news most often names: English
//! and Spanish names and demonyms mapped to canonical ids (lowercase English short names: "cuba",
//! "united states", "dr congo"; regions: "latin america"; subdivisions: "new mexico", "jalisco").
//!
//! Matching is case-insensitive and accent-insensitive, except for names that are also common
//! words ("Chad", "Turkey", "China", "Jordan", "chile"…) and abbreviations ("US", "UK", "EE.UU."),
//! which must be written capitalized / as listed.

use super::inflection::{fold, fold_into, folded};
use super::{kept, listed, FastMap, WordSet};
use std::sync::OnceLock;

/// One country: one line of [`COUNTRIES`], six `;`-separated fields: its id, `|`-separated
/// English and Spanish names and demonyms (Spanish demonyms as masculine singular; the feminine
/// and plurals are derived), and its sub-region.
#[derive(Clone, Copy)]
struct Country(&'static str);

impl Country {
    /// Field `n`: 0 id, 1 English names, 2 Spanish names, 3 English demonyms, 4 Spanish
    /// demonyms, 5 sub-region.
    fn field(self, n: usize) -> &'static str {
        self.0.split(';').nth(n).unwrap_or("")
    }
    fn id(self) -> &'static str {
        self.field(0)
    }
}

/// Every country, in table order.
fn all_countries() -> impl Iterator<Item = Country> {
    COUNTRIES.split_terminator('\n').map(Country)
}

macro_rules! c {
    ($id:literal, $en:literal, $es:literal, $ed:literal, $sd:literal, $r:literal) => {
        concat!($id, ";", $en, ";", $es, ";", $ed, ";", $sd, ";", $r, "\n")
    };
}

const CAM: &str = "central america";
const SAM: &str = "south america";

/// The countries, a line each ([`Country`]): one string rather than a table of them keeps the
/// wasm free of per-country pointers, which it would carry as data that gzip barely compresses.
static COUNTRIES: &str = concat!(
    c!("afghanistan", "Afghanistan", "Afganistán", "Afghan|Afghans", "afgano", "south asia"),
    c!("albania", "Albania", "Albania", "Albanian", "albanés", "southern europe"),
    c!("algeria", "Algeria", "Argelia", "Algerian", "argelino", "north africa"),
    c!("andorra", "Andorra", "Andorra", "Andorran", "andorrano", "southern europe"),
    c!("angola", "Angola", "Angola", "Angolan", "angoleño", "central africa"),
    c!("antigua and barbuda", "Antigua and Barbuda|Antigua", "Antigua y Barbuda", "Antiguan", "antiguano", "caribbean"),
    c!("argentina", "Argentina", "Argentina", "Argentine|Argentinian|Argentines", "argentino", "south america"),
    c!("armenia", "Armenia", "Armenia", "Armenian", "armenio", "central asia"),
    c!("australia", "Australia", "Australia", "Australian", "australiano", "oceania"),
    c!("austria", "Austria", "Austria", "Austrian", "austriaco|austríaco", "western europe"),
    c!("azerbaijan", "Azerbaijan", "Azerbaiyán", "Azerbaijani|Azeri", "azerbaiyano|azerí", "central asia"),
    c!("bahamas", "Bahamas|The Bahamas", "Bahamas", "Bahamian", "bahameño", "caribbean"),
    c!("bahrain", "Bahrain", "Baréin|Bahréin", "Bahraini", "bareiní|bahreiní", "middle east"),
    c!("bangladesh", "Bangladesh", "Bangladés|Bangladesh", "Bangladeshi", "bangladesí", "south asia"),
    c!("barbados", "Barbados", "Barbados", "Barbadian|Bajan", "barbadense", "caribbean"),
    c!("belarus", "Belarus", "Bielorrusia", "Belarusian", "bielorruso", "eastern europe"),
    c!("belgium", "Belgium", "Bélgica", "Belgian", "belga", "western europe"),
    c!("belize", "Belize", "Belice", "Belizean", "beliceño", "central america"),
    c!("benin", "Benin", "Benín", "Beninese", "beninés", "west africa"),
    c!("bhutan", "Bhutan", "Bután", "Bhutanese", "butanés", "south asia"),
    c!("bolivia", "Bolivia", "Bolivia", "Bolivian", "boliviano", "south america"),
    c!("bosnia and herzegovina", "Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia", "Bosnia y Herzegovina|Bosnia", "Bosnian", "bosnio", "southern europe"),
    c!("botswana", "Botswana", "Botsuana", "Botswanan|Motswana|Batswana", "botsuano", "southern africa"),
    c!("brazil", "Brazil", "Brasil", "Brazilian", "brasileño", "south america"),
    c!("brunei", "Brunei|Brunei Darussalam", "Brunéi", "Bruneian", "bruneano", "southeast asia"),
    c!("bulgaria", "Bulgaria", "Bulgaria", "Bulgarian", "búlgaro", "eastern europe"),
    c!("burkina faso", "Burkina Faso|Burkina", "Burkina Faso", "Burkinabe|Burkinabé", "burkinés", "west africa"),
    c!("burundi", "Burundi", "Burundi", "Burundian", "burundés", "east africa"),
    c!("cabo verde", "Cabo Verde|Cape Verde", "Cabo Verde", "Cape Verdean|Cabo Verdean", "caboverdiano", "west africa"),
    c!("cambodia", "Cambodia", "Camboya", "Cambodian|Khmer", "camboyano", "southeast asia"),
    c!("cameroon", "Cameroon", "Camerún", "Cameroonian", "camerunés", "central africa"),
    c!("canada", "Canada", "Canadá", "Canadian", "canadiense", "north america"),
    c!("central african republic", "Central African Republic|CAR", "República Centroafricana", "Central African", "centroafricano", "central africa"),
    c!("chad", "Chad", "Chad", "Chadian", "chadiano", "central africa"),
    c!("chile", "Chile", "Chile", "Chilean", "chileno", "south america"),
    c!("china", "China|People's Republic of China|PRC|Mainland China", "China|República Popular China", "Chinese", "chino", "east asia"),
    c!("colombia", "Colombia", "Colombia", "Colombian", "colombiano", "south america"),
    c!("comoros", "Comoros", "Comoras", "Comoran|Comorian", "comorense", "east africa"),
    c!("congo", "Republic of the Congo|Congo-Brazzaville|Republic of Congo", "República del Congo|Congo-Brazzaville", "Congolese_rc", "congoleño_rc", "central africa"),
    c!("costa rica", "Costa Rica", "Costa Rica", "Costa Rican", "costarricense|tico", "central america"),
    c!("croatia", "Croatia", "Croacia", "Croatian|Croat", "croata", "southern europe"),
    c!("cuba", "Cuba", "Cuba", "Cuban", "cubano", "caribbean"),
    c!("cyprus", "Cyprus", "Chipre", "Cypriot", "chipriota", "southern europe"),
    c!("czech republic", "Czech Republic|Czechia", "República Checa|Chequia", "Czech", "checo", "eastern europe"),
    c!("dr congo", "Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|DRC|Congo-Kinshasa|Congo", "República Democrática del Congo|RD Congo|RDC|Congo", "Congolese", "congoleño|congolés", "central africa"),
    c!("denmark", "Denmark", "Dinamarca", "Danish|Dane", "danés", "northern europe"),
    c!("djibouti", "Djibouti", "Yibuti", "Djiboutian", "yibutiano", "east africa"),
    c!("dominica", "Dominica", "Dominica", "Dominican_dm", "dominiqués", "caribbean"),
    c!("dominican republic", "Dominican Republic", "República Dominicana", "Dominican", "dominicano", "caribbean"),
    c!("ecuador", "Ecuador", "Ecuador", "Ecuadorian|Ecuadorean", "ecuatoriano", "south america"),
    c!("egypt", "Egypt", "Egipto", "Egyptian", "egipcio", "north africa"),
    c!("el salvador", "El Salvador", "El Salvador", "Salvadoran|Salvadorian|Salvadorean", "salvadoreño|guanaco", "central america"),
    c!("equatorial guinea", "Equatorial Guinea", "Guinea Ecuatorial", "Equatoguinean|Equatorial Guinean", "ecuatoguineano", "central africa"),
    c!("eritrea", "Eritrea", "Eritrea", "Eritrean", "eritreo", "east africa"),
    c!("estonia", "Estonia", "Estonia", "Estonian", "estonio", "northern europe"),
    c!("eswatini", "Eswatini|Swaziland", "Esuatini|Suazilandia", "Swazi|Emaswati", "suazi", "southern africa"),
    c!("ethiopia", "Ethiopia", "Etiopía", "Ethiopian", "etíope", "east africa"),
    c!("fiji", "Fiji", "Fiyi", "Fijian", "fiyiano", "oceania"),
    c!("finland", "Finland", "Finlandia", "Finnish|Finn", "finlandés", "northern europe"),
    c!("france", "France", "Francia", "French|Frenchman|Frenchmen|Frenchwoman", "francés", "western europe"),
    c!("gabon", "Gabon", "Gabón", "Gabonese", "gabonés", "central africa"),
    c!("gambia", "Gambia|The Gambia", "Gambia", "Gambian", "gambiano", "west africa"),
    c!("georgia", "Georgia", "Georgia", "Georgian", "georgiano", "central asia"),
    c!("germany", "Germany", "Alemania", "German", "alemán", "western europe"),
    c!("ghana", "Ghana", "Ghana", "Ghanaian", "ghanés", "west africa"),
    c!("greece", "Greece", "Grecia", "Greek", "griego", "southern europe"),
    c!("grenada", "Grenada", "Granada", "Grenadian", "granadino", "caribbean"),
    c!("guatemala", "Guatemala", "Guatemala", "Guatemalan", "guatemalteco|chapín", "central america"),
    c!("guinea", "Guinea|Guinea-Conakry", "Guinea|Guinea-Conakri", "Guinean", "guineano", "west africa"),
    c!("guinea-bissau", "Guinea-Bissau|Guinea Bissau", "Guinea-Bisáu|Guinea-Bissau|Guinea Bisáu", "Bissau-Guinean", "bisauguineano", "west africa"),
    c!("guyana", "Guyana", "Guyana", "Guyanese", "guyanés", "south america"),
    c!("haiti", "Haiti", "Haití", "Haitian", "haitiano", "caribbean"),
    c!("honduras", "Honduras", "Honduras", "Honduran", "hondureño|catracho", "central america"),
    c!("hungary", "Hungary", "Hungría", "Hungarian", "húngaro", "eastern europe"),
    c!("iceland", "Iceland", "Islandia", "Icelandic|Icelander", "islandés", "northern europe"),
    c!("india", "India", "India", "Indian", "hindú", "south asia"),
    c!("indonesia", "Indonesia", "Indonesia", "Indonesian", "indonesio", "southeast asia"),
    c!("iran", "Iran|Islamic Republic of Iran", "Irán", "Iranian|Persian", "iraní|persa", "middle east"),
    c!("iraq", "Iraq", "Irak|Iraq", "Iraqi", "iraquí", "middle east"),
    c!("ireland", "Ireland|Republic of Ireland|Eire", "Irlanda", "Irish|Irishman|Irishmen", "irlandés", "northern europe"),
    c!("israel", "Israel", "Israel", "Israeli", "israelí", "middle east"),
    c!("italy", "Italy", "Italia", "Italian", "italiano", "southern europe"),
    c!("ivory coast", "Ivory Coast|Côte d'Ivoire|Cote d'Ivoire", "Costa de Marfil", "Ivorian", "marfileño", "west africa"),
    c!("jamaica", "Jamaica", "Jamaica", "Jamaican", "jamaiquino|jamaicano", "caribbean"),
    c!("japan", "Japan", "Japón", "Japanese", "japonés", "east asia"),
    c!("jordan", "Jordan", "Jordania", "Jordanian", "jordano", "middle east"),
    c!("kazakhstan", "Kazakhstan", "Kazajistán|Kazajstán", "Kazakh|Kazakhstani", "kazajo", "central asia"),
    c!("kenya", "Kenya", "Kenia", "Kenyan", "keniano|keniata", "east africa"),
    c!("kiribati", "Kiribati", "Kiribati", "I-Kiribati", "kiribatiano", "oceania"),
    c!("kuwait", "Kuwait", "Kuwait", "Kuwaiti", "kuwaití", "middle east"),
    c!("kyrgyzstan", "Kyrgyzstan", "Kirguistán", "Kyrgyz|Kirghiz", "kirguís|kirguiso", "central asia"),
    c!("laos", "Laos|Lao PDR", "Laos", "Laotian|Lao", "laosiano", "southeast asia"),
    c!("latvia", "Latvia", "Letonia", "Latvian", "letón", "northern europe"),
    c!("lebanon", "Lebanon", "Líbano|El Líbano", "Lebanese", "libanés", "middle east"),
    c!("lesotho", "Lesotho", "Lesoto", "Basotho|Mosotho", "lesotense", "southern africa"),
    c!("liberia", "Liberia", "Liberia", "Liberian", "liberiano", "west africa"),
    c!("libya", "Libya", "Libia", "Libyan", "libio", "north africa"),
    c!("liechtenstein", "Liechtenstein", "Liechtenstein", "Liechtensteiner", "liechtensteiniano", "western europe"),
    c!("lithuania", "Lithuania", "Lituania", "Lithuanian", "lituano", "northern europe"),
    c!("luxembourg", "Luxembourg", "Luxemburgo", "Luxembourger|Luxembourgish", "luxemburgués", "western europe"),
    c!("madagascar", "Madagascar", "Madagascar", "Malagasy|Madagascan", "malgache", "east africa"),
    c!("malawi", "Malawi", "Malaui|Malawi", "Malawian", "malauí", "east africa"),
    c!("malaysia", "Malaysia", "Malasia", "Malaysian", "malasio", "southeast asia"),
    c!("maldives", "Maldives", "Maldivas", "Maldivian", "maldivo", "south asia"),
    c!("mali", "Mali", "Malí", "Malian", "maliense", "west africa"),
    c!("malta", "Malta", "Malta", "Maltese", "maltés", "southern europe"),
    c!("marshall islands", "Marshall Islands", "Islas Marshall", "Marshallese", "marshalés", "oceania"),
    c!("mauritania", "Mauritania", "Mauritania", "Mauritanian", "mauritano", "west africa"),
    c!("mauritius", "Mauritius", "Mauricio", "Mauritian", "mauriciano", "east africa"),
    c!("mexico", "Mexico|United Mexican States", "México|Méjico|Estados Unidos Mexicanos", "Mexican", "mexicano|mejicano", "north america"),
    c!("micronesia", "Micronesia|Federated States of Micronesia", "Micronesia|Estados Federados de Micronesia", "Micronesian", "micronesio", "oceania"),
    c!("moldova", "Moldova|Moldavia", "Moldavia", "Moldovan", "moldavo", "eastern europe"),
    c!("monaco", "Monaco", "Mónaco", "Monegasque|Monacan", "monegasco", "western europe"),
    c!("mongolia", "Mongolia", "Mongolia", "Mongolian", "mongol", "east asia"),
    c!("montenegro", "Montenegro", "Montenegro", "Montenegrin", "montenegrino", "southern europe"),
    c!("morocco", "Morocco", "Marruecos", "Moroccan", "marroquí", "north africa"),
    c!("mozambique", "Mozambique", "Mozambique", "Mozambican", "mozambiqueño", "east africa"),
    c!("myanmar", "Myanmar|Burma", "Myanmar|Birmania", "Burmese|Myanmarese", "birmano", "southeast asia"),
    c!("namibia", "Namibia", "Namibia", "Namibian", "namibio", "southern africa"),
    c!("nauru", "Nauru", "Nauru", "Nauruan", "nauruano", "oceania"),
    c!("nepal", "Nepal", "Nepal", "Nepali|Nepalese", "nepalí|nepalés", "south asia"),
    c!("netherlands", "Netherlands|The Netherlands|Holland", "Países Bajos|Holanda", "Dutch|Dutchman|Dutchmen", "neerlandés|holandés", "western europe"),
    c!("new zealand", "New Zealand", "Nueva Zelanda|Nueva Zelandia", "New Zealander", "neozelandés", "oceania"),
    c!("nicaragua", "Nicaragua", "Nicaragua", "Nicaraguan", "nicaragüense|nica", "central america"),
    c!("niger", "Niger", "Níger", "Nigerien", "nigerino", "west africa"),
    c!("nigeria", "Nigeria", "Nigeria", "Nigerian", "nigeriano", "west africa"),
    c!("north korea", "North Korea|Democratic People's Republic of Korea|DPRK", "Corea del Norte|Norcorea", "North Korean", "norcoreano", "east asia"),
    c!("north macedonia", "North Macedonia|Macedonia", "Macedonia del Norte|Macedonia", "Macedonian", "macedonio", "southern europe"),
    c!("norway", "Norway", "Noruega", "Norwegian", "noruego", "northern europe"),
    c!("oman", "Oman", "Omán", "Omani", "omaní", "middle east"),
    c!("pakistan", "Pakistan", "Pakistán", "Pakistani", "pakistaní|paquistaní", "south asia"),
    c!("palau", "Palau", "Palaos|Palau", "Palauan", "palauano", "oceania"),
    c!("palestine", "Palestine|Palestinian Territories|State of Palestine", "Palestina|Territorios Palestinos", "Palestinian", "palestino", "middle east"),
    c!("panama", "Panama", "Panamá", "Panamanian", "panameño", "central america"),
    c!("papua new guinea", "Papua New Guinea", "Papúa Nueva Guinea", "Papua New Guinean|Papuan", "papú|papuano", "oceania"),
    c!("paraguay", "Paraguay", "Paraguay", "Paraguayan", "paraguayo", "south america"),
    c!("peru", "Peru", "Perú", "Peruvian", "peruano", "south america"),
    c!("philippines", "Philippines|The Philippines", "Filipinas", "Filipino|Philippine", "filipino", "southeast asia"),
    c!("poland", "Poland", "Polonia", "Polish|Pole", "polaco", "eastern europe"),
    c!("portugal", "Portugal", "Portugal", "Portuguese", "portugués|luso", "southern europe"),
    c!("qatar", "Qatar", "Catar|Qatar", "Qatari", "catarí|qatarí", "middle east"),
    c!("romania", "Romania|Rumania", "Rumania|Rumanía", "Romanian", "rumano", "eastern europe"),
    c!("russia", "Russia|Russian Federation", "Rusia|Federación Rusa|Federación de Rusia", "Russian", "ruso", "eastern europe"),
    c!("rwanda", "Rwanda", "Ruanda", "Rwandan", "ruandés", "east africa"),
    c!("saint kitts and nevis", "Saint Kitts and Nevis|St Kitts and Nevis|St. Kitts and Nevis", "San Cristóbal y Nieves", "Kittitian|Nevisian", "sancristobaleño", "caribbean"),
    c!("saint lucia", "Saint Lucia|St Lucia|St. Lucia", "Santa Lucía", "Saint Lucian", "santalucense", "caribbean"),
    c!("saint vincent and the grenadines", "Saint Vincent and the Grenadines|St Vincent and the Grenadines|St. Vincent", "San Vicente y las Granadinas", "Vincentian", "sanvicentino", "caribbean"),
    c!("samoa", "Samoa", "Samoa", "Samoan", "samoano", "oceania"),
    c!("san marino", "San Marino", "San Marino", "Sammarinese", "sanmarinense", "southern europe"),
    c!("sao tome and principe", "Sao Tome and Principe|São Tomé and Príncipe", "Santo Tomé y Príncipe", "Santomean", "santotomense", "central africa"),
    c!("saudi arabia", "Saudi Arabia|Kingdom of Saudi Arabia", "Arabia Saudita|Arabia Saudí", "Saudi|Saudi Arabian", "saudí|saudita", "middle east"),
    c!("senegal", "Senegal", "Senegal", "Senegalese", "senegalés", "west africa"),
    c!("serbia", "Serbia", "Serbia", "Serbian|Serb", "serbio", "southern europe"),
    c!("seychelles", "Seychelles", "Seychelles", "Seychellois", "seychellense", "east africa"),
    c!("sierra leone", "Sierra Leone", "Sierra Leona", "Sierra Leonean", "sierraleonés", "west africa"),
    c!("singapore", "Singapore", "Singapur", "Singaporean", "singapurense", "southeast asia"),
    c!("slovakia", "Slovakia|Slovak Republic", "Eslovaquia", "Slovak|Slovakian", "eslovaco", "eastern europe"),
    c!("slovenia", "Slovenia", "Eslovenia", "Slovenian|Slovene", "esloveno", "southern europe"),
    c!("solomon islands", "Solomon Islands", "Islas Salomón", "Solomon Islander", "salomonense", "oceania"),
    c!("somalia", "Somalia", "Somalia", "Somali", "somalí", "east africa"),
    c!("south africa", "South Africa|Republic of South Africa", "Sudáfrica|Suráfrica", "South African", "sudafricano|surafricano", "southern africa"),
    c!("south korea", "South Korea|Republic of Korea|Korea", "Corea del Sur|Surcorea|Corea", "South Korean|Korean", "surcoreano|coreano", "east asia"),
    c!("south sudan", "South Sudan", "Sudán del Sur", "South Sudanese", "sursudanés", "east africa"),
    c!("spain", "Spain", "España", "Spanish|Spaniard", "español", "southern europe"),
    c!("sri lanka", "Sri Lanka", "Sri Lanka", "Sri Lankan", "esrilanqués|ceilanés", "south asia"),
    c!("sudan", "Sudan", "Sudán", "Sudanese", "sudanés", "north africa"),
    c!("suriname", "Suriname|Surinam", "Surinam", "Surinamese", "surinamés", "south america"),
    c!("sweden", "Sweden", "Suecia", "Swedish|Swede", "sueco", "northern europe"),
    c!("switzerland", "Switzerland", "Suiza", "Swiss", "suizo", "western europe"),
    c!("syria", "Syria|Syrian Arab Republic", "Siria", "Syrian", "sirio", "middle east"),
    c!("taiwan", "Taiwan|Republic of China", "Taiwán", "Taiwanese", "taiwanés", "east asia"),
    c!("tajikistan", "Tajikistan", "Tayikistán", "Tajik|Tajikistani", "tayiko", "central asia"),
    c!("tanzania", "Tanzania|United Republic of Tanzania", "Tanzania", "Tanzanian", "tanzano", "east africa"),
    c!("thailand", "Thailand", "Tailandia", "Thai", "tailandés", "southeast asia"),
    c!("timor-leste", "Timor-Leste|East Timor", "Timor Oriental|Timor-Leste", "Timorese", "timorense", "southeast asia"),
    c!("togo", "Togo", "Togo", "Togolese", "togolés", "west africa"),
    c!("tonga", "Tonga", "Tonga", "Tongan", "tongano", "oceania"),
    c!("trinidad and tobago", "Trinidad and Tobago|Trinidad", "Trinidad y Tobago", "Trinidadian|Tobagonian", "trinitense", "caribbean"),
    c!("tunisia", "Tunisia", "Túnez", "Tunisian", "tunecino", "north africa"),
    c!("turkey", "Turkey|Türkiye|Turkiye", "Turquía", "Turkish|Turk", "turco", "middle east"),
    c!("turkmenistan", "Turkmenistan", "Turkmenistán", "Turkmen", "turcomano", "central asia"),
    c!("tuvalu", "Tuvalu", "Tuvalu", "Tuvaluan", "tuvaluano", "oceania"),
    c!("uganda", "Uganda", "Uganda", "Ugandan", "ugandés", "east africa"),
    c!("ukraine", "Ukraine", "Ucrania", "Ukrainian", "ucraniano", "eastern europe"),
    c!("united arab emirates", "United Arab Emirates|UAE|Emirates", "Emiratos Árabes Unidos|Emiratos", "Emirati", "emiratí", "middle east"),
    c!("united kingdom", "United Kingdom|UK|U.K.|Britain|Great Britain", "Reino Unido|Gran Bretaña", "British|Briton|Brit", "británico", "northern europe"),
    c!("united states", "United States|United States of America|US|U.S.|USA|U.S.A.|America", "Estados Unidos|EE.UU.|EE.UU|EE. UU.|EEUU|EUA|E.U.A.|Norteamérica", "American|Americans", "estadounidense|norteamericano|gringo", "north america"),
    c!("uruguay", "Uruguay", "Uruguay", "Uruguayan", "uruguayo|charrúa", "south america"),
    c!("uzbekistan", "Uzbekistan", "Uzbekistán", "Uzbek|Uzbekistani", "uzbeko", "central asia"),
    c!("vanuatu", "Vanuatu", "Vanuatu", "Ni-Vanuatu|Vanuatuan", "vanuatuense", "oceania"),
    c!("vatican city", "Vatican City|Vatican|Holy See", "Ciudad del Vaticano|Vaticano|Santa Sede", "Vatican", "vaticano", "southern europe"),
    c!("venezuela", "Venezuela", "Venezuela", "Venezuelan", "venezolano", "south america"),
    c!("vietnam", "Vietnam|Viet Nam", "Vietnam", "Vietnamese", "vietnamita", "southeast asia"),
    c!("yemen", "Yemen", "Yemen", "Yemeni", "yemení", "middle east"),
    c!("zambia", "Zambia", "Zambia", "Zambian", "zambiano", "southern africa"),
    c!("zimbabwe", "Zimbabwe", "Zimbabue", "Zimbabwean", "zimbabuense", "southern africa"),
    // Territories and partially recognized states that are often in the news.
    c!("puerto rico", "Puerto Rico", "Puerto Rico", "Puerto Rican", "puertorriqueño|boricua", "caribbean"),
    c!("kosovo", "Kosovo", "Kosovo", "Kosovar|Kosovan", "kosovar", "southern europe"),
    c!("hong kong", "Hong Kong", "Hong Kong", "Hongkonger", "hongkonés", "east asia"),
    c!("greenland", "Greenland", "Groenlandia", "Greenlander|Greenlandic", "groenlandés", "northern europe"),
    c!("western sahara", "Western Sahara", "Sahara Occidental", "Sahrawi|Saharawi", "saharaui", "north africa"),
);

/// World regions: id, `|`-separated names (EN and ES), demonyms, and the sub-regions it spans.
/// A world region: its id, `|`-separated names, demonyms and sub-regions, packed into one
/// `;`-separated string (a pointer per region, as [`Country`]).
struct Region {
    packed: &'static str,
}

impl Region {
    /// Field `n` of the packed string: 0 id, 1 names, 2 demonyms, 3 sub-regions.
    fn field(&self, n: usize) -> &'static str {
        self.packed.split(';').nth(n).unwrap_or("")
    }
}

macro_rules! r {
    ($id:literal, $names:literal, $dems:literal, $subs:literal) => {
        Region {
            packed: concat!($id, ";", $names, ";", $dems, ";", $subs),
        }
    };
}

static REGIONS: &[Region] = &[
    r!("caribbean", "Caribbean|the Caribbean|Caribe|el Caribe|West Indies|Antillas", "caribeño|antillano", ""),
    r!("central america", "Central America|Centroamérica|América Central|Centro América|Mesoamérica|Mesoamerica", "Central American|centroamericano|mesoamericano", ""),
    r!("south america", "South America|Sudamérica|Suramérica|América del Sur|Sud América", "South American|sudamericano|suramericano", ""),
    r!("north america", "North America|América del Norte|Norteamérica_region", "North American", ""),
    r!("latin america", "Latin America|América Latina|Latinoamérica|Iberoamérica|Hispanoamérica|Latam", "Latin American|latinoamericano|iberoamericano|hispanoamericano|Latino|Latina|latino", ""),
    r!("americas", "Americas|the Americas|las Américas|continente americano|Western Hemisphere|hemisferio occidental", "", "caribbean|central america|south america|north america"),
    r!("europe", "Europe|Europa|continente europeo", "European|europeo", "western europe|eastern europe|northern europe|southern europe"),
    r!("western europe", "Western Europe|Europa Occidental|Europa del Oeste", "", ""),
    r!("eastern europe", "Eastern Europe|Europa del Este|Europa Oriental", "Eastern European", ""),
    r!("northern europe", "Northern Europe|Europa del Norte|Scandinavia|Escandinavia|Nordic countries|países nórdicos", "Scandinavian|escandinavo|Nordic|nórdico", ""),
    r!("southern europe", "Southern Europe|Europa del Sur|Europa meridional|Balkans|los Balcanes|Balcanes|Mediterranean|Mediterráneo", "balcánico|Balkan", ""),
    r!("european union", "European Union|EU|E.U.|Unión Europea|UE|bloque europeo|Eurozone|zona euro|eurozona", "", ""),
    r!("africa", "Africa|África|continente africano|Sub-Saharan Africa|África subsahariana", "African|africano|subsahariano", "north africa|west africa|east africa|central africa|southern africa"),
    r!("north africa", "North Africa|Norte de África|África del Norte|Magreb|Maghreb|Sahel", "North African|norafricano|magrebí", ""),
    r!("west africa", "West Africa|África Occidental|África del Oeste", "West African", ""),
    r!("east africa", "East Africa|África Oriental|Horn of Africa|Cuerno de África", "East African", ""),
    r!("central africa", "Central Africa|África Central", "", ""),
    r!("southern africa", "Southern Africa|África austral|África meridional", "", ""),
    r!("middle east", "Middle East|Oriente Medio|Medio Oriente|Oriente Próximo|Near East|Persian Gulf|Golfo Pérsico|Gulf states|Levant|Levante", "Middle Eastern|Arab|árabe", ""),
    r!("asia", "Asia|continente asiático|Asia-Pacific|Asia-Pacífico|Asia Pacífico", "Asian|asiático", "central asia|south asia|east asia|southeast asia|middle east"),
    r!("central asia", "Central Asia|Asia Central|Caucasus|Cáucaso", "Central Asian|caucásico", ""),
    r!("south asia", "South Asia|Asia del Sur|Asia Meridional|Indian subcontinent|subcontinente indio", "South Asian", ""),
    r!("east asia", "East Asia|Asia Oriental|Extremo Oriente|Far East|Lejano Oriente", "East Asian", ""),
    r!("southeast asia", "Southeast Asia|South-East Asia|Sudeste Asiático|Sureste Asiático|Asia Sudoriental", "Southeast Asian", ""),
    r!("oceania", "Oceania|Oceanía|Pacific Islands|islas del Pacífico|Australasia", "Oceanian|oceánico", ""),
    r!("antarctica", "Antarctica|Antártida|Antártica", "Antarctic|antártico", ""),
    r!("world", "world|the world|mundo|el mundo|globe|planet|planeta|worldwide|a nivel mundial", "", ""),
];

/// A place within a country: one line of [`SUBDIVISIONS`], four `;`-separated fields: its id, its
/// `|`-separated English and Spanish names (the usual one first; no Spanish ones when they are the
/// English ones), and its country's id.
macro_rules! s {
    ($id:literal, $en:literal, $es:literal, $country:literal) => {
        concat!($id, ";", $en, ";", $es, ";", $country, "\n")
    };
}

/// The first-level divisions of the countries news most often reports by state or province (the
/// United States, Mexico, Spain, Canada), the territories of Palestine, and large cities that
/// figures are often given for: names that would otherwise be read as no place, or as another
/// ("New Mexico" is no "Mexico"). National capitals that stand for their governments ("the regime
/// of Havana", "London said") are left out. Names that are also people's names are read as places only when
/// no other capitalized word is next to them (`claims::context`).
static SUBDIVISIONS: &str = concat!(
    s!("alabama", "Alabama", "", "united states"),
    s!("alaska", "Alaska", "", "united states"),
    s!("arizona", "Arizona", "", "united states"),
    s!("arkansas", "Arkansas", "", "united states"),
    s!("california", "California", "", "united states"),
    s!("colorado", "Colorado", "", "united states"),
    s!("connecticut", "Connecticut", "", "united states"),
    s!("delaware", "Delaware", "", "united states"),
    s!("florida", "Florida", "", "united states"),
    s!("hawaii", "Hawaii", "Hawái|Hawai", "united states"),
    s!("idaho", "Idaho", "", "united states"),
    s!("illinois", "Illinois", "", "united states"),
    s!("indiana", "Indiana", "", "united states"),
    s!("iowa", "Iowa", "", "united states"),
    s!("kansas", "Kansas", "", "united states"),
    s!("kentucky", "Kentucky", "", "united states"),
    s!("louisiana", "Louisiana", "Luisiana", "united states"),
    s!("maine", "Maine", "", "united states"),
    s!("maryland", "Maryland", "", "united states"),
    s!(
        "massachusetts",
        "Massachusetts",
        "Massachusetts",
        "united states"
    ),
    s!("michigan", "Michigan", "Míchigan|Michigan", "united states"),
    s!("minnesota", "Minnesota", "", "united states"),
    s!(
        "mississippi",
        "Mississippi",
        "Misisipi|Mississippi",
        "united states"
    ),
    s!("missouri", "Missouri", "Misuri|Missouri", "united states"),
    s!("montana", "Montana", "", "united states"),
    s!("nebraska", "Nebraska", "", "united states"),
    s!("nevada", "Nevada", "", "united states"),
    s!(
        "new hampshire",
        "New Hampshire",
        "Nuevo Hampshire",
        "united states"
    ),
    s!("new jersey", "New Jersey", "Nueva Jersey", "united states"),
    s!("new mexico", "New Mexico", "Nuevo México", "united states"),
    s!(
        "new york",
        "New York|New York City|NYC",
        "Nueva York",
        "united states"
    ),
    s!(
        "north carolina",
        "North Carolina",
        "Carolina del Norte",
        "united states"
    ),
    s!(
        "north dakota",
        "North Dakota",
        "Dakota del Norte",
        "united states"
    ),
    s!("ohio", "Ohio", "", "united states"),
    s!("oklahoma", "Oklahoma", "", "united states"),
    s!("oregon", "Oregon", "Oregón", "united states"),
    s!(
        "pennsylvania",
        "Pennsylvania",
        "Pensilvania",
        "united states"
    ),
    s!(
        "rhode island",
        "Rhode Island",
        "Rhode Island",
        "united states"
    ),
    s!(
        "south carolina",
        "South Carolina",
        "Carolina del Sur",
        "united states"
    ),
    s!(
        "south dakota",
        "South Dakota",
        "Dakota del Sur",
        "united states"
    ),
    s!("tennessee", "Tennessee", "", "united states"),
    s!("texas", "Texas", "Texas|Tejas", "united states"),
    s!("utah", "Utah", "", "united states"),
    s!("vermont", "Vermont", "", "united states"),
    s!("virginia", "Virginia", "", "united states"),
    s!(
        "washington state",
        "Washington State",
        "estado de Washington",
        "united states"
    ),
    s!(
        "west virginia",
        "West Virginia",
        "Virginia Occidental",
        "united states"
    ),
    s!("wisconsin", "Wisconsin", "", "united states"),
    s!("wyoming", "Wyoming", "", "united states"),
    s!("los angeles", "Los Angeles", "Los Ángeles", "united states"),
    s!("chicago", "Chicago", "", "united states"),
    s!("houston", "Houston", "", "united states"),
    s!("miami", "Miami", "", "united states"),
    s!(
        "san francisco",
        "San Francisco",
        "San Francisco",
        "united states"
    ),
    s!(
        "aguascalientes",
        "Aguascalientes",
        "Aguascalientes",
        "mexico"
    ),
    s!(
        "baja california",
        "Baja California",
        "Baja California",
        "mexico"
    ),
    s!(
        "baja california sur",
        "Baja California Sur",
        "Baja California Sur",
        "mexico"
    ),
    s!("campeche", "Campeche", "", "mexico"),
    s!("chiapas", "Chiapas", "", "mexico"),
    s!("chihuahua", "Chihuahua", "", "mexico"),
    s!("coahuila", "Coahuila", "", "mexico"),
    s!("colima", "Colima", "", "mexico"),
    s!("durango", "Durango", "", "mexico"),
    s!("guanajuato", "Guanajuato", "", "mexico"),
    s!("guerrero", "Guerrero", "", "mexico"),
    s!("hidalgo", "Hidalgo", "", "mexico"),
    s!("jalisco", "Jalisco", "", "mexico"),
    s!(
        "state of mexico",
        "State of Mexico|Edomex",
        "Estado de México|Edomex",
        "mexico"
    ),
    s!(
        "mexico city",
        "Mexico City|CDMX",
        "Ciudad de México|CDMX",
        "mexico"
    ),
    s!("michoacan", "Michoacán|Michoacan", "Michoacán", "mexico"),
    s!("morelos", "Morelos", "", "mexico"),
    s!("nayarit", "Nayarit", "", "mexico"),
    s!(
        "nuevo leon",
        "Nuevo León|Nuevo Leon",
        "Nuevo León",
        "mexico"
    ),
    s!("oaxaca", "Oaxaca", "", "mexico"),
    s!("puebla", "Puebla", "", "mexico"),
    s!("queretaro", "Querétaro|Queretaro", "Querétaro", "mexico"),
    s!("quintana roo", "Quintana Roo", "", "mexico"),
    s!(
        "san luis potosi",
        "San Luis Potosí",
        "San Luis Potosí",
        "mexico"
    ),
    s!("sinaloa", "Sinaloa", "", "mexico"),
    s!("sonora", "Sonora", "", "mexico"),
    s!("tabasco", "Tabasco", "", "mexico"),
    s!("tamaulipas", "Tamaulipas", "", "mexico"),
    s!("tlaxcala", "Tlaxcala", "", "mexico"),
    s!("veracruz", "Veracruz", "", "mexico"),
    s!("yucatan", "Yucatán|Yucatan", "Yucatán", "mexico"),
    s!("zacatecas", "Zacatecas", "", "mexico"),
    s!("guadalajara", "Guadalajara", "", "mexico"),
    s!("monterrey", "Monterrey", "", "mexico"),
    s!("tijuana", "Tijuana", "", "mexico"),
    s!("andalusia", "Andalusia", "Andalucía", "spain"),
    s!("aragon", "Aragon", "Aragón", "spain"),
    s!("asturias", "Asturias", "", "spain"),
    s!(
        "balearic islands",
        "Balearic Islands",
        "Islas Baleares|Baleares",
        "spain"
    ),
    s!(
        "canary islands",
        "Canary Islands",
        "Islas Canarias|Canarias",
        "spain"
    ),
    s!("cantabria", "Cantabria", "", "spain"),
    s!(
        "castile and leon",
        "Castile and León|Castile and Leon",
        "Castilla y León",
        "spain"
    ),
    s!(
        "castile-la mancha",
        "Castile-La Mancha|Castilla-La Mancha",
        "Castilla-La Mancha|Castilla La Mancha",
        "spain"
    ),
    s!("catalonia", "Catalonia", "Cataluña|Catalunya", "spain"),
    s!(
        "valencian community",
        "Valencian Community",
        "Comunidad Valenciana",
        "spain"
    ),
    s!("valencia", "Valencia", "", "spain"),
    s!("extremadura", "Extremadura", "", "spain"),
    s!("galicia", "Galicia", "", "spain"),
    s!("madrid", "Madrid", "Madrid|Comunidad de Madrid", "spain"),
    s!("murcia", "Murcia", "Murcia|Región de Murcia", "spain"),
    s!("navarre", "Navarre", "Navarra", "spain"),
    s!(
        "basque country",
        "Basque Country",
        "País Vasco|Euskadi",
        "spain"
    ),
    s!("la rioja", "La Rioja", "", "spain"),
    s!("barcelona", "Barcelona", "", "spain"),
    s!("seville", "Seville", "Sevilla", "spain"),
    // Provinces and cities of Spain that figures are often given for.
    s!("alicante", "Alicante", "Alicante|Alacant", "spain"),
    s!("albacete", "Albacete", "", "spain"),
    s!("almeria", "Almería|Almeria", "", "spain"),
    s!("badajoz", "Badajoz", "", "spain"),
    s!("caceres", "Cáceres|Caceres", "", "spain"),
    s!("cadiz", "Cádiz|Cadiz", "", "spain"),
    s!(
        "castellon",
        "Castellón|Castellon",
        "Castellón|Castelló",
        "spain"
    ),
    s!("girona", "Girona", "Girona|Gerona", "spain"),
    s!("granada", "Granada", "", "spain"),
    s!("huelva", "Huelva", "", "spain"),
    s!("huesca", "Huesca", "", "spain"),
    s!("jaen", "Jaén|Jaen", "", "spain"),
    s!("lleida", "Lleida", "Lleida|Lérida", "spain"),
    s!("malaga", "Málaga|Malaga", "", "spain"),
    s!("ourense", "Ourense", "Ourense|Orense", "spain"),
    s!("pontevedra", "Pontevedra", "", "spain"),
    s!("tarragona", "Tarragona", "", "spain"),
    s!("valladolid", "Valladolid", "", "spain"),
    s!("zaragoza", "Zaragoza|Saragossa", "", "spain"),
    s!(
        "a coruna",
        "A Coruña|A Coruna|Corunna",
        "A Coruña|La Coruña",
        "spain"
    ),
    s!("bilbao", "Bilbao", "", "spain"),
    s!("ontario", "Ontario", "", "canada"),
    s!("quebec", "Quebec|Québec", "", "canada"),
    s!(
        "british columbia",
        "British Columbia",
        "Columbia Británica",
        "canada"
    ),
    s!("alberta", "Alberta", "", "canada"),
    s!("manitoba", "Manitoba", "", "canada"),
    s!("saskatchewan", "Saskatchewan", "", "canada"),
    s!("nova scotia", "Nova Scotia", "Nueva Escocia", "canada"),
    s!(
        "new brunswick",
        "New Brunswick",
        "Nuevo Brunswick",
        "canada"
    ),
    s!(
        "gaza",
        "Gaza|Gaza Strip",
        "Gaza|Franja de Gaza",
        "palestine"
    ),
    s!("west bank", "West Bank", "Cisjordania", "palestine"),
    s!("england", "England", "Inglaterra", "united kingdom"),
    s!("scotland", "Scotland", "Escocia", "united kingdom"),
    s!("wales", "Wales", "Gales|País de Gales", "united kingdom"),
    s!(
        "northern ireland",
        "Northern Ireland",
        "Irlanda del Norte",
        "united kingdom"
    ),
    s!("medellin", "Medellín|Medellin", "", "colombia"),
    s!("cali", "Cali", "", "colombia"),
    s!("barranquilla", "Barranquilla", "", "colombia"),
    s!(
        "rio de janeiro",
        "Rio de Janeiro",
        "Río de Janeiro",
        "brazil"
    ),
    s!("toronto", "Toronto", "", "canada"),
    s!("montreal", "Montreal|Montréal", "", "canada"),
    s!("vancouver", "Vancouver", "", "canada"),
    s!("sydney", "Sydney", "Sídney", "australia"),
    s!("melbourne", "Melbourne", "", "australia"),
    s!("mumbai", "Mumbai|Bombay", "", "india"),
    s!("shanghai", "Shanghai", "Shanghái", "china"),
    s!("buenos aires", "Buenos Aires", "", "argentina"),
    s!("antioquia", "Antioquia", "", "colombia"),
    s!(
        "sao paulo",
        "São Paulo|Sao Paulo",
        "São Paulo|Sao Paulo",
        "brazil"
    ),
);

/// Countries of Latin America beyond Central and South America.
const LATIN_EXTRA: &str = concat!(
    "cuba|",
    "dominican republic|",
    "haiti|",
    "mexico|",
    "puerto rico"
);
/// Countries in South America that are not usually counted as Latin America.
const NOT_LATIN: &str = concat!("guyana|", "suriname|", "belize");
const EU_MEMBERS: &str = concat!(
    "austria|",
    "belgium|",
    "bulgaria|",
    "croatia|",
    "cyprus|",
    "czech republic|",
    "denmark|",
    "estonia|",
    "finland|",
    "france|",
    "germany|",
    "greece|",
    "hungary|",
    "ireland|",
    "italy|",
    "latvia|",
    "lithuania|",
    "luxembourg|",
    "malta|",
    "netherlands|",
    "poland|",
    "portugal|",
    "romania|",
    "slovakia|",
    "slovenia|",
    "spain|",
    "sweden"
);

/// Names that are also ordinary words, matched only when capitalized.
const CAPITALIZED_ONLY: &str = concat!(
    "america|",
    "antigua|",
    "arab|",
    "brit|",
    "chad|",
    "chile|",
    "china|",
    "congo|",
    "dane|",
    "emirates|",
    "finn|",
    "georgia|",
    "granada|",
    "guinea|",
    "jordan|",
    "khmer|",
    "korea|",
    "lao|",
    "latina|",
    "latino|",
    "levant|",
    "levante|",
    "malta|",
    "mediterranean|",
    "niger|",
    "panama|",
    "persian|",
    "pole|",
    "polish|",
    "samoa|",
    "swede|",
    "togo|",
    "trinidad|",
    "turk|",
    "turkey|",
    "vatican|",
    "vaticano"
);

/// Abbreviations matched only exactly as written (dots and case included).
const EXACT: &str = concat!(
    "US|", "U.S.|", "USA|", "U.S.A.|", "UK|", "U.K.|", "EE.UU.|", "EE.UU|", "EEUU|", "EUA|",
    "E.U.A.|", "UAE|", "DRC|", "RDC|", "EU|", "E.U.|", "UE|", "PRC|", "DPRK|", "CAR|", "RD|",
    "Latam"
);

struct Index {
    /// Folded name or demonym (words joined by one space) → canonical id.
    names: FastMap<&'static str, &'static str>,
    /// Folded demonym → country id (single and multiword).
    demonyms: FastMap<&'static str, &'static str>,
    /// Abbreviation as written → id.
    exact: FastMap<&'static str, &'static str>,
    /// Longest name in words.
    max_words: usize,
    /// Country id → sub-region; subdivision id → country.
    region_of: FastMap<&'static str, &'static str>,
    /// Folded one-word names matched only when capitalized ([`CAPITALIZED_ONLY`] and every
    /// one-word subdivision).
    capitalized: WordSet,
    /// The ids of [`SUBDIVISIONS`].
    subdivisions: WordSet,
    /// Folded first words of multiword names.
    multi_first: WordSet,
    /// Proper word prefixes of multiword names ("republica democratica del").
    prefixes: WordSet,
    /// Every key of `names` and `prefixes`, sketched ([`Sketch`]): a word outside it is neither.
    sketch: Sketch,
    /// The first bytes of the abbreviations in `exact`, as a bit set over ASCII.
    exact_firsts: u128,
}

/// A bit set of strings' sketches (length, first, second and last byte): a string whose sketch is
/// not in the set is not one of the strings. Cheap to test, so most words need no hash lookup.
struct Sketch(Vec<u64>);

impl Sketch {
    /// Bits in the set (a power of two).
    const BITS: usize = 32768;

    fn new<'a>(keys: impl Iterator<Item = &'a str>) -> Sketch {
        let mut bits = vec![0u64; Self::BITS / 64];
        for k in keys {
            let b = Self::bit(k.as_bytes());
            bits[b / 64] |= 1 << (b % 64);
        }
        Sketch(bits)
    }

    fn bit(k: &[u8]) -> usize {
        let (Some(&first), Some(&last)) = (k.first(), k.last()) else {
            return 0;
        };
        Self::bit_of(k.len(), first, k.get(1).copied().unwrap_or(0), last)
    }

    fn bit_of(len: usize, first: u8, second: u8, last: u8) -> usize {
        let x =
            (len as u32) | u32::from(first) << 8 | u32::from(second) << 16 | u32::from(last) << 24;
        (x.wrapping_mul(0x9E37_79B1) >> 17) as usize % Self::BITS
    }

    fn may_have(&self, k: &str) -> bool {
        let b = Self::bit(k.as_bytes());
        self.0[b / 64] & (1 << (b % 64)) != 0
    }

    /// [`Sketch::may_have`] of a string of `len` bytes, given its first, second and last bytes
    /// (the second is 0 for one byte; an empty string is always let through).
    fn may_have_parts(&self, len: usize, first: u8, second: u8, last: u8) -> bool {
        if len == 0 {
            return true;
        }
        let b = Self::bit_of(len, first, second, last);
        self.0[b / 64] & (1 << (b % 64)) != 0
    }
}

/// A word folded as [`fold`] does, without allocating when it is short ASCII (most words).
enum Folded<'a> {
    Borrowed(&'a str),
    Short([u8; 32], usize),
    Long(String),
}

impl<'a> Folded<'a> {
    /// The folded word, or `None` when `sketch` rules it out.
    fn new(word: &'a str, sketch: &Sketch) -> Option<Folded<'a>> {
        let b = word.as_bytes();
        if b.len() > 32 || !word.is_ascii() {
            let f = fold(word);
            return sketch.may_have(&f).then_some(Folded::Long(f));
        }
        let lower = |k: usize| b.get(k).map_or(0, u8::to_ascii_lowercase);
        if !sketch.may_have_parts(b.len(), lower(0), lower(1), lower(b.len().wrapping_sub(1))) {
            return None;
        }
        if !b.iter().any(u8::is_ascii_uppercase) {
            return Some(Folded::Borrowed(word));
        }
        let mut buf = [0u8; 32];
        buf[..b.len()].copy_from_slice(b);
        buf[..b.len()].make_ascii_lowercase();
        Some(Folded::Short(buf, b.len()))
    }

    fn as_str(&self) -> &str {
        match self {
            Folded::Borrowed(s) => s,
            // Lowercased ASCII is UTF-8.
            Folded::Short(buf, n) => std::str::from_utf8(&buf[..*n]).unwrap_or(""),
            Folded::Long(s) => s,
        }
    }
}

/// Spanish demonym inflections from the masculine singular: cubano → cubana, cubanos, cubanas.
fn es_forms(base: &str) -> Vec<String> {
    let f = fold(base);
    let mut out = vec![f.clone()];
    if let Some(stem) = f.strip_suffix('o') {
        out.extend([format!("{stem}a"), format!("{stem}os"), format!("{stem}as")]);
    } else if f.ends_with('e') || f.ends_with('a') {
        out.push(format!("{f}s"));
    } else if f.ends_with('i') || f.ends_with('u') {
        out.extend([format!("{f}es"), format!("{f}s")]);
    } else {
        out.extend([format!("{f}a"), format!("{f}es"), format!("{f}as")]);
    }
    out
}

/// English demonym forms: Cuban → cubans; Chinese, Swiss, French stay as they are.
fn en_forms(base: &str) -> Vec<String> {
    let f = fold(base);
    let invariant = f.ends_with("ese")
        || f.ends_with("sh")
        || f.ends_with("ch")
        || f.ends_with("ss")
        || f.ends_with('s')
        || f.ends_with("men")
        || f.ends_with("man")
        || f.ends_with("que")
        || f.ends_with("tho")
        || f == "malagasy";
    let mut out = vec![f.clone()];
    if !invariant {
        out.push(format!("{f}s"));
    }
    out
}

fn key(words: &str) -> String {
    let mut k = String::new();
    for w in words.split_whitespace() {
        if !k.is_empty() {
            k.push(' ');
        }
        fold_into(&mut k, w);
    }
    k
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut names = FastMap::default();
        let mut demonyms = FastMap::default();
        let mut exact = FastMap::default();
        let mut region_of = FastMap::default();
        let mut max_words = 1;
        let mut add =
            |map: &mut FastMap<&'static str, &'static str>, k: String, id: &'static str| {
                max_words = max_words.max(k.split(' ').count());
                if !map.contains_key(k.as_str()) {
                    map.insert(kept(k), id);
                }
            };
        for c in all_countries() {
            region_of.insert(c.id(), c.field(5));
            for name in c.field(1).split('|').chain(c.field(2).split('|')) {
                if name.contains('_') {
                    continue;
                }
                if listed(EXACT, name) {
                    exact.insert(name, c.id());
                    continue;
                }
                add(&mut names, key(name), c.id());
                // "the Netherlands", "la India": leading articles are the caller's business.
            }
            for d in c.field(3).split('|') {
                if d.contains('_') {
                    continue;
                }
                for form in en_forms(d) {
                    let k = key(&form);
                    add(&mut demonyms, k.clone(), c.id());
                    add(&mut names, k, c.id());
                }
            }
            for d in c.field(4).split('|') {
                for form in es_forms(d) {
                    let k = key(&form);
                    add(&mut demonyms, k.clone(), c.id());
                    add(&mut names, k, c.id());
                }
            }
        }
        // Subdivisions: their names (a one-word name only capitalized), within their country.
        let mut capitalized: WordSet = CAPITALIZED_ONLY.split('|').collect();
        let mut subdivisions = WordSet::default();
        for line in SUBDIVISIONS.split_terminator('\n') {
            let field = |n: usize| line.split(';').nth(n).unwrap_or("");
            let id = field(0);
            region_of.insert(id, field(3));
            subdivisions.insert(id);
            for name in field(1).split('|').chain(field(2).split_terminator('|')) {
                let k = key(name);
                if !k.contains(' ') && !capitalized.contains(k.as_str()) {
                    capitalized.insert(kept(k.clone()));
                }
                add(&mut names, k, id);
            }
        }
        for region in REGIONS {
            let (id, nm, dems) = (region.field(0), region.field(1), region.field(2));
            for name in nm.split('|') {
                if name.contains('_') {
                    continue;
                }
                if listed(EXACT, name) {
                    exact.insert(name, id);
                    continue;
                }
                add(&mut names, key(name), id);
            }
            for d in dems.split('|').filter(|d| !d.is_empty()) {
                let forms = if d.chars().next().is_some_and(char::is_uppercase) {
                    en_forms(d)
                } else {
                    es_forms(d)
                };
                for form in forms {
                    add(&mut names, key(&form), id);
                }
            }
        }
        // The keys are kept for the whole run: their prefixes may borrow from them.
        let multi_first = names
            .keys()
            .filter_map(|k| k.split_once(' ').map(|(a, _)| a))
            .collect();
        let mut prefixes = WordSet::default();
        for k in names.keys() {
            for (i, _) in k.match_indices(' ') {
                prefixes.insert(&k[..i]);
            }
        }
        let sketch = Sketch::new(names.keys().copied().chain(prefixes.iter()));
        let exact_firsts = exact
            .keys()
            .fold(0u128, |set, k: &&str| set | 1 << (k.as_bytes()[0] & 127));
        Index {
            capitalized,
            subdivisions,
            multi_first,
            prefixes,
            sketch,
            exact_firsts,
            names,
            demonyms,
            exact,
            max_words,
            region_of,
        }
    })
}

/// Calls `f` with every name and demonym (folded; words joined by one space) of the places whose
/// ids `of` accepts: every key [`place`] reads as one of them, but the [`abbreviations`].
pub(crate) fn place_names(of: impl Fn(&str) -> bool, mut f: impl FnMut(&'static str)) {
    let idx = index();
    for (k, id) in &idx.names {
        if of(id) {
            f(k);
        }
    }
}

/// The abbreviations matched exactly as written ("USA", "EE.UU.").
#[cfg(test)]
pub(crate) fn abbreviations() -> impl Iterator<Item = &'static str> {
    EXACT.split('|')
}

/// Whether a word begins some multiword country or region name ("Estados", "Países", "South").
pub(crate) fn starts_multiword(word: &str) -> bool {
    index().multi_first.contains(folded(word).as_ref()) || word == "EE."
}

/// Whether a word that is also a common noun is written capitalized.
fn capital_ok(idx: &Index, word: &str, folded: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) || !idx.capitalized.contains(folded)
}

/// The country or region named at the start of `words` (name or demonym), longest match first.
pub fn place(words: &[&str]) -> Option<(&'static str, usize)> {
    let first = *words.first()?;
    let idx = index();
    // "EE. UU." is two tokens.
    if words.len() >= 2 && first == "EE." && words[1] == "UU." {
        return Some(("united states", 2));
    }
    if may_be_exact(idx, first) {
        if let Some(id) = idx.exact.get(first) {
            return Some((id, 1));
        }
    }
    // The first word, folded, must be a name or begin one.
    let first_folded = Folded::new(first, &idx.sketch)?;
    let first_key = first_folded.as_str();
    let mut best = idx.names.get(first_key).map(|id| (*id, 1));
    let limit = idx.max_words.min(words.len());
    if limit > 1 && idx.prefixes.contains(first_key) {
        // Sized for every word that may be read, so the key seldom grows (folding keeps a word's
        // length or shortens it, but for a few letters beyond Latin-1).
        let room: usize = words[1..limit].iter().map(|w| w.len() + 1).sum();
        let mut k = String::with_capacity(first_key.len() + room);
        k.push_str(first_key);
        for (i, w) in words.iter().enumerate().take(limit).skip(1) {
            if i > 1 && !idx.prefixes.contains(k.as_str()) {
                break;
            }
            k.push(' ');
            fold_into(&mut k, w);
            if let Some(id) = idx.names.get(k.as_str()) {
                best = Some((*id, i + 1));
            }
        }
    }
    match best {
        Some((_, 1)) if !capital_ok(idx, first, first_key) => None,
        other => other,
    }
}

/// Whether `word` may be one of the abbreviations matched exactly (a bit test on its first byte).
fn may_be_exact(idx: &Index, word: &str) -> bool {
    word.as_bytes()
        .first()
        .is_some_and(|&b| idx.exact_firsts & (1 << (b & 127)) != 0)
}

/// The country a demonym refers to ("Cuban", "cubanas", "estadounidenses" → country id).
pub fn demonym_country(word: &str) -> Option<&'static str> {
    let idx = index();
    if !word.bytes().any(|b| b.is_ascii_whitespace() || b >= 128) {
        // One ASCII word: its key is the word lowercased.
        let k = Folded::new(word, &idx.sketch)?;
        let k = k.as_str();
        let country = idx.demonyms.get(k).copied()?;
        return (!k.is_empty() && capital_ok(idx, word, k)).then_some(country);
    }
    let k = key(word);
    // The table lookup rules out most words before the capitalisation test.
    let country = idx.demonyms.get(k.as_str()).copied()?;
    (!k.is_empty() && capital_ok(idx, word, &k)).then_some(country)
}

/// [`demonym_country`] of the two words `first second` ("Costa Ricans"), its key made in one
/// string (no copy of the words joined first).
pub(crate) fn demonym_country_of_two(first: &str, second: &str) -> Option<&'static str> {
    // Words beyond ASCII or with white space inside (a caller's words have none) are read as
    // their joined text is.
    let plain = |w: &str| !w.bytes().any(|b| b.is_ascii_whitespace() || b >= 128);
    if !(plain(first) && plain(second)) || first.is_empty() || second.is_empty() {
        return demonym_country(&[first, " ", second].concat());
    }
    let idx = index();
    let mut k = String::with_capacity(first.len() + 1 + second.len());
    fold_into(&mut k, first);
    k.push(' ');
    fold_into(&mut k, second);
    let country = idx.demonyms.get(k.as_str()).copied()?;
    capital_ok(idx, first, &k).then_some(country)
}

/// Whether an id names a place within a country (a state, province or city).
pub fn is_subdivision(id: &str) -> bool {
    index().subdivisions.contains(id)
}

/// A subdivision's usual English or Spanish name ("new mexico" → "New Mexico", "Nuevo México").
pub(crate) fn subdivision_name(id: &str, spanish: bool) -> Option<&'static str> {
    SUBDIVISIONS.split_terminator('\n').find_map(|line| {
        let mut fields = line.split(';');
        (fields.next()? == id).then_some(())?;
        let (en, es) = (fields.next()?, fields.next()?);
        (if spanish && !es.is_empty() { es } else { en })
            .split('|')
            .next()
    })
}

/// Whether an id names a country.
pub fn is_country(id: &str) -> bool {
    // Every country has a sub-region in the index; of the subdivisions there ("georgia" names
    // both), only one that is also a country's id needs the table.
    let idx = index();
    idx.region_of.contains_key(id)
        && (!idx.subdivisions.contains(id) || countries().any(|c| c == id))
}

/// Whether an id names a world region (not a country).
pub fn is_region(id: &str) -> bool {
    REGIONS.iter().any(|r| r.field(0) == id)
}

/// Whether `place` (a subdivision, country or region id) lies within `region` (reflexive).
pub fn within(place: &str, region: &str) -> bool {
    if place == region || region == "world" {
        return true;
    }
    let idx = index();
    if let Some(sub) = idx.region_of.get(place) {
        // A subdivision lies where its country lies.
        if idx.subdivisions.contains(place) {
            return within(sub, region);
        }
        // A country.
        if *sub == region {
            return true;
        }
        match region {
            "latin america" => {
                return !listed(NOT_LATIN, place)
                    && (matches!(*sub, CAM | SAM) || listed(LATIN_EXTRA, place));
            }
            "european union" => return listed(EU_MEMBERS, place),
            _ => {}
        }
        return within(sub, region);
    }
    // A region.
    if region == "latin america" {
        return matches!(place, CAM | SAM);
    }
    if place == "north america" && region == "americas" {
        return true;
    }
    REGIONS
        .iter()
        .find(|r| r.field(0) == region)
        .is_some_and(|r| listed(r.field(3), place))
}

/// The canonical ids of all countries (and listed territories).
pub fn countries() -> impl Iterator<Item = &'static str> {
    all_countries().map(Country::id)
}

/// The canonical ids of all world regions.
pub fn regions() -> impl Iterator<Item = &'static str> {
    REGIONS.iter().map(|r| r.field(0))
}

/// The usual English demonym of a country ("cuba" → "Cuban").
pub fn english_demonym(id: &str) -> Option<&'static str> {
    names(id)?[2].split('|').next().filter(|d| !d.is_empty())
}

/// A country's `|`-separated English names, Spanish names, English demonyms and Spanish demonyms
/// (the usual one first), for writing it in prose (`spanish.rs`).
pub(crate) fn names(id: &str) -> Option<[&'static str; 4]> {
    all_countries()
        .find(|c| c.id() == id)
        .map(|c| [c.field(1), c.field(2), c.field(3), c.field(4)])
}
