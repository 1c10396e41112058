//! A panic must never leave a frozen form: every widget is replaced by an apology and the host
//! element's own fallback content.

use std::sync::Once;

use crate::i18n;

/// Installs the panic hook, once, whichever way the first widget was mounted.
pub fn install() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            web_sys::console::error_1(&info.to_string().into());
            apologise();
        }))
    });
}

/// What the panic hook does: every live widget gives way to a short apology above the host
/// element's own fallback content.
pub fn apologise() {
    super::MOUNTED.with(|mounted| {
        // The panic may have struck while the list was borrowed; then there is nothing safe to do.
        if let Ok(mounted) = mounted.try_borrow() {
            for widget in mounted.iter() {
                super::host::show_fallback(&widget.shadow, Some(i18n::CRASHED.get(widget.lang)));
            }
        }
    });
}
