/** The /errors/ page: every error grouped by the operation it appears in, with what the filters read. */
import type { Model } from '../model/model';
import { OPERATIONS, type Operation } from '../schemas';
import { errorHref } from './error-links';
import { CATEGORY_LABELS, OPERATION_LABELS } from './labels';

/** One row of the errors index. */
export interface ErrorIndexEntry {
  id: string;
  code: string;
  title: string;
  href: string;
  operations: Operation[];
  operationWords: string[];
  category: string;
  plugins: string[];
}

/** Every error under each operation it appears in; operations without errors are left out. */
export function errorsIndex(model: Model): { operation: Operation; heading: string; items: ErrorIndexEntry[] }[] {
  const entries = model.errors.map((e) => ({
    id: e.id,
    code: e.data.code,
    title: e.data.title,
    href: errorHref(e.id),
    operations: e.data.operations,
    operationWords: e.data.operations.map((o) => OPERATION_LABELS[o].word),
    category: CATEGORY_LABELS[e.data.category],
    plugins: e.data.plugins ?? [],
  }));
  return OPERATIONS.map((operation) => ({
    operation,
    heading: OPERATION_LABELS[operation].heading,
    items: entries.filter((e) => e.operations.includes(operation)),
  })).filter((g) => g.items.length > 0);
}
