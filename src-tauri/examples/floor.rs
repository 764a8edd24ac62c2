//! The benchmarks' floor: a blank page in the same Tauri shell as Tether (same Tauri build and
//! features, same WebKit settings, same window size), and nothing else — no core, no tray, no
//! UI bundle. `cargo xtask bench` launches it beside Tether: what Tether costs above this is
//! Tether's own.
//!
//! The page is served over a custom protocol of its own and reports, after its first frame,
//! by fetching `floor://localhost/ready`; that prints the same `tether-mark` line as Tether's UI.

use tauri::http::Response;
use tauri::{WebviewUrl, WebviewWindowBuilder};

const PAGE: &str = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Floor</title></head>\
<body><script>requestAnimationFrame(() => fetch('floor://localhost/ready'));</script></body></html>";

fn main() {
    tether_app::webkit::apply_process_defaults();
    let mut context = tauri::generate_context!("tauri.conf.json");
    // Only this example's window: not the app's configured one.
    context.config_mut().app.windows.clear();
    let result = tauri::Builder::default()
        .register_uri_scheme_protocol("floor", |_ctx, request| {
            if request.uri().path() == "/ready" {
                tether_app::webkit::bench_mark("floor-rendered");
                return Response::builder()
                    .status(204)
                    .body(Vec::new())
                    .unwrap_or_default();
            }
            Response::builder()
                .header("content-type", "text/html")
                .body(PAGE.as_bytes().to_vec())
                .unwrap_or_default()
        })
        .setup(|app| {
            let url = WebviewUrl::CustomProtocol("floor://localhost/".parse()?);
            WebviewWindowBuilder::new(app, "main", url)
                .title("Floor")
                .inner_size(1100.0, 720.0)
                .build()?;
            Ok(())
        })
        .run(context);
    if let Err(err) = result {
        eprintln!("floor: {err}");
        std::process::exit(1);
    }
}
