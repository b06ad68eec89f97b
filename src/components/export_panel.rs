//! Export: the analysis JSON (the CLI's schema plus the reader's judgements), claims as CSV, and
//! annotations as W3C Web Annotation JSON-LD, downloaded through a Blob and an object URL.

use crate::hooks::AppHandle;
use crate::i18n::Msg;
use crate::view::class_list;
use crosscheck_engine::export::{analysis_json, annotations, csv};
use yew::prelude::*;

/// Three download buttons. A plain function rendered by the root component, like
/// [`super::lang_switch`].
pub fn export_panel(state: &AppHandle) -> Html {
    let lang = state.lang;
    let button = |class: &'static str, msg: Msg, kind: u8| {
        let s = state.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let j = &s.judgements;
            match kind {
                0 => crate::web::download(
                    "crosscheck-analysis.json",
                    "application/json",
                    &analysis_json(&s.corpus.borrow().analysis(), j),
                ),
                1 => crate::web::download(
                    "crosscheck-claims.csv",
                    "text/csv",
                    &csv::claims_csv(&s.corpus.borrow(), j),
                ),
                _ => crate::web::download(
                    "crosscheck-annotations.jsonld",
                    "application/ld+json",
                    &annotations::web_annotations(&s.corpus.borrow(), j),
                ),
            }
        });
        html! { <button type="button" class={class_list(&["cc-btn", class])} {onclick}>{ lang.t(msg) }</button> }
    };
    html! {
        <section class="cc-export" aria-labelledby="cc-export-h">
            <h2 id="cc-export-h">{ lang.t(Msg::ExportTitle) }</h2>
            <p class="cc-hint">{ lang.t(Msg::ExportHint) }</p>
            <div class="cc-row">
                { button("cc-export-json", Msg::ExportJson, 0) }
                { button("cc-export-csv", Msg::ExportCsv, 1) }
                { button("cc-export-anno", Msg::ExportAnno, 2) }
            </div>
        </section>
    }
}
