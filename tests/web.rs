//! The mounted widget in headless Chromium: a fresh host element per test, real clicks and
//! change events, and assertions on what a person sees (text, attributes, links).
#![cfg(target_arch = "wasm32")]

use lss::embed::{decide, mount, Handle};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, HtmlElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Lets Yew's scheduler render.
async fn settle() {
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

fn set_url(query: &str) {
    let history = web_sys::window().unwrap().history().unwrap();
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&format!("/{query}")))
        .unwrap();
}

struct Widget {
    host: Element,
    handle: Handle,
}

impl Widget {
    async fn mount(options: &[(&str, &str)]) -> Widget {
        let host = document().create_element("div").unwrap();
        host.set_text_content(Some("fallback link"));
        document().body().unwrap().append_child(&host).unwrap();
        let opts = js_sys::Object::new();
        for (k, v) in options {
            js_sys::Reflect::set(&opts, &(*k).into(), &(*v).into()).unwrap();
        }
        let handle = mount(host.clone(), opts.into()).expect("mounted");
        settle().await;
        Widget { host, handle }
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.host.shadow_root()?.query_selector(selector).ok()?
    }

    fn get(&self, selector: &str) -> Element {
        self.find(selector)
            .unwrap_or_else(|| panic!("no element matches {selector}"))
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self
            .host
            .shadow_root()
            .unwrap()
            .query_selector_all(selector)
            .unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into().ok())
            .collect()
    }

    async fn click(&self, selector: &str) {
        self.get(selector).unchecked_into::<HtmlElement>().click();
        settle().await;
    }

    async fn select_category(&self, id: &str) {
        let select: HtmlSelectElement = self.get("select").unchecked_into();
        select.set_value(id);
        select
            .dispatch_event(&Event::new("change").unwrap())
            .unwrap();
        settle().await;
    }

    fn status(&self, scheme: &str) -> Option<String> {
        self.find(&format!("[data-scheme=\"{scheme}\"]"))?
            .get_attribute("data-status")
    }

    fn text(&self) -> String {
        self.get(".lss").text_content().unwrap_or_default()
    }

    fn destroy(self) {
        self.handle.destroy();
        self.host.remove();
    }
}

#[wasm_bindgen_test]
async fn choosing_scenario_subject_and_category_shows_the_schemes() {
    let w = Widget::mount(&[("syncUrl", "false")]).await;
    assert!(
        w.text().contains("请先选择直播场景"),
        "asks for a scenario first"
    );
    assert!(w.all("[data-scheme]").is_empty());

    w.click("input[value=\"ecommerce\"]").await;
    w.click("input[value=\"enterprise\"]").await;
    w.select_category("social-live").await;

    assert_eq!(w.status("standard-live").as_deref(), Some("available"));
    assert_eq!(w.status("live-plugin").as_deref(), Some("unavailable"));
    assert_eq!(
        w.status("enterprise-live"),
        None,
        "not offered for e-commerce"
    );
    let link = w.get("[data-scheme=\"standard-live\"] a[href]");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://cloud.tencent.com/document/product/454/12554")
    );
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    let plugin = w
        .get("[data-scheme=\"live-plugin\"]")
        .text_content()
        .unwrap();
    assert!(
        plugin.contains("【电商平台-电商平台】类目"),
        "says which category to add: {plugin}"
    );
    assert!(
        plugin.contains("【设置】>【基本设置】>【服务类目】"),
        "and where: {plugin}"
    );
    assert!(w.find("[data-notice=\"prohibited-goods\"]").is_some());
    assert!(w.find("[data-notice=\"medical-category\"]").is_some());
    // Available schemes come first.
    let order: Vec<String> = w
        .all("[data-scheme]")
        .iter()
        .filter_map(|e| e.get_attribute("data-scheme"))
        .collect();
    assert_eq!(order, ["standard-live", "live-plugin"]);
    w.destroy();
}

