import { aliasesUnique } from './aliases-unique';
import { cellsAreComplete } from './cells-are-complete';
import { configurationsResolve } from './configurations-resolve';
import { decisionPathsSound } from './decision-paths-sound';
import { decisionTreesSound } from './decision-trees-sound';
import { errorMessagesComplete } from './error-messages-complete';
import { errorsResolve } from './errors-resolve';
import { glossaryAnatomy } from './glossary-anatomy';
import { limitationDataplaneScope } from './limitation-dataplane-scope';
import { limitationIdsUnique } from './limitation-ids-unique';
import { limitationsMovedResolve } from './limitations-moved-resolve';
import { pluginCoversEveryEngine } from './plugin-covers-every-engine';
import { pluginCoversEveryProperty } from './plugin-covers-every-property';
import { positionsResolve } from './positions-resolve';
import { positionsUnique } from './positions-unique';
import { referencesResolve } from './references-resolve';
import { settingChangesComplete } from './setting-changes-complete';
import { settingsResolve } from './settings-resolve';
import type { Rule } from './rule';
import { sourcesCheckedAgainst } from './sources-checked-against';
import { sourcesResolve } from './sources-resolve';
import { statusConsistent } from './status-consistent';

/** Every integrity rule, in the order their messages print. */
export const RULES: readonly Rule[] = [
  sourcesResolve,
  referencesResolve,
  pluginCoversEveryProperty,
  pluginCoversEveryEngine,
  cellsAreComplete,
  configurationsResolve,
  limitationIdsUnique,
  limitationDataplaneScope,
  aliasesUnique,
  decisionTreesSound,
  decisionPathsSound,
  statusConsistent,
  glossaryAnatomy,
  limitationsMovedResolve,
  sourcesCheckedAgainst,
  positionsResolve,
  positionsUnique,
  settingsResolve,
  settingChangesComplete,
  errorsResolve,
  errorMessagesComplete,
];

export { runRules, type Report, type Rule } from './rule';
