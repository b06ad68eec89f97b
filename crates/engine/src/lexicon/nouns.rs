//! Counted nouns: surface forms in English and Spanish mapped to canonical concepts (English
//! singular ids) arranged in a small hypernym DAG.
//!
//! A surface form ending in `+a` also yields its Spanish feminine ("médico+a" → "médico",
//! "médica"; "doctor+a" → "doctor", "doctora"). Every form is matched after [`singular`] is
//! applied word by word, so listing the singular is enough; plurals are listed only where the
//! plural is irregular or is the usual form ("troops", "personal médico").

use super::inflection::{folded, singular_cow};
use super::places;
use super::{kept, FastMap, WordSet};
use std::borrow::Cow;
use std::sync::OnceLock;

/// A canonical concept: an English singular id and its direct hypernyms.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Concept {
    /// Canonical id, English singular ("doctor", "healthcare worker").
    pub id: &'static str,
    /// Direct hypernyms' ids ("doctor" → ["healthcare worker"]).
    pub parents: &'static [&'static str],
}

/// One concept with its surface forms.
pub(crate) struct Entry {
    pub(crate) concept: Concept,
    /// The forms, each followed by '|'.
    forms: &'static str,
}

impl Entry {
    /// The concept's surface forms.
    pub(crate) fn forms(&self) -> impl Iterator<Item = &'static str> {
        self.forms.split('|').filter(|f| !f.is_empty())
    }

    /// The entry of one line of [`TABLE`].
    fn parse(line: &'static str) -> Entry {
        let (id, rest) = line.split_once(';').unwrap_or((line, ""));
        let (parents, forms) = rest.split_once(';').unwrap_or((rest, ""));
        let parents = parents.split_terminator(',').collect::<Vec<_>>().leak();
        Entry {
            concept: Concept { id, parents },
            forms,
        }
    }
}

/// One line of [`TABLE`]: the id, its parents each followed by ',', and its forms each followed
/// by '|', separated by ';'.
macro_rules! e {
    ($id:literal, [$($p:literal),*], [$($f:literal),* $(,)?]) => {
        concat!($id, ";", $($p, ",",)* ";", $($f, "|",)* "\n")
    };
}

/// The concepts, in table order, built from [`TABLE`] at first use.
fn entries() -> &'static [Entry] {
    index().entries
}

