/** The /calculators/ list and sidebar entries: every calculator with its one-line purpose, in the library's order. */
import type { CalculatorName } from '../../calculators';
import { CALCULATOR_SPECS } from './specs';
import { href } from '../href';

/** One row of the calculator list. */
export interface CalculatorListItem {
  name: CalculatorName;
  href: string;
  title: string;
  purpose: string;
}

/** Every calculator for the index page. */
export function calculatorList(): CalculatorListItem[] {
  return Object.values(CALCULATOR_SPECS).map((spec) => ({ name: spec.name, href: href(`/calculators/${spec.name}/`), title: spec.title, purpose: spec.purpose }));
}

/** Sidebar links to every calculator page, for astro.config.mjs (imports no calculator code). */
export function calculatorSidebarItems(): { label: string; link: string }[] {
  // Starlight adds the base path to sidebar links itself.
  return calculatorList().map((c) => ({ label: c.title, link: `/calculators/${c.name}/` }));
}
