import type { APIRoute } from 'astro';
import { modelExport } from '../../generators/exports';
import { asOf } from '../../site/as-of';
import { siteModel } from '../../site/model';

/** /data/plugins.json: the resolved model, for scripts and spreadsheets that want the facts. */
export const GET: APIRoute = async ({ site }) => {
  const data = modelExport(await siteModel(), asOf(), site?.href ?? '/');
  return new Response(JSON.stringify(data, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
