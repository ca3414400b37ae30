/**
 * `npm run lint:data`: the same schema, integrity and published-URL checks the build runs, in seconds.
 * Exit 0 when the data holds, 1 when it does not (every problem printed on stderr).
 */
import { allPositions } from '../generators/positions';
import { activeLimitations, dataLocations, formatIssue } from '../model';
import { checkSite } from '../contract/site-check';
import { asOf } from '../site/as-of';

const started = performance.now();
const { model, issues } = checkSite(dataLocations());
if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\n${issues.length} problem${issues.length === 1 ? '' : 's'} in the data.`);
  process.exit(1);
}
const ms = Math.round(performance.now() - started);
console.log(
  `data ok: ${model!.plugins.length} plugins, ${model!.configurations.length} configurations, ${model!.policyEngines.length} policy engines, ` +
    `${model!.properties.length} properties, ${[...model!.plugins, ...model!.policyEngines].reduce((n, e) => n + activeLimitations(e.data).length, 0)} active limitations, ` +
    `${model!.sources.length} sources, ${model!.glossary.length} glossary terms, ${model!.decisions.length} decision trees, ` +
    `${model!.settings.length} settings, ${model!.errors.length} errors (${ms} ms)`,
);
// An organisation's positions: counted, and those whose review date has passed are named (a note,
// not a failure: the site shows "review overdue" until someone reviews them).
if (model!.guidance.length > 0) {
  const positions = allPositions(model!, asOf());
  console.log(`guidance: ${positions.length} position${positions.length === 1 ? '' : 's'} in ${model!.guidance.length} file${model!.guidance.length === 1 ? '' : 's'}`);
  for (const p of positions.filter((p) => p.overdue)) console.log(`note: ${p.file}: the position on ${p.subject.kind} "${p.subject.id}" was due for review on ${p.reviewBy} (review overdue)`);
}
