/** Reading and writing the calculator form, and the inline error next to each field. */
import type { FieldErrors, FieldSpec, FormValues } from '../../generators/calculators/form';
import { el } from './dom';

type Control = HTMLInputElement | HTMLTextAreaElement;

/** The control of a field, found by name inside the form. */
export function control(form: HTMLFormElement, name: string): Control | null {
  const c = form.elements.namedItem(name);
  return c instanceof HTMLInputElement || c instanceof HTMLTextAreaElement ? c : null;
}

/** The typed values of every field; a checkbox reads as 'true' or 'false'. */
export function readValues(form: HTMLFormElement, fields: readonly FieldSpec[]): FormValues {
  const values: FormValues = {};
  for (const f of fields) {
    const c = control(form, f.name);
    if (!c) values[f.name] = f.example;
    else values[f.name] = c instanceof HTMLInputElement && c.type === 'checkbox' ? String(c.checked) : c.value;
  }
  return values;
}

/** Puts values into the form. */
export function writeValues(form: HTMLFormElement, fields: readonly FieldSpec[], values: FormValues): void {
  for (const f of fields) {
    const c = control(form, f.name);
    if (!c) continue;
    if (c instanceof HTMLInputElement && c.type === 'checkbox') c.checked = values[f.name] === 'true';
    else c.value = values[f.name] ?? '';
  }
}

/** Shows each field's errors next to it (aria-invalid, aria-describedby) and the ones about the whole input below the form. */
export function showErrors(form: HTMLFormElement, fields: readonly FieldSpec[], errors: FieldErrors, general: HTMLElement | null): void {
  for (const f of fields) {
    const c = control(form, f.name);
    if (!c) continue;
    const messages = errors.byField[f.name] ?? [];
    const box = document.getElementById(`${c.id}-error`);
    const hint = `${c.id}-hint`;
    if (box) {
      box.replaceChildren(...messages.map((m) => el('span', {}, [m])));
      box.hidden = messages.length === 0;
    }
    if (messages.length > 0) {
      c.setAttribute('aria-invalid', 'true');
      c.setAttribute('aria-describedby', `${hint} ${c.id}-error`);
    } else {
      c.removeAttribute('aria-invalid');
      c.setAttribute('aria-describedby', hint);
    }
  }
  if (general) {
    general.textContent = errors.general.join(' ');
    general.hidden = errors.general.length === 0;
  }
}
