//! A real panic inside a running widget, in a wasm instance of its own: after it nothing more
//! mounts, so it cannot share one with the other browser tests.
#![cfg(target_arch = "wasm32")]

use lss::embed::mount;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

mod support;
use support::settle;

wasm_bindgen_test_configure!(run_in_browser);

fn find(host: &Element, selector: &str) -> Option<Element> {
    host.shadow_root()?.query_selector(selector).ok()?
}

fn click(host: &Element, selector: &str) {
    find(host, selector)
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into::<HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
async fn a_panic_in_a_render_gives_way_to_the_apology_and_stops_later_mounts() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    host.set_text_content(Some("fallback link"));
    document.body().unwrap().append_child(&host).unwrap();
    let options = js_sys::Object::new();
    for (k, v) in [
        ("syncUrl", "false"),
        ("lang", "en"),
        ("scenario", "ecommerce"),
        ("subject", "enterprise"),
    ] {
        js_sys::Reflect::set(&options, &k.into(), &v.into()).unwrap();
    }
    mount(host.clone().into(), options.into()).expect("mounted");
    settle().await;
    assert!(
        find(&host, "[data-scheme=\"live-plugin\"]").is_some(),
        "the cards show"
    );

    // As a host script can: the cards removed behind Yew's back, then a change that makes Yew
    // remove them again, from where they no longer are.
    let shadow = host.shadow_root().unwrap();
    let cards = shadow.query_selector_all("[data-scheme]").unwrap();
    for i in 0..cards.length() {
        if let Some(card) = cards.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            card.remove();
        }
    }
    click(
        &host,
        ".lss-answer[data-question=\"scenario\"] [data-action=\"edit\"]",
    );
    settle().await;
    click(
        &host,
        "[data-question=\"scenario\"] input[value=\"education\"] + label",
    );
    settle().await;

    assert!(find(&host, ".lss").is_none(), "no frozen form left behind");
    let apology = find(&host, "[role=\"alert\"]")
        .and_then(|a| a.text_content())
        .unwrap_or_default();
    assert!(apology.contains("Sorry"), "the apology shows: {apology:?}");
    assert!(
        find(&host, "slot").is_some(),
        "the host's own content shows through"
    );

    let other = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&other).unwrap();
    let refused = mount(other.into(), JsValue::UNDEFINED).err().and_then(|e| {
        e.dyn_into::<js_sys::Error>()
            .ok()
            .map(|e| String::from(e.message()))
    });
    assert!(
        refused
            .as_deref()
            .is_some_and(|m| m.contains("reload the page")),
        "a later mount says why it cannot run: {refused:?}"
    );
}
