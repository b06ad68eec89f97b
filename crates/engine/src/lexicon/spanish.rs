//! Spanish display forms for what explanations name: a counted concept's usual Spanish noun
//! (singular, plural and gender, so a demonym or an article can agree with it), a country's or
//! region's name as written in each language ("Mexico" / "México", "Latin America" / "América
//! Latina"), and a country's Spanish demonym inflected ("cubano" → "cubanos", "francés" →
//! "francesas").
//!
//! Every Spanish noun here is one of its concept's surface forms in [`super::nouns`] (a test checks
//! it), so a sentence never names in Spanish a concept the lexicon would not read back as the same
//! one. A concept without an entry has no reliable Spanish form: callers keep the article's words.

use super::inflection::fold;
use super::places;

/// Grammatical gender of a Spanish noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Masculine (also the generic plural of mixed groups: "los médicos").
    Masculine,
    /// Feminine.
    Feminine,
}

/// A concept's usual Spanish noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpanishNoun {
    /// Singular ("médico", "reunión").
    pub singular: &'static str,
    /// Plural ("médicos", "reuniones").
    pub plural: &'static str,
    /// Gender.
    pub gender: Gender,
}

const M: Gender = Gender::Masculine;
const F: Gender = Gender::Feminine;

impl SpanishNoun {
    /// Its singular and plural, with the feminine of a masculine noun of a person ("médico" →
    /// "médica", "médicas"; "trabajador" → "trabajadora", "trabajadoras"): the forms an article
    /// may have written it in.
    pub fn forms(&self) -> Vec<String> {
        let mut out = vec![self.singular.to_string(), self.plural.to_string()];
        if self.gender == Gender::Masculine {
            let (sg, rest) = self
                .singular
                .split_once(' ')
                .map_or((self.singular, ""), |(a, b)| (a, b));
            let fem = if let Some(stem) = sg.strip_suffix('o') {
                Some(format!("{stem}a"))
            } else if sg.ends_with("or") {
                Some(format!("{sg}a"))
            } else {
                None
            };
            if let Some(f) = fem {
                let rest = if rest.is_empty() {
                    String::new()
                } else {
                    format!(" {rest}")
                };
                out.push(format!("{f}{rest}"));
                out.push(format!("{f}s{rest}"));
            }
        }
        out
    }
}

