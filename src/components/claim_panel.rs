//! The selected claim beside the reader: its reading, its findings, and a form to correct its value
//! or measure (kept as a judgement with the reader's data).

use super::article_view::detail_rows;
use crate::hooks::use_app;
use crate::i18n::Msg;
use crate::state::Action;
use crosscheck_engine::claims::Claim;
use crosscheck_engine::export::Judgement;
use crosscheck_engine::quantity::{format_decimal, parse_decimal};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`ClaimPanel`].
#[derive(Properties, PartialEq)]
pub struct ClaimPanelProps {
    /// The selected claim.
    pub claim: Claim,
}

/// Details and the correction form.
#[component]
pub fn ClaimPanel(props: &ClaimPanelProps) -> Html {
    let state = use_app();
    let lang = state.lang;
    let c = &props.claim;
    let fix = state.correction(&c.id);
    // The form starts with the claim's figures (or the reader's correction) in the first render, so
    // nothing typed right after opening is overwritten; another claim selected resets it.
    let shown = {
        let fix = fix.clone();
        let default_value = c.value.map(|v| format_decimal(v.low())).unwrap_or_default();
        let default_measure = c.measure.clone();
        move || {
            let value = fix
                .as_ref()
                .and_then(|(v, _)| v.map(format_decimal))
                .unwrap_or(default_value);
            (value, fix.and_then(|(_, m)| m).unwrap_or(default_measure))
        }
    };
    let value = use_state({
        let shown = shown.clone();
        move || shown().0
    });
    let measure = use_state({
        let shown = shown.clone();
        move || shown().1
    });
    let error = use_state(|| None::<String>);
    let shown_for = use_mut_ref(|| c.id.clone());
    {
        let (value, measure, error) = (value.clone(), measure.clone(), error.clone());
        use_effect_with(c.id.clone(), move |id| {
            if *shown_for.borrow() != *id {
                *shown_for.borrow_mut() = id.clone();
                let (v, m) = shown();
                value.set(v);
                measure.set(m);
                error.set(None);
            }
        });
    }
    let on_value = {
        let value = value.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                value.set(i.value());
            }
        })
    };
    let on_measure = {
        let measure = measure.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                measure.set(i.value());
            }
        })
    };
    let save = {
        let (s, value, measure, error) =
            (state.clone(), value.clone(), measure.clone(), error.clone());
        let c = c.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let raw = value.trim().replace(' ', "");
            let parsed = if raw.is_empty() {
                None
            } else {
                // Accept "2,700", "2.700" (Spanish grouping) and "2,4" (decimal comma).
                let normalized = if raw.contains('.') && raw.contains(',') {
                    raw.replace(',', "")
                } else if raw.matches(',').count() == 1
                    && raw.split(',').nth(1).is_some_and(|d| d.len() != 3)
                {
                    raw.replace(',', ".")
                } else {
                    raw.replace(',', "")
                };
                match parse_decimal(&normalized) {
                    Some(v) if v.is_finite() => Some(v),
                    _ => {
                        error.set(Some(s.lang.t(Msg::BadNumber).to_string()));
                        return;
                    }
                }
            };
            error.set(None);
            let new_value = parsed.filter(|v| c.value.is_none_or(|old| old.low() != *v));
            let m = measure.trim().to_string();
            let new_measure = (!m.is_empty() && m != c.measure).then_some(m);
            if new_value.is_none() && new_measure.is_none() {
                return;
            }
            s.dispatch(Action::Judge(Judgement::CorrectClaim {
                claim: c.id.clone(),
                value: new_value,
                measure: new_measure,
            }));
        })
    };
    let undo = fix.as_ref().map(|(v, m)| {
        let s = state.clone();
        let j = Judgement::CorrectClaim { claim: c.id.clone(), value: *v, measure: m.clone() };
        html! {
            <button type="button" class="cc-btn cc-btn-quiet"
                onclick={Callback::from(move |_: MouseEvent| s.dispatch(Action::Unjudge(j.clone())))}>
                { lang.t(Msg::RemoveCorrection) }
            </button>
        }
    });
    html! {
        <section class="cc-claim-panel" aria-labelledby="cc-claim-h">
            <h3 id="cc-claim-h">{ format!("“{}”", c.quote.trim()) }</h3>
            { detail_rows(lang, c, fix.clone()) }
            <blockquote class="cc-sentence">{ c.text.clone() }</blockquote>
            <form class="cc-correct" onsubmit={save}>
                <h4>{ lang.t(Msg::CorrectClaim) }</h4>
                <label class="cc-field">
                    <span>{ lang.t(Msg::CorrectedValue) }</span>
                    <input type="text" inputmode="decimal" value={(*value).clone()} oninput={on_value} />
                </label>
                <label class="cc-field">
                    <span>{ lang.t(Msg::CorrectedMeasure) }</span>
                    <input type="text" value={(*measure).clone()} oninput={on_measure} />
                </label>
                if let Some(err) = (*error).clone() { <p class="cc-error" role="alert">{ err }</p> }
                <div class="cc-row">
                    <button type="submit" class="cc-btn cc-btn-primary">{ lang.t(Msg::SaveCorrection) }</button>
                    { for undo }
                </div>
            </form>
        </section>
    }
}
