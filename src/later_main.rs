//! The on-demand module's entry point (`later-<hash>.js` and its wasm): the Embed dialog, the
//! Share menu's panel, the deeper barrier panels, the CSV and JSON exports and the chart images, which the page (`frontier_cost::later`) loads
//! the first time a reader asks for one of them. It gets the page's calculation as its
//! language and link query, and decodes it with the same codec and model.

#[cfg(target_arch = "wasm32")]
mod entry {
    use std::cell::RefCell;

    use frontier_cost::components::{
        decode_args, locale_of, perform, DeeperPanels, DeeperPanelsProps, EmbedRoot,
        EmbedRootProps, Exports, SharePanel, SharePanelProps, TrajectoryRoot, TrajectoryRootProps,
    };
    use frontier_cost::model::link;
    use frontier_cost::model::text::zh_table;
    use frontier_cost::model::uncertainty::{monte_carlo, DEFAULT_SAMPLES, DEFAULT_SEED};
    use frontier_cost::model::Lang;
    use js_sys::Function;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use web_sys::Element;
    use yew::{AppHandle, AttrValue, Callback, Renderer};

    // This module's Yew and the page's brand the elements they handle with numbers that each
    // counts from 1; the page's app is number 1. A few numbers are used up here first, so that
    // the page's app never takes this module's Share panel, drawn inside it, for its own.
    #[yew::function_component]
    fn Nothing() -> yew::Html {
        yew::Html::default()
    }

    fn skip_page_numbers() {
        thread_local!(static SKIPPED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
        if !SKIPPED.replace(true) {
            let document = gloo::utils::document();
            for _ in 0..32 {
                if let Ok(element) = document.create_element("div") {
                    Renderer::<Nothing>::with_root(element).render().destroy();
                }
            }
        }
    }

    /// An app of this module, by what it draws.
    enum App {
        Embed(AppHandle<EmbedRoot>, Function),
        Share(AppHandle<SharePanel>, Function),
        Deeper(AppHandle<DeeperPanels>, Function, Element),
        Trajectory(AppHandle<TrajectoryRoot>),
    }

    /// Something mounted, or waiting for its texts.
    enum Mounted {
        Waiting(String, Element, String, Function),
        Open(App),
    }

    thread_local! {
        /// What is mounted, by handle (handles start at 2: the page reads 0 and 1 as none).
        static MOUNTED: RefCell<Vec<(u32, Mounted)>> = const { RefCell::new(Vec::new()) };
        static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(2) };
    }

    /// Calls `then` once the texts of `lang` are there: the English shown on demand (this
    /// module's are all of that kind) and, for Chinese, the Chinese. A failed load still calls
    /// it (the loaders say why in the console; a missing text shows as English or nothing).
    fn with_texts(lang: &str, then: impl FnOnce() + 'static) {
        let zh = lang == Lang::Zh.code();
        frontier_cost::zh_texts::load_deferred_en(move |_| {
            if zh && !zh_table::is_loaded() {
                frontier_cost::zh_texts::ensure_loaded(then);
            } else {
                then();
            }
        });
    }

    fn embed_props(args: &str, done: &Function) -> EmbedRootProps {
        let done = done.clone();
        EmbedRootProps {
            args: AttrValue::from(args.to_string()),
            on_closed: Callback::from(move |_| {
                let _ = done.call0(&JsValue::NULL);
            }),
        }
    }

    fn share_props(args: &str, done: &Function) -> SharePanelProps {
        let done = done.clone();
        SharePanelProps {
            args: AttrValue::from(args.to_string()),
            on_close: Callback::from(move |focus_back: bool| {
                let _ = done.call1(&JsValue::NULL, &JsValue::from_bool(focus_back));
            }),
        }
    }

    /// The deeper panels' props: those `root` names (`data-panels`), fields unless it says
    /// `data-interactive="0"`; a changed setting goes to `done` as its link key and text.
    fn deeper_props(args: &str, done: &Function, root: &Element) -> DeeperPanelsProps {
        let done = done.clone();
        DeeperPanelsProps {
            args: AttrValue::from(args.to_string()),
            panels: AttrValue::from(root.get_attribute("data-panels").unwrap_or_default()),
            on_change: Callback::from(move |(key, text): (String, String)| {
                let _ = done.call2(
                    &JsValue::NULL,
                    &JsValue::from_str(&key),
                    &JsValue::from_str(&text),
                );
            }),
            interactive: root.get_attribute("data-interactive").as_deref() != Some("0"),
        }
    }

