import { buildDate } from '../generators/status-view';

/** The date the site describes ("as of"): FIELD_MANUAL_AS_OF for reproducible builds, else today. */
export function asOf(): string {
  return process.env.FIELD_MANUAL_AS_OF ?? buildDate();
}
