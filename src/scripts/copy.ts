/**
 * Copy buttons: `data-copy-link="<anchor id>"` copies the absolute URL of this page with that anchor
 * (`data-copy-link=""`: the page URL as it is, query included);
 * `data-copy-target="<element id>"` copies the text of that element. Buttons ship `hidden` and are
 * revealed here, so without JavaScript no dead button is shown.
 */
import { copyWithFeedback } from './clipboard';

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
  button.addEventListener('click', () => {
    const text = textToCopy(button);
    if (text !== undefined) void copyWithFeedback(button, text);
  });
}
