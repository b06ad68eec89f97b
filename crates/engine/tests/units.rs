//! Units a figure carries in news copy: percentage points, speeds, temperatures, race times,
//! hyphenated units, rates whose counted noun has several words, and clock times of the evening.

mod common;

use common::{en, es};
use crosscheck_engine::quantity::{Bound, Quantity, QuantityKind, Value};

fn one(qs: &[Quantity], text: &str) -> Quantity {
    qs.iter()
        .find(|q| q.text.contains(text))
        .unwrap_or_else(|| panic!("no quantity with {text:?} in {qs:#?}"))
        .clone()
}

fn unit(q: &Quantity) -> &str {
    q.unit.as_deref().unwrap_or("")
}

fn close(q: &Quantity, v: f64) -> bool {
    matches!(q.value, Value::Number(x) if (x - v).abs() < 1e-9)
}

#[test]
fn percentage_points_are_not_percentages() {
    let q = en("Approval fell 7 percentage points to 41 per cent.");
    let points = one(&q, "7 percentage points");
    assert_eq!((points.kind, unit(&points)), (QuantityKind::Percent, "pp"));
    assert_eq!(unit(&one(&q, "41 per cent")), "%");
    let q = en("The Fed cut rates by half a percentage point.");
    assert!(close(&one(&q, "half"), 0.5) && unit(&one(&q, "half")) == "pp");
    let q =
        es("El 95,5% aprobó, 1,3 puntos porcentuales más; subió un cuarto de punto porcentual.");
    assert_eq!(unit(&one(&q, "1,3 puntos")), "pp");
    assert_eq!(unit(&one(&q, "un cuarto")), "pp");
    assert_eq!(unit(&one(&q, "95,5%")), "%");
}

#[test]
fn speeds_and_temperatures_keep_their_units() {
    let q = en("Trains will travel at up to 360 km/h; the record is 603km/h.");
    assert_eq!(unit(&one(&q, "360")), "km/h");
    assert_eq!(unit(&one(&q, "603km/h")), "km/h");
    let q = en("Temperatures reached 47.6C in the city and 105F in Phoenix, and 41°C later.");
    assert_eq!(unit(&one(&q, "47.6C")), "°C");
    assert_eq!(unit(&one(&q, "105F")), "°F");
    assert_eq!(unit(&one(&q, "41°C")), "°C");
    let q = es("Santiago registró 37,3 °C el miércoles y 38 ºC el jueves.");
    let t = one(&q, "37,3 °C");
    assert!(close(&t, 37.3) && unit(&t) == "°C");
    assert_eq!(unit(&one(&q, "38 ºC")), "°C");
}

#[test]
fn measures_in_units_are_other_with_the_unit_as_written() {
    let q = en("Winds of 185 mph and gusts of nearly 300 km/h; up to 250 millimetres of rain.");
    for (figure, written) in [
        ("185", "mph"),
        ("nearly 300", "km/h"),
        ("Up to 250", "millimetres"),
    ] {
        let m = q
            .iter()
            .find(|q| q.text.eq_ignore_ascii_case(figure))
            .unwrap_or_else(|| panic!("no {figure} in {q:?}"));
        assert_eq!(
            (m.kind, unit(m)),
            (QuantityKind::Other, written),
            "{figure}"
        );
    }
    let q = es("El incendio arrasó 12.300 hectáreas y 40 toneladas de pasto.");
    assert_eq!(one(&q, "12.300").kind, QuantityKind::Other);
    assert_eq!(unit(&one(&q, "40")), "toneladas");
    // Degrees named in words are a temperature.
    let q = en("It hit 40 degrees Celsius, or 104 degrees Fahrenheit.");
    assert_eq!(unit(&one(&q, "40 degrees Celsius")), "°C");
    assert_eq!(unit(&one(&q, "104 degrees Fahrenheit")), "°F");
    assert_eq!(
        unit(&one(&es("Llegará a 40 grados centígrados."), "40")),
        "°C"
    );
    assert_eq!(
        unit(&one(&en("It hit 42C (107.6 Fahrenheit)."), "107.6")),
        "°F"
    );
    // A range of degrees stays one range, in the scale it names, in words or by its sign.
    for (q, range) in [
        (
            en("Temperatures of 40-45 degrees Celsius are forecast."),
            "40-45 degrees Celsius",
        ),
        (en("Highs of 40-45°C are forecast."), "40-45°C"),
        (en("Highs of 30 to 35 ºF are forecast."), "30 to 35 ºF"),
        (es("Se esperan entre 38 y 42 ºC."), "entre 38 y 42 ºC"),
    ] {
        let r = one(&q, range);
        assert_eq!((q.len(), r.kind), (1, QuantityKind::Range), "{q:#?}");
        assert_eq!(unit(&r), if range.ends_with('F') { "°F" } else { "°C" });
    }
    // Things counted stay counts.
    assert_eq!(
        one(&en("The fire destroyed 40 homes."), "40").kind,
        QuantityKind::Count
    );
}

