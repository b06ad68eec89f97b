//! Interface text in English and Spanish: a message table keyed by [`Msg`], the reader's language
//! from `navigator.language`, and number/date formatting that follows it.

use crosscheck_engine::findings::FindingKind;
use crosscheck_engine::quantity::{Bound, Value};
use crosscheck_engine::time::Date;

/// The interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UiLang {
    /// English.
    #[default]
    En,
    /// Spanish.
    Es,
}

impl UiLang {
    /// The language for a BCP 47 tag such as `navigator.language` ("es-MX" → Spanish).
    pub fn from_tag(tag: &str) -> UiLang {
        if tag.to_ascii_lowercase().starts_with("es") {
            UiLang::Es
        } else {
            UiLang::En
        }
    }

    /// The browser's preferred language.
    pub fn from_navigator() -> UiLang {
        web_sys::window()
            .and_then(|w| w.navigator().language())
            .map(|t| UiLang::from_tag(&t))
            .unwrap_or_default()
    }

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            UiLang::En => "en",
            UiLang::Es => "es",
        }
    }

    /// The text of a message.
    pub fn t(self, msg: Msg) -> &'static str {
        let (en, es) = msg.texts();
        match self {
            UiLang::En => en,
            UiLang::Es => es,
        }
    }

    /// A message with `{}` placeholders filled in order.
    pub fn f(self, msg: Msg, args: &[&str]) -> String {
        let mut out = String::new();
        let mut rest = self.t(msg);
        for a in args {
            match rest.find("{}") {
                Some(i) => {
                    out.push_str(&rest[..i]);
                    out.push_str(a);
                    rest = &rest[i + 2..];
                }
                None => break,
            }
        }
        out.push_str(rest);
        out
    }

    /// A finding kind in plain words.
    pub fn kind(self, kind: FindingKind) -> &'static str {
        self.t(match kind {
            FindingKind::Conflict => Msg::KindConflict,
            FindingKind::Discrepancy => Msg::KindDiscrepancy,
            FindingKind::Change => Msg::KindChange,
            FindingKind::Corroboration => Msg::KindCorroboration,
            FindingKind::Inconsistency => Msg::KindInconsistency,
        })
    }

    /// A number with the language's digit grouping ("2,700" / "2.700").
    pub fn number(self, v: f64) -> String {
        if !v.is_finite() {
            return "—".to_string();
        }
        let neg = v < 0.0;
        let a = v.abs();
        // Two decimals at most, rounded in whole hundredths (no float printing: see
        // `quantity::format_decimal`).
        let hundredths = (a * 100.0).round();
        let (int, cents) = if hundredths < 1.8e19 {
            let h = hundredths as u64;
            (h / 100, h % 100)
        } else {
            (a as u64, 0)
        };
        let (group, dec) = match self {
            UiLang::En => (',', '.'),
            UiLang::Es => ('.', ','),
        };
        let digits = int.to_string();
        let mut out = String::new();
        if neg && (int > 0 || cents > 0) {
            out.push('-');
        }
        let mut next_group = digits.len() % 3;
        if next_group == 0 {
            next_group = 3;
        }
        for (i, ch) in digits.chars().enumerate() {
            if i == next_group {
                out.push(group);
                next_group += 3;
            }
            out.push(ch);
        }
        if cents > 0 {
            out.push(dec);
            out.push_str(format!("{cents:02}").trim_end_matches('0'));
        }
        out
    }

    /// A claim's value with its hedge ("more than 3,650", "1,200–1,500").
    pub fn value(self, value: Option<Value>, bound: Bound) -> String {
        match value {
            None => "—".to_string(),
            Some(Value::Range(lo, hi)) => format!("{}–{}", self.number(lo), self.number(hi)),
            Some(Value::Number(v)) => {
                let n = self.number(v);
                match self.bound(bound) {
                    "" => n,
                    b => format!("{b} {n}"),
                }
            }
        }
    }

    /// A hedge in words ("" for exact).
    pub fn bound(self, bound: Bound) -> &'static str {
        match bound {
            Bound::Exact | Bound::Range => "",
            Bound::Approx => self.t(Msg::BoundApprox),
            Bound::Over => self.t(Msg::BoundOver),
            Bound::AtLeast => self.t(Msg::BoundAtLeast),
            Bound::Under => self.t(Msg::BoundUnder),
            Bound::AtMost => self.t(Msg::BoundAtMost),
        }
    }

    /// The badge of a claim the reader corrected ("corrected by you: 80, Cuban doctors").
    pub fn corrected(self, value: Option<f64>, measure: Option<String>) -> String {
        let parts = [value.map(|v| self.number(v)), measure];
        let joined = parts.into_iter().flatten().collect::<Vec<_>>().join(", ");
        self.f(Msg::CorrectedBadge, &[&joined])
    }

    /// A date in words ("13 May 2024" / "13 may 2024"), as the findings' explanations write it.
    pub fn date(self, d: Date) -> String {
        let lang = match self {
            UiLang::En => crosscheck_engine::findings::explain::Lang::En,
            UiLang::Es => crosscheck_engine::findings::explain::Lang::Es,
        };
        crosscheck_engine::findings::explain::date_in(d, lang)
    }
}

