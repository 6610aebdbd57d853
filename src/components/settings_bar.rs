//! Language and currency switches, and for a currency other than the dollar, its rate: a
//! field that keeps what is typed and refuses, beside it, a rate it cannot use.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::param_help::source_line;
use crate::format::Locale;
use crate::hooks::{use_draft, use_select_value};
use crate::i18n::page as t;
use crate::model::currency::{Currency, RATE_SOURCE};
use crate::model::decimal::shortest;
use crate::model::link::read_rate;
use crate::model::Lang;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct SettingsBarProps {
    pub dispatch: Callback<Action>,
    /// More controls at the end of the bar (the Share menu).
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn SettingsBar(props: &SettingsBarProps) -> Html {
    let locale = use_context::<Locale>().unwrap_or_default();
    let lang_ref = use_select_value(AttrValue::from(locale.lang.code()));
    let currency_ref = use_select_value(AttrValue::from(locale.currency.code()));
    // The rate typed is kept with the currency and rate in force (see `use_draft`).
    let rate_draft = use_draft();
    let on_lang = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(lang) = Lang::from_code(&select.value()) {
                // Chinese texts load on first use: switch once they are there.
                let dispatch = dispatch.clone();
                crate::zh_texts::ensure_loaded(move || {
                    // Without its texts (a failed load) the page stays in its language.
                    if lang == Lang::En || crate::model::text::zh_table::is_loaded() {
                        dispatch.emit(Action::SetLang(lang));
                    }
                });
            }
        })
    };
    let on_currency = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(currency) = Currency::from_code(&select.value()) {
                dispatch.emit(Action::SetCurrency(currency));
            }
        })
    };
    let (currency, in_force) = (locale.currency, locale.fx);
    let typing = rate_draft.handlers(0, (currency, in_force), {
        let dispatch = props.dispatch.clone();
        move |text| {
            let rate = read_rate(text, currency)?;
            dispatch.emit(Action::SetFx(rate));
            Some((currency, rate))
        }
    });
    let draft = rate_draft.shown(0, (currency, in_force));
    let typed = draft.map(|draft| draft.text.as_str());
    let refused = draft
        .filter(|draft| draft.refused)
        .map(|draft| draft.text.as_str());
    let rate_message = refused.map(|text| {
        let (low, high) = currency.rate_range();
        let reason = locale.fill(
            t::FX_INVALID,
            &[text, currency.code(), &shortest(low), &shortest(high)],
        );
        locale.fill(t::INVALID_KEPT, &[&reason, &shortest(in_force)])
    });
    let lang_names = [(Lang::En, "English"), (Lang::Zh, "中文")];
    html! {
        <div class="settings-bar">
            <label class="setting">
                <span class="setting-label">{locale.node(t::LANGUAGE)}</span>
                <select data-param="lang" ref={lang_ref} onchange={on_lang}>
                    { for lang_names.iter().map(|(lang, name)| html! {
                        <option value={lang.code()} lang={lang.code()} selected={*lang == locale.lang}>{*name}</option>
                    }) }
                </select>
            </label>
            <label class="setting">
                <span class="setting-label">{locale.node(t::CURRENCY)}</span>
                <select data-param="cur" ref={currency_ref} onchange={on_currency}>
                    { for Currency::ALL.iter().map(|currency| html! {
                        <option value={currency.code()} selected={*currency == locale.currency}>
                            {currency.code()}{" · "}{locale.node(currency.label())}
                        </option>
                    }) }
                </select>
            </label>
            if currency != Currency::Usd {
                <div class={classes!("setting", refused.is_some().then_some("is-invalid"))}>
                    <label class="setting-label" for="setting-fx">{locale.node(t::FX_RATE)}</label>
                    <input id="setting-fx" class="fx" type="text" inputmode="decimal"
                        autocomplete="off" spellcheck="false" data-param="fx"
                        value={typed.map_or_else(|| shortest(in_force), str::to_string)}
                        aria-invalid={refused.map(|_| "true")}
                        aria-describedby={refused.map(|_| "setting-fx-error")}
                        oninput={typing.oninput} onblur={typing.onblur} onkeydown={typing.onkeydown} />
                    if let Some(message) = rate_message {
                        <p id="setting-fx-error" class="field-error setting-error">{crate::format::text_node(message)}</p>
                    }
                    <span class="setting-source">{source_line(&locale, &RATE_SOURCE)}</span>
                </div>
            }
            { props.children.clone() }
        </div>
    }
}
