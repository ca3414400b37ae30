/** Browser script of the compare-all calculator: bundles only this calculator, its view and its flags. */
import { compareAll } from '../../calculators/compare-all';
import { compareAllFlags, compareAllView } from '../../generators/calculators/views/compare-all';
import { mountCalculators } from './mount';

mountCalculators('compare-all', { calculate: compareAll, view: compareAllView, flags: compareAllFlags });
