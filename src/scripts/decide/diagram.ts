/**
 * Diagram figures: zoom buttons, a full-screen view and drag-to-move for the build-time SVG, and the
 * "Copy Mermaid source" button, which copies the generated source with its links made absolute so the
 * diagram still links here from a wiki. The controls ship hidden and appear only when this script runs.
 */
import { absoluteMermaidLinks } from '../../generators/mermaid-text';
import { copyWithFeedback } from '../clipboard';

const STEP = 1.25;
const MIN = 0.05;
const MAX = 3;

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-fm-copy-mermaid]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const source = document.getElementById(button.dataset.fmCopyMermaid!)?.textContent ?? '';
    void copyWithFeedback(button, absoluteMermaidLinks(source, window.location.origin));
  });
}

for (const figure of document.querySelectorAll<HTMLElement>('[data-fm-diagram]')) {
  const frame = figure.querySelector<HTMLElement>('.fm-diagram__scroll');
  const svg = frame?.querySelector<SVGSVGElement>('svg');
  const toolbar = figure.querySelector<HTMLElement>('[data-diagram-toolbar]');
  if (!frame || !svg || !toolbar) continue;
  const natural = Number(figure.dataset.width) || svg.viewBox.baseVal.width;
  let scale = 1;
  toolbar.hidden = false;

  /** Zooms around the middle of the frame, so what the reader looks at stays in view. */
  const zoom = (next: number) => {
    const clamped = Math.min(MAX, Math.max(MIN, next));
    const cx = (frame.scrollLeft + frame.clientWidth / 2) / scale;
    const cy = (frame.scrollTop + frame.clientHeight / 2) / scale;
    scale = clamped;
    svg.style.width = `${Math.round(natural * scale)}px`;
    frame.scrollLeft = cx * scale - frame.clientWidth / 2;
    frame.scrollTop = cy * scale - frame.clientHeight / 2;
  };
  const full = toolbar.querySelector<HTMLButtonElement>('[data-zoom="full"]')!;
  // The full-screen view goes to the top layer (a popover) where browsers have it, so no sticky
  // pane or fixed header can cover it; elsewhere a class lifts it above the page.
  const topLayer = 'showPopover' in HTMLElement.prototype;
  const setFull = (on: boolean) => {
    if (topLayer && on) {
      figure.setAttribute('popover', 'manual');
      figure.showPopover();
    } else if (topLayer && figure.hasAttribute('popover')) {
      figure.hidePopover();
      figure.removeAttribute('popover');
    }
    figure.classList.toggle('is-full', on);
    document.documentElement.classList.toggle('fm-diagram-full', on);
    full.setAttribute('aria-pressed', String(on));
    full.textContent = on ? 'Close full screen' : 'Full screen';
    if (on) frame.focus();
    else full.focus();
  };
  toolbar.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-zoom]')?.dataset.zoom;
    if (action === 'in') zoom(scale * STEP);
    else if (action === 'out') zoom(scale / STEP);
    else if (action === 'fit') zoom(Math.min(1, frame.clientWidth / natural));
    else if (action === 'full') setFull(!figure.classList.contains('is-full'));
  });
  figure.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && figure.classList.contains('is-full')) setFull(false);
  });

  // Drag to move with a mouse; touch and pen already scroll the frame natively.
  let drag: { x: number; y: number; left: number; top: number } | undefined;
  frame.addEventListener('pointerdown', (event) => {
    if (event.pointerType !== 'mouse' || event.button !== 0 || (event.target as Element).closest('a')) return;
    drag = { x: event.clientX, y: event.clientY, left: frame.scrollLeft, top: frame.scrollTop };
    frame.classList.add('is-dragging');
  });
  window.addEventListener('pointermove', (event) => {
    if (!drag) return;
    frame.scrollLeft = drag.left - (event.clientX - drag.x);
    frame.scrollTop = drag.top - (event.clientY - drag.y);
  });
  window.addEventListener('pointerup', () => {
    drag = undefined;
    frame.classList.remove('is-dragging');
  });
}
