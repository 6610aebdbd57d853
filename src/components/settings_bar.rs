//! Language and currency switches, and the exchange rate in use with its date.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::param_help::source_line;
use crate::format::Locale;
use crate::hooks::use_select_value;
use crate::i18n::page as t;
use crate::model::currency::{Currency, RATE_SOURCE};
use crate::model::parse::parse_number;
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
    let on_lang = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(lang) = Lang::from_code(&select.value()) {
                dispatch.emit(Action::SetLang(lang));
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
    let on_fx = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if let Ok(number) = parse_number(&input.value()) {
                dispatch.emit(Action::SetFx(number.value));
            }
        })
    };
    let lang_names = [(Lang::En, "English"), (Lang::Zh, "中文")];
    html! {
        <div class="settings-bar">
            <label class="setting">
                <span class="setting-label">{locale.t(t::LANGUAGE)}</span>
                <select data-param="lang" ref={lang_ref} onchange={on_lang}>
                    { for lang_names.iter().map(|(lang, name)| html! {
                        <option value={lang.code()} lang={lang.code()} selected={*lang == locale.lang}>{*name}</option>
                    }) }
                </select>
            </label>
            <label class="setting">
                <span class="setting-label">{locale.t(t::CURRENCY)}</span>
                <select data-param="cur" ref={currency_ref} onchange={on_currency}>
                    { for Currency::ALL.iter().map(|currency| html! {
                        <option value={currency.code()} selected={*currency == locale.currency}>
                            {currency.code()}{" · "}{currency.label().get(locale.lang)}
                        </option>
                    }) }
                </select>
            </label>
            if locale.currency != Currency::Usd {
                <label class="setting">
                    <span class="setting-label">{locale.t(t::FX_RATE)}</span>
                    <input class="fx" type="text" inputmode="decimal" data-param="fx"
                        value={crate::model::decimal::shortest(locale.fx)} onchange={on_fx} />
                    <span class="setting-source">{source_line(&locale, &RATE_SOURCE)}</span>
                </label>
            }
            { props.children.clone() }
        </div>
    }
}
