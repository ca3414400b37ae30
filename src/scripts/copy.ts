/**
 * Copy buttons: `data-copy-link="<anchor id>"` copies the absolute URL of this page with that anchor
 * (`data-copy-link=""`: the page URL as it is, query included);
 * `data-copy-target="<element id>"` copies the text of that element. Buttons ship `hidden` and are
 * revealed here, so without JavaScript no dead button is shown.
 */
function statusRegion(): HTMLElement {
  let status = document.getElementById('fm-copy-status');
  if (!status) {
    status = document.createElement('div');
    status.id = 'fm-copy-status';
    status.setAttribute('role', 'status');
    status.className = 'sr-only';
    document.body.append(status);
  }
  return status;
}

function announce(button: HTMLButtonElement, text: string): void {
  const status = statusRegion();
  const label = button.dataset.label ?? button.textContent ?? '';
  button.dataset.label = label;
  button.textContent = text;
  status.textContent = text;
  window.setTimeout(() => {
    button.textContent = label;
    status.textContent = '';
  }, 2000);
}

function textToCopy(button: HTMLButtonElement): string | undefined {
  if (button.dataset.copyLink !== undefined) {
    // An anchor id copies the page URL with that anchor; an empty value copies the page as it is
    // now, query included (a comparison's selection lives in the query).
    const url = new URL(window.location.href);
    url.hash = button.dataset.copyLink;
    if (button.dataset.copyLink) url.search = '';
    return url.href;
  }
  if (button.dataset.copyTarget) return document.getElementById(button.dataset.copyTarget)?.textContent ?? undefined;
  return undefined;
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-link], button[data-copy-target]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = textToCopy(button);
    if (text === undefined) return;
    try {
      await navigator.clipboard.writeText(text);
      announce(button, 'Copied');
    } catch {
      announce(button, 'Copy failed: select and copy by hand');
    }
  });
}
