/**
 * `npm run lint:data`: the same schema and integrity checks the build runs, in seconds.
 * Exit 0 when the data holds, 1 when it does not (every problem printed on stderr).
 */
import { checkData, dataLocations, formatIssue } from '../model';

const started = performance.now();
const { model, issues } = checkData(dataLocations());
if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\n${issues.length} problem${issues.length === 1 ? '' : 's'} in the data.`);
  process.exit(1);
}
const ms = Math.round(performance.now() - started);
console.log(
  `data ok: ${model!.plugins.length} plugins, ${model!.configurations.length} configurations, ${model!.policyEngines.length} policy engines, ` +
    `${model!.properties.length} properties, ${model!.plugins.reduce((n, p) => n + p.data.limitations.length, 0) + model!.policyEngines.reduce((n, e) => n + e.data.limitations.length, 0)} limitations, ` +
    `${model!.sources.length} sources, ${model!.glossary.length} glossary terms, ${model!.decisions.length} decision trees, ` +
    `${model!.settings.length} settings, ${model!.errors.length} errors (${ms} ms)`,
);
