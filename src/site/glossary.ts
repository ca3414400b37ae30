import { glossaryTermView, type GlossaryTermView } from '../generators/glossary-page';
import { siteModel } from './model';

const views = new Map<string, Promise<GlossaryTermView>>();

/** The view of one glossary term, computed once per build for the blocks that share it. */
export function termView(id: string): Promise<GlossaryTermView> {
  let view = views.get(id);
  if (!view) {
    view = siteModel().then((model) => {
      const term = model.glossaryById.get(id);
      if (!term) throw new Error(`unknown glossary term "${id}"`);
      return glossaryTermView(model, term);
    });
    views.set(id, view);
  }
  return view;
}
