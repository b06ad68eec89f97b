//! Timelines: for each measure with two or more dated numeric claims in the findings, an inline SVG
//! chart of value over time — one mark per claim, coloured and shaped by source and labelled,
//! bounds drawn ("more than" as an arrow, "about" as a band, ranges as a bar), conflicts ringed.
//! Activating a mark opens its sentence in the reader.

use crate::hooks::{use_app, use_settled, AppHandle};
use crate::i18n::{Msg, UiLang};
use crate::state::Action;
use crate::view::{self, class_list, when};
use crosscheck_engine::claims::Claim;
use crosscheck_engine::findings::FindingKind;
use crosscheck_engine::quantity::{Bound, Value};
use yew::prelude::*;

/// One point of a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// The claim.
    pub claim: Claim,
    /// Days since the epoch of its date.
    pub day: i64,
    /// The date in words.
    pub date: String,
    /// The outlet.
    pub outlet: String,
    /// Index of the source (document) in the chart, for colour and shape.
    pub source: usize,
    /// Cited by a conflict.
    pub conflict: bool,
}

/// The timelines section.
#[component]
pub fn Timelines() -> Html {
    let state = use_app();
    let settled = use_settled();
    let lang = state.lang;
    let corpus = &*state.corpus.borrow();
    if !*settled {
        return html! {};
    }
    // Group claims by (measure, unit) over findings that compare values.
    let mut groups: Vec<(String, Option<String>, Vec<String>)> = Vec::new();
    for f in view::ordered(corpus.findings()) {
        if state.dismissed(f) || f.kind == FindingKind::Inconsistency {
            continue;
        }
        for id in &f.claims {
            let Some(c) = view::claim(corpus, id) else {
                continue;
            };
            if !view::is_numeric(c) {
                continue;
            }
            let key = (f.measure.clone(), c.unit.clone());
            match groups
                .iter_mut()
                .find(|(m, u, _)| (m, u) == (&key.0, &key.1))
            {
                Some((_, _, ids)) => {
                    if !ids.contains(id) {
                        ids.push(id.clone());
                    }
                }
                None => groups.push((key.0, key.1, vec![id.clone()])),
            }
        }
    }
    let conflicted: Vec<&String> = corpus
        .findings()
        .iter()
        .filter(|f| {
            !state.dismissed(f)
                && matches!(f.kind, FindingKind::Conflict | FindingKind::Inconsistency)
        })
        .flat_map(|f| f.claims.iter())
        .collect();
    let mut seen: Vec<Vec<String>> = Vec::new();
    let charts: Vec<Html> = groups
        .into_iter()
        .filter_map(|(measure, _, mut ids)| {
            view::sort(&mut ids);
            if ids.len() < 2 || seen.contains(&ids) {
                return None;
            }
            seen.push(ids.clone());
            let mut docs: Vec<String> = Vec::new();
            let points: Vec<Point> = ids
                .iter()
                .filter_map(|id| view::claim(corpus, id))
                .filter_map(|c| {
                    let doc = corpus.document(&c.doc);
                    let date = view::claim_date(c, doc)?;
                    if !docs.contains(&c.doc) {
                        docs.push(c.doc.clone());
                    }
                    Some(Point {
                        claim: c.clone(),
                        day: date.days_since_epoch(),
                        date: lang.date(date),
                        outlet: view::outlet(doc, lang),
                        source: docs.iter().position(|d| *d == c.doc).unwrap_or(0),
                        conflict: conflicted.contains(&&c.id),
                    })
                })
                .collect();
            (points.len() >= 2).then(|| timeline(&state, &measure, &points))
        })
        .collect();
    if charts.is_empty() {
        return html! {};
    }
    html! {
        <section class="cc-timelines" aria-labelledby="cc-tl-h">
            <h2 id="cc-tl-h">{ lang.t(Msg::Timelines) }</h2>
            <p class="cc-hint">{ lang.t(Msg::TimelinesHint) }</p>
            <div class="cc-charts">{ for charts }</div>
        </section>
    }
}

/// An SVG coordinate to a tenth of a pixel, written without float formatting (which would add
/// its tables to the wasm).
fn px(v: f64) -> String {
    crosscheck_engine::quantity::format_decimal((v * 10.0).round() / 10.0)
}

