//! What the browser tests share.

use wasm_bindgen_futures::JsFuture;

/// Lets Yew's scheduler render: three short timers, so a render that queues another also ends.
pub async fn settle() {
    for _ in 0..3 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .expect("a window")
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 5)
                .expect("a timer");
        });
        JsFuture::from(promise).await.expect("the timer fired");
    }
}
