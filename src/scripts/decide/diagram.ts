/**
 * "Copy Mermaid source" buttons: copy the generated source shown under a diagram, with its plugin
 * links made absolute so the diagram still links here from a wiki. Buttons ship hidden and appear
 * only when this script runs.
 */
import { absoluteMermaidLinks } from '../../generators/mermaid-text';
import { copyWithFeedback } from '../clipboard';

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-fm-copy-mermaid]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const source = document.getElementById(button.dataset.fmCopyMermaid!)?.textContent ?? '';
    void copyWithFeedback(button, absoluteMermaidLinks(source, window.location.origin));
  });
}