/// The concept table, one line per concept. Roots have no parents. One string rather than a
/// table of structs and slices keeps the wasm free of per-entry pointers, which it would carry as
/// data that gzip barely compresses.
static TABLE: &str = concat!(
    // ---- roots ----
    e!(
        "person",
        [],
        [
            "people",
            "persona",
            "individual",
            "individuo",
            "inhabitant",
            "habitante",
            "resident",
            "residente",
            "human",
            "ser humano",
            "humano",
            "poblador+a",
            "gente",
            "population",
            "población",
            "soul",
            "alma"
        ]
    ),
    e!("group", [], ["grupo", "collective", "colectivo"]),
    // What a waiting list counts is the people on it: "waiting lists fell to 7.39 million".
    e!(
        "waiting list",
        ["group"],
        [
            "waiting lists",
            "waitlist",
            "lista de espera",
            "listas de espera"
        ]
    ),
    e!(
        "organization",
        ["group"],
        ["organisation", "organización", "institution", "institución"]
    ),
    e!(
        "place",
        [],
        [
            "lugar",
            "location",
            "ubicación",
            "sitio",
            "site",
            "localización"
        ]
    ),
    e!(
        "region",
        ["place"],
        [
            "región",
            "area",
            "área",
            "zone",
            "zona",
            "territory",
            "territorio",
            "district",
            "distrito",
            "county",
            "condado",
            "demarcation",
            "demarcación"
        ]
    ),
    e!(
        "building",
        ["place"],
        [
            "edificio",
            "edificación",
            "structure",
            "estructura",
            "inmueble",
            "construction",
            "construcción"
        ]
    ),
    e!(
        "facility",
        ["building"],
        [
            "instalación",
            "installation",
            "establishment",
            "establecimiento",
            "center",
            "centre",
            "centro",
            "plantel"
        ]
    ),
    e!(
        "event",
        [],
        [
            "evento",
            "incident",
            "incidente",
            "suceso",
            "hecho",
            "occurrence"
        ]
    ),
    e!(
        "duration",
        [],
        ["period", "periodo", "período", "lapse", "lapso", "plazo", "term", "span"]
    ),
    e!(
        "artifact",
        [],
        [
            "object",
            "objeto",
            "item",
            "artículo",
            "thing",
            "cosa",
            "product",
            "producto",
            "good",
            "bien",
            "unit",
            "unidad",
            "piece",
            "pieza"
        ]
    ),
    e!(
        "document",
        [],
        [
            "documento",
            "paper",
            "papel",
            "record",
            "registro",
            "file",
            "expediente"
        ]
    ),
    e!(
        "money",
        [],
        [
            "dinero",
            "fund",
            "fondo",
            "funding",
            "financiamiento",
            "financiación",
            "resource",
            "recurso",
            "amount",
            "monto",
            "cantidad",
            "suma",
            "sum",
        ]
    ),
    e!("unit of measure", [], ["unidad de medida", "measure unit"]),
    e!(
        "animal",
        [],
        [
            "animales",
            "livestock",
            "ganado",
            "cabeza de ganado",
            "head of cattle",
            "cattle"
        ]
    ),
    e!("abstract", [], []),
    // ---- indicators: what a percentage measures, named the same in every outlet ----
    e!("indicator", [], ["indicador", "economic indicator"]),
    e!(
        "unemployment",
        ["indicator"],
        [
            "unemployment rate",
            "jobless rate",
            "joblessness",
            "desempleo",
            "tasa de desempleo",
            "paro",
            "tasa de paro",
            "desocupación",
            "tasa de desocupación"
        ]
    ),
    e!(
        "temperature",
        ["indicator"],
        [
            "temperatura",
            "maximum temperature",
            "temperatura máxima",
            "minimum temperature",
            "temperatura mínima"
        ]
    ),
    e!(
        "inflation",
        ["indicator"],
        [
            "inflation rate",
            "inflación",
            "tasa de inflación",
            "inflación anual",
            "annual inflation",
            "year-on-year inflation",
            "inflación interanual",
            "consumer price inflation",
            "cpi inflation",
            "headline inflation",
            "inflación general"
        ]
    ),
    e!(
        "monthly inflation",
        ["indicator"],
        [
            "monthly inflation rate",
            "month-on-month inflation",
            "inflación mensual",
            "tasa de inflación mensual"
        ]
    ),
    // Siblings of the national figures, never compared with them.
    e!(
        "youth unemployment",
        ["indicator"],
        [
            "youth unemployment rate",
            "youth jobless rate",
            "paro juvenil",
            "desempleo juvenil",
            "tasa de paro juvenil",
            "tasa de desempleo juvenil"
        ]
    ),
    e!(
        "core inflation",
        ["indicator"],
        [
            "core inflation rate",
            "underlying inflation",
            "inflación subyacente",
            "tasa de inflación subyacente"
        ]
    ),
    e!(
        "poverty",
        ["indicator"],
        ["poverty rate", "pobreza", "tasa de pobreza"]
    ),
    e!(
        "turnout",
        ["indicator"],
        [
            "voter turnout",
            "participación",
            "participación electoral",
            // A strike's: "un seguimiento del 90 %", "la adhesión fue menor al 40 %".
            "seguimiento",
            "adhesión",
            "acatamiento"
        ]
    ),
    e!(
        "age",
        ["indicator"],
        [
            "edad",
            "average age",
            "median age",
            "edad media",
            "edad promedio"
        ]
    ),
    e!(
        "emissions",
        ["indicator"],
        [
            "emission",
            "carbon emissions",
            "co2 emissions",
            "carbon dioxide emissions",
            "greenhouse gas emissions",
            "emisiones",
            "emisión",
            "emisiones de co2",
            "emisiones de carbono",
            "emisiones de dióxido de carbono",
            "emisiones de gases de efecto invernadero"
        ]
    ),
    e!(
        "school dropout",
        ["indicator"],
        [
            "school dropout rate",
            "dropout rate",
            "early school leaving",
            "early school dropout rate",
            "early school leavers",
            "abandono escolar",
            "abandono escolar temprano",
            "tasa de abandono escolar",
            "tasa de abandono escolar temprano",
            "deserción escolar",
            "tasa de deserción escolar"
        ]
    ),
    e!(
        "vaccination coverage",
        ["indicator"],
        [
            "vaccine coverage",
            "immunization coverage",
            "immunisation coverage",
            "cobertura de vacunación",
            "cobertura vacunación",
            "cobertura vacunal",
            "cobertura de vacunas"
        ]
    ),
    e!(
        "retirement age",
        ["age"],
        [
            "pension age",
            "edad de jubilación",
            "edad de retiro",
            "edad jubilatoria"
        ]
    ),
    e!(
        "interest rate",
        ["indicator"],
        [
            "tasa de interés",
            "tipo de interés",
            "tasa de referencia",
            "policy rate"
        ]
    ),
    // ---- people: work and roles ----
    e!(
        "worker",
        ["person"],
        [
            "trabajador+a",
            "employee",
            "empleado+a",
            "staff",
            "staffer",
            "personnel",
            "personal",
            "laborer",
            "labourer",
            "obrero+a",
            "jornalero+a",
            "colaborador+a",
            "workforce",
            "plantilla",
            "asalariado+a",
            "wage earner"
        ]
    ),
    e!(
        "healthcare worker",
        ["worker", "person"],
        [
            "health worker",
            "healthcare professional",
            "health professional",
            "health care worker",
            "health-care worker",
            "health care professional",
            "medical worker",
            "medical staff",
            "medical personnel",
            "health personnel",
            "health staff",
            "personal médico",
            "personal de salud",
            "personal sanitario",
            "personal de la salud",
            "profesional de la salud",
            "profesional de salud",
            "profesional sanitario",
            "trabajador de la salud",
            "trabajador de salud",
            "trabajador sanitario",
            "sanitario",
            "medical professional",
            "clinician",
            "healthcare provider",
            "health care provider",
            "proveedor de salud"
        ]
    ),
    e!(
        "doctor",
        ["healthcare worker"],
        [
            "physician",
            "médico+a",
            "doctor+a",
            "galeno+a",
            "medic",
            "md",
            "medical doctor",
            "facultativo+a",
            "médico general",
            "general practitioner",
            "gp",
            "family doctor",
            "médico familiar",
            "médico de familia"
        ]
    ),
    e!(
        "specialist",
        ["doctor"],
        [
            "especialista",
            "médico especialista",
            "specialist doctor",
            "medical specialist",
            "consultant physician"
        ]
    ),
    e!("surgeon", ["specialist"], ["cirujano+a"]),
    e!(
        "pediatrician",
        ["specialist"],
        ["paediatrician", "pediatra"]
    ),
    e!("cardiologist", ["specialist"], ["cardiólogo+a"]),
    e!(
        "anesthesiologist",
        ["specialist"],
        [
            "anaesthetist",
            "anesthetist",
            "anestesiólogo+a",
            "anestesista"
        ]
    ),
    e!("oncologist", ["specialist"], ["oncólogo+a"]),
    e!(
        "gynecologist",
        ["specialist"],
        [
            "gynaecologist",
            "ginecólogo+a",
            "obstetrician",
            "obstetra",
            "ginecobstetra"
        ]
    ),
    e!("psychiatrist", ["specialist"], ["psiquiatra"]),
    e!("internist", ["specialist"], ["internista"]),
    e!("radiologist", ["specialist"], ["radiólogo+a"]),
    e!("neurologist", ["specialist"], ["neurólogo+a"]),
    e!(
        "orthopedist",
        ["specialist"],
        ["orthopaedist", "traumatólogo+a", "ortopedista"]
    ),
    e!("epidemiologist", ["specialist"], ["epidemiólogo+a"]),
    e!(
        "medical resident",
        ["doctor"],
        ["médico residente", "resident doctor", "resident physician"]
    ),
    e!(
        "medical intern",
        ["doctor"],
        [
            "médico interno",
            "médico pasante",
            "pasante de medicina",
            "junior doctor"
        ]
    ),
    e!(
        "nurse",
        ["healthcare worker"],
        [
            "enfermero+a",
            "nursing staff",
            "personal de enfermería",
            "registered nurse",
            "licenciado en enfermería",
            "licenciada en enfermería"
        ]
    ),
    e!(
        "paramedic",
        ["healthcare worker"],
        [
            "paramédico+a",
            "emt",
            "emergency medical technician",
            "técnico en urgencias médicas",
            "socorrista"
        ]
    ),
    e!(
        "dentist",
        ["healthcare worker"],
        ["dentista", "odontólogo+a", "estomatólogo+a"]
    ),
    e!(
        "pharmacist",
        ["healthcare worker"],
        ["farmacéutico+a", "químico farmacéutico"]
    ),
    e!(
        "midwife",
        ["healthcare worker"],
        ["midwives", "partero+a", "matrón", "matrona"]
    ),
    e!(
        "psychologist",
        ["healthcare worker"],
        ["psicólogo+a", "therapist", "terapeuta"]
    ),
    e!(
        "health technician",
        ["healthcare worker"],
        [
            "medical technician",
            "técnico de salud",
            "técnico sanitario",
            "laboratory technician",
            "laboratorista",
            "técnico de laboratorio"
        ]
    ),
    e!(
        "caregiver",
        ["healthcare worker"],
        ["carer", "cuidador+a", "care worker"]
    ),
    e!(
        "teacher",
        ["worker"],
        [
            "maestro+a",
            "profesor+a",
            "docente",
            "educator",
            "educador+a",
            "instructor+a",
            "lecturer",
            "catedrático+a",
            "tutor+a",
            "schoolteacher"
        ]
    ),
    e!(
        "police officer",
        ["worker"],
        [
            "policeman",
            "policewoman",
            "police",
            "police officer",
            "officer",
            "cop",
            "policía",
            "agente de policía",
            "elemento de policía",
            "uniformado+a",
            "patrolman",
            "gendarme",
            "guardia civil",
            "carabinero+a"
        ]
    ),
    e!("firefighter", ["worker"], ["fireman", "bombero+a"]),
    e!(
        "rescuer",
        ["person"],
        [
            "rescatista",
            "rescue worker",
            "socorrista",
            "lifeguard",
            "salvavidas"
        ]
    ),
    e!(
        "journalist",
        ["worker"],
        [
            "periodista",
            "reporter",
            "reportero+a",
            "correspondent",
            "corresponsal",
            "comunicador+a",
            "editor+a",
            "photojournalist",
            "fotoperiodista",
            "columnist",
            "columnista"
        ]
    ),
    e!(
        "official",
        ["worker"],
        [
            "funcionario+a",
            "government official",
            "public official",
            "servidor público",
            "servidora pública",
            "civil servant",
            "bureaucrat",
            "burócrata",
            "authority",
            "autoridad",
            "administrator",
            "administrador+a"
        ]
    ),
    e!("politician", ["person"], ["político", "statesman"]),
    e!(
        "legislator",
        ["politician"],
        [
            "lawmaker",
            "legislador+a",
            "diputado+a",
            "deputy",
            "senator",
            "senador+a",
            "congressman",
            "congresswoman",
            "congresista",
            "member of parliament",
            "mp",
            "parlamentario+a",
            "representative",
            "councillor",
            "councilor",
            "concejal",
            "regidor+a",
            "asambleísta"
        ]
    ),
    e!(
        "mayor",
        ["official", "politician"],
        [
            "alcalde",
            "alcaldesa",
            "presidente municipal",
            "presidenta municipal",
            "edil"
        ]
    ),
    e!("governor", ["official", "politician"], ["gobernador+a"]),
    e!(
        "minister",
        ["official", "politician"],
        [
            "ministro+a",
            "secretary of state",
            "secretario de estado",
            "cabinet member"
        ]
    ),
    e!(
        "president",
        ["official", "politician"],
        [
            "presidente",
            "presidenta",
            "head of state",
            "jefe de estado"
        ]
    ),
    e!(
        "judge",
        ["official"],
        ["juez", "jueza", "magistrate", "magistrado+a", "justice"]
    ),
    e!(
        "prosecutor",
        ["official"],
        [
            "fiscal",
            "attorney general",
            "district attorney",
            "ministerio público"
        ]
    ),
    e!(
        "diplomat",
        ["official"],
        [
            "diplomático+a",
            "ambassador",
            "embajador+a",
            "consul",
            "cónsul"
        ]
    ),
    e!(
        "lawyer",
        ["worker"],
        [
            "abogado+a",
            "attorney",
            "defensor+a",
            "counsel",
            "solicitor",
            "barrister",
            "letrado+a"
        ]
    ),
    e!(
        "farmer",
        ["worker"],
        [
            "agricultor+a",
            "campesino+a",
            "productor agrícola",
            "ganadero+a",
            "rancher",
            "peasant",
            "grower",
            "cultivador+a"
        ]
    ),
    e!("miner", ["worker"], ["minero+a"]),
    e!("engineer", ["worker"], ["ingeniero+a"]),
    e!(
        "scientist",
        ["worker"],
        [
            "científico+a",
            "researcher",
            "investigador+a",
            "académico+a",
            "academic",
            "expert",
            "experto+a"
        ]
    ),
    e!(
        "driver",
        ["worker"],
        [
            "conductor+a",
            "chofer",
            "chófer",
            "camionero+a",
            "trucker",
            "taxista",
            "operator",
            "operador+a"
        ]
    ),
    e!(
        "soldier",
        ["military personnel"],
        [
            "troops",
            "troop",
            "soldado",
            "trooper",
            "servicemember",
            "service member",
            "serviceman",
            "militar",
            "elemento militar",
            "elemento del ejército",
            "marine",
            "infante de marina",
            "sailor",
            "marinero+a",
            "guardsman",
            "combatant",
            "combatiente",
            "fighter",
            "guerrillero+a",
            "paratrooper",
            "efectivo",
            "efectivo militar",
            "recluta",
            "recruit"
        ]
    ),
    e!(
        "military personnel",
        ["worker", "person"],
        [
            "military",
            "personal militar",
            "armed forces member",
            "uniformed personnel"
        ]
    ),
    e!(
        "guard",
        ["worker"],
        [
            "guardia",
            "security guard",
            "guardia de seguridad",
            "vigilante",
            "custodio+a",
            "guardsmen"
        ]
    ),
    e!(
        "national guard member",
        ["soldier", "guard"],
        ["elemento de la guardia nacional", "guardia nacional"]
    ),
    e!(
        "athlete",
        ["person"],
        [
            "atleta",
            "deportista",
            "sportsman",
            "sportswoman",
            "competitor",
            "competidor+a"
        ]
    ),
    e!(
        "player",
        ["athlete"],
        [
            "jugador+a",
            "futbolista",
            "footballer",
            "basquetbolista",
            "beisbolista",
            "tenista",
            "pitcher",
            "lanzador+a"
        ]
    ),
    e!(
        "coach",
        ["worker"],
        [
            "entrenador+a",
            "manager",
            "técnico+a",
            "director técnico",
            "head coach"
        ]
    ),
    e!("volunteer", ["person"], ["voluntario+a", "brigadista"]),
    e!(
        "businessperson",
        ["person"],
        [
            "businessman",
            "businesswoman",
            "empresario+a",
            "entrepreneur",
            "emprendedor+a",
            "executive",
            "ejecutivo+a",
            "ceo",
            "director ejecutivo",
            "comerciante",
            "merchant",
            "trader",
            "vendor",
            "vendedor+a",
            "shopkeeper"
        ]
    ),
    e!(
        "artist",
        ["person"],
        [
            "artista",
            "musician",
            "músico+a",
            "actor",
            "actress",
            "actriz",
            "writer",
            "escritor+a",
            "author",
            "autor+a",
            "singer",
            "cantante"
        ]
    ),
    e!(
        "religious leader",
        ["person"],
        [
            "priest",
            "sacerdote",
            "cura",
            "pastor",
            "imam",
            "imán",
            "rabbi",
            "rabino",
            "bishop",
            "obispo",
            "clergy",
            "clérigo",
            "nun",
            "monja"
        ]
    ),
    // ---- people: demographics ----
    e!(
        "citizen",
        ["person"],
        [
            "ciudadano+a",
            "national",
            "nacional",
            "connacional",
            "compatriot",
            "compatriota",
            "paisano+a",
            "taxpayer",
            "contribuyente"
        ]
    ),
    e!(
        "voter",
        ["citizen"],
        [
            "votante",
            "elector+a",
            "electorate",
            "electorado",
            "ballot caster",
            "sufragante"
        ]
    ),
    e!(
        "migrant",
        ["person"],
        [
            "immigrant",
            "inmigrante",
            "migrante",
            "emigrant",
            "emigrante",
            "undocumented immigrant",
            "indocumentado+a",
            "foreigner",
            "extranjero+a",
            "expatriate",
            "expat",
            "newcomer",
            "illegal immigrant",
            "irregular migrant",
            "migrante irregular",
            "border crosser",
            "guest worker",
            "trabajador migrante",
            "migrant worker",
            "trabajador temporal"
        ]
    ),
    e!(
        "refugee",
        ["migrant"],
        ["refugiado+a", "exile", "exiliado+a"]
    ),
    e!(
        "asylum seeker",
        ["migrant"],
        [
            "asylum applicant",
            "solicitante de asilo",
            "demandante de asilo",
            "peticionario de asilo"
        ]
    ),
    e!(
        "displaced person",
        ["migrant"],
        [
            "displaced people",
            "displaced",
            "desplazado+a",
            "internally displaced person",
            "evacuee",
            "evacuated",
            "evacuado+a",
            "desalojado+a",
            "damnificado+a",
            "homeless person",
            "sin techo"
        ]
    ),
    e!(
        "deportee",
        ["migrant"],
        ["deportado+a", "repatriado+a", "returnee", "expulsado+a"]
    ),
    e!(
        "student",
        ["person"],
        [
            "estudiante",
            "alumno+a",
            "pupil",
            "schoolchild",
            "schoolchildren",
            "escolar",
            "universitario+a",
            "undergraduate",
            "graduate",
            "egresado+a",
            "graduado+a",
            "becario+a",
            "scholarship holder",
            "trainee",
            "aprendiz"
        ]
    ),
    e!(
        "medical student",
        ["student"],
        ["estudiante de medicina", "med student"]
    ),
    e!(
        "child",
        ["person"],
        [
            "kid",
            "niño+a",
            "menor",
            "menor de edad",
            "minor",
            "infante",
            "youngster",
            "infancia",
            "chico+a",
            "boy",
            "girl"
        ]
    ),
    e!(
        "baby",
        ["child"],
        [
            "infant",
            "bebé",
            "newborn",
            "recién nacido",
            "recién nacida",
            "lactante",
            "neonato"
        ]
    ),
    e!(
        "adolescent",
        ["person"],
        [
            "teenager",
            "teen",
            "adolescente",
            "youth",
            "young person",
            "joven",
            "young people",
            "juventud"
        ]
    ),
    e!("adult", ["person"], ["adulto+a"]),
    e!(
        "older adult",
        ["adult"],
        [
            "elderly",
            "elderly person",
            "senior",
            "senior citizen",
            "pensioner",
            "retiree",
            "jubilado+a",
            "pensionado+a",
            "anciano+a",
            "adulto mayor",
            "adultos mayores",
            "persona mayor",
            "personas mayores",
            "mayores",
            "persona de la tercera edad",
            "older person"
        ]
    ),
    e!("woman", ["adult"], ["mujer", "lady", "señora", "female"]),
    e!(
        "man",
        ["adult"],
        ["hombre", "varón", "señor", "gentleman", "male"]
    ),
    e!(
        "patient",
        ["person"],
        [
            "paciente",
            "enfermo+a",
            "sick person",
            "hospitalized",
            "hospitalizado+a",
            "internado+a",
            "derechohabiente",
            "beneficiario+a",
            "beneficiary"
        ]
    ),
    e!(
        "protester",
        ["person"],
        [
            "protestor",
            "manifestante",
            "marcher",
            "demonstrator",
            "activist",
            "activista",
            "striker",
            "huelguista",
            "inconforme",
            "rally-goer",
            "participant",
            "participante",
            "asistente a la marcha",
            "paristas"
        ]
    ),
    e!(
        "casualty",
        ["person"],
        ["casualties", "baja", "víctima de la violencia"]
    ),
    e!(
        "death",
        ["casualty"],
        [
            "dead",
            "muerto+a",
            "fallecido+a",
            "death toll",
            "víctima",
            "victim",
            "fatality",
            "killed",
            "muerte",
            "deceso",
            "fallecimiento",
            "defunción",
            "víctima mortal",
            "occisos",
            "occiso",
            "cadáver",
            "corpse",
            "body",
            "cuerpo",
            "killing",
            "fatal victim",
            "lives lost",
            "vida"
        ]
    ),
    e!(
        "injured",
        ["casualty"],
        [
            "injured person",
            "wounded",
            "herido+a",
            "lesionado+a",
            "injury",
            "lesión",
            "wound",
            "herida",
            "hurt"
        ]
    ),
    e!(
        "missing person",
        ["casualty"],
        [
            "missing",
            "desaparecido+a",
            "missing people",
            "persona desaparecida",
            "no localizado",
            "no localizada",
            "unaccounted"
        ]
    ),
    e!(
        "survivor",
        ["person"],
        ["sobreviviente", "superviviente", "rescued", "rescatado+a"]
    ),
    e!(
        "hostage",
        ["person"],
        [
            "rehén",
            "secuestrado+a",
            "kidnap victim",
            "captive",
            "cautivo+a"
        ]
    ),
    e!(
        "prisoner",
        ["person"],
        [
            "inmate",
            "preso",
            "prisionero+a",
            "recluso+a",
            "reo",
            "convict",
            "interno+a",
            "privado de la libertad",
            "persona privada de la libertad",
            "political prisoner",
            "preso político"
        ]
    ),
    e!(
        "detainee",
        ["person"],
        [
            "detenido+a",
            "arrestado+a",
            "arrestee",
            "arrested",
            "aprehendido+a",
            "capturado+a",
            "person arrested"
        ]
    ),
    e!(
        "suspect",
        ["person"],
        [
            "sospechoso+a",
            "presunto+a",
            "alleged offender",
            "presunto responsable",
            "imputado+a",
            "accused",
            "acusado+a",
            "defendant"
        ]
    ),
    e!(
        "criminal",
        ["person"],
        [
            "offender",
            "delincuente",
            "criminal",
            "gang member",
            "pandillero+a",
            "sicario+a",
            "hitman",
            "gunman",
            "pistolero+a",
            "narcotraficante",
            "drug trafficker",
            "trafficker",
            "traficante",
            "smuggler",
            "contrabandista",
            "coyote",
            "pollero",
            "militant",
            "insurgent",
            "insurgente",
            "terrorist",
            "terrorista",
            "attacker",
            "atacante",
            "agresor+a",
            "thief",
            "ladrón",
            "ladrona",
            "robber",
            "asaltante"
        ]
    ),
    e!(
        "candidate",
        ["politician"],
        [
            "candidato+a",
            "aspirante",
            "contender",
            "nominee",
            "precandidato+a",
            "hopeful"
        ]
    ),
    e!(
        "unemployed person",
        ["person"],
        [
            "unemployed",
            "jobless",
            "parado+a",
            "desempleado+a",
            "desocupado+a"
        ]
    ),
    e!(
        "member",
        ["person"],
        [
            "miembro",
            "integrante",
            "affiliate",
            "afiliado+a",
            "militante",
            "socio+a",
            "partner",
            "delegate",
            "delegado+a"
        ]
    ),
    e!(
        "tourist",
        ["person"],
        [
            "turista",
            "visitor",
            "visitante",
            "traveler",
            "traveller",
            "viajero+a",
            "passenger",
            "pasajero+a",
            "holidaymaker",
            "vacacionista",
            "paseante"
        ]
    ),
    e!(
        "spectator",
        ["person"],
        [
            "aficionado+a",
            "fan",
            "espectador+a",
            "attendee",
            "asistente",
            "audience member",
            "onlooker",
            "supporter",
            "hincha",
            "seguidor+a",
            "viewer",
            "televidente",
            "listener",
            "oyente",
            "reader",
            "lector+a"
        ]
    ),
    e!(
        "customer",
        ["person"],
        [
            "cliente",
            "client",
            "consumer",
            "consumidor+a",
            "user",
            "usuario+a",
            "subscriber",
            "suscriptor+a",
            "buyer",
            "comprador+a",
            "shopper",
            "borrower",
            "prestatario+a",
            "debtor",
            "deudor+a",
            "account holder",
            "cuentahabiente"
        ]
    ),
    e!(
        "indigenous person",
        ["person"],
        [
            "indígena",
            "native",
            "nativo+a",
            "aboriginal",
            "originario+a",
            "pueblo originario"
        ]
    ),
    e!(
        "household",
        ["group"],
        [
            "hogar",
            "family",
            "familia",
            "núcleo familiar",
            "familia nuclear"
        ]
    ),
    // ---- groups and organizations ----
    e!(
        "company",
        ["organization"],
        [
            "empresa",
            "compañía",
            "firm",
            "business",
            "negocio",
            "corporation",
            "corporación",
            "enterprise",
            "startup",
            "employer",
            "empleador+a",
            "patrón",
            "comercio",
            "sociedad anónima",
            "multinational",
            "multinacional",
            "bank",
            "banco",
            "lender",
            "insurer",
            "aseguradora",
            "airline",
            "aerolínea",
            "manufacturer",
            "fabricante",
            "supplier",
            "proveedor+a",
            "contractor",
            "contratista",
            "subcontractor",
            "pyme",
            "sme",
            "small business",
            "microempresa",
            "conglomerate"
        ]
    ),
    e!(
        "political party",
        ["organization"],
        [
            "party",
            "partido",
            "partido político",
            "fuerza política",
            "formación política",
            "coalition",
            "coalición",
            "alianza electoral"
        ]
    ),
    e!(
        "union",
        ["organization"],
        [
            "labor union",
            "trade union",
            "sindicato",
            "gremio",
            "guild",
            "central obrera"
        ]
    ),
    e!(
        "ngo",
        ["organization"],
        [
            "non-governmental organization",
            "nongovernmental organization",
            "organización no gubernamental",
            "ong",
            "charity",
            "nonprofit",
            "non-profit",
            "organización civil",
            "asociación civil",
            "organización de la sociedad civil",
            "foundation",
            "fundación",
            "association",
            "asociación"
        ]
    ),
    e!(
        "government agency",
        ["organization"],
        [
            "agency",
            "agencia",
            "dependencia",
            "ministry",
            "ministerio",
            "secretaría",
            "department",
            "departamento",
            "bureau",
            "oficina",
            "office",
            "commission",
            "comisión",
            "institute",
            "instituto",
            "council",
            "consejo",
            "regulator",
            "regulador",
            "court",
            "tribunal",
            "corte",
            "juzgado"
        ]
    ),
    e!(
        "government",
        ["organization"],
        [
            "gobierno",
            "administration",
            "administración",
            "cabinet",
            "gabinete",
            "regime",
            "régimen"
        ]
    ),
    e!(
        "armed group",
        ["organization"],
        [
            "militia",
            "milicia",
            "gang",
            "pandilla",
            "cartel",
            "cártel",
            "mafia",
            "guerrilla",
            "criminal group",
            "grupo criminal",
            "grupo delictivo",
            "célula",
            "banda",
            "criminal organization",
            "organización criminal",
            "terrorist group",
            "grupo armado",
            "clan",
            "clica",
            "mara"
        ]
    ),
    e!(
        "team",
        ["group"],
        [
            "equipo",
            "squad",
            "escuadra",
            "club",
            "selección",
            "national team",
            "selección nacional",
            "franchise",
            "franquicia",
            "crew",
            "cuadrilla",
            "task force",
            "grupo de trabajo"
        ]
    ),
    e!(
        "mission",
        ["group"],
        [
            "misión",
            "delegation",
            "delegación",
            "contingent",
            "contingente",
            "deployment",
            "despliegue",
            "expedition",
            "expedición"
        ]
    ),
    e!(
        "medical mission",
        ["mission"],
        [
            "misión médica",
            "medical brigade",
            "brigada médica",
            "medical team",
            "equipo médico",
            "health brigade",
            "brigada de salud",
            "misión de salud",
            "health mission",
            "humanitarian mission",
            "misión humanitaria",
            "contingente médico"
        ]
    ),
    e!(
        "brigade",
        ["group"],
        [
            "brigada",
            "battalion",
            "batallón",
            "regiment",
            "regimiento",
            "division",
            "división",
            "platoon",
            "pelotón",
            "army",
            "ejército",
            "military unit",
            "unidad militar",
            "fleet",
            "flota"
        ]
    ),
    e!(
        "community",
        ["group"],
        [
            "comunidad",
            "ethnic group",
            "etnia",
            "grupo étnico",
            "tribe",
            "tribu",
            "pueblo indígena",
            "minority",
            "minoría",
            "congregation",
            "congregación",
            "parish",
            "parroquia"
        ]
    ),
    e!(
        "nationality",
        ["abstract"],
        ["nacionalidad", "citizenship", "ciudadanía"]
    ),
    e!(
        "language",
        ["abstract"],
        ["idioma", "lengua", "lenguaje", "dialect", "dialecto", "tongue"]
    ),
    // ---- places ----
    e!(
        "country",
        ["region"],
        [
            "país",
            "nation",
            "nación",
            "sovereign state",
            "estado soberano",
            "republic",
            "república",
            "kingdom",
            "reino",
            "member state",
            "estado miembro",
            "estado parte",
            "state party"
        ]
    ),
    e!(
        "state",
        ["region"],
        [
            "estado",
            "entidad federativa",
            "entidad",
            "federal entity",
            "us state",
            "estado de la república"
        ]
    ),
    e!(
        "province",
        ["region"],
        [
            "provincia",
            "prefecture",
            "prefectura",
            "oblast",
            "canton",
            "cantón",
            "governorate",
            "gobernación",
            "autonomous community",
            "comunidad autónoma"
        ]
    ),
    e!(
        "municipality",
        ["region"],
        [
            "municipio",
            "municipal",
            "borough",
            "ayuntamiento",
            "alcaldía",
            "council area",
            "comuna",
            "delegación municipal",
            "township"
        ]
    ),
    e!(
        "locality",
        ["region"],
        [
            "localidad",
            "población rural",
            "settlement",
            "asentamiento",
            "poblado",
            "comunidad rural",
            "rural community",
            "hamlet",
            "caserío",
            "ranchería",
            "ejido"
        ]
    ),
    e!(
        "city",
        ["locality"],
        [
            "ciudad",
            "urbe",
            "metropolis",
            "metrópoli",
            "metrópolis",
            "capital city",
            "capital",
            "metropolitan area",
            "zona metropolitana",
            "área metropolitana",
            "municipal seat",
            "cabecera municipal"
        ]
    ),
    e!(
        "town",
        ["locality"],
        [
            "pueblo",
            "village",
            "aldea",
            "villa",
            "small town",
            "pueblo mágico"
        ]
    ),
    e!(
        "neighborhood",
        ["locality"],
        [
            "neighbourhood",
            "barrio",
            "colonia",
            "vecindario",
            "suburb",
            "suburbio",
            "fraccionamiento",
            "favela",
            "slum",
            "asentamiento irregular",
        ]
    ),
    e!("continent", ["region"], ["continente"]),
    e!(
        "island",
        ["region"],
        [
            "isla",
            "islet",
            "islote",
            "archipelago",
            "archipiélago",
            "cayo"
        ]
    ),
    e!(
        "port of entry",
        ["place"],
        [
            "puerto fronterizo",
            "cruce fronterizo",
            "garita",
            "checkpoint",
            "punto de control",
            "retén",
            "paso fronterizo",
            "border post"
        ]
    ),
    e!(
        "polling station",
        ["facility"],
        [
            "polling place",
            "casilla",
            "casilla electoral",
            "mesa electoral",
            "mesa de votación",
            "centro de votación",
            "voting center",
            "precinct",
            "colegio electoral",
            "junta receptora de votos",
            "ballot box",
            "urna"
        ]
    ),
    e!(
        "constituency",
        ["region"],
        [
            "electoral district",
            "distrito electoral",
            "circunscripción",
            "riding",
            "ward",
            "sección electoral",
            "congressional district",
            "distrito federal electoral"
        ]
    ),
    e!(
        "border",
        ["place"],
        [
            "frontera",
            "boundary",
            "límite",
            "línea fronteriza",
            "frontier"
        ]
    ),
    e!(
        "road",
        ["infrastructure"],
        [
            "carretera",
            "highway",
            "autopista",
            "street",
            "calle",
            "avenue",
            "avenida",
            "route",
            "ruta",
            "motorway",
            "freeway",
            "camino",
            "path",
            "vía",
            "tramo",
            "stretch",
            "carril"
        ]
    ),
    e!(
        "bridge",
        ["infrastructure"],
        ["puente", "overpass", "paso elevado", "viaduct", "viaducto"]
    ),
    e!(
        "infrastructure",
        ["place"],
        [
            "infraestructura",
            "public works",
            "obra pública",
            "obra",
            "works"
        ]
    ),
    e!(
        "dam",
        ["infrastructure"],
        ["presa", "represa", "embalse", "reservoir"]
    ),
    e!(
        "railway",
        ["infrastructure"],
        [
            "ferrocarril",
            "railroad",
            "rail line",
            "vía férrea",
            "train line",
            "línea de tren",
            "metro line",
            "línea del metro",
            "subway line"
        ]
    ),
    e!(
        "power plant",
        ["facility"],
        [
            "central eléctrica",
            "planta eléctrica",
            "power station",
            "central nuclear",
            "nuclear plant",
            "planta de energía",
            "termoeléctrica",
            "hidroeléctrica",
            "refinery",
            "refinería"
        ]
    ),
    e!(
        "well",
        ["infrastructure"],
        ["pozo", "oil well", "pozo petrolero", "water well"]
    ),
    e!(
        "land",
        ["region"],
        [
            "terreno",
            "tierra",
            "lot",
            "predio",
            "parcela",
            "plot",
            "farmland",
            "tierra de cultivo",
            "territorio agrícola",
            "forest",
            "bosque",
            "selva",
            "jungle",
            "reserve",
            "reserva natural",
            "park",
            "parque",
            "protected area",
            "área protegida"
        ]
    ),
    // ---- facilities ----
    e!(
        "health facility",
        ["facility"],
        [
            "healthcare facility",
            "health care facility",
            "medical facility",
            "unidad médica",
            "unidad de salud",
            "establecimiento de salud",
            "centro sanitario",
            "instalación médica",
            "health unit",
            "medical unit"
        ]
    ),
    e!(
        "hospital",
        ["health facility", "facility"],
        [
            "hospitales",
            "nosocomio",
            "sanatorio",
            "hospital general",
            "general hospital",
            "field hospital",
            "hospital de campaña",
            "medical center",
            "centro médico",
            "hospital rural",
            "rural hospital"
        ]
    ),
    e!(
        "clinic",
        ["health facility", "facility"],
        [
            "clínica",
            "consultorio",
            "health center",
            "health centre",
            "centro de salud",
            "dispensary",
            "dispensario",
            "policlínico",
            "policlínica",
            "health post",
            "posta médica",
            "puesto de salud",
            "casa de salud",
            "infirmary",
            "enfermería",
            "urgent care",
            "ambulatorio"
        ]
    ),
    e!(
        "pharmacy",
        ["health facility", "facility"],
        ["farmacia", "drugstore", "chemist", "botica"]
    ),
    e!(
        "school",
        ["facility"],
        [
            "escuela",
            "colegio",
            "school building",
            "primary school",
            "escuela primaria",
            "primaria",
            "secondary school",
            "high school",
            "secundaria",
            "preparatoria",
            "bachillerato",
            "kindergarten",
            "jardín de niños",
            "preescolar",
            "kinder",
            "academy",
            "academia",
            "liceo",
            "instituto educativo",
            "plantel educativo",
            "centro escolar",
            "centro educativo",
            "educational institution",
            "institución educativa",
            "classroom",
            "aula",
            "salón de clases"
        ]
    ),
    e!(
        "university",
        ["school", "organization"],
        [
            "universidad",
            "college",
            "facultad",
            "faculty",
            "escuela de medicina",
            "medical school",
            "facultad de medicina",
            "higher education institution",
            "institución de educación superior"
        ]
    ),
    e!(
        "prison",
        ["facility"],
        [
            "jail",
            "cárcel",
            "penal",
            "penitenciaría",
            "penitentiary",
            "prisión",
            "reclusorio",
            "centro penitenciario",
            "centro de readaptación",
            "cereso",
            "detention center",
            "centro de detención",
            "estación migratoria",
            "detention facility",
            "lockup"
        ]
    ),
    e!(
        "shelter",
        ["facility"],
        [
            "albergue",
            "refugio",
            "refuge",
            "camp",
            "campamento",
            "refugee camp",
            "campo de refugiados",
            "casa del migrante",
            "shelter home",
            "orphanage",
            "orfanato",
            "casa hogar"
        ]
    ),
    e!(
        "factory",
        ["facility"],
        [
            "fábrica",
            "plant",
            "planta",
            "maquiladora",
            "maquila",
            "mill",
            "molino",
            "workshop",
            "taller",
            "warehouse",
            "bodega",
            "almacén",
            "industrial plant",
            "planta industrial",
            "assembly plant",
            "planta armadora"
        ]
    ),
    e!(
        "store",
        ["facility"],
        [
            "shop",
            "tienda",
            "shopping center",
            "shopping mall",
            "mall",
            "centro comercial",
            "plaza comercial",
            "supermarket",
            "supermercado",
            "market",
            "mercado",
            "restaurant",
            "restaurante",
            "bar",
            "hotel",
            "branch",
            "sucursal",
            "outlet",
            "establecimiento comercial",
            "commercial establishment",
            "local comercial",
            "gas station",
            "gasolinera",
            "estación de servicio"
        ]
    ),
    e!(
        "airport",
        ["facility"],
        ["aeropuerto", "airfield", "aeródromo", "airstrip", "pista"]
    ),
    e!(
        "port",
        ["facility"],
        ["puerto", "harbor", "harbour", "seaport", "dock", "muelle", "terminal"]
    ),
    e!(
        "stadium",
        ["facility"],
        [
            "estadio",
            "arena",
            "sports venue",
            "coliseo",
            "ballpark",
            "cancha",
            "gym",
            "gimnasio",
            "sports facility",
            "unidad deportiva",
            "instalación deportiva"
        ]
    ),
    e!(
        "place of worship",
        ["facility"],
        [
            "church",
            "iglesia",
            "mosque",
            "mezquita",
            "temple",
            "templo",
            "synagogue",
            "sinagoga",
            "cathedral",
            "catedral",
            "chapel",
            "capilla"
        ]
    ),
    e!(
        "office building",
        ["facility"],
        [
            "office building",
            "oficinas",
            "headquarters building",
            "sede",
            "government building",
            "edificio público",
            "palacio municipal",
            "city hall",
            "town hall",
            "palacio de gobierno",
            "embassy",
            "embajada",
            "consulate",
            "consulado",
            "police station",
            "comisaría",
            "estación de policía",
            "military base",
            "base militar",
            "cuartel"
        ]
    ),
    e!(
        "home",
        ["building"],
        [
            "house",
            "casa",
            "vivienda",
            "dwelling",
            "housing unit",
            "residence",
            "residencia",
            "domicilio",
            "apartment",
            "apartamento",
            "piso",
            "flat",
            "hut",
            "choza",
            "cabaña",
            "cabin",
            "homes",
            "housing",
            "shack",
            "jacal",
            "unidad habitacional",
            "condominio",
            "condominium"
        ]
    ),
    e!(
        "bed",
        ["artifact"],
        [
            "cama",
            "hospital bed",
            "cama hospitalaria",
            "cama de hospital",
            "camas censables",
            "cot",
            "catre",
            "plaza hospitalaria",
            "icu bed",
            "cama de terapia intensiva",
            "cama uci",
            "cama de cuidados intensivos",
            "intensive care bed"
        ]
    ),
    // ---- events ----
    e!(
        "case",
        ["event"],
        [
            "caso",
            "infection",
            "infección",
            "contagio",
            "contagion",
            "caso positivo",
            "positive case",
            "positive test",
            "diagnosis",
            "diagnóstico",
            "case of disease",
            "notified case",
            "caso notificado",
            "suspected case",
            "caso sospechoso",
            "outbreak",
            "brote"
        ]
    ),
    e!(
        "medical consultation",
        ["event"],
        [
            "consultation",
            "consulta",
            "consulta médica",
            "medical visit",
            "doctor visit",
            "appointment",
            "cita",
            "cita médica",
            "medical appointment",
            "atención médica",
            "medical care",
            "attention",
            "atención",
            "checkup",
            "revisión médica",
            "chequeo",
            "patient visit",
            "outpatient visit",
            "servicio médico",
            "medical service",
            "emergency visit",
            "urgencia"
        ]
    ),
    e!(
        "medical procedure",
        ["event"],
        [
            "procedure",
            "procedimiento",
            "surgery",
            "cirugía",
            "intervención quirúrgica",
            "intervención",
            "surgical procedure",
            "transplant",
            "trasplante",
            "treatment",
            "tratamiento",
            "therapy",
            "terapia",
            "test",
            "prueba",
            "examen",
            "exam",
            "análisis clínico",
            "screening",
            "tamizaje",
            "estudio médico",
            "biopsy",
            "biopsia"
        ]
    ),
    e!(
        "vaccination",
        ["medical procedure"],
        [
            "vacunación",
            "immunization",
            "inmunización",
            "inoculation",
            "jab",
            "shot",
            "vaccine dose",
            "dosis de vacuna",
            "dose",
            "dosis aplicada",
            "applied dose",
            "dose administered",
            "dosis"
        ]
    ),
    e!(
        "birth",
        ["event"],
        [
            "nacimiento",
            "parto",
            "delivery",
            "childbirth",
            "alumbramiento",
            "live birth",
            "nacido vivo"
        ]
    ),
    e!(
        "hospitalization",
        ["event"],
        [
            "hospitalización",
            "hospital admission",
            "admission",
            "ingreso hospitalario",
            "internamiento",
            "egreso hospitalario",
            "discharge"
        ]
    ),
    e!(
        "crime",
        ["event"],
        [
            "delito",
            "crimen",
            "offense",
            "offence",
            "felony",
            "ilícito",
            "criminal act",
            "hecho delictivo",
            "acto delictivo",
            "incidencia delictiva",
            "violation",
            "violación de la ley",
            "infraction",
            "infracción",
            "misdemeanor",
            "falta administrativa"
        ]
    ),
    e!(
        "homicide",
        ["crime"],
        [
            "homicidio",
            "murder",
            "asesinato",
            "slaying",
            "ejecución",
            "feminicide",
            "feminicidio",
            "femicide",
            "manslaughter",
            "intentional homicide",
            "homicidio doloso",
            "homicidio intencional",
            "massacre",
            "masacre",
            "matanza"
        ]
    ),
    e!(
        "robbery",
        ["crime"],
        [
            "robo",
            "theft",
            "hurto",
            "burglary",
            "allanamiento",
            "asalto",
            "mugging",
            "carjacking",
            "robo de vehículo",
            "looting",
            "saqueo",
            "heist",
            "atraco",
            "extortion",
            "extorsión",
            "fraud",
            "fraude",
            "estafa",
            "scam"
        ]
    ),
    e!(
        "kidnapping",
        ["crime"],
        [
            "secuestro",
            "abduction",
            "rapto",
            "privación ilegal de la libertad",
            "forced disappearance",
            "desaparición forzada",
            "disappearance",
            "desaparición",
            "human trafficking",
            "trata de personas",
            "trafficking"
        ]
    ),
    e!(
        "assault",
        ["crime"],
        [
            "agresión",
            "battery",
            "sexual assault",
            "agresión sexual",
            "rape",
            "violación",
            "abuse",
            "abuso",
            "abuso sexual",
            "domestic violence",
            "violencia doméstica",
            "violencia familiar",
            "violencia intrafamiliar"
        ]
    ),
    e!(
        "attack",
        ["event"],
        [
            "ataque",
            "atentado",
            "strike",
            "bombing",
            "bombardeo",
            "explosion",
            "explosión",
            "airstrike",
            "ataque aéreo",
            "shooting",
            "tiroteo",
            "balacera",
            "enfrentamiento",
            "clash",
            "confrontation",
            "gunfight",
            "ambush",
            "emboscada",
            "offensive",
            "ofensiva",
            "incursion",
            "incursión",
            "terrorist attack",
            "ataque terrorista",
            "atentado terrorista",
            "armed attack",
            "ataque armado",
            "agresión armada"
        ]
    ),
    e!(
        "arrest",
        ["event"],
        [
            "detención",
            "arresto",
            "apprehension",
            "aprehensión",
            "captura",
            "capture",
            "detention",
            "encounter",
            "encuentro",
            "interception",
            "intercepción",
            "custody",
            "encarcelamiento",
            "imprisonment"
        ]
    ),
    e!(
        "deportation",
        ["event"],
        [
            "deportación",
            "removal",
            "expulsion",
            "expulsión",
            "repatriation",
            "repatriación",
            "return",
            "retorno",
            "devolución",
            "expulsión del país",
            "extradition",
            "extradición"
        ]
    ),
    e!(
        "border crossing",
        ["event"],
        [
            "crossing",
            "cruce",
            "cruce irregular",
            "illegal crossing",
            "irregular crossing",
            "border crossings",
            "entrada",
            "entry",
            "ingreso al país",
            "arrival",
            "llegada",
            "migratory flow",
            "flujo migratorio"
        ]
    ),
    e!(
        "asylum application",
        ["document"],
        [
            "asylum claim",
            "asylum request",
            "solicitud de asilo",
            "petición de asilo",
            "application for asylum",
            "refugee claim",
            "solicitud de refugio",
            "solicitud de la condición de refugiado"
        ]
    ),
    e!(
        "protest",
        ["event"],
        [
            "protesta",
            "demonstration",
            "manifestación",
            "march",
            "marcha",
            "rally",
            "mitin",
            "huelga",
            "paro",
            "walkout",
            "sit-in",
            "plantón",
            "blockade",
            "bloqueo",
            "riot",
            "disturbio",
            "motín",
            "unrest",
            "uprising",
            "levantamiento",
            "vigil",
            "vigilia",
            "concentración",
            "movilización",
            "mobilization",
            "caravan",
            "caravana",
            "migrant caravan",
            "caravana migrante"
        ]
    ),
    e!(
        "election",
        ["event"],
        [
            "elección",
            "comicios",
            "referendum",
            "referéndum",
            "plebiscite",
            "plebiscito",
            "primary",
            "runoff",
            "segunda vuelta",
            "balotaje",
            "consulta popular",
            "jornada electoral",
            "electoral process",
            "proceso electoral",
            "general election",
            "elección general",
            "midterm",
            "by-election",
            "recall",
            "revocación de mandato"
        ]
    ),
    e!(
        "vote",
        ["abstract"],
        [
            "voto",
            "ballot",
            "boleta",
            "papeleta",
            "sufragio",
            "votes cast",
            "votos emitidos",
            "popular vote",
            "voto popular",
            "electoral vote",
            "voto electoral",
            "valid vote",
            "voto válido",
            "null vote",
            "voto nulo",
            "vote count",
            "tally"
        ]
    ),
    e!(
        "seat",
        ["position"],
        [
            "escaño",
            "curul",
            "banca",
            "legislative seat",
            "asiento",
            "seat in congress",
            "parliamentary seat"
        ]
    ),
    e!(
        "position",
        ["abstract"],
        [
            "cargo",
            "puesto",
            "post",
            "plaza",
            "vacancy",
            "vacante",
            "nombramiento"
        ]
    ),
    e!(
        "layoff",
        ["job"],
        [
            "despido",
            "job cut",
            "job loss",
            "redundancy",
            "recorte de empleo",
            "despido colectivo"
        ]
    ),
    e!(
        "job",
        ["position"],
        [
            "empleo",
            "trabajo",
            "puesto de trabajo",
            "fuente de empleo",
            "fuente de trabajo",
            "job opening",
            "employment",
            "formal job",
            "empleo formal",
            "plaza laboral",
            "work position",
            "payroll job",
            "nonfarm payroll",
            "gig",
            "chamba"
        ]
    ),
    e!(
        "disaster",
        ["event"],
        [
            "desastre",
            "catástrofe",
            "catastrophe",
            "natural disaster",
            "desastre natural",
            "emergency",
            "emergencia",
            "calamity",
            "calamidad",
            "tragedia",
            "tragedy",
            "contingencia"
        ]
    ),
    e!(
        "earthquake",
        ["disaster"],
        [
            "sismo",
            "terremoto",
            "quake",
            "temblor",
            "tremor",
            "seísmo",
            "aftershock",
            "réplica",
            "movimiento telúrico"
        ]
    ),
    e!(
        "hurricane",
        ["storm"],
        [
            "huracán",
            "typhoon",
            "tifón",
            "cyclone",
            "ciclón",
            "tropical storm",
            "tormenta tropical",
            "tropical cyclone",
            "ciclón tropical",
            "tropical depression",
            "depresión tropical"
        ]
    ),
    e!(
        "storm",
        ["disaster"],
        [
            "tormenta",
            "tempest",
            "tempestad",
            "blizzard",
            "ventisca",
            "nevada",
            "snowstorm",
            "hailstorm",
            "granizada",
            "tornado",
            "twister",
            "downpour",
            "aguacero",
            "rainstorm",
            "lluvias",
            "frente frío",
            "cold front",
            "heat wave",
            "ola de calor",
            "heatwave",
            "cold wave",
            "ola de frío",
            "helada"
        ]
    ),
    e!(
        "flood",
        ["disaster"],
        [
            "inundación",
            "flooding",
            "flash flood",
            "deluge",
            "diluvio",
            "desbordamiento",
            "overflow",
            "anegamiento",
            "riada",
            "crecida",
            "tsunami",
            "maremoto",
            "storm surge",
            "marejada"
        ]
    ),
    e!(
        "fire",
        ["disaster"],
        [
            "incendio",
            "blaze",
            "wildfire",
            "forest fire",
            "incendio forestal",
            "bushfire",
            "conflagration",
            "conato de incendio",
            "quema",
            "fuego"
        ]
    ),
    e!(
        "landslide",
        ["disaster"],
        [
            "deslave",
            "derrumbe",
            "deslizamiento",
            "mudslide",
            "alud",
            "avalanche",
            "avalancha",
            "rockfall",
            "sinkhole",
            "socavón",
            "collapse",
            "colapso",
            "derrumbamiento"
        ]
    ),
    e!(
        "drought",
        ["disaster"],
        [
            "sequía",
            "dry spell",
            "estiaje",
            "water shortage",
            "escasez de agua",
            "famine",
            "hambruna"
        ]
    ),
    e!(
        "eruption",
        ["disaster"],
        [
            "erupción",
            "volcanic eruption",
            "erupción volcánica",
            "explosión volcánica",
            "ashfall",
            "caída de ceniza"
        ]
    ),
    e!(
        "epidemic",
        ["disaster"],
        [
            "epidemia",
            "pandemic",
            "pandemia",
            "plague",
            "plaga",
            "peste",
            "health emergency",
            "emergencia sanitaria"
        ]
    ),
    e!(
        "accident",
        ["event"],
        [
            "accidente",
            "crash",
            "choque",
            "collision",
            "colisión",
            "wreck",
            "percance",
            // "1.026 siniestros": a crash, in most news (not a disaster).
            "siniestro",
            "siniestro vial",
            "traffic accident",
            "accidente vial",
            "accidente de tránsito",
            "car crash",
            "road accident",
            "derailment",
            "descarrilamiento",
            "plane crash",
            "accidente aéreo",
            "volcadura",
            "rollover",
            "sinking",
            "naufragio",
            "shipwreck",
            "spill",
            "derrame",
            "leak",
            "fuga"
        ]
    ),
    e!(
        "war",
        ["event"],
        [
            "guerra",
            "conflict",
            "conflicto",
            "armed conflict",
            "conflicto armado",
            "hostilities",
            "hostilidades",
            "invasion",
            "invasión",
            "civil war",
            "guerra civil",
            "insurgency",
            "insurgencia",
            "battle",
            "batalla",
            "combat",
            "combate",
            "fighting",
            "combates"
        ]
    ),
    e!(
        "meeting",
        ["event"],
        [
            "reunión",
            "summit",
            "cumbre",
            "conference",
            "conferencia",
            "session",
            "sesión",
            "assembly",
            "asamblea",
            "hearing",
            "audiencia",
            "debate",
            "forum",
            "foro",
            "convention",
            "convención",
            "press conference",
            "conferencia de prensa",
            "rueda de prensa",
            "mañanera",
            "talks",
            "negotiation",
            "negociación",
            "dialogue",
            "diálogo"
        ]
    ),
    e!(
        "visit",
        ["event"],
        [
            "visita",
            "tour",
            "gira",
            "trip",
            "viaje",
            "journey",
            "travel",
            "stay",
            "estancia",
            "estadía",
            "visita oficial",
            "state visit"
        ]
    ),
    e!(
        "flight",
        ["event"],
        [
            "vuelo",
            "deportation flight",
            "vuelo de deportación",
            "charter flight",
            "vuelo chárter",
            "air route",
            "ruta aérea",
            "landing",
            "aterrizaje",
            "takeoff",
            "despegue"
        ]
    ),
    e!(
        "operation",
        ["event"],
        [
            "operativo",
            "raid",
            "redada",
            "cateo",
            "allanamiento policial",
            "crackdown",
            "sweep",
            "patrol",
            "patrullaje",
            "recorrido",
            "inspection",
            "inspección",
            "inspección sanitaria",
            "audit",
            "auditoría",
            "investigation",
            "investigación",
            "probe",
            "pesquisa",
            "averiguación previa",
            "carpeta de investigación",
            "case file",
            "expediente judicial",
            "seizure",
            "decomiso",
            "aseguramiento",
            "incautación",
            "confiscation"
        ]
    ),
    e!(
        "game",
        ["event"],
        [
            "match",
            "appearance",
            "aparición",
            "partido de fútbol",
            "partido de liga",
            "partido oficial",
            "juego",
            "encuentro deportivo",
            "fixture",
            "bout",
            "combate deportivo",
            "pelea",
            "fight",
            "round",
            "ronda",
            "race",
            "carrera",
            "heat",
            "lap",
            "vuelta",
            "stage",
            "etapa",
            "set",
            "inning",
            "tournament",
            "torneo",
            "championship",
            "campeonato",
            "cup",
            "copa",
            "league",
            "liga",
            "tie",
            "empate",
            "win",
            "victoria",
            "triunfo",
            "loss",
            "derrota",
            "defeat",
            "draw"
        ]
    ),
    e!(
        "goal",
        ["score"],
        [
            "gol",
            "anotación",
            "tanto",
            "diana",
            "own goal",
            "autogol",
            "penalty goal"
        ]
    ),
    e!(
        "score",
        ["abstract"],
        [
            "point",
            "punto",
            "run",
            "touchdown",
            "basket",
            "canasta",
            "home run",
            "jonrón",
            "cuadrangular",
            "hit",
            "imparable",
            "rebound",
            "rebote",
            "assist",
            "asistencia",
            "strikeout",
            "ponche",
            "yard",
            "yarda",
            "try",
            "ensayo",
            "wicket"
        ]
    ),
    e!(
        "medal",
        ["artifact"],
        [
            "medalla",
            "gold medal",
            "medalla de oro",
            "silver medal",
            "medalla de plata",
            "bronze medal",
            "medalla de bronce",
            "trophy",
            "trofeo",
            "title",
            "título",
            "award",
            "premio",
            "prize",
            "galardón",
            "honor",
            "distinción",
            "récord",
            "marca"
        ]
    ),
    e!(
        "transaction",
        ["event"],
        [
            "transacción",
            "purchase",
            "compra",
            "sale",
            "venta",
            "sales",
            "ventas",
            "deal",
            "acuerdo comercial",
            "trade",
            "intercambio",
            "transfer",
            "transferencia",
            "remittance",
            "remesa",
            "deposit",
            "depósito",
            "withdrawal",
            "retiro",
            "payment",
            "pago",
            "export",
            "exportación",
            "import",
            "importación",
            "shipment",
            "envío",
            "cargamento",
            "order",
            "pedido"
        ]
    ),
    // ---- duration ----
    e!(
        "year",
        ["duration"],
        [
            "año",
            "yr",
            "fiscal year",
            "año fiscal",
            "ejercicio fiscal",
            "calendar year",
            "year-on-year",
            "anualidad"
        ]
    ),
    e!("month", ["duration"], ["mes", "mo"]),
    e!("week", ["duration"], ["semana", "wk"]),
    e!(
        "day",
        ["duration"],
        [
            "día",
            "jornada",
            "journée",
            "business day",
            "día hábil",
            "working day",
            "día laboral"
        ]
    ),
    e!(
        "hour",
        ["duration"],
        ["hora", "hr", "h", "horas hombre", "man-hour", "man hour"]
    ),
    e!("minute", ["duration"], ["minuto", "min"]),
    e!("second", ["duration"], ["segundo", "sec", "seconds"]),
    e!("decade", ["duration"], ["década", "decenio", "ten years"]),
    e!("century", ["duration"], ["siglo", "centuries"]),
    e!(
        "quarter",
        ["duration"],
        ["trimestre", "fiscal quarter", "three months"]
    ),
    e!(
        "semester",
        ["duration"],
        ["semestre", "half year", "half-year"]
    ),
    e!(
        "term of office",
        ["duration"],
        [
            "mandato",
            "sexenio",
            "cuatrienio",
            "legislatura",
            "tenure",
            "presidency",
            "presidencia",
            "term in office"
        ]
    ),
    e!(
        "season",
        ["duration"],
        [
            "temporada",
            "estación del año",
            "zafra",
            "harvest season",
            "cosecha"
        ]
    ),
    e!(
        "shift",
        ["duration"],
        ["turno", "work shift", "jornada laboral"]
    ),
    e!(
        "sentence",
        ["duration"],
        [
            "condena",
            "prison sentence",
            "pena de prisión",
            "jail term",
            "pena",
            "sentencia",
            "penalty"
        ]
    ),
    // ---- money ----
    e!(
        "budget",
        ["money"],
        [
            "presupuesto",
            "allocation",
            "asignación",
            "appropriation",
            "partida",
            "partida presupuestal",
            "spending",
            "gasto",
            "expenditure",
            "erogación",
            "outlay",
            "expense",
            "egreso",
            "cost",
            "costo",
            "coste",
            "price",
            "precio",
            "tarifa",
            "fee",
            "cuota",
            "valor",
            "value",
            "investment",
            "inversión"
        ]
    ),
    e!(
        "income",
        ["money"],
        [
            "ingreso económico",
            "revenue",
            "ingresos",
            "recaudación",
            "earnings",
            "ganancia",
            "profit",
            "utilidad",
            "beneficio económico",
            "proceeds",
            "turnover",
            "facturación",
            "sales revenue",
            "gdp",
            "pib",
            "producto interno bruto",
            "gross domestic product",
            "output"
        ]
    ),
    e!(
        "salary",
        ["income"],
        [
            "hourly earnings",
            "average hourly earnings",
            "weekly earnings",
            "salario",
            "sueldo",
            "wage",
            "pay",
            "paga",
            "remuneración",
            "compensation",
            "stipend",
            "honorario",
            "honorarios",
            "minimum wage",
            "salario mínimo",
            "salario mínimo interprofesional",
            "smi",
            "bonus",
            "bono",
            "aguinaldo",
            "pension",
            "pensión",
            "jubilación",
            "retirement benefit",
            "allowance",
            "viático",
            "beca",
            "scholarship",
            "grant",
            "subsidy",
            "subsidio",
            "apoyo económico",
            "transferencia monetaria",
            "cash transfer",
            "benefit",
            "prestación"
        ]
    ),
    e!(
        "tax",
        ["money"],
        [
            "impuesto",
            "tasa impositiva",
            "levy",
            "tariff",
            "arancel",
            "duty",
            "gravamen",
            "tributo",
            "contribution",
            "contribución",
            "vat",
            "iva",
            "income tax",
            "isr",
            "impuesto sobre la renta"
        ]
    ),
    e!(
        "debt",
        ["money"],
        [
            "deuda",
            "loan",
            "préstamo",
            "crédito",
            "credit",
            "mortgage",
            "hipoteca",
            "liability",
            "pasivo",
            "bond",
            "bono de deuda",
            "obligation",
            "borrowing",
            "endeudamiento",
            "deficit",
            "déficit",
            "arrears",
            "adeudo",
            "bailout",
            "rescate financiero"
        ]
    ),
    e!(
        "donation",
        ["money"],
        [
            "donativo",
            "donación",
            "aid",
            "ayuda",
            "assistance",
            "asistencia económica",
            "foreign aid",
            "ayuda humanitaria",
            "humanitarian aid",
            "relief",
            "contribución voluntaria",
            "fundraising",
            "colecta"
        ]
    ),
    e!(
        "fine",
        ["money"],
        [
            "multa",
            "penalty fee",
            "sanción económica",
            "sanción",
            "sanction",
            "indemnización",
            "compensation payment",
            "damages",
            "reparación del daño",
        ]
    ),
    e!(
        "contract",
        ["document"],
        [
            "contrato",
            "agreement",
            "acuerdo",
            "convenio",
            "treaty",
            "tratado",
            "pact",
            "pacto",
            "memorandum",
            "memorando",
            "memorandum of understanding",
            "licitación",
            "tender",
            "bid",
            "concession",
            "concesión",
            "procurement",
            "adjudicación"
        ]
    ),
    e!(
        "currency unit",
        ["unit of measure"],
        [
            "currency",
            "divisa",
            "moneda",
            "dollar",
            "dólar",
            "peso",
            "euro",
            "pound",
            "libra esterlina",
            "yen",
            "yuan",
            "renminbi",
            "rupee",
            "rupia",
            "sol",
            "bolívar",
            "franc",
            "franco",
            "ruble",
            "rublo",
            "won",
            "lira",
            "rand",
            "shekel",
            "dinar",
            "dirham",
            "colón",
            "quetzal",
            "lempira",
            "cent",
            "centavo",
            "céntimo",
            "bitcoin",
            "cryptocurrency",
            "criptomoneda"
        ]
    ),
    // ---- documents ----
    e!(
        "law",
        ["document"],
        [
            "ley",
            "legislation",
            "legislación",
            "statute",
            "estatuto",
            "act",
            "bill",
            "iniciativa",
            "iniciativa de ley",
            "proyecto de ley",
            "initiative",
            "reform",
            "reforma",
            "amendment",
            "enmienda",
            "decree",
            "decreto",
            "executive order",
            "orden ejecutiva",
            "regulation",
            "reglamento",
            "norm",
            "norma",
            "rule",
            "regla",
            "ordinance",
            "ordenanza",
            "bylaw",
            "resolution",
            "resolución",
            "constitution",
            "constitución",
            "artículo constitucional",
            "clause",
            "cláusula",
            "disposición",
            "provision"
        ]
    ),
    e!(
        "complaint",
        ["document"],
        [
            "denuncia",
            "queja",
            "grievance",
            "claim",
            "reclamo",
            "reclamación",
            "lawsuit",
            "demanda",
            "suit",
            "petition",
            "petición",
            "amparo",
            "appeal",
            "apelación",
            "charge",
            "cargo judicial",
            "accusation",
            "acusación",
            "indictment",
            "criminal complaint",
            "denuncia penal",
            "querella",
            "allegation",
            "señalamiento"
        ]
    ),
    e!(
        "report",
        ["document"],
        [
            "informe",
            "reporte",
            "study",
            "estudio",
            "survey",
            "encuesta",
            "poll",
            "sondeo",
            "census",
            "censo",
            "audit report",
            "white paper",
            "assessment",
            "evaluación",
            "review",
            "analysis",
            "análisis",
            "article",
            "nota",
            "news story",
            "story",
            "reportaje",
            "publication",
            "publicación",
            "post",
            "publicación en redes",
            "tweet",
            "tuit",
            "message",
            "mensaje",
            "statement",
            "comunicado",
            "declaración",
            "press release",
            "boletín",
            "bulletin",
            "letter",
            "carta",
            "email",
            "correo",
            "correo electrónico"
        ]
    ),
    e!(
        "permit",
        ["document"],
        [
            "permiso",
            "license",
            "licence",
            "licencia",
            "authorization",
            "autorización",
            "visa",
            "passport",
            "pasaporte",
            "work permit",
            "permiso de trabajo",
            "residence permit",
            "permiso de residencia",
            "tarjeta de residencia",
            "green card",
            "identity card",
            "id card",
            "credencial",
            "credencial de elector",
            "voter id",
            "ine",
            "cédula",
            "certificate",
            "certificado",
            "título profesional",
            "cédula profesional",
            "diploma",
            "academic degree",
            "grado académico",
            "registration",
            "registro sanitario",
            "humanitarian visa",
            "visa humanitaria",
            "tarjeta de visitante",
            "work visa"
        ]
    ),
    e!(
        "signature",
        ["document"],
        ["firma", "petition signature", "firma de apoyo"]
    ),
    e!("page", ["document"], ["página", "folio", "sheet", "hoja"]),
    // ---- artifacts ----
    e!("truck", ["vehicle"], ["camión", "lorry", "tráiler"]),
    e!(
        "vehicle",
        ["artifact"],
        [
            "vehículo",
            "car",
            "coche",
            "auto",
            "automóvil",
            "automobile",
            "carro",
            "unidad vehicular",
            "camioneta",
            "van",
            "pickup",
            "pick-up",
            "suv",
            "motorcycle",
            "motocicleta",
            "moto",
            "bicycle",
            "bicicleta",
            "bike",
            "tractor",
            "trailer",
            "tráiler",
            "tractocamión",
            "patrol car",
            "patrulla",
            "fire engine",
            "fire truck",
            "camión de bomberos",
            "autobomba",
            "taxi"
        ]
    ),
    e!(
        "bus",
        ["vehicle"],
        [
            "autobús",
            "camión de pasajeros",
            "microbús",
            "minibus",
            "ómnibus",
            "colectivo",
            "guagua",
            "combi",
            "transporte público"
        ]
    ),
    e!("ambulance", ["vehicle"], ["ambulancia"]),
    e!(
        "train",
        ["vehicle"],
        [
            "tren",
            "train car",
            "vagón",
            "wagon",
            "railcar",
            "locomotive",
            "locomotora",
            "metro train",
            "convoy"
        ]
    ),
    e!(
        "aircraft",
        ["vehicle"],
        [
            "plane",
            "airplane",
            "aeroplane",
            "avión",
            "aeronave",
            "medio aéreo",
            "jet",
            "airliner",
            "helicopter",
            "helicóptero",
            "drone",
            "dron",
            "warplane",
            "fighter jet",
            "avión de combate",
            "avioneta",
            "light aircraft",
            "uav",
            "unmanned aerial vehicle"
        ]
    ),
    e!(
        "ship",
        ["vehicle"],
        [
            "barco",
            "buque",
            "nave",
            "boat",
            "bote",
            "vessel",
            "embarcación",
            "lancha",
            "yacht",
            "yate",
            "ferry",
            "transbordador",
            "warship",
            "buque de guerra",
            "submarine",
            "submarino",
            "raft",
            "balsa",
            "cayuco",
            "patera",
            "tanker",
            "buque tanque",
            "cargo ship",
            "carguero",
            "frigate",
            "fragata",
            "destroyer",
            "destructor",
            "aircraft carrier",
            "portaaviones"
        ]
    ),
    e!(
        "weapon",
        ["artifact"],
        [
            "arma",
            "gun",
            "firearm",
            "arma de fuego",
            "pistol",
            "pistola",
            "handgun",
            "rifle",
            "fusil",
            "assault rifle",
            "rifle de asalto",
            "shotgun",
            "escopeta",
            "machine gun",
            "ametralladora",
            "ammunition",
            "munición",
            "cartucho",
            "bullet",
            "bala",
            "grenade",
            "granada",
            "explosive",
            "explosivo",
            "bomb",
            "bomba",
            "missile",
            "misil",
            "rocket",
            "cohete",
            "projectile",
            "proyectil",
            "mortar",
            "mortero",
            "shell",
            "obús",
            "artillery",
            "artillería",
            "tank",
            "tanque",
            "armored vehicle",
            "vehículo blindado",
            "warhead",
            "ojiva",
            "nuclear weapon",
            "arma nuclear",
            "mina terrestre",
            "landmine",
            "knife",
            "cuchillo",
            "machete"
        ]
    ),
    e!(
        "medicine",
        ["artifact"],
        [
            "medicamento",
            "medicina",
            "fármaco",
            "medication",
            "pharmaceutical",
            "remedy",
            "remedio",
            "pill",
            "pastilla",
            "tablet",
            "tableta",
            "vial",
            "frasco",
            "vaccine",
            "vacuna",
            "treatment course",
            "insulin",
            "insulina",
            "antibiotic",
            "antibiótico",
            "prescription",
            "receta",
            "receta médica",
            "medical supply",
            "insumo médico",
            "insumo",
            "supply",
            "suministro"
        ]
    ),
    e!(
        "medical equipment",
        ["artifact"],
        [
            "ventilator",
            "respirador",
            "ventilador mecánico",
            "monitor",
            "defibrillator",
            "desfibrilador",
            "x-ray machine",
            "rayos x",
            "tomógrafo",
            "ct scanner",
            "mri",
            "resonancia magnética",
            "mask",
            "mascarilla",
            "cubrebocas",
            "face mask",
            "glove",
            "guante",
            "ppe",
            "equipo de protección personal",
            "test kit",
            "prueba rápida",
            "kit",
            "oxygen tank",
            "tanque de oxígeno",
            "oxygen concentrator",
            "concentrador de oxígeno",
            "wheelchair",
            "silla de ruedas",
            "syringe",
            "jeringa",
            "stretcher",
            "camilla",
            "incubator",
            "incubadora",
            "dialysis machine",
            "máquina de diálisis"
        ]
    ),
    e!(
        "drug",
        ["artifact"],
        [
            "droga",
            "narcotic",
            "narcótico",
            "estupefaciente",
            "cocaine",
            "cocaína",
            "heroin",
            "heroína",
            "fentanyl",
            "fentanilo",
            "methamphetamine",
            "metanfetamina",
            "marijuana",
            "mariguana",
            "marihuana",
            "cannabis",
            "opioid",
            "opioide",
            "precursor químico",
            "chemical precursor"
        ]
    ),
    e!(
        "food",
        ["artifact"],
        [
            "alimento",
            "comida",
            "meal",
            "ration",
            "ración",
            "food parcel",
            "despensa",
            "canasta básica",
            "food basket",
            "breakfast",
            "desayuno",
            "lunch",
            "almuerzo",
            "dinner",
            "cena",
            "grain",
            "grano",
            "maize",
            "corn",
            "maíz",
            "wheat",
            "trigo",
            "rice",
            "arroz",
            "bean",
            "frijol",
            "sugar",
            "azúcar",
            "coffee",
            "café",
            "crop",
            "cultivo"
        ]
    ),
    e!(
        "fuel",
        ["artifact"],
        [
            "combustible",
            "gasoline",
            "gasolina",
            "petrol",
            "diesel",
            "diésel",
            "oil",
            "petróleo",
            "crude",
            "crudo",
            "natural gas",
            "gas natural",
            "lpg",
            "gas lp",
            "huachicol"
        ]
    ),
    e!(
        "computer",
        ["artifact"],
        [
            "computadora",
            "ordenador",
            "laptop",
            "device",
            "dispositivo",
            "phone",
            "teléfono",
            "cellphone",
            "celular",
            "smartphone",
            "mobile phone",
            "teléfono móvil",
            "server",
            "servidor",
            "chip",
            "semiconductor",
            "equipment",
            "equipo de cómputo"
        ]
    ),
    e!(
        "book",
        ["artifact"],
        [
            "libro",
            "textbook",
            "libro de texto",
            "copy",
            "ejemplar",
            "volume",
            "tomo",
            "edition",
            "edición"
        ]
    ),
    e!(
        "ticket",
        ["artifact"],
        ["boleto", "billete", "pass", "pase", "seat ticket",]
    ),
    e!(
        "tree",
        ["artifact"],
        ["árbol", "sapling", "seedling", "plántula"]
    ),
    e!(
        "container",
        ["artifact"],
        [
            "contenedor",
            "shipping container",
            "box",
            "caja",
            "package",
            "paquete",
            "bag",
            "bolsa",
            "costal",
            "sack",
            "saco",
            "bale",
            "paca",
            "pallet",
            "tarima",
            "crate",
            "bidón"
        ]
    ),
    e!(
        "cow",
        ["animal"],
        [
            "vaca",
            "bovine",
            "bovino",
            "res",
            "cattle head",
            "cabeza de res",
            "bull",
            "toro"
        ]
    ),
    e!(
        "pig",
        ["animal"],
        ["cerdo", "porcino", "hog", "swine", "puerco", "marrano"]
    ),
    e!(
        "chicken",
        ["animal"],
        [
            "pollo",
            "gallina",
            "poultry",
            "ave de corral",
            "aves",
            "hen",
            "bird",
            "ave"
        ]
    ),
    e!(
        "dog",
        ["animal"],
        ["perro+a", "canine", "canino", "cat", "gato+a", "pet", "mascota"]
    ),
    // ---- units of measure ----
    e!(
        "kilometer",
        ["length unit"],
        ["kilometre", "kilómetro", "km",]
    ),
    e!(
        "mile",
        ["length unit"],
        ["milla", "mi", "nautical mile", "milla náutica",]
    ),
    e!(
        "meter",
        ["length unit"],
        [
            "metre",
            "metro",
            "cubic meter",
            "metro cúbico",
            "m3",
            "centimeter",
            "centímetro",
            "cm",
            "millimeter",
            "milímetro",
            "mm",
            "foot",
            "pie",
            "ft",
            "inch",
            "pulgada"
        ]
    ),
    e!("length unit", ["unit of measure"], ["unidad de longitud"]),
    // An acre is not a hectare (0.405 ha): figures in one are never compared with the other.
    e!("acre", ["area unit"], ["acres", "acre"]),
    e!("hectare", ["area unit"], ["hectárea", "ha"]),
    e!("area unit", ["unit of measure"], ["unidad de superficie"]),
    e!(
        "ton",
        ["mass unit"],
        [
            "tonne",
            "tonelada",
            "metric ton",
            "tonelada métrica",
            "t",
            "tn"
        ]
    ),
    e!(
        "kilogram",
        ["mass unit"],
        [
            "kilogramo",
            "kilo",
            "kg",
            "gram",
            "gramo",
            "g",
            "lb",
            "ounce",
            "onza",
            "oz",
            "milligram",
            "miligramo",
            "mg"
        ]
    ),
    e!(
        "mass unit",
        ["unit of measure"],
        ["unidad de masa", "unit of weight"]
    ),
    e!(
        "liter",
        ["volume unit"],
        [
            "litre",
            "litro",
            "l",
            "lt",
            "gallon",
            "galón",
            "barrel",
            "barril",
            "bbl",
            "milliliter",
            "mililitro",
            "ml",
            "cubic foot",
            "pie cúbico"
        ]
    ),
    e!("volume unit", ["unit of measure"], ["unidad de volumen"]),
    e!(
        "watt",
        ["unit of measure"],
        [
            "vatio",
            "megawatt",
            "megavatio",
            "mw",
            "kilowatt",
            "kilovatio",
            "kw",
            "gigawatt",
            "gigavatio",
            "gw",
            "kilowatt-hour",
            "kilovatio-hora",
            "kwh",
            "gigawatt-hour",
            "gwh",
            "mwh"
        ]
    ),
    e!(
        "degree",
        ["unit of measure"],
        [
            "grado",
            "degree celsius",
            "grado centígrado",
            "grado celsius",
            "degree fahrenheit",
            "grado fahrenheit"
        ]
    ),
    e!(
        "percentage point",
        ["unit of measure"],
        [
            "punto porcentual",
            "puntos porcentuales",
            "pp",
            "basis point",
            "punto base"
        ]
    ),
    e!(
        "magnitude",
        ["unit of measure"],
        ["magnitud", "richter", "grados richter"]
    ),
    // ---- abstract counted things ----
    e!(
        "specialty",
        ["abstract"],
        [
            "field",
            "especialidad",
            "specialization",
            "especialización",
            "medical specialty",
            "especialidad médica",
            "subspecialty",
            "subespecialidad",
            "discipline",
            "disciplina",
            "branch of medicine",
            "rama de la medicina",
            "area of expertise",
            "área de especialidad",
            "carrera",
            "major",
            "degree program",
            "programa académico",
            "licenciatura",
            "profession",
            "profesión",
            "occupation",
            "ocupación",
            "oficio"
        ]
    ),
    e!(
        "disease",
        ["abstract"],
        [
            "enfermedad",
            "illness",
            "padecimiento",
            "condition",
            "afección",
            "disorder",
            "trastorno",
            "virus",
            "infectious disease",
            "enfermedad infecciosa",
            "chronic disease",
            "enfermedad crónica",
            "syndrome",
            "síndrome",
            "cancer",
            "cáncer",
            "tumor",
            "diabetes",
            "hypertension",
            "hipertensión",
            "malaria",
            "paludismo",
            "dengue",
            "cholera",
            "cólera",
            "measles",
            "sarampión",
            "tuberculosis",
            "hiv",
            "vih",
            "aids",
            "sida",
            "covid",
            "covid-19",
            "flu",
            "influenza",
            "gripe",
            "pneumonia",
            "neumonía",
            "ailment",
            "malestar",
            "symptom",
            "síntoma"
        ]
    ),
    e!(
        "program",
        ["abstract"],
        [
            "programme",
            "programa",
            "plan",
            "project",
            "proyecto",
            "scheme",
            "estrategia",
            "strategy",
            "policy",
            "política pública",
            "política",
            "campaign",
            "campaña",
            "measure",
            "medida",
            "action",
            "acción",
            "course",
            "curso",
            "training",
            "capacitación",
            "taller de capacitación",
            "scholarship program",
            "social program",
            "programa social"
        ]
    ),
    e!(
        "word",
        ["abstract"],
        [
            "palabra",
            "término",
            "vocablo",
            "character",
            "carácter",
            "letra"
        ]
    ),
    e!(
        "species",
        ["abstract"],
        [
            "especie",
            "breed",
            "raza",
            "variety",
            "variedad",
            "strain",
            "cepa",
            "variant",
            "variante",
            "mutation",
            "mutación"
        ]
    ),
    e!(
        "time",
        ["abstract"],
        [
            "vez",
            "times",
            "veces",
            "occasion",
            "ocasión",
            "instance",
            "instancia",
            "oportunidad",
            "opportunity",
            "attempt",
            "intento",
            "repetition",
            "repetición"
        ]
    ),
    e!(
        "percent",
        ["abstract"],
        [
            "percentage",
            "porcentaje",
            "por ciento",
            "porciento",
            "per cent",
            "proportion",
            "proporción",
            "share",
            "cuota de mercado",
            "rate",
            "tasa",
            "índice",
            "index",
            "ratio",
            "razón",
            "indicador",
            "indicator"
        ]
    ),
    e!(
        "click",
        ["abstract"],
        [
            "view",
            "vista",
            "visualización",
            "reproducción",
            "stream",
            "download",
            "descarga",
            "follower",
            "seguidor de redes",
            "like",
            "me gusta",
            "retweet",
            "retuit",
            "visita web",
            "impression",
            "impresión"
        ]
    ),
    e!(
        "call",
        ["event"],
        [
            "llamada",
            "phone call",
            "llamada telefónica",
            "emergency call",
            "llamada de emergencia",
            "llamada al 911",
            "911 call",
            "reporte ciudadano",
            "request",
            "solicitud",
            "application",
            "inquiry",
            "trámite",
            "gestión"
        ]
    ),
    // ---- more people ----
    e!(
        "civilian",
        ["person"],
        [
            "civil",
            "non-combatant",
            "población civil",
            "civilian population"
        ]
    ),
    e!(
        "neighbor",
        ["person"],
        [
            "neighbour",
            "vecino+a",
            "local resident",
            "lugareño+a",
            "colono+a",
            "settler"
        ]
    ),
    e!(
        "owner",
        ["person"],
        [
            "propietario+a",
            "dueño+a",
            "landowner",
            "terrateniente",
            "landlord",
            "arrendador+a",
            "homeowner",
            "tenant",
            "inquilino+a",
            "renter",
            "arrendatario+a"
        ]
    ),
    e!(
        "investor",
        ["person"],
        [
            "inversionista",
            "inversor+a",
            "shareholder",
            "accionista",
            "stockholder",
            "bondholder",
            "creditor",
            "acreedor+a"
        ]
    ),
    e!(
        "donor",
        ["person"],
        [
            "donante",
            "donador+a",
            "blood donor",
            "donante de sangre",
            "organ donor",
            "donante de órganos",
            "benefactor+a",
            "sponsor",
            "patrocinador+a"
        ]
    ),
    e!(
        "applicant",
        ["person"],
        [
            "solicitante",
            "postulante",
            "registrant",
            "registrado+a",
            "inscrito+a",
            "enrollee",
            "matriculado+a"
        ]
    ),
    e!(
        "winner",
        ["person"],
        [
            "ganador+a",
            "champion",
            "campeón",
            "campeona",
            "finalist",
            "finalista",
            "medalist",
            "medallista",
            "laureate",
            "galardonado+a"
        ]
    ),
    e!(
        "agent",
        ["official"],
        [
            "agente",
            "federal agent",
            "agente federal",
            "border agent",
            "border patrol agent",
            "agente de la patrulla fronteriza",
            "agente migratorio",
            "immigration agent",
            "ice agent",
            "customs agent",
            "agente aduanal",
            "inspector+a",
            "auditor+a",
            "investigator"
        ]
    ),
    e!(
        "domestic worker",
        ["worker"],
        [
            "trabajador del hogar",
            "trabajadora del hogar",
            "trabajadora doméstica",
            "empleada doméstica",
            "housekeeper",
            "nanny",
            "niñera",
            "cleaner",
            "limpiador+a",
            "janitor",
            "conserje"
        ]
    ),
    e!(
        "construction worker",
        ["worker"],
        [
            "albañil",
            "obrero de la construcción",
            "builder",
            "constructor+a",
            "electrician",
            "electricista",
            "plumber",
            "plomero+a",
            "fontanero+a",
            "mechanic",
            "mecánico+a",
            "carpenter",
            "carpintero+a",
            "welder",
            "soldador+a"
        ]
    ),
    e!("fisherman", ["worker"], ["fisher", "pescador+a"]),
    e!(
        "hospitality worker",
        ["worker"],
        [
            "waiter",
            "waitress",
            "mesero+a",
            "camarero+a",
            "cook",
            "cocinero+a",
            "chef",
            "bartender",
            "cantinero+a",
            "hotel worker"
        ]
    ),
    e!(
        "public servant",
        ["official"],
        [
            "empleado público",
            "empleada pública",
            "public employee",
            "public sector worker",
            "trabajador del estado",
            "trabajador al servicio del estado"
        ]
    ),
    e!(
        "security force member",
        ["worker"],
        [
            "law enforcement officer",
            "law enforcement",
            "elemento de seguridad",
            "elemento",
            "efectivo de seguridad",
            "fuerzas del orden",
            "security personnel"
        ]
    ),
    // ---- more events ----
    e!(
        "evacuation",
        ["event"],
        [
            "evacuación",
            "desalojo",
            "eviction",
            "relocation",
            "reubicación",
            "rescue",
            "rescate",
            "search and rescue",
            "búsqueda y rescate"
        ]
    ),
    e!("suicide", ["death"], ["suicidio"]),
    e!(
        "overdose death",
        ["death"],
        [
            "muerte por sobredosis",
            "overdose",
            "sobredosis",
            "drug overdose",
            "drug overdose death"
        ]
    ),
    e!(
        "strike action",
        ["protest"],
        [
            "work stoppage",
            "general strike",
            "huelga general",
            "paro nacional",
            "paro laboral"
        ]
    ),
    e!(
        "lawsuit",
        ["complaint"],
        [
            "juicio",
            "trial",
            "proceso judicial",
            "litigation",
            "litigio",
            "legal action",
            "acción legal",
            "court case",
            "causa judicial",
            "conviction",
            "sentencia condenatoria",
            "ruling",
            "fallo",
            "verdict",
            "veredicto"
        ]
    ),
    e!(
        "sanction",
        ["event"],
        [
            "embargo",
            "bloqueo económico",
            "trade restriction",
            "restricción comercial",
            "ban",
            "prohibición",
            "veto"
        ]
    ),
    e!(
        "interview",
        ["event"],
        [
            "entrevista",
            "press briefing",
            "briefing",
            "speech",
            "discurso",
            "mensaje a la nación"
        ]
    ),
    e!(
        "class",
        ["event"],
        [
            "clase",
            "lesson",
            "lección",
            "school day",
            "día de clases",
            "school year",
            "ciclo escolar",
            "año escolar",
            "curso escolar",
            "academic year"
        ]
    ),
    e!(
        "grade",
        ["abstract"],
        [
            "grado escolar",
            "calificación",
            "nota escolar",
            "school grade"
        ]
    ),
    e!(
        "rate",
        ["percent"],
        [
            "tasa de contagio",
            "positivity rate",
            "tasa de positividad",
            "mortality rate",
            "tasa de mortalidad",
            "tasa de letalidad",
            "fatality rate",
            "birth rate",
            "tasa de natalidad",
            "unemployment rate",
            "tasa de desempleo",
            "tasa de desocupación",
            "tasa de paro",
            "inflation rate",
            "tasa de inflación",
            "inflation",
            "inflación",
            "interest rate",
            "tasa de interés",
            "poverty rate",
            "tasa de pobreza",
            "turnout",
            "participación electoral",
            "approval rating",
            "homicide rate",
            "tasa de homicidios",
            "literacy rate",
            "tasa de alfabetización",
            "growth rate",
            "tasa de crecimiento"
        ]
    ),
    // ---- more things ----
    e!(
        "share of stock",
        ["artifact"],
        ["stock", "acción bursátil", "título de valor"]
    ),
    e!(
        "water",
        ["artifact"],
        ["agua", "drinking water", "agua potable"]
    ),
    e!(
        "electricity",
        ["artifact"],
        ["electricidad", "energía eléctrica", "energy", "energía"]
    ),
    e!(
        "calorie",
        ["unit of measure"],
        ["caloría", "kilocalorie", "kilocaloría", "kcal"]
    ),
    e!(
        "byte",
        ["unit of measure"],
        ["gigabyte", "gb", "megabyte", "mb", "terabyte", "tb"]
    ),
    e!(
        "square meter",
        ["area unit"],
        [
            "square metre",
            "metro cuadrado",
            "m2",
            "m²",
            "square foot",
            "pie cuadrado"
        ]
    ),
    e!(
        "square kilometer",
        ["area unit"],
        [
            "square kilometre",
            "kilómetro cuadrado",
            "km2",
            "km²",
            "square mile",
            "milla cuadrada"
        ]
    ),
);

