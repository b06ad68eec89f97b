//! Paste or drop an article: a textarea and a drop zone (.txt, .html, .md; HTML reduced to text by
//! the engine). Title, outlet, date and language are detected and editable before adding. Bad input
//! (empty text, a binary or huge file, a malformed date) gets a clear message. The text is only
//! ever rendered as text.

use crate::hooks::{add_article, use_app};
use crate::i18n::{Msg, UiLang};
use crate::state::StoredArticle;
use crate::view::{class_list, when};
use crosscheck_engine::document::html::{html_to_text, looks_like_html, page_meta};
use crosscheck_engine::time::Date;
use crosscheck_engine::{Document, DocumentMeta};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Largest text accepted, in bytes.
pub const MAX_BYTES: usize = 500_000;

/// The detected details of a draft.
#[derive(Debug, Clone, PartialEq, Default)]
struct Detected {
    title: String,
    outlet: String,
    date: String,
    lang: String,
}

fn detect(text: &str) -> Detected {
    if text.trim().is_empty() || text.len() > MAX_BYTES {
        return Detected::default();
    }
    let doc = Document::parse("draft", text, &DocumentMeta::default());
    Detected {
        title: doc.title,
        outlet: doc.outlet.unwrap_or_default(),
        date: doc.published.map(|d| d.to_string()).unwrap_or_default(),
        lang: doc.lang.code().to_string(),
    }
}

