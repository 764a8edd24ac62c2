// Hide the console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // First, while the process has one thread: WebKit reads these as its processes start.
    tether_app::webkit::apply_process_defaults();
    // `tether notify …` / `tether sound …` run and exit; anything else opens the app.
    if let Some(code) = tether_app::cli::run_if_requested() {
        std::process::exit(code);
    }
    tether_app::run();
}