// The texts are kept as one string with the end of each text in a `u16` table, not as a table of
// `&str` pairs: a pointer and a length per text (16 bytes a message) were data gzip could not
// compress in the page's wasm.
macro_rules! messages {
    ($($name:ident => $en:literal, $es:literal;)*) => {
        /// A piece of interface text.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(missing_docs)]
        pub enum Msg { $($name),* }
        /// Every message's English then Spanish text, back to back, in the order of [`Msg`].
        const TEXTS: &str = concat!($($en, $es),*);
        /// Where each text of [`TEXTS`] ends.
        const ENDS: [u16; 2 * [$(Msg::$name),*].len()] = text_ends([$($en.len(), $es.len()),*]);
        impl Msg {
            /// The English and Spanish texts.
            pub fn texts(self) -> (&'static str, &'static str) {
                let i = 2 * self as usize;
                let start = match i {
                    0 => 0,
                    _ => usize::from(ENDS[i - 1]),
                };
                let (mid, end) = (usize::from(ENDS[i]), usize::from(ENDS[i + 1]));
                (&TEXTS[start..mid], &TEXTS[mid..end])
            }
        }
    };
}

/// The running ends of texts of these lengths (a compile-time error past 65,535 bytes).
const fn text_ends<const N: usize>(lens: [usize; N]) -> [u16; N] {
    let mut ends = [0u16; N];
    let (mut i, mut end) = (0, 0);
    while i < N {
        end += lens[i];
        assert!(end <= u16::MAX as usize, "interface texts over 64 KiB");
        ends[i] = end as u16;
        i += 1;
    }
    ends
}

