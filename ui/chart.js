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

// On paper the chart is drawn again at the printed column's width (A4 and US Letter, 13 mm margins: 680 px fits both)
// when printing starts, and at the screen's afterwards. plotly.js keeps the width it drew at, which runs off a page, and
// the plot's height follows the width (rewrap): only redrawn at the paper's width does the chart leave room on its sheet
// for the source lines and the description under it (airwars/styles/print.css keeps them together).
const PRINT_WIDTH = 680;
if (!window.airwarsPrint) {
  window.airwarsPrint = true;
  const charts = () => document.querySelectorAll(".aw-chart.js-plotly-plot");
  window.addEventListener("beforeprint", () => {
    for (const box of charts()) box.airwarsPaper?.(true);
  });
  window.addEventListener("afterprint", () => {
    for (const box of charts()) box.airwarsPaper?.(false);
  });
}

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

const RLI = "\u2067", PDI = "\u2069";
let measurer;

/** Lines of at most width px at the given font: words kept whole, greedy, as charts.wrap does by characters. */
const wrapText = (text, width, font) => {
  measurer ??= document.createElement("canvas").getContext("2d");
  measurer.font = font;
  const lines = [];
  for (const paragraph of text.split("<br>")) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && measurer.measureText(candidate).width > width) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
};

/** The notes under the plot wrapped at width px, and the height their new lines add (or take back). */
const footerAt = (figure, footer, width) => {
  const meta = figure.layout.meta;
  const size = footer.font?.size ?? 13;
  const lines = meta.footer.flatMap((text) => wrapText(text, width, `${size}px ${figure.layout.font?.family ?? "sans-serif"}`));
  const old = (footer.text.match(/<br>/g) ?? []).length + 1;
  return {
    text: lines.map((text) => (meta.rtl ? `${RLI}${text}${PDI}` : text)).join("<br>"),
    extra: (lines.length - old) * Math.round(size * 1.38),
  };
};

/** The notes wrapped again, narrower, when a line runs past the chart's box: they hang from the plot's edge, and the value
 * axis and its title on that side (as wide as plotly.js makes them, known only once drawn) leave less than the figure's
 * width; presenting, with the axis title beside the plot, the end of the note was cut (tests/browser/test_presenter_browser.py). */
const fitFooter = (box, figure, Plotly) => {
  const layout = figure.layout;
  const index = (layout.annotations ?? []).findIndex((note) => note.name === "aw-footer" && note.visible !== false);
  const drawn = index >= 0 ? box.querySelector(`.annotation[data-index="${index}"]`) : null;
  if (!drawn || !layout.meta?.footer?.length || !layout.margin) return null;
  const outer = box.getBoundingClientRect(), inner = drawn.getBoundingClientRect();
  const over = Math.max(0, outer.left - inner.left) + Math.max(0, inner.right - outer.right);
  if (over < 1) return null;
  const note = layout.annotations[index];
  const { text, extra } = footerAt(figure, note, inner.width - over - 16);
  const update = { [`annotations[${index}].text`]: text, "margin.b": layout.margin.b + extra };
  if (layout.height) update.height = layout.height + extra;
  return Plotly.relayout(box, update);
};

/** The title and the notes under the plot wrapped at the width the chart is drawn at (the figure carries them unwrapped
 * in layout.meta; its own wrapping is for a phone), each line in its reading direction. */
const rewrap = (figure, width) => {
  const meta = figure.layout.meta;
  if (!meta?.title) return;
  const family = figure.layout.font?.family ?? "sans-serif";
  const line = (text) => (meta.rtl ? `${RLI}${text}${PDI}` : text);
  const title = figure.layout.title;
  const titleSize = title.font?.size ?? 20;
  const titleWidth = width - (title.pad?.l ?? 0) - (title.pad?.r ?? 0) - 8;
  const titleLines = wrapText(meta.title, titleWidth, `bold ${titleSize}px ${family}`);
  const before = (title.text.match(/<br>/g) ?? []).length + 1;
  title.text = `<b>${titleLines.map(line).join("<br>")}</b>`;
  let grow = (titleLines.length - before) * Math.round(titleSize * 1.3);
  const footer = (figure.layout.annotations ?? []).find((note) => note.name === "aw-footer");
  if (footer && meta.footer?.length) {
    const margin = figure.layout.margin ?? {};
    const { text, extra } = footerAt(figure, footer, width - (margin.l ?? 0) - (margin.r ?? 0) - 60);
    footer.text = text;
    if (figure.layout.margin) figure.layout.margin.b += extra;
    grow += extra;
  }
  // Category labels under the axis wrapped at the width each category is drawn at (a phone's three lines are one or two
  // on a wide screen); tighten() then closes the room the phone's lines took.
  const axis = figure.layout.xaxis;
  if (meta.ticks?.length && axis?.ticktext) {
    const size = axis.tickfont?.size ?? 12;
    const margin = figure.layout.margin ?? {};
    // Each category's share of the plot, the value axis's labels (about five em) taken off, less the gap between bars.
    const slot = ((width - (margin.l ?? 0) - (margin.r ?? 0) - 5 * size) / meta.ticks.length) * 0.8;
    axis.ticktext = meta.ticks.map((text) => wrapText(text, slot, `${size}px ${family}`).map(line).join("<br>"));
  }
  // The plot keeps its proportions on a wide screen: 300 px high on a phone, up to 0.4 of its width (at most 1.8 times).
  const plot = meta.plot_height;
  if (plot) grow += Math.round(Math.min(Math.max(plot, width * 0.4), plot * 1.8) - plot);
  if (figure.layout.height) figure.layout.height += grow;
};

