//! The mounted widget in headless Chromium: a fresh host element per test, real clicks and
//! change events, and assertions on what a person sees (text, attributes, links).
#![cfg(target_arch = "wasm32")]

use lss::embed::{decide, mount, widget_destroy};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, Event, HtmlElement, HtmlSelectElement};

mod support;
use support::settle;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

fn set_url(query: &str) {
    let history = web_sys::window().unwrap().history().unwrap();
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&format!("/{query}")))
        .unwrap();
}

struct Widget {
    host: Element,
    handle: u32,
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
        let handle = mount(host.clone().into(), opts.into()).expect("mounted");
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

    /// Reopens a folded question with its edit button, as a person would.
    async fn reopen(&self, question: &str) {
        let edit = format!(".lss-answer[data-question=\"{question}\"] [data-action=\"edit\"]");
        if self.find(&edit).is_some() {
            self.click(&edit).await;
        }
        assert!(
            self.find(&format!(".lss-question[data-question=\"{question}\"]"))
                .is_some(),
            "the {question} question is open"
        );
    }

    /// Answers a radio question: the choice's own change event, as a click gives it.
    async fn answer(&self, question: &str, value: &str) {
        self.reopen(question).await;
        self.click(&format!(
            "fieldset[data-question=\"{question}\"] input[value=\"{value}\"]"
        ))
        .await;
    }

