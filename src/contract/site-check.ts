import { checkData, type DataIssue, type DataLocations, type Model } from '../model';
import { checkPublishedUrls } from './published-urls';

/**
 * Everything `npm run lint:data` and the build check before rendering: the data's schemas and
 * integrity rules, then the published-URL contract (only when the data holds, as it is computed from it).
 */
export function checkSite(locations: DataLocations): { model?: Model; issues: DataIssue[] } {
  const { model, issues } = checkData(locations);
  if (!model || issues.length > 0) return { ...(model ? { model } : {}), issues };
  return { model, issues: checkPublishedUrls(model, locations) };
}