// tighten(box, figure, Plotly), shared with the charts drawn at export: airwars/figure.js (put before this file).

/** The page's own font (Noto Sans Arabic, static/fonts) as @font-face rules with data: URLs, read from the page's style
 * sheets once: an image drawn from an SVG sees no font of the page, only what the SVG itself carries. */
const embeddedFonts = () => {
  window.airwarsFontCss ??= (async () => {
    const rules = [...document.styleSheets].flatMap((sheet) => {
      try { return [...sheet.cssRules]; } catch { return []; }
    }).filter((rule) => rule instanceof CSSFontFaceRule && rule.style.getPropertyValue("font-family").includes("Noto Sans Arabic"));
    const faces = await Promise.all(rules.map(async (rule) => {
      const address = /url\(["']?([^"')]+)/.exec(rule.style.getPropertyValue("src"))?.[1];
      if (!address) return "";
      const blob = await (await fetch(new URL(address, document.baseURI))).blob();
      const data = await new Promise((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result);
        reader.readAsDataURL(blob);
      });
      const range = rule.style.getPropertyValue("unicode-range");
      return `@font-face { font-family: "Noto Sans Arabic"; font-weight: ${rule.style.getPropertyValue("font-weight") || 400}; `
        + `src: url(${String(data).replace("application/octet-stream", "font/woff2")}) format("woff2");${range ? ` unicode-range: ${range};` : ""} }`;
    }));
    const css = faces.join("\n");
    // The same fonts loaded by the page under another name: the image's own document then finds them ready (the same
    // data: URLs), instead of drawing its text before they arrive, which leaves a slide with no text.
    const style = document.createElement("style");
    style.textContent = css.replaceAll('"Noto Sans Arabic"', '"Airwars Slide"');
    document.head.appendChild(style);
    await Promise.all(["16px", "bold 16px"].map((font) => document.fonts.load(`${font} "Airwars Slide"`, "ابت abc")));
    return css;
  })().catch(() => "");
  return window.airwarsFontCss;
};

/** The slide as a PNG in the page's own font: plotly.js draws it as SVG (measured with the page's font), the font goes
 * inside the SVG, and a canvas paints it; plotly's own download would paint it with whatever font the system has. */
const saveSlide = async (Plotly, slide, options) => {
  const { width, height } = slide.layout;
  const url = await Plotly.toImage(slide, { format: "svg", width, height });
  const css = await embeddedFonts();
  const svg = decodeURIComponent(url.slice(url.indexOf(",") + 1)).replace(/<defs[^>]*>/, (defs) => `${defs}<style>${css}</style>`);
  const image = new Image();
  image.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(svg)))}`;
  await image.decode();
  const canvas = Object.assign(document.createElement("canvas"), { width, height });
  canvas.getContext("2d").drawImage(image, 0, 0);
  const link = Object.assign(document.createElement("a"), { href: canvas.toDataURL("image/png"), download: `${options.filename}.png` });
  document.body.appendChild(link);
  link.click();
  link.remove();
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
      click: () => saveSlide(Plotly, slide, options).catch(() =>
        Plotly.downloadImage(slide, { ...options, width: slide.layout.width, height: slide.layout.height, scale: 1 })),
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
  let figure;
  let height = window.innerHeight;
  let width = 0;
  const draw = (Plotly, config, paper = 0) => {
    width = paper || box.clientWidth;
    figure = figureFor(data);
    rewrap(figure, width);
    if (paper) figure.layout.width = paper;
    return Plotly.react(box, figure.data, figure.layout, config).then(() => fitFooter(box, figure, Plotly))
      .then(() => tighten(box, figure, Plotly)).then(() => untab(box));
  };
  let observer;
  let gone = false;
  // The font first, so plotly measures the labels with the glyphs it will draw (as the report does).
  Promise.all([plotly(), document.fonts.ready]).then(([Plotly]) => {
    if (gone) return;
    const config = configFor(data, Plotly);
    draw(Plotly, config);
    // Printing: at the paper's width when the screen's is wider; afterwards at the screen's again.
    box.airwarsPaper = (printing) => {
      if (printing ? box.clientWidth > PRINT_WIDTH : width !== box.clientWidth) draw(Plotly, config, printing ? PRINT_WIDTH : 0);
    };
    // The box follows its column (sidebar folded or opened, a phone turned), not only the window; one observer per box,
    // however often Streamlit hands it new data.
    box.airwarsObserver?.disconnect();
    observer = new ResizeObserver(() => {
      if (!box.isConnected) return;
      // A new width wraps the text again; a presenter's new height scales it; the chart's own growth (tighten) neither.
      if (box.clientWidth !== width || (data.screen_height && window.innerHeight !== height)) {
        height = window.innerHeight;
        draw(Plotly, config);
      } else if (data.screen_height) Plotly.Plots.resize(box);
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