#[test]
fn clock_times_written_with_a_dot_before_am_or_pm() {
    let q = en("Flights depart at 6.30am and 7.45 pm; the index rose 6.30 points.");
    let t = one(&q, "6.30am");
    assert!(t.kind == QuantityKind::Time && close(&t, 6.5), "{t:?}");
    let t = one(&q, "7.45 pm");
    assert!(t.kind == QuantityKind::Time && close(&t, 19.75), "{t:?}");
    let points = q
        .iter()
        .find(|q| q.text == "6.30")
        .expect("the index's points");
    assert_eq!(points.kind, QuantityKind::Count);
}

#[test]
fn race_times_are_lengths_in_seconds() {
    let q = en("Kelvin Kiptum ran 2:00:35 in Chicago; the bulletin was issued at 10:42:15 GMT.");
    let run = one(&q, "2:00:35");
    assert_eq!((run.kind, unit(&run)), (QuantityKind::Other, "s"));
    assert!(close(&run, 7235.0));
    // A clock with seconds and no word of racing stays a time of day.
    assert_eq!(one(&q, "10:42:15").kind, QuantityKind::Time);
    let q = en("She won the 800m in 1:43.25 at 20:15.");
    assert!(close(&one(&q, "1:43.25"), 103.25));
    assert_eq!(one(&q, "20:15").kind, QuantityKind::Time);
    let q = es("Batió el récord de España de los 1.500 metros con un tiempo de 3:28,76.");
    assert!(close(&one(&q, "3:28,76"), 208.76));
}

#[test]
fn spanish_evening_clock_times_are_on_the_24_hour_clock() {
    let q = es("El hecho ocurrió hacia las 7:30 de la noche y terminó a las 9.15 de la mañana.");
    let night = one(&q, "7:30 de la noche");
    assert_eq!(night.kind, QuantityKind::Time);
    assert!(close(&night, 19.5));
    assert!(close(&one(&q, "9.15"), 9.25));
}

#[test]
fn a_span_of_millions_written_with_m() {
    let q = en("The mine expects to produce between 1.3m and 1.4m ounces this year.");
    let r = one(&q, "1.3m");
    assert_eq!(r.value, Value::Range(1.3e6, 1.4e6));
    assert_eq!(unit(&r), "ounces");
    let q = en("Between 2m and 3m people voted; he ran the 400m and 800m races.");
    assert_eq!(one(&q, "2m").value, Value::Range(2e6, 3e6));
    assert_eq!(unit(&one(&q, "400m")), "m");
}

#[test]
fn a_rate_whose_counted_noun_has_several_words() {
    let q = en("The county reported 312 measles cases per 100,000 people.");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(
        (q[0].kind, q[0].per),
        (QuantityKind::Ratio, Some(100_000.0))
    );
    let q = es("Yucatán registra 78.6 casos de dengue por cada 100 mil habitantes.");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].per, Some(100_000.0));
    assert!(close(&q[0], 78.6));
}

#[test]
fn a_unit_glued_by_a_hyphen() {
    let q = en("Around 1.5bn people will travel during the 40-day period, with a 10-point lead.");
    assert_eq!(unit(&one(&q, "40")), "day");
    assert_eq!(unit(&one(&q, "10")), "point");
    assert_eq!(unit(&one(&en("a 25-year-old man"), "25")), "years old");
    // "under-25s" names an age group: no figure.
    assert!(en("Unemployment among under-25s fell by a third.")
        .iter()
        .all(|q| !q.text.contains("25")));
}

