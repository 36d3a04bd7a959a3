/**
 * A chart as a stand-alone image for a lab report: its SVG with the computed styles written onto
 * every element (the page's CSS and theme variables do not travel with the file), its heading as
 * a title, the prediction layer when there is one, on the card's background; as SVG text or
 * rendered to PNG through a canvas. Downloads go through a Blob and an object URL (no inline data
 * or script), which a strict Content-Security-Policy allows with `img-src blob:` for the PNG.
 */

/** The presentation properties the charts set through CSS. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'paint-order',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;
const TITLE_HEIGHT = 32;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** The chart card (a section with an h3) whose heading reads `title`. */
export function findChart(title: string, root: ParentNode = document): HTMLElement | null {
  for (const heading of root.querySelectorAll('section h3'))
    if (heading.textContent?.trim() === title) return heading.closest('section');
  return null;
}

/**
 * A chart far below the screen is not drawn (ChartCard draws only what is near): bring the card
 * into view, which also shows the user what is exported, and wait until its plot is there.
 */
export async function drawnChart(card: HTMLElement, maxFrames = 30): Promise<void> {
  if (card.dataset.drawn === 'true') return;
  card.scrollIntoView({ block: 'nearest' });
  for (let i = 0; i < maxFrames && card.dataset.drawn !== 'true'; i++)
    await new Promise((done) => requestAnimationFrame(() => done(undefined)));
  // One more frame for the plot's own layout after it appears.
  await new Promise((done) => requestAnimationFrame(() => done(undefined)));
}

/** The chart of a card as SVG source, styles inlined, with `title` above it. */
export function chartSvg(card: HTMLElement, title: string): { svg: string; width: number; height: number } {
  const svgs = [...card.querySelectorAll<SVGSVGElement>('svg')].filter(
    (s) => !s.parentElement?.closest('svg'),
  );
  const chart = svgs.find((s) => s.getAttribute('role') === 'img') ?? svgs[0];
  if (!chart) throw new Error(`no chart in "${title}"`);
  const width = Number(chart.getAttribute('width')) || chart.clientWidth;
  const height = (Number(chart.getAttribute('height')) || chart.clientHeight) + TITLE_HEIGHT;
  const background = getComputedStyle(card).backgroundColor;
  const text = getComputedStyle(card).color;

  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const bg = document.createElementNS(SVG_NS, 'rect');
  Object.entries({ width, height, fill: background }).forEach(([k, v]) => bg.setAttribute(k, String(v)));
  const heading = document.createElementNS(SVG_NS, 'text');
  Object.entries({
    x: 8,
    y: 22,
    fill: text,
    'font-size': 18,
    'font-weight': 700,
    'font-family': 'sans-serif',
  }).forEach(([k, v]) => heading.setAttribute(k, String(v)));
  heading.textContent = title;
  out.append(bg, heading);
  // The chart and the layers drawn over it (the prediction), shifted under the title.
  for (const layer of [
    chart,
    ...svgs.filter((s) => s !== chart && s.closest('.plot') === chart.closest('.plot')),
  ]) {
    const group = document.createElementNS(SVG_NS, 'g');
    group.setAttribute('transform', `translate(0 ${TITLE_HEIGHT})`);
    for (const child of layer.children) group.append(inlined(child as SVGElement));
    out.append(group);
  }
  return { svg: new XMLSerializer().serializeToString(out), width, height };
}

/** A deep copy of `element` with the computed presentation styles as attributes. */
function inlined(element: SVGElement): SVGElement {
  const copy = element.cloneNode(false) as SVGElement;
  const style = getComputedStyle(element);
  for (const property of STYLE_PROPERTIES) {
    const value = style.getPropertyValue(property);
    if (value) copy.setAttribute(property, value);
  }
  for (const name of ['class', 'style', 'tabindex', 'role', 'data-testid']) copy.removeAttribute(name);
  for (const child of element.childNodes)
    copy.append(child.nodeType === Node.ELEMENT_NODE ? inlined(child as SVGElement) : child.cloneNode());
  return copy;
}

/** The SVG rendered at `scale` × its size into a PNG (for slides and word processors). */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Save a Blob under `fileName` (an object URL and a temporary link: works on phones too). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: lower case, letters, digits and dashes. */
export const fileNameOf = (title: string, extension: string): string =>
  `${
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'chart'
  }.${extension}`;
