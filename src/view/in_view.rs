//! Whether the result is on screen, so the bar that leads to it shows only while it is not.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry};
use yew::{Callback, NodeRef};

/// An observer of one element; dropping it stops the observing and frees the callback.
pub struct Watch {
    observer: IntersectionObserver,
    _on_change: Closure<dyn Fn(js_sys::Array)>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Watches the root's `selector` element and tells `seen` each time it enters or leaves the
/// viewport. None where the element or IntersectionObserver is missing: the bar then stays,
/// as it always did.
pub fn watch(root: &NodeRef, selector: &str, seen: Callback<bool>) -> Option<Watch> {
    let target = root.cast::<Element>()?.query_selector(selector).ok()??;
    let on_change = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        // The last entry is the newest state when several changes come at once.
        if let Some(entry) = entries.pop().dyn_ref::<IntersectionObserverEntry>() {
            seen.emit(entry.is_intersecting());
        }
    });
    let observer = IntersectionObserver::new(on_change.as_ref().unchecked_ref()).ok()?;
    observer.observe(&target);
    Some(Watch {
        observer,
        _on_change: on_change,
    })
}
