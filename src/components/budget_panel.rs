//! "What a budget buys": a budget (dollars typed, or an organisation of the edition's ladder)
//! and, every other setting of the scenario held, the largest final run it pays for
//! (`model::budget`, solved once by the root): its compute, the compute-optimal model, its days
//! on the scenario's cluster, and the rules it would trigger. Below the scenario's fixed costs,
//! the message says how much they are.
//!
//! The field follows the project's rule for typed input: a text that does not read keeps its
//! message beside the field and changes nothing; a text that reads goes to the page, which
//! answers with new `args` (the field shows what the link says).

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::barrier_panel::fill_nodes;
use crate::components::output::output;
use crate::components::param_help::source_line;
use crate::format::Locale;
use crate::hooks::{use_draft, use_select_value};
use crate::i18n::deeper as t;
use crate::i18n::page::EXACT;
use crate::model::budget::{BudgetError, BudgetRun, BudgetSpec, BELOW_FIXED_COSTS};
use crate::model::deeper::Deeper;
use crate::model::edition::{self, Edition};
use crate::model::link::deeper::{budget_text, read_budget, DEFAULT_BUDGET};
use crate::model::rules;
use crate::model::Value;

#[derive(Properties, PartialEq)]
pub struct BudgetPanelProps {
    /// The deeper panels' results, computed once by the root.
    pub deeper: Rc<Deeper>,
    /// The scenario's schema version: whose ladder the organisations come from.
    pub version: u32,
    /// The programme's months (`params.months`): a longer run gets a warning.
    pub months: f64,
    /// Whether the reader can change the budget.
    pub interactive: bool,
    /// A budget the reader set: `("budget", text)`.
    pub on_change: Callback<(String, String)>,
}

/// Average days in a month, to compare a run's days with the programme's months.
const DAYS_PER_MONTH: f64 = 365.25 / 12.0;

/// The edition of a schema version (the latest for one this build does not know).
pub(crate) fn edition_of(version: u32) -> &'static Edition {
    edition::get(version).unwrap_or_else(edition::latest)
}

/// The budget in words: an organisation's label and amount, or the amount.
fn budget_words(locale: &Locale, spec: BudgetSpec, edition: &'static Edition) -> String {
    match spec {
        BudgetSpec::Organisation(id) => match crate::model::barrier::budget(edition, id) {
            Some(budget) => locale.fill(
                t::WITH_DETAIL,
                &[locale.t(budget.label), &locale.money(budget.amount.get())],
            ),
            None => id.to_string(),
        },
        BudgetSpec::Usd(usd) => locale.money(usd.get()),
    }
}

/// A finite number or nothing: no NaN reaches the page.
fn finite(value: f64) -> Option<f64> {
    value.is_finite().then_some(value)
}

/// The run the budget buys, as a list of results.
fn run_results(locale: &Locale, run: &BudgetRun, months: f64) -> Html {
    let flop = finite(run.flop.get()).unwrap_or(0.0);
    let params_b = finite(run.params_b).unwrap_or(0.0);
    let tokens_t = finite(run.tokens_t).unwrap_or(0.0);
    let days = finite(run.days).unwrap_or(0.0);
    let too_long = months > 0.0 && days > months * DAYS_PER_MONTH;
    let crossed: Vec<String> = run
        .rules
        .iter()
        .filter(|crossing| crossing.crossed)
        .map(|crossing| {
            // A revoked order is named as such: it would trigger nothing today.
            let name = locale.t(crossing.rule.name);
            let name = if crossing.rule.status == rules::Status::Revoked {
                locale.fill(t::REVOKED_MARK, &[name])
            } else {
                name.to_string()
            };
            locale.fill(
                t::WITH_DETAIL,
                &[
                    &name,
                    &rules::times_threshold(crossing.rule, crossing.flop_ratio, locale.lang),
                ],
            )
        })
        .collect();
    let rules_text = if crossed.is_empty() {
        locale.t(t::NO_RULE).to_string()
    } else {
        crate::i18n::barrier::list(
            locale.lang,
            &crossed.iter().map(String::as_str).collect::<Vec<_>>(),
        )
    };
    let model = fill_nodes(
        "{0} · {1}",
        &[
            output(
                "budget_params_b",
                params_b,
                locale.fill(t::PARAMS_VALUE, &[&locale.compact(params_b * 1e9)]),
                None,
                "",
            ),
            output(
                "budget_tokens_t",
                tokens_t,
                locale.fill(t::TOKENS_VALUE, &[&locale.compact(tokens_t * 1e12)]),
                None,
                "",
            ),
        ],
    );
    html! {
        <dl class="deeper-results">
            <div>
                <dt>{locale.node(t::BUDGET_FLOP)}</dt>
                <dd>{output("budget_flop", flop, format!("{} FLOP", locale.flop(flop)), None, "")}</dd>
            </div>
            <div>
                <dt>{locale.node(t::BUDGET_MODEL)}</dt>
                <dd>{model}</dd>
            </div>
            <div class={classes!(too_long.then_some("is-warning"))}>
                <dt>{locale.node(t::BUDGET_DAYS)}</dt>
                <dd>
                    {output("budget_days", days, locale.fill(t::DAYS_VALUE, &[&crate::components::rules_panel::days_text(locale, days)]), None, "")}
                    if too_long {
                        <p class="deeper-warning" data-warning="budget-days">
                            {locale.fill_node(t::TOO_LONG, &[&locale.plain(months)])}
                        </p>
                    }
                </dd>
            </div>
            <div>
                <dt>{locale.node(t::BUDGET_RULES)}</dt>
                <dd data-budget-rules="">{crate::format::string_node(rules_text)}</dd>
            </div>
        </dl>
    }
}

