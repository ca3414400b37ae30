/** Clipboard writes with a spoken and visible confirmation, shared by every copy button of the site. */
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

/** Copies `text` and shows "Copied" on the button (and to screen readers) for two seconds. */
export async function copyWithFeedback(button: HTMLButtonElement, text: string): Promise<void> {
  const label = button.dataset.label ?? button.textContent ?? '';
  button.dataset.label = label;
  let message = 'Copied';
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    message = 'Copy failed: select and copy by hand';
  }
  button.textContent = message;
  statusRegion().textContent = message;
  window.setTimeout(() => {
    button.textContent = label;
    statusRegion().textContent = '';
  }, 2000);
}