const W: f64 = 560.0;
const H: f64 = 230.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 20.0;
const BOTTOM: f64 = 40.0;

/// One chart: `measure` and its dated claims (a plain function [`Timelines`] calls, like
/// [`super::lang_switch`]).
fn timeline(state: &AppHandle, measure: &str, pts: &[Point]) -> Html {
    let lang = state.lang;
    let (mut d0, mut d1) = (i64::MAX, i64::MIN);
    let (mut v0, mut v1) = (f64::MAX, f64::MIN);
    for p in pts {
        d0 = d0.min(p.day);
        d1 = d1.max(p.day);
        let v = p.claim.value.unwrap_or(Value::Number(0.0));
        v0 = v0.min(v.low());
        v1 = v1.max(v.high());
    }
    if d1 - d0 < 30 {
        d0 -= 30;
        d1 += 30;
    }
    let span = (d1 - d0) as f64;
    let (d0, d1) = (d0 - (span * 0.08) as i64, d1 + (span * 0.08) as i64);
    let lo = if v0 > 0.0 && v0 / v1.max(1e-9) > 0.5 {
        v0 * 0.8
    } else {
        0.0_f64.min(v0)
    };
    let hi = v1 * 1.15 + f64::EPSILON;
    let x = |day: i64| LEFT + (day - d0) as f64 / (d1 - d0).max(1) as f64 * (W - LEFT - RIGHT);
    let y = |v: f64| TOP + (1.0 - (v - lo) / (hi - lo).max(1e-9)) * (H - TOP - BOTTOM);
    let ticks = (0..=3).map(|i| {
        let v = lo + (hi - lo) * f64::from(i) / 3.0;
        let ty = y(v);
        html! {
            <g class="cc-axis">
                <line x1={px(LEFT)} x2={px(W - RIGHT)} y1={px(ty)} y2={px(ty)} class="cc-grid" />
                <text x={px(LEFT - 6.0)} y={px(ty + 4.0)} class="cc-tick cc-tick-y">{ tick(lang, v, hi - lo) }</text>
            </g>
        }
    });
    let mut dates: Vec<(i64, String)> = pts.iter().map(|p| (p.day, p.date.clone())).collect();
    view::sort(&mut dates);
    dates.dedup_by_key(|d| d.0);
    // Drop date labels that would overlap the previous one.
    let mut last = f64::MIN;
    dates.retain(|(day, _)| {
        let keep = x(*day) - last >= 84.0;
        if keep {
            last = x(*day);
        }
        keep
    });
    let date_ticks = dates.iter().map(|(day, label)| html! {
        <text x={px(x(*day))} y={px(H - BOTTOM + 18.0)} class="cc-tick cc-tick-x">{ label.clone() }</text>
    });
    // Points sharing a date are spread a little so each stays visible.
    let marks = pts.iter().enumerate().map(|(i, p)| {
        let same = pts[..i].iter().filter(|q| q.day == p.day).count() as f64;
        let cx = x(p.day) + same * 14.0;
        let v = p.claim.value.unwrap_or(Value::Number(0.0));
        let cy = y(v.low());
        let src = p.source % 6;
        let shape = match src % 3 {
            0 => html! { <circle cx={px(cx)} cy={px(cy)} r="6" class="cc-mark-shape" /> },
            1 => html! { <rect x={px(cx - 5.5)} y={px(cy - 5.5)} width="11" height="11" class="cc-mark-shape" /> },
            _ => html! { <path d={format!("M{},{} L{},{} L{},{} Z", px(cx), px(cy - 7.0), px(cx + 7.0), px(cy + 5.0), px(cx - 7.0), px(cy + 5.0))} class="cc-mark-shape" /> },
        };
        let bound = match (p.claim.bound, v) {
            (_, Value::Range(a, b)) => html! {
                <rect x={px(cx - 4.0)} y={px(y(b))} width="8" height={px((y(a) - y(b)).max(1.0))} class="cc-band" />
            },
            (Bound::Approx, _) => html! {
                <rect x={px(cx - 9.0)} y={px(y(v.low() * 1.05))} width="18" height={px((y(v.low() * 0.95) - y(v.low() * 1.05)).max(2.0))} class="cc-band" />
            },
            (Bound::Over | Bound::AtLeast, _) => html! {
                <path d={format!("M{x},{} V{} M{},{} L{x},{} L{},{}", px(cy - 7.0), px(cy - 26.0), px(cx - 4.0), px(cy - 21.0), px(cy - 26.0), px(cx + 4.0), px(cy - 21.0), x = px(cx))} class="cc-arrow" />
            },
            (Bound::Under | Bound::AtMost, _) => html! {
                <path d={format!("M{x},{} V{} M{},{} L{x},{} L{},{}", px(cy + 7.0), px(cy + 26.0), px(cx - 4.0), px(cy + 21.0), px(cy + 26.0), px(cx + 4.0), px(cy + 21.0), x = px(cx))} class="cc-arrow" />
            },
            _ => html! {},
        };
        let label = format!(
            "{}: {} ({}, {}){}",
            p.outlet,
            lang.claim_value(&p.claim),
            p.date,
            lang.bound(p.claim.bound),
            if p.conflict { format!(" — {}", lang.t(Msg::Conflicting)) } else { String::new() }
        );
        let open = {
            let s = state.clone();
            let (doc, id) = (p.claim.doc.clone(), p.claim.id.clone());
            Callback::from(move |_: MouseEvent| s.dispatch(Action::Open { doc: doc.clone(), claim: Some(id.clone()) }))
        };
        let key = {
            let s = state.clone();
            let (doc, id) = (p.claim.doc.clone(), p.claim.id.clone());
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    s.dispatch(Action::Open { doc: doc.clone(), claim: Some(id.clone()) });
                }
            })
        };
        // Labels near the right edge go to the left of the mark; every other point's label sits above.
        let right_edge = cx > W * 0.8;
        let text_x = if right_edge { cx - 10.0 } else { cx + 10.0 };
        let text_y = if i % 2 == 1 { cy - 12.0 } else { cy + 4.0 };
        html! {
            <g class={class_list(&["cc-mark", &format!("cc-src-{src}"), when(p.conflict, "cc-mark-conflict")])}
                tabindex="0" role="link" aria-label={label.clone()} onclick={open} onkeydown={key}>
                <title>{ label }</title>
                { bound }
                if p.conflict {
                    <circle cx={px(cx)} cy={px(cy)} r="11" class="cc-conflict-ring" />
                }
                { shape }
                <text x={px(text_x)} y={px(text_y)} class={class_list(&["cc-mark-label", when(right_edge, "cc-tick-end")])}>
                    { format!("{}{}", tick(lang, v.low(), 0.0), if p.conflict { " ≠" } else { "" }) }
                </text>
            </g>
        }
    });
    let mut legend: Vec<(usize, String)> =
        pts.iter().map(|p| (p.source, p.outlet.clone())).collect();
    view::sort(&mut legend);
    legend.dedup();
    let legend = legend.into_iter().map(|(src, outlet)| {
        let shape = ["●", "■", "▲"][src % 3];
        html! { <li class={format!("cc-src-{}", src % 6)}><span class="cc-swatch" aria-hidden="true">{ shape }</span>{ " " }{ outlet }</li> }
    });
    let title = lang.f(Msg::ChartLabel, &[measure, &pts.len().to_string()]);
    html! {
        <figure class="cc-chart">
            <figcaption>{ measure.to_string() }</figcaption>
            <svg viewBox={format!("0 0 {} {}", px(W), px(H))} role="group" aria-label={title} class="cc-svg">
                { for ticks }
                <line x1={px(LEFT)} x2={px(W - RIGHT)} y1={px(H - BOTTOM)} y2={px(H - BOTTOM)} class="cc-axis-line" />
                { for date_ticks }
                { for marks }
            </svg>
            <ul class="cc-chart-legend">{ for legend }</ul>
        </figure>
    }
}

/// A compact number for an axis or a mark: millions as "105 M", small spans with one decimal.
fn tick(lang: UiLang, v: f64, span: f64) -> String {
    if v.abs() >= 1_000_000.0 {
        let m = (v / 100_000.0).round() / 10.0;
        format!("{} M", lang.number(m))
    } else if span > 0.0 && span < 10.0 || v.fract().abs() > 1e-9 {
        lang.number((v * 10.0).round() / 10.0)
    } else {
        lang.number(v.round())
    }
}
