import type { APIRoute } from 'astro';
import { changesAtom } from '../generators/changes-feed';
import { changeEntries } from '../generators/changes';
import { asOf } from '../site/as-of';
import { siteModel } from '../site/model';

/** /changes.xml: the Atom feed of every dated change, the same entries as /changes/. */
export const GET: APIRoute = async ({ site }) => {
  const xml = changesAtom(changeEntries(await siteModel()), site?.href ?? 'http://localhost:4321/', asOf());
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
