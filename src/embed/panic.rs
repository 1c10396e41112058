//! A panic must never leave a frozen form: every widget is replaced by an apology and the host
//! element's own fallback content, and the page is told the widget stopped.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Once;

static CRASHED: AtomicBool = AtomicBool::new(false);

/// Whether a panic has stopped the widgets: the wasm's state may be half-changed, so nothing
/// more is mounted.
pub fn crashed() -> bool {
    CRASHED.load(Ordering::Relaxed)
}

/// Stops the widgets as a panic would, for a failure the panic hook never sees: a JS exception
/// thrown through the wasm (the loader notices it), after which its state may be half-changed.
pub fn stop(apologise: fn()) {
    if !CRASHED.swap(true, Ordering::Relaxed) {
        apologise();
    }
}

/// Installs the panic hook, once, whichever way the first widget was mounted; after a panic it
/// runs `apologise`, which replaces every live widget. Through Yew's own hook API: Yew replaces
/// a hook set with `std::panic::set_hook` by its own when it first renders.
pub fn install(apologise: fn()) {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        yew::set_custom_panic_hook(Box::new(move |info| {
            CRASHED.store(true, Ordering::Relaxed);
            super::console::error("live-scheme-selector:", &info.to_string().into());
            apologise();
        }))
    });
}