    async fn select_category(&self, id: &str) {
        self.reopen("category").await;
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

    /// The answer a folded question shows, or `None`.
    fn summary(&self, question: &str) -> Option<String> {
        self.find(&format!(".lss-answer[data-question=\"{question}\"]"))?
            .get_attribute("data-value")
    }

    /// The question open for an answer, or `None` once every question is answered.
    fn open_question(&self) -> Option<String> {
        let open = self.all(".lss-question[data-question]");
        assert!(open.len() <= 1, "one question open at a time");
        open.first()?.get_attribute("data-question")
    }

    fn order(&self) -> Vec<String> {
        self.all("li.lss-card[data-scheme]")
            .iter()
            .filter_map(|e| e.get_attribute("data-scheme"))
            .collect()
    }

    fn text(&self) -> String {
        self.get(".lss").text_content().unwrap_or_default()
    }

    fn destroy(self) {
        widget_destroy(self.handle);
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

    w.answer("scenario", "ecommerce").await;
    assert_eq!(w.summary("scenario").as_deref(), Some("ecommerce"));
    assert_eq!(w.open_question().as_deref(), Some("subject"), "moves on");
    w.answer("subject", "enterprise").await;
    assert_eq!(w.open_question().as_deref(), Some("category"));
    w.select_category("social-live").await;
    assert_eq!(w.summary("category").as_deref(), Some("social-live"));
    assert_eq!(w.open_question(), None, "every question answered");

    assert_eq!(w.status("standard-live").as_deref(), Some("available"));
    assert_eq!(w.status("live-plugin").as_deref(), Some("unavailable"));
    assert_eq!(
        w.status("enterprise-live"),
        None,
        "not offered for e-commerce"
    );
    assert_eq!(
        w.get(".lss-recommendation")
            .get_attribute("data-recommend")
            .as_deref(),
        Some("standard-live")
    );
    assert_eq!(
        w.get("[data-scheme=\"standard-live\"]")
            .get_attribute("data-recommended")
            .as_deref(),
        Some("true")
    );
    assert!(w
        .find("[data-scheme=\"live-plugin\"][data-recommended]")
        .is_none());
    assert!(
        w.find("details.lss-not-offered [data-not-offered=\"enterprise-live\"]")
            .is_some(),
        "the scheme e-commerce does not offer is named, folded"
    );
    let link = w.get("[data-scheme=\"standard-live\"] a[href]");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://cloud.tencent.com/document/product/454/12554")
    );
    assert!(link.text_content().unwrap().starts_with("接入文档"));
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
    // The recommended card leads; the others follow from the least work to the most.
    assert_eq!(w.order(), ["standard-live", "live-plugin"]);
    let badge = |scheme: &str| {
        w.get(&format!("[data-scheme=\"{scheme}\"] .lss-status"))
            .text_content()
            .unwrap()
    };
    assert_eq!(badge("standard-live"), "可直接使用");
    assert_eq!(badge("live-plugin"), "暂不可用");
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
    assert!(w.find("[data-not-offered=\"enterprise-live\"]").is_some());
    assert_eq!(w.summary("scenario").as_deref(), Some("finance"));
    assert_eq!(w.summary("content").as_deref(), Some("finance-claims"));
    assert_eq!(w.summary("subject").as_deref(), Some("enterprise"));
    assert_eq!(w.summary("category").as_deref(), Some("finance-bank"));
    assert_eq!(
        w.open_question(),
        None,
        "a complete link opens on the result"
    );
    assert!(w.text().contains("Live Video Broadcasting"));
    w.destroy();
    set_url("");
}

#[wasm_bindgen_test]
async fn changes_are_written_to_the_url() {
    set_url("?utm_source=test");
    let w = Widget::mount(&[]).await;
    w.answer("scenario", "car-presale").await;
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
    assert_eq!(
        w.summary("category").as_deref(),
        Some("social-live"),
        "the valid field is kept"
    );
    assert_eq!(w.open_question().as_deref(), Some("scenario"));
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
    assert!(w
        .get("[data-scheme=\"enterprise-live\"] a[href]")
        .text_content()
        .unwrap()
        .starts_with("Solution page"));
    // The category cannot change the recommendation: offered, and opened on request. Its
    // names keep their Chinese console name beside the English one.
    w.click("[data-optional][data-question=\"category\"] [data-action=\"edit\"]")
        .await;
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
    let blocked = w.all("[data-notice=\"individual-subject\"]");
    assert_eq!(blocked.len(), 1, "said once");
    assert_eq!(
        blocked[0].get_attribute("data-blocked").as_deref(),
        Some("individual-subject"),
        "by the block that leads the result"
    );
    assert_eq!(w.status("standard-live").as_deref(), Some("unavailable"));
    assert!(w.find(".lss-recommendation").is_none());
    w.destroy();
}

#[wasm_bindgen_test]
async fn destroy_brings_back_the_fallback_content() {
    let w = Widget::mount(&[("syncUrl", "false")]).await;
    assert!(w.find(".lss").is_some());
    let host = w.host.clone();
    widget_destroy(w.handle);
    widget_destroy(w.handle); // a second call does nothing
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

    let recommended = js_sys::Reflect::get(&out, &"recommended".into()).unwrap();
    assert_eq!(recommended.as_string().as_deref(), Some("standard-live"));

    // An unanswered category leaves a category row conditional on that category.
    let ecommerce = js_sys::Object::new();
    js_sys::Reflect::set(&ecommerce, &"scenario".into(), &"ecommerce".into()).unwrap();
    js_sys::Reflect::set(&ecommerce, &"subject".into(), &"enterprise".into()).unwrap();
    let out = decide(ecommerce.into()).expect("a decision");
    assert!(js_sys::Reflect::get(&out, &"recommended".into())
        .unwrap()
        .is_null());
    let schemes: js_sys::Array = js_sys::Reflect::get(&out, &"schemes".into())
        .unwrap()
        .unchecked_into();
    let get = |v: &JsValue, key: &str| js_sys::Reflect::get(v, &key.into()).unwrap();
    let plugin = schemes
        .iter()
        .find(|s| get(s, "scheme").as_string().as_deref() == Some("live-plugin"))
        .expect("the plugin is offered");
    assert_eq!(
        get(&plugin, "status").as_string().as_deref(),
        Some("conditional")
    );
    let route = get(&get(&plugin, "routes"), "0");
    let condition = get(&get(&route, "conditions"), "0");
    assert_eq!(
        get(&condition, "type").as_string().as_deref(),
        Some("category")
    );
    let categories: js_sys::Array = get(&condition, "categories").unchecked_into();
    assert_eq!(
        categories
            .iter()
            .filter_map(|c| c.as_string())
            .collect::<Vec<_>>(),
        ["ecommerce-platform"]
    );
    assert_eq!(
        js_sys::Array::from(&get(&route, "missing")).length(),
        0,
        "nothing is missing yet"
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
    let second = mount(first.host.clone().into(), opts.into()).expect("mounted again");
    settle().await;
    assert_eq!(first.all(".lss").len(), 1, "one widget in the element");
    assert!(first.find("[data-scheme=\"standard-live\"]").is_some());
    assert!(
        first.find("[data-scheme=\"enterprise-live\"]").is_none(),
        "the car presale one"
    );
    widget_destroy(first.handle);
    assert!(
        first.find(".lss").is_some(),
        "the old handle no longer owns the element"
    );
    widget_destroy(second);
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
    w.answer("scenario", "education").await;
    assert!(w.find("[data-notice=\"invalid-link\"]").is_none());
    w.destroy();
    set_url("");
}
