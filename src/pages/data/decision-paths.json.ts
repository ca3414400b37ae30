import type { APIRoute } from 'astro';
import { decisionPathsExport } from '../../generators/decision-paths';
import { siteModel } from '../../site/model';

/** /data/decision-paths.json: every path of every decision tree and the configuration it ends on. */
export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(decisionPathsExport(await siteModel()), null, 2), { headers: { 'Content-Type': 'application/json' } });
};