/// The longest multiword surface form, in words.
const MAX_PHRASE: usize = 7;

struct Index {
    /// The concepts, in table order.
    entries: &'static [Entry],
    /// Normalized surface (singular words joined by one space) → the concept's place in
    /// `entries`. (Maps of strings to places, as `first`: one hash table type fewer in the wasm
    /// than maps to concepts.)
    forms: FastMap<String, usize>,
    /// Concept id → the concept's place in `entries`.
    ids: FastMap<String, usize>,
    /// First word of a multiword surface → the longest such surface, in words.
    first: FastMap<String, usize>,
    /// Proper word prefixes of multiword surfaces ("profesional de la").
    prefixes: WordSet,
}

/// Normalizes one word for lookup: singular, lowercased, folded.
fn norm(word: &str) -> Cow<'_, str> {
    singular_cow(word)
}

/// Expands `+a` feminine shorthand.
fn expand(form: &'static str, out: &mut Vec<String>) {
    if let Some(base) = form.strip_suffix("+a") {
        out.push(base.to_string());
        if let Some(stem) = base.strip_suffix('o') {
            out.push(format!("{stem}a"));
        } else {
            out.push(format!("{base}a"));
        }
    } else {
        out.push(form.to_string());
    }
}

fn normalize_phrase(phrase: &str) -> Option<String> {
    // Internal disambiguation tags ("state_country") are ids' private aliases, not surface forms.
    if phrase.contains('_') {
        return None;
    }
    let mut key = String::new();
    for w in phrase.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&norm(w));
    }
    Some(key)
}

