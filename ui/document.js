/* Run from the page by ui/shell.document(), which puts in the settings: a JSON object built from the labels files.
   No "<"+letter anywhere in this file: DOMPurify drops such a script.
   Streamlit has no setting for the html element's lang and dir nor for its own interface text: set them here, and again whenever
   Streamlit redraws the elements concerned. */
(() => {
  const s = __SETTINGS__;
  const root = document.documentElement;
  const attr = (selector, name, value) => {
    for (const e of document.querySelectorAll(selector)) if (e.getAttribute(name) !== value) e.setAttribute(name, value);
  };
  const text = (selector, value) => {
    for (const e of document.querySelectorAll(selector)) if (e.textContent !== value) e.textContent = value;
  };
  const apply = () => {
    if (root.lang !== s.lang) root.lang = s.lang;
    if (root.dir !== s.dir) root.dir = s.dir;
    text('[data-testid="stSkipToContent"]', s.skip_to_main);
    attr('[data-testid="stExpandSidebarButton"]', 'aria-label', s.expand_sidebar);
    attr('[data-testid="stSidebarCollapseButton"] button', 'aria-label', s.collapse_sidebar);
    attr('[data-testid="stSidebar"]', 'aria-label', s.sidebar);
    attr('[data-testid="stMainMenuButton"]', 'aria-label', s.main_menu);
    // Icon names (expand_more, upload ...) are ligatures: never part of an accessible name.
    attr('[data-testid="stIconMaterial"]', 'aria-hidden', 'true');
    for (const button of document.querySelectorAll('[data-testid="stPopoverButton"]')) {
      const label = button.querySelector('[data-testid="stMarkdownContainer"]')?.textContent;
      if (label && button.getAttribute('aria-label') !== label) button.setAttribute('aria-label', label);
    }
    for (const button of document.querySelectorAll('button[aria-label^="Help for "]')) {
      button.setAttribute('aria-label', `${s.help_for} ${button.getAttribute('aria-label').slice(9)}`);
    }
    text('[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p', s.upload);
    attr('[data-testid="stFileUploaderDropzoneInput"]', 'aria-label', s.upload_input);
    // Streamlit's drop zone is role=presentation yet labelled and focusable (axe: presentation-role-conflict): a group.
    attr('[data-testid="stFileUploaderDropzone"]', 'role', 'group');
    for (const note of document.querySelectorAll('[data-testid="stFileUploaderDropzoneInstructions"] span')) {
      const match = note.textContent.match(/^(.*) per file • (.*)$/);
      if (match) note.textContent = `${match[1]} ${s.per_file} · ${match[2]}`;
    }
  };
  window.airwarsDocument?.disconnect();  // the previous page's or language's observer
  let pending = false;
  const observer = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; apply(); });
  });
  observer.observe(document.body, {subtree: true, childList: true});
  window.airwarsDocument = observer;
  apply();
})();
