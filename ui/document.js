/* Run from the page by ui/shell.start(), which puts in the settings: a JSON object built from the labels files.
   No "<"+letter anywhere in this file: DOMPurify drops such a script.
   Streamlit has no setting for the html element's lang and dir nor for its own interface text: set them here, and again whenever
   Streamlit redraws the elements concerned. Our own widgets are found by their key's class (.st-key-KEY); Streamlit's
   chrome has no key, so three of its internal names are used (the skip link, the sidebar, the main menu's button),
   and the sidebar's two buttons are found by the ARIA relation that ties them to it (aria-controls). */
(() => {
  const s = __SETTINGS__;
  const root = document.documentElement;
  const attr = (selector, name, value) => {
    for (const e of document.querySelectorAll(selector)) if (e.getAttribute(name) !== value) e.setAttribute(name, value);
  };
  const text = (selector, value) => {
    for (const e of document.querySelectorAll(selector)) if (e.textContent !== value) e.textContent = value;
  };
  const upload = '.st-key-finder-file';
  const apply = () => {
    if (root.lang !== s.lang) root.lang = s.lang;
    if (root.dir !== s.dir) root.dir = s.dir;
    // Streamlit's chrome, in English and without a key: the skip link, the sidebar's two buttons, the sidebar, the menu.
    text('[data-testid="stSkipToContent"]', s.skip_to_main);
    attr('button[aria-controls="stSidebar"][aria-expanded="false"]', 'aria-label', s.expand_sidebar);
    attr('button[aria-controls="stSidebar"][aria-expanded="true"]', 'aria-label', s.collapse_sidebar);
    attr('[data-testid="stSidebar"]', 'aria-label', s.sidebar);
    attr('[data-testid="stMainMenuButton"]', 'aria-label', s.main_menu);
    // The figures finder's uploader: its button, its input, and its limit line rebuilt from what the element accepts.
    text(`${upload} section button p`, s.upload);
    attr(`${upload} input[type="file"]`, 'aria-label', s.upload_input);
    // Streamlit's drop zone is role=presentation yet labelled and focusable (axe: presentation-role-conflict): a group.
    attr(`${upload} section`, 'role', 'group');
    for (const input of document.querySelectorAll(`${upload} input[type="file"]`)) {
      const types = input.accept.split(',').filter(t => t.startsWith('.')).map(t => t.slice(1).toUpperCase()).join(s.list_separator);
      text(`${upload} section > div:last-child span`, `${s.upload_size} ${s.per_file} · ${types}`);
    }
  };
  window.airwarsDocument?.disconnect();  // the previous page's or language's observer
  // In the observer's own callback, a microtask after Streamlit's change and before any other task: no screen reader,
  // script or test sees Streamlit's text and roles between a redraw and their fix, as they could until the next frame.
  // apply() changes only what differs, so its own changes call it once more, to no effect.
  const observer = new MutationObserver(apply);
  observer.observe(document.body, {subtree: true, childList: true});
  window.airwarsDocument = observer;
  apply();
})();