impl Index {
    /// The concept of a normalized surface form.
    fn form(&self, key: &str) -> Option<&'static Concept> {
        let entries = self.entries;
        self.forms.get(key).map(|&at| &entries[at].concept)
    }
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut forms = FastMap::default();
        let mut ids = FastMap::default();
        let mut first: FastMap<String, usize> = FastMap::default();
        let mut prefixes = WordSet::default();
        let mut expanded = Vec::new();
        let entries = TABLE
            .split_terminator('\n')
            .map(Entry::parse)
            .collect::<Vec<_>>()
            .leak();
        for (at, entry) in entries.iter().enumerate() {
            let c = &entry.concept;
            ids.insert(c.id.to_string(), at);
            expanded.clear();
            expanded.push(c.id.to_string());
            for f in entry.forms() {
                expand(f, &mut expanded);
            }
            for f in &expanded {
                let Some(key) = normalize_phrase(f) else {
                    continue;
                };
                let n = key.split(' ').count();
                if n > 1 {
                    let head = key.split(' ').next().unwrap_or("").to_string();
                    let slot = first.entry(head).or_insert(0);
                    *slot = (*slot).max(n);
                    let mut end = 0;
                    for (i, _) in key.match_indices(' ') {
                        end = i;
                        if !prefixes.contains(&key[..end]) {
                            prefixes.insert(kept(key[..end].to_string()));
                        }
                    }
                    debug_assert!(end > 0);
                }
                // The first listing wins; an id always wins over another concept's form.
                if f == c.id {
                    forms.insert(key, at);
                } else {
                    forms.entry(key).or_insert(at);
                }
            }
        }
        Index {
            entries,
            forms,
            ids,
            first,
            prefixes,
        }
    })
}

