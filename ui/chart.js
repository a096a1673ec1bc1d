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

/** Multiply every font size, margin and offset of a figure by k, in place: a presenting figure's text is sized for a
 * screen data.screen_height px high (airwars/charts.py), and keeps the same share of any screen's height. */
const scaleFigure = (figure, k) => {
  const times = (v) => (Array.isArray(v) ? v.map((x) => x * k) : typeof v === "number" ? v * k : v);
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (/font$/i.test(key) && value && typeof value === "object") value.size = times(value.size);
      else if (key === "marker" && value && typeof value === "object") value.size = times(value.size);
      else walk(value);
    }
  };
  const layout = figure.layout;
  walk(layout);
  walk(figure.data);
  for (const side of ["l", "r", "t", "b"]) if (layout.margin?.[side] != null) layout.margin[side] *= k;
  for (const side of ["l", "r", "t", "b"]) if (layout.title?.pad?.[side] != null) layout.title.pad[side] *= k;
  for (const note of layout.annotations ?? []) for (const shift of ["xshift", "yshift"]) if (note[shift]) note[shift] *= k;
  if (layout.legend?.tracegroupgap) layout.legend.tracegroupgap *= k;
  for (const [key, axis] of Object.entries(layout)) if (/^[xy]axis\d*$/.test(key) && axis?.title?.standoff) axis.title.standoff *= k;
  return figure;
};

/** The figure as it is drawn here: when presenting, scaled from the screen it was sized for to this screen's height. */
const figureFor = (data) => {
  const figure = JSON.parse(data.figure);
  return data.screen_height ? scaleFigure(figure, window.innerHeight / data.screen_height) : figure;
};

/** plotly.js's options, with the camera button swapped for one that saves the slide figure (the sources inside, as the
 * downloads menu's image), labelled in the reader's language. */
const configFor = (data, Plotly) => {
  if (!data.slide) return data.config;
  const slide = JSON.parse(data.slide);
  const options = data.config.toImageButtonOptions;
  return {
    ...data.config,
    modeBarButtonsToRemove: [...data.config.modeBarButtonsToRemove, "toImage"],
    modeBarButtonsToAdd: [{
      name: "airwars-slide", title: data.slide_label, icon: Plotly.Icons.camera,
      click: () => Plotly.downloadImage(slide, { ...options, width: slide.layout.width, height: slide.layout.height, scale: 1 }),
    }],
  };
};

/** The chart's toolbar repeats the downloads menu: out of the tab order, so a keyboard reaches the menu first. */
const untab = (box) => {
  for (const button of box.querySelectorAll(".modebar-btn")) button.setAttribute("tabindex", "-1");
};

export default function ({ data, parentElement }) {
  let box = parentElement.querySelector(".aw-chart");
  if (!box) {
    box = document.createElement("div");
    box.className = "aw-chart";
    box.setAttribute("role", "figure");
    parentElement.appendChild(box);
  }
  box.setAttribute("aria-label", data.label);
  let figure = figureFor(data);
  let height = window.innerHeight;
  let observer;
  let gone = false;
  // The font first, so plotly measures the labels with the glyphs it will draw (as the report does).
  Promise.all([plotly(), document.fonts.ready]).then(([Plotly]) => {
    if (gone) return;
    const config = configFor(data, Plotly);
    Plotly.react(box, figure.data, figure.layout, config).then(() => untab(box));
    // The box follows its column (sidebar folded or opened, a phone turned), not only the window; one observer per box,
    // however often Streamlit hands it new data.
    box.airwarsObserver?.disconnect();
    observer = new ResizeObserver(() => {
      if (!box.isConnected) return;
      if (data.screen_height && window.innerHeight !== height) {  // a presenter's window resized: text follows it
        height = window.innerHeight;
        figure = figureFor(data);
        Plotly.react(box, figure.data, figure.layout, config);
      } else Plotly.Plots.resize(box);
    });
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