/// (concept id, singular, plural, gender). People are named in the generic masculine.
static NOUNS: &[(&str, &str, &str, Gender)] = &[
    // People.
    ("person", "persona", "personas", F),
    // Indicators.
    ("unemployment", "desempleo", "desempleo", M),
    ("inflation", "inflación", "inflación", F),
    ("poverty", "pobreza", "pobreza", F),
    ("turnout", "participación", "participación", F),
    ("interest rate", "tasa de interés", "tasas de interés", F),
    ("worker", "trabajador", "trabajadores", M),
    (
        "healthcare worker",
        "trabajador de la salud",
        "trabajadores de la salud",
        M,
    ),
    ("doctor", "médico", "médicos", M),
    ("specialist", "especialista", "especialistas", M),
    ("surgeon", "cirujano", "cirujanos", M),
    ("pediatrician", "pediatra", "pediatras", M),
    ("cardiologist", "cardiólogo", "cardiólogos", M),
    ("anesthesiologist", "anestesiólogo", "anestesiólogos", M),
    ("oncologist", "oncólogo", "oncólogos", M),
    ("gynecologist", "ginecólogo", "ginecólogos", M),
    ("psychiatrist", "psiquiatra", "psiquiatras", M),
    ("internist", "internista", "internistas", M),
    ("radiologist", "radiólogo", "radiólogos", M),
    ("neurologist", "neurólogo", "neurólogos", M),
    ("epidemiologist", "epidemiólogo", "epidemiólogos", M),
    (
        "medical resident",
        "médico residente",
        "médicos residentes",
        M,
    ),
    ("nurse", "enfermero", "enfermeros", M),
    ("paramedic", "paramédico", "paramédicos", M),
    ("dentist", "dentista", "dentistas", M),
    ("pharmacist", "farmacéutico", "farmacéuticos", M),
    ("psychologist", "psicólogo", "psicólogos", M),
    ("caregiver", "cuidador", "cuidadores", M),
    ("teacher", "maestro", "maestros", M),
    ("police officer", "policía", "policías", M),
    ("firefighter", "bombero", "bomberos", M),
    ("journalist", "periodista", "periodistas", M),
    ("official", "funcionario", "funcionarios", M),
    ("legislator", "legislador", "legisladores", M),
    ("mayor", "alcalde", "alcaldes", M),
    ("governor", "gobernador", "gobernadores", M),
    ("minister", "ministro", "ministros", M),
    ("judge", "juez", "jueces", M),
    ("diplomat", "diplomático", "diplomáticos", M),
    ("lawyer", "abogado", "abogados", M),
    ("farmer", "agricultor", "agricultores", M),
    ("miner", "minero", "mineros", M),
    ("engineer", "ingeniero", "ingenieros", M),
    ("scientist", "científico", "científicos", M),
    ("driver", "conductor", "conductores", M),
    ("soldier", "soldado", "soldados", M),
    ("athlete", "atleta", "atletas", M),
    ("player", "jugador", "jugadores", M),
    ("coach", "entrenador", "entrenadores", M),
    ("volunteer", "voluntario", "voluntarios", M),
    ("businessperson", "empresario", "empresarios", M),
    ("artist", "artista", "artistas", M),
    ("citizen", "ciudadano", "ciudadanos", M),
    ("voter", "votante", "votantes", M),
    ("migrant", "migrante", "migrantes", M),
    ("refugee", "refugiado", "refugiados", M),
    (
        "asylum seeker",
        "solicitante de asilo",
        "solicitantes de asilo",
        M,
    ),
    ("displaced person", "desplazado", "desplazados", M),
    ("deportee", "deportado", "deportados", M),
    ("student", "estudiante", "estudiantes", M),
    (
        "medical student",
        "estudiante de medicina",
        "estudiantes de medicina",
        M,
    ),
    ("child", "niño", "niños", M),
    ("baby", "bebé", "bebés", M),
    ("adolescent", "adolescente", "adolescentes", M),
    ("adult", "adulto", "adultos", M),
    ("older adult", "adulto mayor", "adultos mayores", M),
    ("woman", "mujer", "mujeres", F),
    ("man", "hombre", "hombres", M),
    ("patient", "paciente", "pacientes", M),
    ("protester", "manifestante", "manifestantes", M),
    ("death", "muerto", "muertos", M),
    ("injured", "herido", "heridos", M),
    ("missing person", "desaparecido", "desaparecidos", M),
    ("survivor", "sobreviviente", "sobrevivientes", M),
    ("hostage", "rehén", "rehenes", M),
    ("prisoner", "preso", "presos", M),
    ("detainee", "detenido", "detenidos", M),
    ("suspect", "sospechoso", "sospechosos", M),
    ("candidate", "candidato", "candidatos", M),
    ("member", "miembro", "miembros", M),
    ("tourist", "turista", "turistas", M),
    ("spectator", "espectador", "espectadores", M),
    ("customer", "cliente", "clientes", M),
    ("civilian", "civil", "civiles", M),
    ("neighbor", "vecino", "vecinos", M),
    ("owner", "propietario", "propietarios", M),
    ("investor", "inversionista", "inversionistas", M),
    ("donor", "donante", "donantes", M),
    ("applicant", "solicitante", "solicitantes", M),
    ("winner", "ganador", "ganadores", M),
    ("agent", "agente", "agentes", M),
    ("fisherman", "pescador", "pescadores", M),
    // Groups and organizations.
    ("household", "hogar", "hogares", M),
    ("company", "empresa", "empresas", F),
    ("union", "sindicato", "sindicatos", M),
    ("government", "gobierno", "gobiernos", M),
    ("team", "equipo", "equipos", M),
    ("mission", "misión", "misiones", F),
    ("medical mission", "misión médica", "misiones médicas", F),
    ("brigade", "brigada", "brigadas", F),
    ("community", "comunidad", "comunidades", F),
    // Places and things.
    ("country", "país", "países", M),
    ("state", "estado", "estados", M),
    ("province", "provincia", "provincias", F),
    ("municipality", "municipio", "municipios", M),
    ("locality", "localidad", "localidades", F),
    ("city", "ciudad", "ciudades", F),
    ("neighborhood", "barrio", "barrios", M),
    ("island", "isla", "islas", F),
    ("road", "carretera", "carreteras", F),
    ("bridge", "puente", "puentes", M),
    ("building", "edificio", "edificios", M),
    ("hospital", "hospital", "hospitales", M),
    ("clinic", "clínica", "clínicas", F),
    ("school", "escuela", "escuelas", F),
    ("home", "vivienda", "viviendas", F),
    ("bed", "cama", "camas", F),
    ("vehicle", "vehículo", "vehículos", M),
    ("bus", "autobús", "autobuses", M),
    ("ambulance", "ambulancia", "ambulancias", F),
    ("aircraft", "avión", "aviones", M),
    ("ship", "barco", "barcos", M),
    ("weapon", "arma", "armas", F),
    ("tree", "árbol", "árboles", M),
    ("job", "empleo", "empleos", M),
    ("seat", "escaño", "escaños", M),
    ("vote", "voto", "votos", M),
    ("case", "caso", "casos", M),
    ("signature", "firma", "firmas", F),
    // Events.
    ("meeting", "reunión", "reuniones", F),
    ("visit", "visita", "visitas", F),
    ("flight", "vuelo", "vuelos", M),
    ("earthquake", "sismo", "sismos", M),
    ("hurricane", "huracán", "huracanes", M),
    ("storm", "tormenta", "tormentas", F),
    ("flood", "inundación", "inundaciones", F),
    ("fire", "incendio", "incendios", M),
    ("accident", "accidente", "accidentes", M),
    ("war", "guerra", "guerras", F),
    ("election", "elección", "elecciones", F),
    ("strike action", "paro laboral", "paros laborales", M),
    ("interview", "entrevista", "entrevistas", F),
    // Money and measures.
    ("budget", "presupuesto", "presupuestos", M),
    ("salary", "salario", "salarios", M),
    ("tax", "impuesto", "impuestos", M),
    ("debt", "deuda", "deudas", F),
    ("donation", "donación", "donaciones", F),
    ("fine", "multa", "multas", F),
    ("contract", "contrato", "contratos", M),
    ("law", "ley", "leyes", F),
    ("complaint", "denuncia", "denuncias", F),
    ("report", "informe", "informes", M),
    ("year", "año", "años", M),
    ("month", "mes", "meses", M),
    ("week", "semana", "semanas", F),
    ("day", "día", "días", M),
    ("hour", "hora", "horas", F),
    ("kilometer", "kilómetro", "kilómetros", M),
    ("hectare", "hectárea", "hectáreas", F),
    ("acre", "acre", "acres", M),
    ("ton", "tonelada", "toneladas", F),
    ("liter", "litro", "litros", M),
];