/// The concept a single surface noun names (EN/ES, any number, accents optional).
pub fn concept(word: &str) -> Option<&'static Concept> {
    let word = word.trim();
    if word.contains(char::is_whitespace) {
        let words: Vec<&str> = word.split_whitespace().collect();
        return match concept_phrase(&words) {
            Some((c, n)) if n == words.len() => Some(c),
            _ => None,
        };
    }
    single(index(), word, &norm(word))
}

/// A one-word lookup, retrying a plural the singularizer misread ("curules" → "curul").
fn single(idx: &Index, word: &str, normed: &str) -> Option<&'static Concept> {
    if let Some(c) = idx.form(normed) {
        return Some(c);
    }
    let f = folded(word);
    let s = f.strip_suffix('s')?;
    idx.form(s)
        .or_else(|| s.strip_suffix('e').and_then(|es| idx.form(es)))
}

/// The longest concept phrase at the start of `words`, with the number of words it consumes.
pub fn concept_phrase(words: &[&str]) -> Option<(&'static Concept, usize)> {
    let first = words.first()?;
    let idx = index();
    let head = norm(first);
    let mut best = None;
    if let Some(&max) = idx.first.get(head.as_ref()) {
        let limit = max.min(words.len()).min(MAX_PHRASE);
        if let Some(c) = idx.form(head.as_ref()) {
            best = Some((c, 1));
        }
        // The key is built only when a longer phrase may begin with the head.
        if limit > 1 && idx.prefixes.contains(head.as_ref()) {
            // Sized for every word that may be read, so the key seldom grows (a singular is
            // seldom longer than its word: "mice", "mouse").
            let room: usize = words[1..limit].iter().map(|w| w.len() + 1).sum();
            let mut key = String::with_capacity(head.len() + room);
            key.push_str(&head);
            for (i, w) in words.iter().enumerate().take(limit).skip(1) {
                if i > 1 && !idx.prefixes.contains(key.as_str()) {
                    break;
                }
                key.push(' ');
                key.push_str(&norm(w));
                if let Some(c) = idx.form(key.as_str()) {
                    best = Some((c, i + 1));
                }
            }
        }
        if best.is_none() {
            best = single(idx, first, &head).map(|c| (c, 1));
        }
    } else if let Some(c) = single(idx, first, &head) {
        best = Some((c, 1));
    }
    // "Estados Unidos", "Países Bajos": a country name, not a count of states or countries.
    if let Some((_, m)) = best {
        if words.len() > 1 && places::starts_multiword(first) {
            if let Some((_, n)) = places::place(words) {
                if n > m {
                    return None;
                }
            }
        }
    }
    best
}

