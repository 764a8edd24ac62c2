fn main() {
    // Capabilities live with the glue code, not at the root next to tauri.conf.json.
    tauri_build::try_build(
        tauri_build::Attributes::new().capabilities_path_pattern("./src-tauri/capabilities/**/*"),
    )
    .unwrap_or_else(|err| panic!("tauri-build failed: {err:#}"));
}
