// Building DOM nodes for the screens and the HUD. Text always goes in through textContent, so
// scenario text (a mod's, too) can never become markup.
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K, className = '', text?: string, attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

export function button(className: string, text: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = el('button', className, text, { type: 'button', ...attrs });
  b.addEventListener('click', (e) => {
    e.stopPropagation();
    onClick();
  });
  return b;
}

/** A small SVG of a side's token shape, for legends and banners (built with DOM calls, no markup). */
export function shapeBadge(shape: string, color: string, size = 16): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', '-10 -10 20 20');
  svg.classList.add('shape-badge');
  const polygons: Record<string, string> = {
    hexagon: '9,0 4.5,7.8 -4.5,7.8 -9,0 -4.5,-7.8 4.5,-7.8',
    square: '-7.5,-7.5 7.5,-7.5 7.5,7.5 -7.5,7.5',
    triangle: '0,-9 8.5,7 -8.5,7',
    diamond: '0,-9.5 9.5,0 0,9.5 -9.5,0',
    pentagon: '0,-9 8.6,-2.8 5.3,7.3 -5.3,7.3 -8.6,-2.8',
  };
  const node = shape in polygons ? document.createElementNS(ns, 'polygon') : document.createElementNS(ns, 'circle');
  if (shape in polygons) node.setAttribute('points', polygons[shape]);
  else {
    node.setAttribute('r', '8.5');
  }
  node.setAttribute('fill', color);
  node.setAttribute('stroke', '#0b0f14');
  node.setAttribute('stroke-width', '1.5');
  svg.appendChild(node);
  return svg;
}