/// The concept with this canonical id.
pub fn by_id(id: &str) -> Option<&'static Concept> {
    let idx = index();
    let entries = idx.entries;
    idx.ids.get(id).map(|&at| &entries[at].concept)
}

/// Whether concept `child` is `ancestor` or one of its hypernyms (reflexive).
pub fn is_a(child: &str, ancestor: &str) -> bool {
    if child == ancestor {
        return by_id(child).is_some();
    }
    let Some(c) = by_id(child) else {
        return false;
    };
    c.parents.iter().any(|p| is_a(p, ancestor))
}

/// Whether concept `child` [`is_a`] one of `ancestors`: its hierarchy walked once for all of them.
pub fn is_a_one_of(child: &str, ancestors: &[&str]) -> bool {
    let Some(c) = by_id(child) else {
        return false;
    };
    ancestors.contains(&child) || c.parents.iter().any(|p| is_a_one_of(p, ancestors))
}

/// Whether one of the two concepts is a kind of the other.
pub fn related(a: &str, b: &str) -> bool {
    is_a(a, b) || is_a(b, a)
}

/// All hypernyms of a concept, nearest first, without repeats (the id itself excluded).
pub fn ancestors(id: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    let Some(c) = by_id(id) else {
        return out;
    };
    let mut frontier: Vec<&'static str> = c.parents.to_vec();
    while !frontier.is_empty() {
        let mut next = Vec::new();
        for p in frontier {
            if !out.contains(&p) {
                out.push(p);
                if let Some(pc) = by_id(p) {
                    next.extend_from_slice(pc.parents);
                }
            }
        }
        frontier = next;
    }
    out
}