#[wasm_bindgen_test]
async fn a_link_prefills_the_form() {
    set_url(
        "?lang=en&subject=enterprise&scenario=finance&content=finance-claims&category=finance-bank",
    );
    let w = Widget::mount(&[]).await;
    assert_eq!(w.get(".lss").get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(w.status("standard-live").as_deref(), Some("available"));
    assert_eq!(
        w.status("enterprise-live"),
        None,
        "claims content is not in the enterprise-live row"
    );
    let select: HtmlSelectElement = w.get("select").unchecked_into();
    assert_eq!(select.value(), "finance-bank");
    assert!(w.text().contains("Live Video Broadcasting"));
    w.destroy();
    set_url("");
}

#[wasm_bindgen_test]
async fn changes_are_written_to_the_url() {
    set_url("?utm_source=test");
    let w = Widget::mount(&[]).await;
    w.click("input[value=\"car-presale\"]").await;
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert!(
        search.starts_with("?utm_source=test&"),
        "keeps the host's parameters: {search}"
    );
    assert!(search.contains("scenario=car-presale"), "{search}");
    w.destroy();
    set_url("");
}

#[wasm_bindgen_test]
async fn an_invalid_link_shows_a_notice_and_never_echoes_the_value() {
    set_url("?scenario=%3Cimg%20src%3Dx%3Eevil&category=social-live");
    let w = Widget::mount(&[]).await;
    let notice = w.get("[data-notice=\"invalid-link\"]");
    assert!(notice.text_content().unwrap().contains("scenario"));
    assert!(!w.text().contains("evil"));
    assert!(w.find("img").is_none());
    let select: HtmlSelectElement = w.get("select").unchecked_into();
    assert_eq!(select.value(), "social-live", "the valid field is kept");
    w.destroy();
    set_url("");
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_every_text() {
    let w = Widget::mount(&[
        ("syncUrl", "false"),
        ("scenario", "education"),
        ("subject", "enterprise"),
    ])
    .await;
    assert_eq!(
        w.get(".lss").get_attribute("lang").as_deref(),
        Some("zh-CN")
    );
    assert!(w.text().contains("小程序·企业直播"));
    w.click("button[lang=\"en\"]").await;
    assert_eq!(w.get(".lss").get_attribute("lang").as_deref(), Some("en"));
    assert!(w.text().contains("Mini Program Enterprise Live"));
    assert_eq!(w.status("enterprise-live").as_deref(), Some("available"));
    // Category names keep their Chinese console name beside the English one.
    let option = w
        .get("option[value=\"social-live\"]")
        .text_content()
        .unwrap();
    assert_eq!(option, "Social › Live streaming (社交-直播)");
    w.destroy();
}

#[wasm_bindgen_test]
async fn an_individual_subject_is_told_why_nothing_applies() {
    let w = Widget::mount(&[
        ("syncUrl", "false"),
        ("scenario", "entertainment"),
        ("subject", "individual"),
        ("category", "social-live"),
    ])
    .await;
    assert!(w.find("[data-blocked=\"individual-subject\"]").is_some());
    assert!(w.find("[data-notice=\"individual-subject\"]").is_some());
    assert_eq!(w.status("standard-live").as_deref(), Some("unavailable"));
    w.destroy();
}

#[wasm_bindgen_test]
async fn destroy_brings_back_the_fallback_content() {
    let w = Widget::mount(&[("syncUrl", "false")]).await;
    assert!(w.find(".lss").is_some());
    let host = w.host.clone();
    w.handle.destroy();
    w.handle.destroy(); // a second call does nothing
    let shadow = host.shadow_root().unwrap();
    assert!(shadow.query_selector(".lss").unwrap().is_none());
    assert!(
        shadow.query_selector("slot").unwrap().is_some(),
        "the light DOM fallback shows again"
    );
    host.remove();
}

#[wasm_bindgen_test]
fn decide_returns_plain_data_and_rejects_unknown_ids() {
    let input = js_sys::Object::new();
    js_sys::Reflect::set(&input, &"scenario".into(), &"scenic-spot".into()).unwrap();
    js_sys::Reflect::set(&input, &"subject".into(), &"government".into()).unwrap();
    let out = decide(input.clone().into()).expect("a decision");
    let schemes = js_sys::Reflect::get(&out, &"schemes".into()).unwrap();
    let first = js_sys::Reflect::get(&schemes, &0.into()).unwrap();
    assert_eq!(
        js_sys::Reflect::get(&first, &"scheme".into())
            .unwrap()
            .as_string()
            .as_deref(),
        Some("standard-live")
    );
    assert_eq!(
        js_sys::Reflect::get(&first, &"status".into())
            .unwrap()
            .as_string()
            .as_deref(),
        Some("available")
    );

    js_sys::Reflect::set(&input, &"category".into(), &"nope".into()).unwrap();
    let err = decide(input.into()).expect_err("an unknown category is an error");
    let message = js_sys::Reflect::get(&err, &"message".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(message.contains("category"), "{message}");
}

#[wasm_bindgen_test]
async fn a_second_mount_on_the_same_element_replaces_the_first() {
    let first = Widget::mount(&[("syncUrl", "false"), ("scenario", "education")]).await;
    let opts = js_sys::Object::new();
    js_sys::Reflect::set(&opts, &"syncUrl".into(), &"false".into()).unwrap();
    js_sys::Reflect::set(&opts, &"scenario".into(), &"car-presale".into()).unwrap();
    let second = mount(first.host.clone(), opts.into()).expect("mounted again");
    settle().await;
    assert_eq!(first.all(".lss").len(), 1, "one widget in the element");
    assert!(first.find("[data-scheme=\"standard-live\"]").is_some());
    assert!(
        first.find("[data-scheme=\"enterprise-live\"]").is_none(),
        "the car presale one"
    );
    first.handle.destroy();
    assert!(
        first.find(".lss").is_some(),
        "the old handle no longer owns the element"
    );
    second.destroy();
    assert!(first.find(".lss").is_none());
    first.host.remove();
}

#[wasm_bindgen_test]
async fn only_a_widget_that_owns_the_url_offers_to_copy_a_link() {
    let owner = Widget::mount(&[]).await;
    let other = Widget::mount(&[]).await; // the URL already has an owner
    let private = Widget::mount(&[("syncUrl", "false")]).await;
    assert!(owner.find("[data-action=\"copy-link\"]").is_some());
    assert!(other.find("[data-action=\"copy-link\"]").is_none());
    assert!(private.find("[data-action=\"copy-link\"]").is_none());
    private.destroy();
    other.destroy();
    owner.destroy();
    set_url("");
}

#[wasm_bindgen_test]
async fn the_invalid_link_notice_goes_once_the_customer_answers() {
    set_url("?scenario=bogus");
    let w = Widget::mount(&[]).await;
    assert!(w.find("[data-notice=\"invalid-link\"]").is_some());
    w.click("button[lang=\"en\"]").await;
    assert!(
        w.find("[data-notice=\"invalid-link\"]").is_some(),
        "still there in English"
    );
    w.click("input[value=\"education\"]").await;
    assert!(w.find("[data-notice=\"invalid-link\"]").is_none());
    w.destroy();
    set_url("");
}

#[wasm_bindgen_test]
async fn after_a_panic_the_widget_gives_way_to_an_apology_and_the_fallback() {
    let w = Widget::mount(&[("syncUrl", "false"), ("lang", "en")]).await;
    lss::embed::panic::apologise();
    assert!(w.find(".lss").is_none(), "no frozen form left behind");
    let apology = w.get("[role=\"alert\"]").text_content().unwrap_or_default();
    assert!(apology.contains("Sorry"), "{apology}");
    assert!(
        w.find("slot").is_some(),
        "the host's own content shows through"
    );
    w.destroy();
}
