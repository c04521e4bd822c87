//! Search box, facet checkboxes with counts, the date range.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use crate::components::dom::{el, event_target, expanded, flag, set_text, text_el, El};
use crate::ctx::Ctx;
use crate::domain::date::{undated_left_out, PartialDate};
use crate::domain::intent::Intent;
use crate::domain::query::{self, Facet, TimelineResult};
use crate::domain::url_state::TimelineState;

/// Options shown before "Show all" on long facets.
const SHORT_LIST: usize = 8;

/// Sets an input's value when the state's value for it changed since it was last
/// set, not merely because it differs from what is in the field: an edit the
/// reader has not finished stays until the state itself moves.
fn sync_value(input: &Element, last: &mut Option<String>, next: String) {
    if last.as_ref() != Some(&next) {
        input.unchecked_ref::<HtmlInputElement>().set_value(&next);
        *last = Some(next);
    }
}

/// Sets a date field on every change of the state, as the search box does not:
/// a half-typed date ("10/dd/yyyy") has an empty value, so comparing values would
/// leave it in place after "Clear all". Only a field being edited whose own value
/// did not change is left alone.
fn sync_date(input: &Element, last: &mut Option<String>, next: String) {
    let field = input.unchecked_ref::<HtmlInputElement>();
    // Untouched fields that already agree are not written: no work in the frame.
    let stale = field.value() != next || field.validity().bad_input();
    let editing = document().active_element().as_ref() == Some(input);
    if stale && (!editing || last.as_ref() != Some(&next)) {
        field.set_value(&next);
    }
    // For the stylesheet: WebKit draws an empty date field as today's date, greyed.
    if input.has_attribute("data-empty") != next.is_empty() {
        crate::components::dom::flag(input, "data-empty", next.is_empty());
    }
    *last = Some(next);
}

/// The value of the input an event came from.
fn input_value(ev: &web_sys::Event) -> Option<(Element, String)> {
    let input = event_target(ev)?;
    let value = input.dyn_ref::<HtmlInputElement>()?.value();
    Some((input, value))
}

pub fn search_bar(ctx: Ctx) -> El {
    let mut last = None;
    let input = el("input", "")
        .id("timeline-search")
        .attr("type", "search")
        .attr("placeholder", "Search titles, claims, quotes, actors, places…  ( / )")
        .attr("autocomplete", "off")
        .attr("spellcheck", "false")
        .bind(move |e| sync_value(e, &mut last, ctx.state.with(|s| s.timeline.q.clone())))
        .on("input", move |ev| {
            let Some((_, value)) = input_value(ev) else { return };
            ctx.apply(&Intent::Search(value));
        })
        .on("keydown", move |ev| {
            if ev.unchecked_ref::<web_sys::KeyboardEvent>().key() == "Escape" {
                ev.prevent_default();
                ctx.apply(&Intent::RemoveFilter(query::FilterRef::Search));
            }
        });
    el("div", "search-bar")
        .attr("role", "search")
        .child(text_el("label", "visually-hidden", "Search events").attr("for", "timeline-search"))
        .child(input)
}

/// The facet options are rendered once, in a stable order (by their counts over the
/// whole dataset); only counts, checks and dimming update as filters change. That
/// keeps a keystroke from rebuilding a hundred checkboxes, and options from jumping.
pub fn facet_panel(ctx: Ctx, result: Memo<TimelineResult>) -> El {
    // Open beside the cards on wide screens; folded above them on phones, where the
    // options are drawn when first opened: they are 522 of the start-up's 852
    // elements, and Lighthouse's phone run counts the start-up task as blocking.
    let wide = crate::components::is_wide();
    let opened = RwSignal::new(wide);
    let mut details = el("details", "facet-details");
    if wide {
        details = details.attr("open", "");
    }
    // `click` comes before the summary opens the panel, so its first frame is drawn
    // full; `toggle` catches an opening by script.
    let open_now = move |_: &web_sys::Event| {
        if !opened.get_untracked() {
            opened.set(true);
        }
    };
    let details = details.child(text_el("summary", "", "Filters").on("click", open_now)).on("toggle", open_now).dyn_child(
        move || opened.get(),
        move |&on| {
            on.then(|| {
                let layout = query::run(ctx.store, &TimelineState::default()).facets;
                el("div", "facet-body")
                    .child(date_range(ctx, result))
                    .children(layout.into_iter().enumerate().map(|(slot, (facet, options))| facet_group(ctx, facet, slot, options, result)))
            })
        },
    );
    el("aside", "facet-panel")
        .attr("aria-label", "Filters")
        .attr("data-digits", &ctx.store.data.events.len().to_string().len().to_string())
        .child(details)
}

/// One drawn option and what it shows now: (count, checked, hidden).
struct OptionEl {
    value: String,
    li: Element,
    input: HtmlInputElement,
    count: Element,
    shown: Option<(usize, bool, bool)>,
}

