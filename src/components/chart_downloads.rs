//! The SVG and PNG buttons under each chart. The image is the chart as drawn on the page, in
//! the light theme, with a footer giving its title, its source and the calculation's link.
//!
//! The buttons are plain markup ([`chart_downloads`]); the page's one click handler
//! (`export_menu::on_page_click`) calls [`download_chart`] for them all: a component per chart
//! would cost readers kilobytes of download for six copies of the same thing.

use web_sys::Element;
use yew::prelude::*;

use crate::download::{chart_image, today};
use crate::export::file_name;
use crate::format::Locale;
use crate::i18n::embed::EMBED_NAME;
use crate::i18n::export as t;
use crate::model::{Preset, Text};

/// The download buttons of the chart drawn in the element `target` (an id ending in
/// `-chart`; the rest names the file). `sources` names where the chart's reference figures
/// come from, when not only from the inputs.
#[inline(never)]
pub fn chart_downloads(
    locale: &Locale,
    target: &'static str,
    title: Text,
    sources: Option<String>,
) -> Html {
    let title = locale.t(title);
    html! {
        <div class="chart-downloads" role="group" aria-label={locale.t(t::DOWNLOAD_CHART)}
            data-chart={target} data-title={title} data-sources={sources}>
            { for [("svg", "SVG"), ("png", "PNG")].into_iter().map(|(code, format)| html! {
                <button type="button" class="chart-download" data-download={code}
                    aria-label={locale.fill(t::DOWNLOAD_AS, &[title, format])}>
                    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                        <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13.5h10" />
                    </svg>
                    {format}
                </button>
            }) }
            <span class="chart-download-error" role="status"></span>
        </div>
    }
}

/// Makes and offers the image a chart's `button` asks for. `permalink` is the calculation's
/// full address and `preset` its starting point, both named in the image's footer.
pub fn download_chart(button: &Element, locale: &Locale, permalink: &str, preset: &Preset) {
    let Some(group) = button.parent_element() else {
        return;
    };
    let attribute = |element: &Element, name: &str| element.get_attribute(name).unwrap_or_default();
    let format = attribute(button, "data-download");
    let target = attribute(&group, "data-chart");
    let date = today();
    let mut about = locale.fill(t::CHART_INPUTS, &[preset.name.get(locale.lang)]);
    if let Some(sources) = group.get_attribute("data-sources") {
        about.push_str(locale.t(crate::i18n::page::LIST_SEPARATOR));
        about.push_str(&sources);
    }
    let source = locale.fill(t::CHART_SOURCE, &[locale.t(EMBED_NAME), &date, &about]);
    let name = file_name(preset.id, &date, target.trim_end_matches("-chart"), &format);
    chart_image(
        &target,
        &format,
        &name,
        &attribute(&group, "data-title"),
        &source,
        permalink,
        group.query_selector(".chart-download-error").ok().flatten(),
        locale.t(t::CHART_FAILED),
    );
}
