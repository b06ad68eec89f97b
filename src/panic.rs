//! A panic hook that shows a readable error in the page instead of leaving it blank, and logs the
//! details to the console.

use std::panic::PanicHookInfo;

/// Installs the hook (idempotent).
pub fn install() {
    std::panic::set_hook(Box::new(|info: &PanicHookInfo<'_>| {
        console_error_panic_hook::hook(info);
        show(&message(info));
    }));
}

/// The user-facing text for a panic.
pub fn message(info: &PanicHookInfo<'_>) -> String {
    let detail = info
        .payload()
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| info.payload().downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown error".to_string());
    format!(
        "Crosscheck stopped because of an internal error ({detail}). Articles you added are kept \
         in this browser; reload the page to continue."
    )
}

/// Puts `text` in an alert box at the top of the page (or replaces the previous one).
pub fn show(text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let existing = document.get_element_by_id("crosscheck-fatal");
    let element = match existing {
        Some(el) => el,
        None => match document.create_element("div") {
            Ok(el) => {
                el.set_id("crosscheck-fatal");
                let _ = el.set_attribute("role", "alert");
                let _ = el.set_attribute("class", "cc-fatal");
                if let Some(body) = document.body() {
                    let _ = body.prepend_with_node_1(&el);
                }
                el
            }
            Err(_) => return,
        },
    };
    element.set_text_content(Some(text));
}