/// The usual Spanish noun of a concept, when the lexicon has a reliable one.
pub fn spanish_noun(id: &str) -> Option<SpanishNoun> {
    NOUNS
        .iter()
        .find(|(c, ..)| *c == id)
        .map(|&(_, singular, plural, gender)| SpanishNoun {
            singular,
            plural,
            gender,
        })
}

/// Every concept with a Spanish noun, with it (for tests and coverage).
pub fn spanish_nouns() -> impl Iterator<Item = (&'static str, SpanishNoun)> {
    NOUNS.iter().map(|&(id, singular, plural, gender)| {
        (
            id,
            SpanishNoun {
                singular,
                plural,
                gender,
            },
        )
    })
}

/// World regions as written in English and Spanish: a line each, id, English and Spanish
/// separated by ';' (one string: no pointer per name in the wasm).
static REGION_NAMES: &str = concat!(
    "caribbean;the Caribbean;el Caribe\n",
    "central america;Central America;Centroamérica\n",
    "south america;South America;Sudamérica\n",
    "north america;North America;América del Norte\n",
    "latin america;Latin America;América Latina\n",
    "americas;the Americas;las Américas\n",
    "europe;Europe;Europa\n",
    "western europe;Western Europe;Europa Occidental\n",
    "eastern europe;Eastern Europe;Europa del Este\n",
    "northern europe;Northern Europe;Europa del Norte\n",
    "southern europe;Southern Europe;Europa del Sur\n",
    "european union;the European Union;la Unión Europea\n",
    "africa;Africa;África\n",
    "north africa;North Africa;el norte de África\n",
    "west africa;West Africa;África Occidental\n",
    "east africa;East Africa;África Oriental\n",
    "central africa;Central Africa;África Central\n",
    "southern africa;Southern Africa;África austral\n",
    "middle east;the Middle East;Oriente Medio\n",
    "asia;Asia;Asia\n",
    "central asia;Central Asia;Asia Central\n",
    "south asia;South Asia;Asia del Sur\n",
    "east asia;East Asia;Asia Oriental\n",
    "southeast asia;Southeast Asia;el Sudeste Asiático\n",
    "oceania;Oceania;Oceanía\n",
    "antarctica;Antarctica;la Antártida\n",
    "world;the world;el mundo\n",
);

