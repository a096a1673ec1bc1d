/* What every renderer of a figure does once plotly.js has drawn it, read by both: the dashboard's chart element
   (ui/view.py puts this before ui/chart.js) and the charts drawn at export for the report and the deck
   (airwars/drawing.py inlines it in the page the local Chromium draws on). A plain script, no module: it only defines. */

/** Close the blank bands the layout's estimates leave: between the tick labels and the notes under them, and between
 * the notes and the legend at the foot; open them where the two touch. */
const tighten = (box, figure, Plotly) => {
  const layout = figure.layout;
  const bottom = (sel) => Math.max(...[...box.querySelectorAll(sel)].map((e) => e.getBoundingClientRect().bottom), -Infinity);
  const top = (sel) => Math.min(...[...box.querySelectorAll(sel)].map((e) => e.getBoundingClientRect().top), Infinity);
  const ticks = bottom(".xaxislayer-above text");
  const index = (layout.annotations ?? []).findIndex((note) => note.name === "aw-footer" && note.visible !== false);
  const footer = index >= 0 ? box.querySelector(`.annotation[data-index="${index}"]`) : null;
  const legend = layout.height && layout.legend?.yref === "container" ? top(".legend .traces") : Infinity;
  if (!Number.isFinite(ticks) || !layout.margin) return null;
  const update = {};
  let shrink = 0;
  if (footer) {
    const gap = footer.getBoundingClientRect().top - ticks - 10;
    if (Math.abs(gap) > 3) {
      update[`annotations[${index}].yshift`] = layout.annotations[index].yshift + gap;
      shrink += gap;
    }
    if (Number.isFinite(legend)) {
      const below = legend - footer.getBoundingClientRect().bottom - 10;
      if (Math.abs(below) > 3) shrink += below;
    }
  } else if (Number.isFinite(legend)) shrink = legend - ticks - 14;
  if (Math.abs(shrink) <= 3 && !Object.keys(update).length) return null;
  update["margin.b"] = layout.margin.b - shrink;
  if (layout.height) update.height = layout.height - shrink;
  return Plotly.relayout(box, update);
};
