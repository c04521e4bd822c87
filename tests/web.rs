//! The DOM builder in a real browser (wasm-bindgen-test, headless Chromium):
//! a replaced part disposes its effects, listeners go with their owner, a value
//! write keeps the caret, the keyed list keeps the rows that stay, an empty text adds
//! no node.
//! Run by `make test` (scripts/test.sh); natively this file is empty.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use briefing::components::dom::{el, listen, on_change, render_effect, set_value, KeyedList};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn setup() -> Owner {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    Owner::new()
}

async fn tick() {
    any_spawner::Executor::tick().await;
}

#[wasm_bindgen_test]
async fn a_replaced_part_goes_with_its_effects() {
    let owner = setup();
    let key = RwSignal::new(1u32);
    let other = RwSignal::new(0u32);
    let runs = Rc::new(Cell::new(0));
    let root = owner.with(|| {
        let runs = runs.clone();
        el("div", "").dyn_child(
            move || key.get(),
            move |k| {
                let runs = runs.clone();
                // Every drawing of the part counts its own effect's runs.
                render_effect(move || {
                    other.track();
                    runs.set(runs.get() + 1);
                });
                Some(el("p", "").text(&format!("part {k}")))
            },
        )
    });
    assert_eq!(root.0.text_content().unwrap(), "part 1");
    assert_eq!(runs.get(), 1);
    key.set(2);
    tick().await;
    assert_eq!(root.0.text_content().unwrap(), "part 2", "the old node is gone");
    assert_eq!(root.0.child_element_count(), 1);
    let after_redraw = runs.get();
    other.set(1);
    tick().await;
    // Only the new part's effect runs: the first part's was disposed with it.
    assert_eq!(runs.get(), after_redraw + 1);
    owner.cleanup();
    other.set(2);
    tick().await;
    assert_eq!(runs.get(), after_redraw + 1, "nothing runs after the owner is cleaned up");
}

#[wasm_bindgen_test]
async fn listeners_end_with_their_owner() {
    let owner = setup();
    let clicks = Rc::new(Cell::new(0));
    let button = el("button", "").0;
    owner.with(|| {
        let clicks = clicks.clone();
        listen(&button, "click", Box::new(move |_| clicks.set(clicks.get() + 1)));
    });
    button.unchecked_ref::<web_sys::HtmlElement>().click();
    assert_eq!(clicks.get(), 1);
    owner.cleanup();
    button.unchecked_ref::<web_sys::HtmlElement>().click();
    assert_eq!(clicks.get(), 1, "the listener was removed with its owner");
}

#[wasm_bindgen_test]
fn a_value_write_keeps_the_caret() {
    let input = el("input", "").attr("type", "text").0;
    document().body().unwrap().append_child(&input).unwrap();
    let field: &web_sys::HtmlInputElement = input.unchecked_ref();
    field.set_value("kabul strikes");
    field.focus().unwrap();
    field.set_selection_range(3, 3).unwrap();
    set_value(&input, "kabul strikes");
    assert_eq!(field.selection_start().unwrap(), Some(3), "an equal value is not written, so the caret stays");
    set_value(&input, "khost");
    assert_eq!(field.value(), "khost");
    input.remove();
}

#[wasm_bindgen_test]
async fn on_change_skips_the_first_value() {
    let owner = setup();
    let source = RwSignal::new(1);
    let seen = Rc::new(std::cell::RefCell::new(Vec::new()));
    owner.with(|| {
        let seen = seen.clone();
        on_change(move || source.get(), move |v| seen.borrow_mut().push(*v));
    });
    assert!(seen.borrow().is_empty());
    source.set(2);
    tick().await;
    source.set(2);
    tick().await;
    source.set(3);
    tick().await;
    assert_eq!(*seen.borrow(), vec![2, 3]);
    owner.cleanup();
}

#[wasm_bindgen_test]
fn the_keyed_list_keeps_rows_that_stay() {
    let parent = el("ol", "").0;
    let mut list: KeyedList<u32> = KeyedList::default();
    let keys = |ks: &[&str]| ks.iter().map(|k| k.to_string()).collect::<Vec<_>>();
    let mut builds = 0;
    let mut draw = |list: &mut KeyedList<u32>, ks: &[String]| {
        list.update(&parent, ks, |at| {
            builds += 1;
            (el("li", "").text(&ks[at]).0, at as u32)
        })
    };
    assert!(draw(&mut list, &keys(&["a", "b", "c"])));
    let b = parent.children().item(1).unwrap();
    assert!(!draw(&mut list, &keys(&["a", "b", "c"])), "nothing to build");
    draw(&mut list, &keys(&["b", "d", "c"]));
    assert_eq!(parent.text_content().unwrap(), "bdc");
    assert!(parent.children().item(0).unwrap() == b, "b is the same node");
    assert_eq!(list.get_mut("a"), None);
    assert_eq!(list.get_mut("d"), Some(&mut 1));
    assert_eq!(builds, 4);
}

#[wasm_bindgen_test]
fn an_empty_text_adds_no_node() {
    let e = el("button", "").text("").child(el("span", "").text("Open")).text("");
    assert_eq!(e.0.child_nodes().length(), 1, "only the span: no empty text nodes around it");
    assert_eq!(e.0.text_content().as_deref(), Some("Open"));
}
