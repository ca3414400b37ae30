import type { APIRoute } from 'astro';
import { comparisonCsv } from '../../generators/exports';
import { asOf } from '../../site/as-of';
import { siteModel } from '../../site/model';

/** /data/comparison.csv: the full comparison table, one row per property and one column per plugin. */
export const GET: APIRoute = async () => {
  return new Response(comparisonCsv(await siteModel(), asOf()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
