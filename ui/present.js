/* Presenter mode's controls (ui/view.py): they fade after a few seconds without a mouse move or a key, and come back on
   either, so a projected step shows the chart and its sources, not a strip of buttons. The buttons' own shortcuts (arrows,
   Esc) work while they are faded. The delay comes from ui/view.py; window.airwarsIdleMs overrides it (the browser tests). */
export default function ({ data }) {
  const root = document.documentElement;
  const delay = () => window.airwarsIdleMs ?? data.idle_ms;
  let timer;
  const wake = () => {
    root.classList.remove("aw-idle");
    clearTimeout(timer);
    timer = setTimeout(() => root.classList.add("aw-idle"), delay());
  };
  const events = ["mousemove", "pointerdown", "keydown", "wheel", "touchstart", "focusin"];
  window.airwarsPresenter?.();  // the previous step's listeners
  for (const name of events) document.addEventListener(name, wake, { passive: true });
  const stop = () => {
    clearTimeout(timer);
    for (const name of events) document.removeEventListener(name, wake);
    root.classList.remove("aw-idle");
    if (window.airwarsPresenter === stop) window.airwarsPresenter = undefined;
  };
  window.airwarsPresenter = stop;
  wake();
  return stop;
}
