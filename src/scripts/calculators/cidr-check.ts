/** Browser script of the cidr-check calculator: bundles only this calculator, its view and its flags. */
import { cidrCheck } from '../../calculators/cidr-check';
import { cidrCheckFlags, cidrCheckView } from '../../generators/calculator-cidr-check-view';
import { mountCalculators } from './mount';

mountCalculators('cidr-check', { calculate: cidrCheck, view: cidrCheckView, flags: cidrCheckFlags });