/// A place id (country or region, as `claims` writes them: "mexico", "latin america") as written
/// in English ("Mexico", "Latin America") or Spanish ("México", "América Latina"); `None` for an id
/// the lexicon does not know.
pub fn place_name(id: &str, spanish: bool) -> Option<&'static str> {
    if let Some([en, es, ..]) = places::names(id) {
        let names = if spanish { es } else { en };
        return names.split('|').next();
    }
    if let Some(name) = places::subdivision_name(id, spanish) {
        return Some(name);
    }
    REGION_NAMES.split_terminator('\n').find_map(|line| {
        let mut names = line.split(';');
        (names.next()? == id).then_some(())?;
        let (en, es) = (names.next()?, names.next()?);
        Some(if spanish { es } else { en })
    })
}

/// A country's Spanish demonym agreeing with a noun: ("cuba", masculine, plural) → "cubanos",
/// ("france", feminine, singular) → "francesa"; `None` for an unknown country.
pub fn spanish_demonym(country: &str, gender: Gender, plural: bool) -> Option<String> {
    let [.., dems] = places::names(country)?;
    let base = dems.split('|').next().filter(|d| !d.contains('_'))?;
    Some(inflect_demonym(base, gender, plural))
}

/// Whether `word` is one of a country's English demonyms, in any number ("cuban", "Cubans").
pub fn is_english_demonym(word: &str, country: &str) -> bool {
    let Some([_, _, dems, _]) = places::names(country) else {
        return false;
    };
    let w = fold(word);
    dems.split('|')
        .map(fold)
        .any(|d| w == d || w.strip_suffix('s') == Some(d.as_str()))
}

/// Inflects a masculine singular Spanish demonym: cubano, estadounidense, francés, marroquí, belga.
fn inflect_demonym(base: &str, gender: Gender, plural: bool) -> String {
    if let Some(stem) = base.strip_suffix('o') {
        let ending = match (gender, plural) {
            (Gender::Masculine, false) => "o",
            (Gender::Masculine, true) => "os",
            (Gender::Feminine, false) => "a",
            (Gender::Feminine, true) => "as",
        };
        return format!("{stem}{ending}");
    }
    let last = base.chars().last().unwrap_or('e');
    if matches!(last, 'e' | 'a') {
        // estadounidense(s), belga(s), croata(s): one form for both genders.
        return if plural {
            format!("{base}s")
        } else {
            base.to_string()
        };
    }
    if matches!(last, 'í' | 'ú') {
        // marroquí → marroquíes, hindú → hindúes.
        return if plural {
            format!("{base}es")
        } else {
            base.to_string()
        };
    }
    // A consonant: francés → francesa, franceses, francesas (the stress mark goes once a
    // syllable is added); alemán → alemana, alemanes.
    if gender == Gender::Masculine && !plural {
        return base.to_string();
    }
    let stem = unstress_last(base);
    let ending = match (gender, plural) {
        (Gender::Masculine, _) => "es",
        (Gender::Feminine, false) => "a",
        (Gender::Feminine, true) => "as",
    };
    format!("{stem}{ending}")
}

/// Drops the stress mark of a word's last syllable when it ends in a vowel + n or s ("francés" →
/// "frances", "alemán" → "aleman"); other words are returned as they are.
fn unstress_last(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    if n >= 2
        && matches!(chars[n - 1], 'n' | 's')
        && matches!(chars[n - 2], 'á' | 'é' | 'í' | 'ó' | 'ú')
    {
        let mut out: String = chars[..n - 2].iter().collect();
        out.push_str(&fold(&chars[n - 2].to_string()));
        out.push(chars[n - 1]);
        return out;
    }
    word.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demonyms_agree() {
        assert_eq!(
            inflect_demonym("cubano", Gender::Masculine, true),
            "cubanos"
        );
        assert_eq!(inflect_demonym("cubano", Gender::Feminine, false), "cubana");
        assert_eq!(
            inflect_demonym("francés", Gender::Masculine, true),
            "franceses"
        );
        assert_eq!(
            inflect_demonym("francés", Gender::Feminine, true),
            "francesas"
        );
        assert_eq!(
            inflect_demonym("alemán", Gender::Masculine, true),
            "alemanes"
        );
        assert_eq!(
            inflect_demonym("estadounidense", Gender::Feminine, true),
            "estadounidenses"
        );
        assert_eq!(
            inflect_demonym("marroquí", Gender::Masculine, true),
            "marroquíes"
        );
        assert_eq!(inflect_demonym("belga", Gender::Masculine, false), "belga");
    }

    #[test]
    fn places_are_written_properly() {
        assert_eq!(place_name("mexico", false), Some("Mexico"));
        assert_eq!(place_name("mexico", true), Some("México"));
        assert_eq!(place_name("latin america", true), Some("América Latina"));
        assert_eq!(place_name("united states", true), Some("Estados Unidos"));
        assert_eq!(place_name("valdoria", true), None);
    }
}
