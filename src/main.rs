//! Crosscheck in the browser: mounts the Yew app of the `crosscheck_web` library.

fn main() {
    crosscheck_web::panic::install();
    yew::Renderer::<crosscheck_web::components::App>::new().render();
}
