/**
 * `npm run --silent plan -- <calculator> --json '<inputs>'`: runs one IP planning calculator and prints
 * its result as JSON. Exit 0 with a result (findings are part of it), 2 for invalid input or an unknown
 * calculator (the message names the field), 1 when the data the calculators need cannot be read or
 * something unexpected happens (a message, never a stack trace).
 * `--json -` reads the input from stdin, e.g. `az aks show ... | ... cluster-review --json - --subnets '<vnet>/<subnet> = <CIDR>'`.
 * With guidance files in the data folder, network-profile and cluster-review flag the organisation's
 * exception and prohibited positions as the pages do (as of today).
 */
import fs from 'node:fs';
import { CALCULATOR_NAMES, CALCULATORS, isCalculatorName } from '../calculators';
import { loadPlanContext } from '../calculators/load-context';
import { loadCalculatorLimits } from '../calculators/load-limits';

const usage = [
  "usage: plan <calculator> --json '<inputs as JSON>'",
  '       plan <calculator> --json -            (read the JSON from stdin)',
  "       plan cluster-review --json - --subnets '<vnet>/<subnet> = <CIDR>'   (az aks show on stdin, subnet prefixes one per line)",
  `calculators: ${CALCULATOR_NAMES.join(', ')}`,
].join('\n');

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

function main(): void {
  const [name, ...rest] = process.argv.slice(2);
  if (!name || name === '--help' || name === '-h') fail(usage, name ? 0 : 2);
  if (!isCalculatorName(name)) fail(`unknown calculator "${name}"; expected one of: ${CALCULATOR_NAMES.join(', ')}`, 2);

  let jsonText: string | undefined;
  let subnets: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--json') jsonText = rest[++i];
    else if (arg.startsWith('--json=')) jsonText = arg.slice('--json='.length);
    else if (arg === '--subnets' && name === 'cluster-review') subnets = rest[++i] ?? '';
    else if (arg.startsWith('--subnets=') && name === 'cluster-review') subnets = arg.slice('--subnets='.length);
    else fail(`unknown argument "${arg}"\n${usage}`, 2);
  }
  if (jsonText === undefined) fail(`--json: is required\n${usage}`, 2);
  if (jsonText === '-') jsonText = fs.readFileSync(0, 'utf8');

  let input: unknown;
  try {
    input = JSON.parse(jsonText);
  } catch (error) {
    fail(`--json: not valid JSON (${(error as Error).message})`, 2);
  }
  if (subnets !== undefined) input = { cluster: input, subnets };

  let limits;
  try {
    limits = loadCalculatorLimits();
  } catch (error) {
    fail((error as Error).message, 1);
  }
  const { guidanceProblem, ...context } = loadPlanContext(undefined, new Date().toISOString().slice(0, 10));
  if (guidanceProblem) console.error(`plan: ${guidanceProblem}`);
  const result = CALCULATORS[name](input, limits, context);
  if (!result.ok) fail(result.errors.map((e) => e.message).join('\n'), 2);
  console.log(JSON.stringify(result, null, 2));
}

try {
  main();
} catch (error) {
  // The calculators never throw by design; if one does, say so without a stack trace.
  fail(`plan: could not compute this input (${error instanceof Error ? error.message : String(error)}); please report it`, 1);
}
