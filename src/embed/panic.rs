//! A panic must never leave a frozen form: every widget is replaced by an apology and the host
//! element's own fallback content.

use crate::i18n;

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        super::MOUNTED.with(|mounted| {
            // The panic may have struck while the list was borrowed; then there is nothing safe to do.
            if let Ok(mounted) = mounted.try_borrow() {
                for widget in mounted.iter() {
                    super::host::show_fallback(
                        &widget.shadow,
                        Some(i18n::CRASHED.get(widget.lang)),
                    );
                }
            }
        });
    }));
}