/// Why no run fits.
fn budget_error(locale: &Locale, error: &BudgetError) -> Html {
    let (code, text) = match error {
        BudgetError::BelowFixedCosts { fixed, .. } => (
            "below-fixed-costs",
            locale.fill(BELOW_FIXED_COSTS, &[&locale.money(fixed.get())]),
        ),
        BudgetError::Unbounded => ("unbounded", locale.t(t::BUDGET_UNBOUNDED).to_string()),
        BudgetError::InvalidBudget => ("unknown", locale.t(t::BUDGET_UNKNOWN).to_string()),
    };
    html! {
        <p class="deeper-message" data-budget-error={code} role="status">
            {crate::format::string_node(text)}
        </p>
    }
}

#[component]
pub fn BudgetPanel(props: &BudgetPanelProps) -> Html {
    let locale = use_context::<Locale>().unwrap_or_default();
    let edition = edition_of(props.version);
    let deeper = &props.deeper;
    let spec = deeper.settings.budget;
    let amount = deeper.budget_amount.map_or(0.0, |usd| usd.get());
    // The value in force for the field's draft: the budget's dollars.
    let in_force = Value::Number(amount);
    let drafts = use_draft();
    let typing = drafts.handlers(0, in_force, {
        let on_change = props.on_change.clone();
        move |text| {
            let spec = read_budget(text, edition)?;
            on_change.emit(("budget".to_string(), budget_text(spec)));
            Some(Value::Number(
                spec.amount(edition).map_or(0.0, |usd| usd.get()),
            ))
        }
    });
    let typed = drafts.shown(0, in_force);
    let refused = typed.filter(|draft| draft.refused);
    let text = typed.map_or_else(|| budget_text(spec), |draft| draft.text.clone());
    let chosen = match spec {
        BudgetSpec::Organisation(id) => id,
        BudgetSpec::Usd(_) => "",
    };
    let select = use_select_value(AttrValue::Static(chosen));
    let on_pick = {
        let on_change = props.on_change.clone();
        let drafts = drafts.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            let id = select.value();
            // "An amount typed" is not a budget by itself: the text field gives one.
            if !id.is_empty() {
                drafts.clear();
                on_change.emit(("budget".to_string(), id));
            }
        })
    };

    let words = budget_words(&locale, spec, edition);
    let message = refused.map(|draft| locale.fill(t::BUDGET_INVALID, &[&draft.text, &words]));
    let described = if message.is_some() {
        "deeper-budget-error deeper-budget-help"
    } else {
        "deeper-budget-help"
    };
    let field = props.interactive.then(|| {
        html! {
            <div class={classes!("deeper-field", message.is_some().then_some("is-invalid"))}>
                <label for="deeper-budget">{locale.node(t::BUDGET_LABEL)}</label>
                <div class="deeper-field-inputs">
                    <input id="deeper-budget" type="text" autocomplete="off"
                        spellcheck="false" data-param="budget" value={text}
                        aria-invalid={message.is_some().then_some("true")}
                        aria-describedby={described}
                        oninput={typing.oninput} onblur={typing.onblur} onkeydown={typing.onkeydown} />
                    <select ref={select} data-budget-pick="" aria-label={locale.t(t::BUDGET_ORG)}
                        onchange={on_pick}>
                        <option value="" selected={chosen.is_empty()}>{locale.node(t::BUDGET_TYPED)}</option>
                        { for edition.budgets.iter().map(|budget| html! {
                            <option value={budget.id} selected={budget.id == chosen}>
                                {locale.fill(t::WITH_DETAIL, &[locale.t(budget.label), &locale.money(budget.amount.get())])}
                            </option>
                        }) }
                    </select>
                </div>
                <p id="deeper-budget-help" class="field-hint">{locale.node(t::BUDGET_HELP)}</p>
                if let Some(message) = message {
                    <p id="deeper-budget-error" class="field-error">{crate::format::string_node(message)}</p>
                }
            </div>
        }
    });

    // Not a result of its own (no `data-out`): the budget as the reader set it.
    let budget_out = html! {
        <strong class="deeper-budget-amount" title={locale.fill(EXACT, &[&locale.money_exact(amount)])}>
            {crate::format::string_node(words.clone())}
        </strong>
    };
    let source = match spec {
        BudgetSpec::Organisation(id) => crate::model::barrier::budget(edition, id),
        BudgetSpec::Usd(_) => None,
    };
    html! {
        <section class="deeper-panel deeper-budget" data-panel="budget" aria-labelledby="deeper-budget-title">
            <h2 id="deeper-budget-title">{locale.node(crate::i18n::embed::PANEL_BUDGET)}</h2>
            {field}
            if deeper.budget_amount.is_some() {
                <p class="deeper-lead">{fill_nodes(locale.t(t::BUDGET_LEAD), &[budget_out])}</p>
            }
            {match &deeper.budget {
                Ok(run) => run_results(&locale, run, props.months),
                Err(error) => budget_error(&locale, error),
            }}
            <p class="deeper-note">
                {locale.node(t::BUDGET_NOTE)}
                if spec == DEFAULT_BUDGET {
                    {" "}{locale.fill_node(t::BUDGET_DEFAULT, &[&words])}
                }
                if let Some(budget) = source {
                    {" "}{locale.node(t::SOURCES)}{source_line(&locale, &budget.source)}
                }
            </p>
        </section>
    }
}