/// One facet's checkboxes. Drawn once as plain DOM; one effect then updates counts,
/// checks and dimming (about a hundred options would otherwise be four hundred
/// reactive bindings, each re-run on every keystroke). Changes are handled by one
/// listener on the fieldset.
fn facet_group(ctx: Ctx, facet: Facet, index: usize, options: Vec<query::FacetOption>, result: Memo<TimelineResult>) -> El {
    let show_all = RwSignal::new(false);
    let long = options.len() > SHORT_LIST;
    let hidden_count = options.len().saturating_sub(SHORT_LIST);
    let mut drawn = Vec::with_capacity(options.len());
    let list = el("ul", "").children(options.into_iter().map(|o| {
        let id = format!("facet-{}-{}", facet.param(), o.value);
        let intent = Intent::ToggleFacet(facet, o.value.clone()).encode();
        let input = el("input", "").attr("type", "checkbox").attr("id", &id).attr("data-value", &o.value).attr("data-intent", &intent);
        let count = el("span", "facet-count");
        let li = el("li", "").child(El(input.0.clone())).child(
            el("label", "")
                .attr("for", &id)
                .child(text_el("span", "facet-label", &o.label).attr("title", &o.label))
                .child(El(count.0.clone())),
        );
        drawn.push(OptionEl { value: o.value, li: li.0.clone(), input: input.0.unchecked_into(), count: count.0, shown: None });
        li
    }));
    let list = list.bind(move |_| {
        let all = show_all.get();
        result.with(|r| {
            let now = &r.facets[index].1;
            for (i, d) in drawn.iter_mut().enumerate() {
                let (count, active) = now.iter().find(|o| o.value == d.value).map_or((0, false), |o| (o.count, o.active));
                let hidden = !(i < SHORT_LIST || all || active);
                let next = (count, active, hidden);
                if d.shown == Some(next) {
                    continue;
                }
                let before = d.shown.replace(next);
                if before.map(|b| b.0) != Some(count) {
                    d.count.set_text_content(Some(&count.to_string()));
                }
                let _ = d.li.class_list().toggle_with_force("zero", count == 0 && !active);
                d.input.set_checked(active);
                flag(&d.li, "hidden", hidden);
            }
        });
    });
    let more = long.then(|| {
        el("button", "button ghost facet-more")
            .bind(move |b| {
                let all = show_all.get();
                expanded(b, all);
                set_text(b, &if all { "Show fewer".to_string() } else { format!("Show all ({hidden_count} more)") });
            })
            .on("click", move |_| show_all.update(|v| *v = !*v))
    });
    el("fieldset", "facet").attr("data-facet", facet.param()).child(text_el("legend", "", facet.label())).child(list).maybe(more).on(
        "change",
        move |ev| {
            if let Some((_, intent)) = crate::components::links::intent_of(ev) {
                ctx.apply(&intent);
            }
        },
    )
}

/// A date input needs a full day: a month starts on its first day, or ends on its last.
fn day_value(d: Option<PartialDate>, from: bool) -> String {
    d.map(|d| {
        if from {
            format!("{:04}-{:02}-{:02}", d.year, d.month.unwrap_or(1), d.day.unwrap_or(1))
        } else {
            let end = d.end_key();
            format!("{:04}-{:02}-{:02}", end / 10000, end / 100 % 100, end % 100)
        }
    })
    .unwrap_or_default()
}

/// Date inputs for the range; the activity chart sets the same fields by dragging.
/// One effect keeps both in step and one listener takes both changes.
fn date_range(ctx: Ctx, result: Memo<TimelineResult>) -> El {
    let from = el("input", "").attr("type", "date").attr("data-testid", "date-from");
    let to = el("input", "").attr("type", "date").attr("data-testid", "date-to");
    let (from_el, to_el) = (from.0.clone(), to.0.clone());
    let mut last = (None, None);
    el("fieldset", "facet date-range")
        .attr("data-facet", "date")
        .child(text_el("legend", "", "Date range"))
        .child(el("label", "").text("From ").child(from))
        .child(el("label", "").text("To ").child(to))
        .child(el("p", "date-undated").attr("data-testid", "date-undated").bind(move |e| {
            let range_set = ctx.state.with(|s| s.timeline.from.is_some() || s.timeline.to.is_some());
            let note = undated_left_out(result.with(|r| r.undated), range_set);
            flag(e, "hidden", note.is_none());
            set_text(e, note.as_deref().unwrap_or(""));
        }))
        .bind(move |_| {
            let (a, b) = ctx.state.with(|s| (day_value(s.timeline.from, true), day_value(s.timeline.to, false)));
            sync_date(&from_el, &mut last.0, a);
            sync_date(&to_el, &mut last.1, b);
        })
        .on("change", move |ev| {
            let Some((input, text)) = input_value(ev) else { return };
            let date = PartialDate::parse(&text);
            let from = input.get_attribute("data-testid").as_deref() == Some("date-from");
            ctx.apply(&if from { Intent::From(date) } else { Intent::To(date) });
        })
}