/// Slots of [`RECENT_KINDS`].
const KIND_SLOTS: usize = 16;

thread_local! {
    /// [`kind`]'s last answers: the id (the table's copy; "" for none yet) and its kind.
    static RECENT_KINDS: [std::cell::Cell<(&'static str, Option<&'static str>)>; KIND_SLOTS] =
        const { [const { std::cell::Cell::new(("", None)) }; KIND_SLOTS] };
}

/// The root of a concept's hierarchy ("doctor" → "person", "year" → "duration").
pub fn kind(id: &str) -> Option<&'static str> {
    // "" for none: a map of the same type as the lexicon's others (one hash table's code).
    static KINDS: OnceLock<FastMap<&'static str, &'static str>> = OnceLock::new();
    let kinds = KINDS.get_or_init(|| {
        let root = |id: &str| root_of(id).unwrap_or_default();
        let ids = entries().iter().map(|e| e.concept.id);
        ids.map(|id| (id, root(id))).collect()
    });
    // The rules ask about the same few concepts again and again: the last answers are kept by
    // the id's length and first and last bytes, under the table's own copy of the id.
    let slot = match id.as_bytes() {
        [first, .., last] => id.len() ^ usize::from(*first) << 1 ^ usize::from(*last) << 3,
        _ => id.len(),
    } % KIND_SLOTS;
    let (kept, found) = RECENT_KINDS.with(|recent| recent[slot].get());
    if kept == id {
        return found;
    }
    let (&kept, &found) = kinds.get_key_value(id)?;
    let found = Some(found).filter(|k| !k.is_empty());
    RECENT_KINDS.with(|recent| recent[slot].set((kept, found)));
    found
}