#[test]
fn spanish_levels_reached_and_estimates() {
    // "hasta" after a change and its size names the level reached, not a ceiling.
    let q = es("El precio del cobre subió 2,3% hasta US$4,52 la libra.");
    assert_eq!(one(&q, "4,52").bound, Bound::Exact);
    let q = es("España redujo sus emisiones de gases de efecto invernadero un 8% en 2023, hasta 270 millones de toneladas.");
    assert_eq!(one(&q, "270 millones").bound, Bound::Exact);
    let q = es("Los precios podrían subir hasta un 30%.");
    assert_eq!(one(&q, "30").bound, Bound::AtMost);
    let q = es("La cosecha de aceite rondará las 850.000 toneladas.");
    assert_eq!(one(&q, "850.000").bound, Bound::Approx);
    // A street's number is its label.
    let q = es("Ocurrió en la Calle 72 con carrera 11, en Bogotá.");
    assert!(q.iter().all(|q| q.kind != QuantityKind::Count), "{q:#?}");
}

#[test]
fn spanish_ages_are_ages() {
    let q = es("Un hombre de 45 años murió; la víctima, de 23 años, y el acusado, de 31 años de edad, fue condenado a 50 años.");
    for age in ["45", "23", "31"] {
        let a = one(&q, age);
        assert_eq!(
            (a.kind, unit(&a)),
            (QuantityKind::Other, "years old"),
            "{a:?}"
        );
    }
    // A prison term or a period stays a count of years.
    assert_eq!(unit(&one(&q, "50")), "años");
    let q = es("Se fijó un plazo de 5 años.");
    assert_eq!(unit(&one(&q, "5")), "años");
}

#[test]
fn a_spanish_verb_after_a_count_is_no_unit_and_a_week_number_is_a_label() {
    let q = es("Otras 61 están en análisis.");
    assert_eq!(q[0].unit, None);
    let q = es("El boletín de la semana 14 registra un aumento.");
    assert_eq!(q[0].kind, QuantityKind::Other);
    assert_eq!(q[0].unit.as_deref(), Some("semana"));
}

#[test]
fn a_minus_sign_after_an_article_is_kept() {
    let q = es("El PIB cayó un -2,1 % en el trimestre.");
    assert_eq!(q[0].value, Value::Number(-2.1));
}

#[test]
fn a_negative_temperature_keeps_its_scale() {
    for text in [
        "Temperatures fell to -12C overnight.",
        "Temperatures fell to minus 12C.",
    ] {
        let q = en(text);
        assert_eq!(q[0].value, Value::Number(-12.0), "{text}");
        assert_eq!(q[0].unit.as_deref(), Some("°C"), "{text}");
    }
}

#[test]
fn an_age_threshold_is_no_count() {
    for (q, text) in [
        (
            en("Children under 15 account for a third of cases."),
            "under 15",
        ),
        (en("People over 60 are most at risk."), "over 60"),
        (
            es("Los menores de 15 años representan un tercio."),
            "menores de 15 años",
        ),
    ] {
        let age = one(&q, text);
        assert_eq!(age.kind, QuantityKind::Other, "{text}");
        assert_eq!(age.unit.as_deref(), Some("years old"), "{text}");
    }
    // Not products: "over 60 products".
    let q = en("Prices for over 60 products rose.");
    assert_eq!(one(&q, "60").kind, QuantityKind::Count);
}

#[test]
fn a_demonym_of_two_words_is_the_whole_unit() {
    let q = en("About 3.7 million Costa Ricans were eligible to vote, while some 600,000 South Africans and 2 million New Zealanders live abroad.");
    assert_eq!(unit(&one(&q, "3.7 million")), "costa ricans");
    assert_eq!(unit(&one(&q, "600,000")), "south africans");
    assert_eq!(unit(&one(&q, "2 million")), "new zealanders");
    // A noun before a plural still modifies it.
    assert_eq!(unit(&en("It sent 410 fire engines.")[0]), "engines");
}

#[test]
fn a_rate_per_square_metre_keeps_its_area() {
    let q = es("La dana descargó más de 200 litros por metro cuadrado en Valencia.");
    assert!(q[0].text.ends_with("metro cuadrado"), "{q:?}");
}
