//! Crosscheck in the browser: mounts the Yew app of the `crosscheck_web` library.

fn main() {
    crosscheck_web::panic::install();
    crosscheck_web::web::mark("cc-app-start");
    yew::Renderer::<crosscheck_web::components::App>::new().render();
}
