//! The article reader: the full text with each claim highlighted in place by status (underline
//! style and a text label, never colour alone). Hovering or focusing a claim shows its normalized
//! value, bound, measure, time and attribution, with links to its findings; clicking it opens the
//! claim panel. Page furniture the engine set aside is shown dimmed. Claims are sliced from the
//! original text by their UTF-8 byte offsets; nothing is re-tokenized.

use super::finding_card::kind_icon;
use super::ClaimPanel;
use crate::hooks::use_app;
use crate::i18n::{Msg, UiLang};
use crate::state::Action;
use crate::view::{self, class_list, when, Status};
use crosscheck_engine::claims::Claim;
use crosscheck_engine::findings::Finding;
use crosscheck_engine::Document;
use yew::prelude::*;

/// Properties of [`ArticleView`].
#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    /// The document id.
    pub doc: String,
    /// The claim to scroll to and select.
    pub claim: Option<String>,
}

/// One article's text with its claims.
#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let state = use_app();
    let lang = state.lang;
    let corpus = state.corpus.borrow();
    {
        let target = props.claim.clone();
        use_effect_with(target, |target| match target {
            Some(id) => crate::web::reveal(&view::dom_id("cc-c-", id)),
            None => crate::web::reveal("cc-reader-h"),
        });
    }
    let back = {
        let s = state.clone();
        Callback::from(move |_: MouseEvent| s.dispatch(Action::ShowOverview))
    };
    let Some(doc) = corpus.document(&props.doc) else {
        return html! {
            <p class="cc-empty"><button type="button" class="cc-btn" onclick={back}>{ lang.t(Msg::Back) }</button></p>
        };
    };
    let findings: Vec<&Finding> = corpus
        .findings()
        .iter()
        .filter(|f| !state.dismissed(f))
        .collect();
    let mut claims: Vec<&Claim> = corpus.claims().iter().filter(|c| c.doc == doc.id).collect();
    crate::view::sort_by(&mut claims, |a, b| {
        (a.start, std::cmp::Reverse(a.end)).cmp(&(b.start, std::cmp::Reverse(b.end)))
    });
    let ctx = Ctx {
        state: &state,
        lang,
        doc,
        findings: &findings,
        selected: props.claim.as_deref(),
    };
    let blocks = blocks(&doc.text)
        .into_iter()
        .map(|(s, e)| render_block(&ctx, s, e, &claims));
    let selected = props
        .claim
        .as_deref()
        .and_then(|id| claims.iter().find(|c| c.id == id))
        .map(|c| (*c).clone());
    let legend = [Status::Conflict, Status::Compared, Status::Corroborated, Status::Unique].map(|st| html! {
        <li><span class={class_list(&["cc-claim", st.class()])}>{ "123" }</span>{ " " }{ st.label(lang) }</li>
    });
    html! {
        <div class="cc-reader-layout">
            <article class="cc-reader" aria-labelledby="cc-reader-h">
                <button type="button" class="cc-btn cc-btn-quiet cc-close" onclick={back}>{ "← " }{ lang.t(Msg::Back) }</button>
                <h2 id="cc-reader-h" tabindex="-1">{ doc.title.clone() }</h2>
                <p class="cc-meta">
                    { view::outlet(Some(doc), lang) }
                    { doc.published.map(|d| format!(" · {}", lang.date(d))).unwrap_or_default() }
                    { format!(" · {}", doc.lang.code().to_ascii_uppercase()) }
                </p>
                <div class="cc-legend">
                    <span>{ lang.t(Msg::Legend) }</span>
                    <ul>{ for legend }</ul>
                    <p class="cc-furniture-note"><span class="cc-furniture">{ "Aa" }</span>{ " " }{ lang.t(Msg::FurnitureNote) }</p>
                </div>
                <div class="cc-text">{ for blocks }</div>
            </article>
            <aside class="cc-side">
                if let Some(c) = selected {
                    <ClaimPanel claim={c} />
                }
            </aside>
        </div>
    }
}

struct Ctx<'a> {
    state: &'a crate::hooks::AppHandle,
    lang: UiLang,
    doc: &'a Document,
    findings: &'a [&'a Finding],
    selected: Option<&'a str>,
}

/// Byte ranges of the text's blocks (runs of lines separated by blank lines).
fn blocks(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let end = pos + line.len();
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push((s, pos));
            }
        } else if start.is_none() {
            start = Some(pos);
        }
        pos = end;
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

fn render_block(ctx: &Ctx, start: usize, end: usize, claims: &[&Claim]) -> Html {
    let text = &ctx.doc.text;
    let all_furniture = ctx
        .doc
        .furniture
        .iter()
        .any(|f| f.start <= start && text[start..end].trim_end().len() + start <= f.end);
    let mut pieces: Vec<Html> = Vec::new();
    let mut pos = start;
    for c in claims
        .iter()
        .filter(|c| c.start >= start && c.end <= end && c.start < c.end)
    {
        if c.start < pos || text.get(c.start..c.end).is_none() {
            continue; // overlapping or off a char boundary
        }
        plain(ctx, pos, c.start, &mut pieces);
        pieces.push(claim_mark(ctx, c));
        pos = c.end;
    }
    plain(ctx, pos, end, &mut pieces);
    html! {
        <p class={class_list(&["cc-block", when(all_furniture, "cc-furniture")])}>{ for pieces }</p>
    }
}

