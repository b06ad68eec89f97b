//! Crosscheck in the browser: a thin Yew shell over `crosscheck-engine`.

fn main() {
    console_error_panic_hook::set_once();
}