/// Whether a concept is an indicator (unemployment, inflation…): a rate with one value per period.
pub fn is_indicator(id: &str) -> bool {
    id != "indicator" && kind(id) == Some("indicator")
}

/// [`kind`], computed from the hierarchy.
fn root_of(id: &str) -> Option<&'static str> {
    let c = by_id(id)?;
    if c.parents.is_empty() {
        return Some(c.id);
    }
    ancestors(id)
        .into_iter()
        .rev()
        .find(|a| by_id(a).is_some_and(|c| c.parents.is_empty()))
}

/// Number of concepts and of distinct normalized surface forms.
pub fn coverage() -> (usize, usize) {
    let idx = index();
    (idx.ids.len(), idx.forms.len())
}

/// All concepts, in table order.
pub fn concepts() -> impl Iterator<Item = &'static Concept> {
    entries().iter().map(|e| &e.concept)
}

#[cfg(test)]
mod diag {
    use super::*;
    #[test]
    #[ignore]
    fn conflicts() {
        let mut seen: FastMap<String, &str> = FastMap::default();
        let mut v = Vec::new();
        for entry in entries() {
            v.clear();
            v.push(entry.concept.id.to_string());
            for f in entry.forms() {
                expand(f, &mut v);
            }
            for f in &v {
                if let Some(k) = normalize_phrase(f) {
                    if let Some(prev) = seen.get(&k) {
                        if *prev != entry.concept.id {
                            println!("CONFLICT {k:?}: {prev} vs {} ({f})", entry.concept.id);
                        }
                    } else {
                        seen.insert(k, entry.concept.id);
                    }
                }
            }
        }
        println!("coverage {:?}", coverage());
    }
}

#[cfg(test)]
mod hierarchy {
    use super::*;

    #[test]
    fn kinds_kept_are_the_kinds() {
        // Twice over every concept, so that each slot's answer is replaced and read back.
        for _ in 0..2 {
            for c in concepts().map(|c| c.id).chain(["no such concept", "", "x"]) {
                let root = by_id(c).and_then(|_| root_of(c)).filter(|k| !k.is_empty());
                assert_eq!(kind(c), root, "{c}");
                // The same id in a string of its own (another address).
                let copy = String::from(c);
                assert_eq!(kind(&copy), root, "{c}");
            }
        }
    }

    #[test]
    fn one_walk_answers_as_a_walk_per_ancestor() {
        let lists: [&[&str]; 3] = [
            &crate::findings::change::TALLIES,
            &["person", "place", "no such concept"],
            &[],
        ];
        for c in concepts().map(|c| c.id).chain(["no such concept"]) {
            for list in lists {
                let each = list.iter().any(|a| is_a(c, a));
                assert_eq!(is_a_one_of(c, list), each, "{c} {list:?}");
            }
        }
    }
}

#[cfg(test)]
mod perf {
    #[test]
    #[ignore]
    fn lookup_speed() {
        let words = [
            "médicos",
            "doctors",
            "the",
            "especialistas",
            "países",
            "hospitales",
            "of",
            "personas",
            "Estados",
            "Unidos",
            "profesionales",
            "de",
            "la",
            "salud",
        ];
        let _ = super::concept("x");
        let t = std::time::Instant::now();
        let mut hits = 0usize;
        let mut bytes = 0usize;
        for _ in 0..100_000 {
            for i in 0..words.len() {
                bytes += words[i].len() + 1;
                if super::concept_phrase(&words[i..]).is_some() {
                    hits += 1;
                }
            }
        }
        let secs = t.elapsed().as_secs_f64();
        println!(
            "hits {hits}, {:.1} MB/s, {:.0} ns/lookup",
            bytes as f64 / secs / 1e6,
            secs * 1e9 / (100_000.0 * words.len() as f64)
        );
    }
}
