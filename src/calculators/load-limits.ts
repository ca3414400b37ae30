import { dataLocations, formatIssue, readCollection, type DataLocations } from '../model';
import { calculatorLimits, type CalculatorLimits } from './limits';

/**
 * Node only: reads data/limits.yaml through the model and builds the calculator limits; throws when a
 * limit the calculators need is missing or mistyped (schema problems in the file are listed too).
 */
export function loadCalculatorLimits(locations: DataLocations = dataLocations()): CalculatorLimits {
  const { entries, issues } = readCollection('limits', locations);
  try {
    return calculatorLimits(entries);
  } catch (error) {
    const detail = issues.length > 0 ? `\nSchema problems in the file:\n  ${issues.map(formatIssue).join('\n  ')}` : '';
    throw new Error(`${(error as Error).message}${detail}`);
  }
}