fn mb(bytes: f64) -> String {
    let tenths = (bytes / 100_000.0).round() as u64;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Why a file's contents are not an article, if they are not.
fn reject_contents(lang: UiLang, name: &str, text: &str) -> Option<String> {
    let bad = text
        .chars()
        .filter(|c| *c == '\0' || *c == '\u{fffd}')
        .count();
    if bad > 0 && bad * 100 >= text.chars().count().max(1) {
        return Some(lang.f(Msg::BinaryFile, &[name]));
    }
    None
}

/// The add-an-article form.
#[component]
pub fn AddArticle() -> Html {
    let state = use_app();
    let lang = state.lang;
    let text = use_state(String::new);
    let title = use_state(|| None::<String>);
    let outlet = use_state(|| None::<String>);
    let date = use_state(|| None::<String>);
    let doc_lang = use_state(|| None::<String>);
    let error = use_state(|| None::<String>);
    let info = use_state(|| None::<String>);
    let dragging = use_state(|| false);
    let detected = use_memo((*text).clone(), |t| detect(t));
    let busy = state.progress.is_some();

    let reset_fields = {
        let (title, outlet, date, doc_lang) = (
            title.clone(),
            outlet.clone(),
            date.clone(),
            doc_lang.clone(),
        );
        move || {
            title.set(None);
            outlet.set(None);
            date.set(None);
            doc_lang.set(None);
        }
    };
    let on_text = {
        let (text, error) = (text.clone(), error.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            {
                text.set(t.value());
                error.set(None);
            }
        })
    };
    let load_file = {
        let (text, error, info) = (text.clone(), error.clone(), info.clone());
        let (title, outlet, date) = (title.clone(), outlet.clone(), date.clone());
        let reset_fields = reset_fields.clone();
        move |file: web_sys::File| {
            let name = file.name();
            let size = file.size();
            if size > MAX_BYTES as f64 {
                error.set(Some(
                    lang.f(Msg::HugeFile, &[&name, &mb(size), &mb(MAX_BYTES as f64)]),
                ));
                return;
            }
            let (text, error, info) = (text.clone(), error.clone(), info.clone());
            let (title, outlet, date) = (title.clone(), outlet.clone(), date.clone());
            let reset_fields = reset_fields.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let raw = match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                    Ok(v) => v.as_string().unwrap_or_default(),
                    Err(_) => {
                        error.set(Some(lang.f(Msg::BinaryFile, &[&name])));
                        return;
                    }
                };
                if let Some(why) = reject_contents(lang, &name, &raw) {
                    error.set(Some(why));
                    return;
                }
                let lower = name.to_ascii_lowercase();
                let looks_html = lower.ends_with(".html")
                    || lower.ends_with(".htm")
                    || lower.ends_with(".xhtml")
                    || looks_like_html(&raw);
                // A saved page declares its outlet, date and headline: they prefill the fields.
                let page = if looks_html {
                    page_meta(&raw)
                } else {
                    Default::default()
                };
                let body = if looks_html { html_to_text(&raw) } else { raw };
                if body.trim().is_empty() {
                    error.set(Some(lang.t(Msg::EmptyText).to_string()));
                    return;
                }
                reset_fields();
                if page.title.is_some() {
                    title.set(page.title);
                }
                if page.outlet.is_some() {
                    outlet.set(page.outlet);
                }
                if page.published.is_some() {
                    date.set(page.published);
                }
                error.set(None);
                info.set(Some(lang.f(Msg::FileLoaded, &[&name])));
                text.set(body);
            });
        }
    };
    let on_file = {
        let load_file = load_file.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                load_file(file);
            }
            input.set_value("");
        })
    };
    let on_drop = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                load_file(file);
            }
        })
    };
    // Cancelling dragenter and dragover is what makes the zone a drop target.
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let field = |h: &UseStateHandle<Option<String>>, detected: &str| -> String {
        (**h).clone().unwrap_or_else(|| detected.to_string())
    };
    let input_cb = |h: &UseStateHandle<Option<String>>| {
        let h = h.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                h.set(Some(i.value()));
            }
        })
    };
    let on_lang = {
        let h = doc_lang.clone();
        Callback::from(move |e: Event| {
            h.set(Some(
                e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value(),
            ));
        })
    };
    let submit = {
        let s = state.clone();
        let (text, error, info) = (text.clone(), error.clone(), info.clone());
        let values = (
            field(&title, &detected.title),
            field(&outlet, &detected.outlet),
            field(&date, &detected.date),
            field(&doc_lang, &detected.lang),
        );

        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if s.progress.is_some() {
                return;
            }
            let body = (*text).clone();
            if body.trim().is_empty() {
                error.set(Some(lang.t(Msg::EmptyText).to_string()));
                return;
            }
            if body.len() > MAX_BYTES {
                error.set(Some(lang.f(
                    Msg::HugeText,
                    &[&mb(body.len() as f64), &mb(MAX_BYTES as f64)],
                )));
                return;
            }
            if let Some(why) = reject_contents(lang, "", &body) {
                error.set(Some(why));
                return;
            }
            let (t, o, d, l) = values.clone();
            let d = d.trim().to_string();
            if !d.is_empty() && Date::parse_iso(&d).is_none() {
                error.set(Some(lang.t(Msg::BadDate).to_string()));
                return;
            }
            let nonempty = |v: String| (!v.trim().is_empty()).then(|| v.trim().to_string());
            let article = StoredArticle {
                id: format!("user-{}", js_sys::Date::now() as u64),
                text: body,
                title: nonempty(t),
                outlet: nonempty(o),
                published: nonempty(d),
                lang: nonempty(l),
            };
            error.set(None);
            info.set(None);
            // The form keeps its text until the article is added (the view then changes), so a
            // rejected article is not lost.
            add_article(s.clone(), article);
        })
    };
    let has_text = !text.trim().is_empty();
    html! {
        <section class="cc-add" aria-labelledby="cc-add-h">
            <h2 id="cc-add-h">{ lang.t(Msg::AddTitle) }</h2>
            <p class="cc-hint">{ lang.t(Msg::AddHint) }</p>
            <form class="cc-add-form" onsubmit={submit}>
                <div class={class_list(&["cc-drop", when(*dragging, "cc-dragging")])}
                    ondrop={on_drop} ondragenter={on_drag_over.clone()} ondragover={on_drag_over}
                    ondragleave={on_drag_leave}>
                    <label class="cc-field">
                        <span>{ lang.t(Msg::TextLabel) }</span>
                        <textarea class="cc-paste" rows="12" value={(*text).clone()} oninput={on_text}
                            spellcheck="false" />
                    </label>
                    <label class="cc-file">
                        <span class="cc-drop-hint">{ lang.t(Msg::DropHere) }</span>
                        <input type="file" class="cc-file-input" accept=".txt,.html,.htm,.md,text/plain,text/html,text/markdown"
                            aria-label={lang.t(Msg::ChooseFile)} onchange={on_file} />
                    </label>
                </div>
                if let Some(i) = (*info).clone() { <p class="cc-info" role="status">{ i }</p> }
                if let Some(err) = (*error).clone() { <p class="cc-error" role="alert">{ err }</p> }
                if has_text {
                    <fieldset class="cc-detected">
                        <legend>{ lang.t(Msg::Detected) }</legend>
                        <label class="cc-field">
                            <span>{ lang.t(Msg::Title) }</span>
                            <input type="text" class="cc-meta-title" value={field(&title, &detected.title)} oninput={input_cb(&title)} />
                        </label>
                        <label class="cc-field">
                            <span>{ lang.t(Msg::Outlet) }</span>
                            <input type="text" class="cc-meta-outlet" value={field(&outlet, &detected.outlet)} oninput={input_cb(&outlet)} />
                        </label>
                        <label class="cc-field">
                            <span>{ lang.t(Msg::Date) }</span>
                            <input type="text" class="cc-meta-date" inputmode="numeric" placeholder="2024-05-21"
                                value={field(&date, &detected.date)} oninput={input_cb(&date)} />
                        </label>
                        <label class="cc-field">
                            <span>{ lang.t(Msg::ArticleLang) }</span>
                            <select class="cc-meta-lang" onchange={on_lang}>
                                { for [("en", "English"), ("es", "Español"), ("und", "—")].iter().map(|(code, name)| html! {
                                    <option value={*code} selected={field(&doc_lang, &detected.lang) == *code}>{ *name }</option>
                                }) }
                            </select>
                        </label>
                    </fieldset>
                }
                <button type="submit" class="cc-btn cc-btn-primary cc-analyze" disabled={busy}>{ lang.t(Msg::Analyze) }</button>
            </form>
        </section>
    }
}
