/* The dashboard's chart element (a Streamlit component, ui/view.py): draws one figure with plotly.js basic, the bundle the
   static report inlines, served from static/vendor/. Streamlit's own chart element loads the full plotly.js (4.7 MB, about
   a second of the browser's time on a laptop) for charts that need only bars and lines: make bench measures the difference.
   The data is the figure as JSON, plotly's config and the chart's description, all made by airwars/ and ui/view.py; no
   text is ever put into the page as HTML here (plotly draws the figure's text, which airwars/charts.py escapes). */
const BUNDLE = "app/static/vendor/plotly-basic.min.js";

/** plotly.js, loaded once per page however many charts ask for it. */
const plotly = () => {
  window.airwarsPlotly ??= new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = new URL(BUNDLE, document.baseURI).href;
    script.onload = () => resolve(window.Plotly);
    script.onerror = () => {
      window.airwarsPlotly = undefined;  // a later chart may try again
      reject(new Error(`${BUNDLE} did not load`));
    };
    document.head.appendChild(script);
  });
  return window.airwarsPlotly;
};

// On paper the chart takes the printed column's width (A4 and US Letter, 13 mm margins: 680 px fits both) when printing
// starts, and the screen's again afterwards: plotly.js keeps the width it drew at, which runs off a page.
const PRINT_WIDTH = 680;
if (!window.airwarsPrint) {
  window.airwarsPrint = true;
  const charts = () => document.querySelectorAll(".aw-chart.js-plotly-plot");
  window.addEventListener("beforeprint", () => {
    for (const box of charts()) if (box.clientWidth > PRINT_WIDTH) window.Plotly?.relayout(box, { width: PRINT_WIDTH });
  });
  window.addEventListener("afterprint", () => {
    for (const box of charts()) window.Plotly?.relayout(box, { width: null, autosize: true });
  });
}

export default function ({ data, parentElement }) {
  let box = parentElement.querySelector(".aw-chart");
  if (!box) {
    box = document.createElement("div");
    box.className = "aw-chart";
    box.setAttribute("role", "figure");
    parentElement.appendChild(box);
  }
  box.setAttribute("aria-label", data.label);
  const figure = JSON.parse(data.figure);
  let observer;
  let gone = false;
  // The font first, so plotly measures the labels with the glyphs it will draw (as the report does).
  Promise.all([plotly(), document.fonts.ready]).then(([Plotly]) => {
    if (gone) return;
    Plotly.react(box, figure.data, figure.layout, data.config);
    // The box follows its column (sidebar folded or opened, a phone turned), not only the window; one observer per box,
    // however often Streamlit hands it new data.
    box.airwarsObserver?.disconnect();
    observer = new ResizeObserver(() => box.isConnected && Plotly.Plots.resize(box));
    observer.observe(box);
    box.airwarsObserver = observer;
  }).catch(() => {
    // Without plotly.js the reader still has the description here, and the table in the other tab.
    box.textContent = data.label;
  });
  return () => {
    gone = true;
    observer?.disconnect();
    window.Plotly?.purge(box);
  };
}
