//! One finding as a card: its kind in plain words, the measure, the competing values side by side
//! with source, date and the exact sentence (figure highlighted), the explanation, and the reader's
//! judgement (dismiss, with undo).

use crate::hooks::AppHandle;
use crate::i18n::Msg;
use crate::state::Action;
use crate::view::{self, class_list, kind_class, when};
use crosscheck_engine::export::Judgement;
use crosscheck_engine::findings::{Finding, FindingKind};
use yew::prelude::*;

/// A finding card; `anchor`: whether the card carries the finding's element id (false for a second
/// copy on the page). A plain function its lists call, like [`super::lang_switch`]: a card reads
/// the app's context, so it re-rendered with every state change as a component too.
pub fn finding_card(state: &AppHandle, f: &Finding, anchor: bool) -> Html {
    let lang = state.lang;
    let corpus = &*state.corpus.borrow();
    let dismissed = state.dismissed(f);
    let judgement = Judgement::DismissFinding {
        kind: f.kind,
        claims: f.claims.clone(),
    };
    let toggle = {
        let s = state.clone();
        let j = judgement.clone();
        Callback::from(move |_: MouseEvent| {
            s.dispatch(if dismissed {
                Action::Unjudge(j.clone())
            } else {
                Action::Judge(j.clone())
            })
        })
    };
    let evidence = f.claims.iter().filter_map(|id| view::claim(corpus, id)).map(|c| {
        let doc = corpus.document(&c.doc);
        let (before, figure, after) = view::sentence_parts(c, doc);
        let date = view::claim_date(c, doc).map(|d| lang.date(d)).unwrap_or_else(|| lang.t(Msg::Undated).into());
        let open = {
            let s = state.clone();
            let (doc, claim) = (c.doc.clone(), c.id.clone());
            Callback::from(move |_: MouseEvent| s.dispatch(Action::Open { doc: doc.clone(), claim: Some(claim.clone()) }))
        };
        let fix = state.correction(&c.id);
        let value = lang.claim_value(c);
        html! {
            <li class="cc-evidence">
                <div class="cc-ev-head">
                    <span class="cc-ev-value">{ value }</span>
                    if let Some((v, m)) = fix {
                        <span class="cc-corrected">{ lang.corrected(v, m) }</span>
                    }
                </div>
                <div class="cc-ev-source">
                    <span class="cc-outlet">{ view::outlet(doc, lang) }</span>
                    <span class="cc-dot" aria-hidden="true">{ "·" }</span>
                    <span class="cc-date">{ date }</span>
                </div>
                <blockquote class="cc-sentence">
                    { before }<mark class="cc-figure">{ figure }</mark>{ after }
                </blockquote>
                <button type="button" class="cc-link" onclick={open}>{ lang.t(Msg::ReadInArticle) }</button>
            </li>
        }
    });
    let dismiss_label = if f.kind == FindingKind::Conflict {
        Msg::Dismiss
    } else {
        Msg::DismissOther
    };
    let (explanation, explanation_lang) = view::explanation(f, lang);
    let focused = state.focus_finding.as_deref() == Some(f.id.as_str());
    html! {
        <article id={anchor.then(|| view::dom_id("cc-f-", &f.id))} tabindex="-1"
            class={class_list(&["cc-card", kind_class(f.kind), when(dismissed, "cc-dismissed"), when(focused, "cc-focused")])}
            aria-label={format!("{}: {}", lang.kind(f.kind), view::measure(f, lang))} data-kind={view::kind_code(f.kind)}>
            <header class="cc-card-head">
                <span class={class_list(&["cc-kind", kind_class(f.kind)])}>
                    <span class="cc-kind-icon" aria-hidden="true">{ kind_icon(f.kind) }</span>
                    { lang.kind(f.kind) }
                </span>
                <span class="cc-confidence">{ lang.f(Msg::Confidence, &[&format!("{}%", (f.confidence * 100.0).round() as i64)]) }</span>
            </header>
            <h3 class="cc-measure" elementtiming={if anchor { "cc-finding" } else { "cc-new-finding" }}><span class="cc-visually-hidden">{ lang.t(Msg::Measure) }{ ": " }</span>{ view::measure(f, lang).to_string() }</h3>
            if dismissed {
                <p class="cc-dismissed-note">{ lang.t(Msg::Dismissed) }</p>
            }
            <ul class="cc-evidence-list" aria-label={lang.t(Msg::Evidence)}>{ for evidence }</ul>
            <p class="cc-explanation" lang={explanation_lang.code()}>{ explanation.to_string() }</p>
            <footer class="cc-card-foot">
                <button type="button" class="cc-btn cc-btn-quiet cc-dismiss" onclick={toggle}>
                    { if dismissed { lang.t(Msg::Undo) } else { lang.t(dismiss_label) } }
                </button>
            </footer>
        </article>
    }
}

/// A shape for the kind, so colour is never the only signal.
pub fn kind_icon(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::Conflict => "≠",
        FindingKind::Inconsistency => "∑",
        FindingKind::Discrepancy => "≈",
        FindingKind::Change => "↗",
        FindingKind::Corroboration => "✓",
    }
}
