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

/// Each concept's usual Spanish noun, a line each: concept id, singular, plural and gender (`m` or
/// `f`) separated by ';' (one string: no pointers per noun in the wasm). People are named in the
/// generic masculine.
static NOUNS: &str = concat!(
    // People.
    "person;persona;personas;f\n",
    // Indicators.
    "unemployment;desempleo;desempleo;m\n",
    "inflation;inflación;inflación;f\n",
    "poverty;pobreza;pobreza;f\n",
    "turnout;participación;participación;f\n",
    "interest rate;tasa de interés;tasas de interés;f\n",
    "worker;trabajador;trabajadores;m\n",
    "healthcare worker;trabajador de la salud;trabajadores de la salud;m\n",
    "doctor;médico;médicos;m\n",
    "specialist;especialista;especialistas;m\n",
    "surgeon;cirujano;cirujanos;m\n",
    "pediatrician;pediatra;pediatras;m\n",
    "cardiologist;cardiólogo;cardiólogos;m\n",
    "anesthesiologist;anestesiólogo;anestesiólogos;m\n",
    "oncologist;oncólogo;oncólogos;m\n",
    "gynecologist;ginecólogo;ginecólogos;m\n",
    "psychiatrist;psiquiatra;psiquiatras;m\n",
    "internist;internista;internistas;m\n",
    "radiologist;radiólogo;radiólogos;m\n",
    "neurologist;neurólogo;neurólogos;m\n",
    "epidemiologist;epidemiólogo;epidemiólogos;m\n",
    "medical resident;médico residente;médicos residentes;m\n",
    "nurse;enfermero;enfermeros;m\n",
    "paramedic;paramédico;paramédicos;m\n",
    "dentist;dentista;dentistas;m\n",
    "pharmacist;farmacéutico;farmacéuticos;m\n",
    "psychologist;psicólogo;psicólogos;m\n",
    "caregiver;cuidador;cuidadores;m\n",
    "teacher;maestro;maestros;m\n",
    "police officer;policía;policías;m\n",
    "firefighter;bombero;bomberos;m\n",
    "journalist;periodista;periodistas;m\n",
    "official;funcionario;funcionarios;m\n",
    "legislator;legislador;legisladores;m\n",
    "mayor;alcalde;alcaldes;m\n",
    "governor;gobernador;gobernadores;m\n",
    "minister;ministro;ministros;m\n",
    "judge;juez;jueces;m\n",
    "diplomat;diplomático;diplomáticos;m\n",
    "lawyer;abogado;abogados;m\n",
    "farmer;agricultor;agricultores;m\n",
    "miner;minero;mineros;m\n",
    "engineer;ingeniero;ingenieros;m\n",
    "scientist;científico;científicos;m\n",
    "driver;conductor;conductores;m\n",
    "soldier;soldado;soldados;m\n",
    "athlete;atleta;atletas;m\n",
    "player;jugador;jugadores;m\n",
    "coach;entrenador;entrenadores;m\n",
    "volunteer;voluntario;voluntarios;m\n",
    "businessperson;empresario;empresarios;m\n",
    "artist;artista;artistas;m\n",
    "citizen;ciudadano;ciudadanos;m\n",
    "voter;votante;votantes;m\n",
    "migrant;migrante;migrantes;m\n",
    "refugee;refugiado;refugiados;m\n",
    "asylum seeker;solicitante de asilo;solicitantes de asilo;m\n",
    "displaced person;desplazado;desplazados;m\n",
    "deportee;deportado;deportados;m\n",
    "student;estudiante;estudiantes;m\n",
    "medical student;estudiante de medicina;estudiantes de medicina;m\n",
    "child;niño;niños;m\n",
    "baby;bebé;bebés;m\n",
    "adolescent;adolescente;adolescentes;m\n",
    "adult;adulto;adultos;m\n",
    "older adult;adulto mayor;adultos mayores;m\n",
    "woman;mujer;mujeres;f\n",
    "man;hombre;hombres;m\n",
    "patient;paciente;pacientes;m\n",
    "protester;manifestante;manifestantes;m\n",
    "death;muerto;muertos;m\n",
    "injured;herido;heridos;m\n",
    "missing person;desaparecido;desaparecidos;m\n",
    "survivor;sobreviviente;sobrevivientes;m\n",
    "hostage;rehén;rehenes;m\n",
    "prisoner;preso;presos;m\n",
    "detainee;detenido;detenidos;m\n",
    "suspect;sospechoso;sospechosos;m\n",
    "candidate;candidato;candidatos;m\n",
    "member;miembro;miembros;m\n",
    "tourist;turista;turistas;m\n",
    "spectator;espectador;espectadores;m\n",
    "customer;cliente;clientes;m\n",
    "civilian;civil;civiles;m\n",
    "neighbor;vecino;vecinos;m\n",
    "owner;propietario;propietarios;m\n",
    "investor;inversionista;inversionistas;m\n",
    "donor;donante;donantes;m\n",
    "applicant;solicitante;solicitantes;m\n",
    "winner;ganador;ganadores;m\n",
    "agent;agente;agentes;m\n",
    "fisherman;pescador;pescadores;m\n",
    // Groups and organizations.
    "household;hogar;hogares;m\n",
    "company;empresa;empresas;f\n",
    "union;sindicato;sindicatos;m\n",
    "government;gobierno;gobiernos;m\n",
    "team;equipo;equipos;m\n",
    "mission;misión;misiones;f\n",
    "medical mission;misión médica;misiones médicas;f\n",
    "brigade;brigada;brigadas;f\n",
    "community;comunidad;comunidades;f\n",
    // Places and things.
    "country;país;países;m\n",
    "state;estado;estados;m\n",
    "province;provincia;provincias;f\n",
    "municipality;municipio;municipios;m\n",
    "locality;localidad;localidades;f\n",
    "city;ciudad;ciudades;f\n",
    "neighborhood;barrio;barrios;m\n",
    "island;isla;islas;f\n",
    "road;carretera;carreteras;f\n",
    "bridge;puente;puentes;m\n",
    "building;edificio;edificios;m\n",
    "hospital;hospital;hospitales;m\n",
    "clinic;clínica;clínicas;f\n",
    "school;escuela;escuelas;f\n",
    "home;vivienda;viviendas;f\n",
    "bed;cama;camas;f\n",
    "vehicle;vehículo;vehículos;m\n",
    "bus;autobús;autobuses;m\n",
    "ambulance;ambulancia;ambulancias;f\n",
    "aircraft;avión;aviones;m\n",
    "ship;barco;barcos;m\n",
    "weapon;arma;armas;f\n",
    "tree;árbol;árboles;m\n",
    "job;empleo;empleos;m\n",
    "seat;escaño;escaños;m\n",
    "vote;voto;votos;m\n",
    "case;caso;casos;m\n",
    "signature;firma;firmas;f\n",
    // Events.
    "meeting;reunión;reuniones;f\n",
    "visit;visita;visitas;f\n",
    "flight;vuelo;vuelos;m\n",
    "earthquake;sismo;sismos;m\n",
    "hurricane;huracán;huracanes;m\n",
    "storm;tormenta;tormentas;f\n",
    "flood;inundación;inundaciones;f\n",
    "fire;incendio;incendios;m\n",
    "accident;accidente;accidentes;m\n",
    "war;guerra;guerras;f\n",
    "election;elección;elecciones;f\n",
    "strike action;paro laboral;paros laborales;m\n",
    "interview;entrevista;entrevistas;f\n",
    // Money and measures.
    "budget;presupuesto;presupuestos;m\n",
    "salary;salario;salarios;m\n",
    "tax;impuesto;impuestos;m\n",
    "debt;deuda;deudas;f\n",
    "donation;donación;donaciones;f\n",
    "fine;multa;multas;f\n",
    "contract;contrato;contratos;m\n",
    "law;ley;leyes;f\n",
    "complaint;denuncia;denuncias;f\n",
    "report;informe;informes;m\n",
    "year;año;años;m\n",
    "month;mes;meses;m\n",
    "week;semana;semanas;f\n",
    "day;día;días;m\n",
    "hour;hora;horas;f\n",
    "kilometer;kilómetro;kilómetros;m\n",
    "hectare;hectárea;hectáreas;f\n",
    "acre;acre;acres;m\n",
    "ton;tonelada;toneladas;f\n",
    "liter;litro;litros;m\n",
);

/// The usual Spanish noun of a concept, when the lexicon has a reliable one.
pub fn spanish_noun(id: &str) -> Option<SpanishNoun> {
    spanish_nouns().find_map(|(c, noun)| (c == id).then_some(noun))
}

/// Every concept with a Spanish noun, with it (for tests and coverage).
pub fn spanish_nouns() -> impl Iterator<Item = (&'static str, SpanishNoun)> {
    NOUNS.split_terminator('\n').filter_map(|line| {
        let mut fields = line.split(';');
        let (id, singular, plural) = (fields.next()?, fields.next()?, fields.next()?);
        let gender = if fields.next()? == "f" { F } else { M };
        Some((
            id,
            SpanishNoun {
                singular,
                plural,
                gender,
            },
        ))
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