    /// Draws `kind` (`embed`: the Embed dialog; `share`: the Share menu's panel; `deeper`: the
    /// deeper barrier panels; `trajectory1`: version 1's trajectory chart) into `root`
    /// for the calculation `args`; `done` is called when it closes itself (the panel says
    /// whether the focus goes back to its button). Returns its handle.
    #[wasm_bindgen]
    pub fn mount(kind: &str, root: Element, args: &str, done: Function) -> u32 {
        if !["embed", "share", "deeper", "trajectory1"].contains(&kind) {
            return 1;
        }
        let id = NEXT.get();
        NEXT.set(id + 1);
        let lang = args.split('\n').next().unwrap_or_default().to_string();
        MOUNTED.with_borrow_mut(|mounted| {
            mounted.push((
                id,
                Mounted::Waiting(kind.to_string(), root, args.to_string(), done),
            ))
        });
        with_texts(&lang, move || {
            MOUNTED.with_borrow_mut(|mounted| {
                let Some(entry) = mounted.iter_mut().find(|(each, _)| *each == id) else {
                    return; // taken down meanwhile
                };
                if let Mounted::Waiting(kind, root, args, done) = &entry.1 {
                    skip_page_numbers();
                    let app = if kind == "trajectory1" {
                        root.set_text_content(None);
                        App::Trajectory(
                            Renderer::<TrajectoryRoot>::with_root_and_props(
                                root.clone(),
                                TrajectoryRootProps {
                                    args: AttrValue::from(args.clone()),
                                },
                            )
                            .render(),
                        )
                    } else if kind == "deeper" {
                        // Whatever the pre-rendered page left in the host goes: the panels
                        // replace it in the same task, so nothing flashes.
                        root.set_text_content(None);
                        App::Deeper(
                            Renderer::<DeeperPanels>::with_root_and_props(
                                root.clone(),
                                deeper_props(args, done, root),
                            )
                            .render(),
                            done.clone(),
                            root.clone(),
                        )
                    } else if kind == "share" {
                        App::Share(
                            Renderer::<SharePanel>::with_root_and_props(
                                root.clone(),
                                share_props(args, done),
                            )
                            .render(),
                            done.clone(),
                        )
                    } else {
                        App::Embed(
                            Renderer::<EmbedRoot>::with_root_and_props(
                                root.clone(),
                                embed_props(args, done),
                            )
                            .render(),
                            done.clone(),
                        )
                    };
                    entry.1 = Mounted::Open(app);
                }
            });
        });
        id
    }

    /// Gives what `id` names a new calculation.
    #[wasm_bindgen]
    pub fn update(id: u32, args: &str) {
        MOUNTED.with_borrow_mut(|mounted| {
            if let Some((_, entry)) = mounted.iter_mut().find(|(each, _)| *each == id) {
                match entry {
                    Mounted::Waiting(_, _, waiting, _) => *waiting = args.to_string(),
                    Mounted::Open(App::Embed(handle, done)) => {
                        handle.update(embed_props(args, done))
                    }
                    Mounted::Open(App::Share(handle, done)) => {
                        handle.update(share_props(args, done))
                    }
                    Mounted::Open(App::Deeper(handle, done, root)) => {
                        handle.update(deeper_props(args, done, root))
                    }
                    Mounted::Open(App::Trajectory(handle)) => handle.update(TrajectoryRootProps {
                        args: AttrValue::from(args.to_string()),
                    }),
                }
            }
        });
    }

    /// Takes down what `id` names.
    #[wasm_bindgen]
    pub fn unmount(id: u32) {
        let entry = MOUNTED.with_borrow_mut(|mounted| {
            let at = mounted.iter().position(|(each, _)| *each == id)?;
            Some(mounted.remove(at).1)
        });
        match entry {
            Some(Mounted::Open(App::Embed(handle, _))) => handle.destroy(),
            Some(Mounted::Open(App::Share(handle, _))) => handle.destroy(),
            Some(Mounted::Open(App::Deeper(handle, _, _))) => handle.destroy(),
            Some(Mounted::Open(App::Trajectory(handle))) => handle.destroy(),
            _ => {}
        }
    }

    /// Makes the export `action` (`csv`, `json`; empty: the chart image of `button`) of the
    /// calculation `args`, as the page shows it (the simulation is run again: it is seeded).
    #[wasm_bindgen]
    pub fn run(action: String, button: Element, args: String) {
        let lang = args.split('\n').next().unwrap_or_default().to_string();
        with_texts(&lang, move || {
            let state = decode_args(&args);
            let locale = locale_of(&state);
            let link_state = state.link;
            let params = link_state.scenario.params;
            let ranges = link_state.ranges;
            let simulation = link_state.uncertainty.then(|| {
                let run = monte_carlo(&params, &ranges, DEFAULT_SAMPLES, DEFAULT_SEED);
                Rc::new(((params, ranges), run))
            });
            let exports = Exports {
                locale,
                outputs: Rc::new(link_state.scenario.evaluate()),
                query: AttrValue::from(link::encode(&link_state.for_sharing())),
                link: link_state,
                simulation,
            };
            perform(&action, &button, &exports);
        });
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The on-demand module runs in the browser: `trunk build --release` builds it (see README)."
    );
}