messages! {
    Tagline => "Where news sources agree, conflict, or change their figures — checked in your browser; nothing you paste leaves this machine.",
        "Dónde coinciden las fuentes, dónde se contradicen y dónde cambian sus cifras, comprobado en tu navegador; nada de lo que pegues sale de este equipo.";
    NavMain => "Main", "Principal";
    NavOverview => "Overview", "Resumen";
    NavAdd => "Add an article", "Añadir un artículo";
    NavExport => "Export", "Exportar";
    Language => "Language", "Idioma";
    Articles => "Articles", "Artículos";
    Findings => "Findings", "Hallazgos";
    Timelines => "Timelines", "Cronologías";
    TimelinesHint => "Each measure reported with dates by two or more claims, value over time. Click a mark to read its sentence.",
        "Cada medida con dos o más cifras fechadas, su valor en el tiempo. Pulsa una marca para leer su frase.";
    Undated => "undated", "sin fecha";
    UnknownOutlet => "Unknown outlet", "Medio desconocido";
    ClaimsCount => "{} claims", "{} afirmaciones";
    Open => "Read", "Leer";
    Remove => "Remove", "Quitar";
    RemoveArticle => "Remove the article {}", "Quitar el artículo {}";
    YourArticle => "added by you", "añadido por ti";
    ResetSeeds => "Reset to the seed corpus", "Volver al corpus inicial";
    ResetDone => "Back to the five seed articles; your articles and judgements were removed.",
        "De vuelta a los cinco artículos iniciales; se quitaron tus artículos y valoraciones.";
    KindConflict => "conflict", "contradicción";
    KindDiscrepancy => "not comparable", "no comparable";
    KindChange => "changed over time", "cambió con el tiempo";
    KindCorroboration => "corroborated", "corroborado";
    KindInconsistency => "doesn't add up", "no cuadra";
    FilterKind => "Kind", "Tipo";
    FilterArticle => "Article", "Artículo";
    FilterSearch => "Search", "Buscar";
    SearchPlaceholder => "a word, a figure, an outlet…", "una palabra, una cifra, un medio…";
    All => "All", "Todos";
    AllArticles => "All articles", "Todos los artículos";
    NoFindings => "No findings match these filters.", "Ningún hallazgo coincide con estos filtros.";
    ShownOf => "{} of {} findings", "{} de {} hallazgos";
    Confidence => "confidence {}", "confianza {}";
    Measure => "Measure", "Medida";
    Dismiss => "Not a conflict", "No es una contradicción";
    DismissOther => "Dismiss", "Descartar";
    Dismissed => "Dismissed by you", "Descartado por ti";
    Undo => "Undo", "Deshacer";
    ShowDismissed => "Show dismissed findings", "Mostrar hallazgos descartados";
    ReadInArticle => "Read in the article", "Leer en el artículo";
    Back => "Back to overview", "Volver al resumen";
    StatusConflict => "in conflict", "en contradicción";
    StatusCorroborated => "corroborated", "corroborado";
    StatusCompared => "compared", "comparado";
    StatusUnique => "unique", "único";
    Legend => "Claims are marked by status:", "Las afirmaciones se marcan según su estado:";
    Value => "Value", "Valor";
    Bound => "Bound", "Cota";
    Time => "Time", "Fecha";
    Attribution => "Attribution", "Atribución";
    Place => "Place", "Lugar";
    Kind => "Kind", "Tipo";
    Sentence => "Sentence", "Frase";
    NotStated => "not stated", "no consta";
    BoundExact => "exact", "exacto";
    BoundApprox => "about", "unos";
    BoundOver => "more than", "más de";
    BoundAtLeast => "at least", "al menos";
    BoundUnder => "less than", "menos de";
    BoundAtMost => "up to", "hasta";
    SeeFinding => "See finding: {}", "Ver hallazgo: {}";
    FurnitureNote => "Dimmed text is page furniture (navigation, bylines, prompts) the analysis set aside.",
        "El texto atenuado es material de página (navegación, firmas, avisos) que el análisis dejó aparte.";
    CorrectClaim => "Correct this claim", "Corregir esta afirmación";
    CorrectedValue => "Correct value", "Valor correcto";
    CorrectedMeasure => "Correct measure", "Medida correcta";
    SaveCorrection => "Save correction", "Guardar corrección";
    RemoveCorrection => "Remove correction", "Quitar corrección";
    CorrectedBadge => "corrected by you: {}", "corregido por ti: {}";
    EngineRead => "engine read {}", "el motor leyó {}";
    BadNumber => "Enter a number, e.g. 806 or 2.4.", "Escribe un número, p. ej. 806 o 2,4.";
    AddTitle => "Add an article", "Añadir un artículo";
    AddHint => "Paste the text of an article, or drop a .txt, .html or .md file. It is analysed in this browser and compared with the corpus; nothing is uploaded.",
        "Pega el texto de un artículo o suelta un archivo .txt, .html o .md. Se analiza en este navegador y se compara con el corpus; no se sube nada.";
    TextLabel => "Article text", "Texto del artículo";
    DropHere => "Drop a file here, or choose one", "Suelta un archivo aquí o elige uno";
    ChooseFile => "Choose a file", "Elegir un archivo";
    Detected => "Detected details — edit them if they are wrong", "Datos detectados: corrígelos si no son correctos";
    Title => "Title", "Título";
    Outlet => "Outlet", "Medio";
    Date => "Date (YYYY-MM-DD)", "Fecha (AAAA-MM-DD)";
    ArticleLang => "Article language", "Idioma del artículo";
    Analyze => "Analyse and add", "Analizar y añadir";
    Analyzing => "Analysing… {} of {}", "Analizando… {} de {}";
    EmptyText => "There is no text to analyse: paste an article or drop a file.", "No hay texto que analizar: pega un artículo o suelta un archivo.";
    BinaryFile => "“{}” is not a text file. Use .txt, .html or .md.", "«{}» no es un archivo de texto. Usa .txt, .html o .md.";
    HugeFile => "“{}” is too large ({} MB); the limit is {} MB.", "«{}» es demasiado grande ({} MB); el límite es {} MB.";
    HugeText => "The text is too large ({} MB); the limit is {} MB.", "El texto es demasiado grande ({} MB); el límite es {} MB.";
    TooManyFigures => "This text holds {} figures; an article can hold up to {}. Split it into separate articles.",
        "Este texto contiene {} cifras; un artículo puede tener hasta {}. Divídelo en artículos separados.";
    BadDate => "The date must be YYYY-MM-DD, e.g. 2024-05-21.", "La fecha debe ser AAAA-MM-DD, p. ej. 2024-05-21.";
    FileLoaded => "Loaded “{}”.", "Cargado «{}».";
    NewArticle => "Your article: {}", "Tu artículo: {}";
    DisagreesWith => "This article disagrees with {} on {}.", "Este artículo discrepa de {} sobre {}.";
    AgreesWith => "It agrees with {} on {}.", "Coincide con {} sobre {}.";
    NothingFound => "No other source reports the same figures, so there is nothing to compare yet.",
        "Ninguna otra fuente da las mismas cifras, así que aún no hay nada que comparar.";
    OneSource => "1 source", "1 fuente";
    NSources => "{} sources", "{} fuentes";
    StorageFull => "Browser storage is full: your latest change is shown but will not be kept after reload. Remove an article to make room; nothing saved before was lost.",
        "El almacenamiento del navegador está lleno: el último cambio se muestra pero no se conservará al recargar. Quita un artículo para hacer sitio; no se perdió nada guardado antes.";
    StorageCorrupt => "Saved data could not be read ({}). It was kept aside under “{}”; the seed corpus is shown.",
        "No se pudieron leer los datos guardados ({}). Se apartaron en «{}»; se muestra el corpus inicial.";
    StorageSkipped => "{} saved article(s) could not be read and were skipped.", "{} artículo(s) guardado(s) no se pudieron leer y se omitieron.";
    StorageUnavailable => "This browser does not allow saving: your articles will be lost on reload.", "Este navegador no permite guardar: tus artículos se perderán al recargar.";
    Restoring => "Restoring your articles… {} of {}", "Recuperando tus artículos… {} de {}";
    Close => "Close", "Cerrar";
    ExportTitle => "Export", "Exportar";
    ExportHint => "Download the analysis with your judgements, in standard formats.", "Descarga el análisis con tus valoraciones, en formatos estándar.";
    ExportJson => "Analysis (JSON)", "Análisis (JSON)";
    ExportCsv => "Claims (CSV)", "Afirmaciones (CSV)";
    ExportAnno => "Annotations (W3C JSON-LD)", "Anotaciones (W3C JSON-LD)";
    ChartLabel => "{}: value over time, {} claims", "{}: valor en el tiempo, {} afirmaciones";
    Conflicting => "conflicting", "en contradicción";
    Evidence => "Evidence", "Pruebas";
    Notices => "Notices", "Avisos";
}

impl UiLang {
    /// A claim's figure as a reader would say it: hedge, number, unit ("more than 3,650 doctors",
    /// "USD 22.87 million" → "22,870,000 USD", "2.4 per 1,000", a year as written).
    pub fn claim_value(self, claim: &crosscheck_engine::claims::Claim) -> String {
        use crosscheck_engine::claims::ClaimKind;
        match claim.kind {
            ClaimKind::Statement => claim.quote.trim().to_string(),
            ClaimKind::Date => match claim.value {
                Some(v) => format!("{}", v.low().round() as i64),
                None => claim.quote.clone(),
            },
            _ => {
                let mut s = self.value(claim.value, claim.bound);
                match (claim.kind, claim.unit.as_deref()) {
                    (ClaimKind::Percent, _) => s.push('%'),
                    (_, Some(u)) if !u.is_empty() => {
                        s.push(' ');
                        s.push_str(u);
                    }
                    _ => {}
                }
                if let Some(per) = claim.per {
                    s.push_str(&format!(" / {}", self.number(per)));
                }
                s
            }
        }
    }
}