/// Text between claims, with furniture spans dimmed.
fn plain(ctx: &Ctx, from: usize, to: usize, out: &mut Vec<Html>) {
    let text = &ctx.doc.text;
    let mut pos = from;
    let mut furn: Vec<(usize, usize)> = ctx
        .doc
        .furniture
        .iter()
        .map(|f| (f.start.max(from), f.end.min(to)))
        .filter(|(s, e)| s < e)
        .collect();
    crate::view::sort(&mut furn);
    for (s, e) in furn {
        if s < pos {
            continue;
        }
        if let (Some(a), Some(b)) = (text.get(pos..s), text.get(s..e)) {
            if !a.is_empty() {
                out.push(html! { { a.to_string() } });
            }
            out.push(html! { <span class="cc-furniture">{ b.to_string() }</span> });
            pos = e;
        }
    }
    if let Some(rest) = text.get(pos..to) {
        let rest = if to == text.len() || text[to..].starts_with('\n') {
            rest.trim_end_matches('\n')
        } else {
            rest
        };
        if !rest.is_empty() {
            out.push(html! { { rest.to_string() } });
        }
    }
}

fn claim_mark(ctx: &Ctx, c: &Claim) -> Html {
    let lang = ctx.lang;
    let st = view::status(&c.id, ctx.findings.iter().copied());
    let mine: Vec<&&Finding> = ctx
        .findings
        .iter()
        .filter(|f| f.claims.contains(&c.id))
        .collect();
    let dom = view::dom_id("cc-c-", &c.id);
    let tip = format!("{dom}-tip");
    let select = {
        let s = ctx.state.clone();
        let (doc, id) = (c.doc.clone(), c.id.clone());
        Callback::from(move |_: MouseEvent| {
            s.dispatch(Action::Open {
                doc: doc.clone(),
                claim: Some(id.clone()),
            })
        })
    };
    let on_key = {
        let s = ctx.state.clone();
        let (doc, id) = (c.doc.clone(), c.id.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                s.dispatch(Action::Open {
                    doc: doc.clone(),
                    claim: Some(id.clone()),
                });
            }
        })
    };
    let links = mine.iter().map(|f| {
        let s = ctx.state.clone();
        let id = f.id.clone();
        html! {
            <li><button type="button" class="cc-link"
                onclick={Callback::from(move |_: MouseEvent| s.dispatch(Action::ShowFinding(id.clone())))}>
                <span aria-hidden="true">{ kind_icon(f.kind) }{ " " }</span>{ lang.f(Msg::SeeFinding, &[lang.kind(f.kind)]) }
            </button></li>
        }
    });
    let fix = ctx.state.correction(&c.id);
    let selected = ctx.selected == Some(c.id.as_str());
    html! {
        <span class="cc-claim-wrap">
            <span id={dom.clone()} class={class_list(&["cc-claim", st.class(), when(selected, "cc-claim-selected")])}
                tabindex="0" role="button" aria-describedby={tip.clone()} aria-pressed={selected.to_string()}
                onclick={select} onkeydown={on_key}>
                { ctx.doc.text[c.start..c.end].to_string() }
                <span class="cc-claim-label">{ st.label(lang) }</span>
            </span>
            <span class="cc-tip" role="tooltip" id={tip}>
                { detail_rows(lang, c, fix) }
                if !mine.is_empty() { <ul class="cc-tip-links">{ for links }</ul> }
            </span>
        </span>
    }
}

/// The claim's normalized reading as definition rows (shared with the claim panel).
pub fn detail_rows(lang: UiLang, c: &Claim, fix: Option<(Option<f64>, Option<String>)>) -> Html {
    let none = lang.t(Msg::NotStated).to_string();
    let time = {
        let t = &c.time;
        let mut parts = Vec::new();
        if let Some(d) = t.as_of {
            parts.push(lang.date(d));
        }
        if let (Some(a), Some(b)) = (t.from, t.to) {
            parts.push(format!("{} – {}", lang.date(a), lang.date(b)));
        } else if let Some(a) = t.from {
            parts.push(format!("{} →", lang.date(a)));
        } else if let Some(b) = t.to {
            parts.push(format!("→ {}", lang.date(b)));
        }
        if let Some(words) = &t.text {
            parts.push(format!("“{words}”"));
        }
        if parts.is_empty() {
            none.clone()
        } else {
            parts.join(" · ")
        }
    };
    let bound = match lang.bound(c.bound) {
        "" => lang.t(Msg::BoundExact).to_string(),
        b => b.to_string(),
    };
    let row = |k: Msg, v: String| html! { <><dt>{ lang.t(k) }</dt><dd>{ v }</dd></> };
    html! {
        <dl class="cc-details">
            { row(Msg::Value, lang.claim_value(c)) }
            { row(Msg::Bound, bound) }
            { row(Msg::Measure, c.measure.clone()) }
            { row(Msg::Time, time) }
            { row(Msg::Attribution, c.attribution.clone().unwrap_or(none.clone())) }
            if let Some(p) = &c.place { { row(Msg::Place, p.clone()) } }
            if let Some((v, m)) = fix {
                { row(Msg::CorrectClaim, lang.corrected(v, m)) }
            }
        </dl>
    }
}
