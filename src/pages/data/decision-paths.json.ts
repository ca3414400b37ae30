import type { APIRoute } from 'astro';
import { decisionPathsExport } from '../../generators/decision-paths';
import { siteModel } from '../../site/model';
import { asOf } from '../../site/as-of';

/** /data/decision-paths.json: every path of every decision tree and the configuration it ends on (with the organisation's positions where the site has guidance files). */
export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(decisionPathsExport(await siteModel(), asOf()), null, 2), { headers: { 'Content-Type': 'application/json' } });
};
