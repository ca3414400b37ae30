/** Browser script of the cidr-check calculator: bundles only this calculator, its view and its flags. */
import { cidrCheck } from '../../calculators/cidr-check';
import { cidrCheckFlags, cidrCheckView } from '../../generators/calculators/views/cidr-check';
import { mountCalculators } from './mount';

mountCalculators('cidr-check', { calculate: cidrCheck, view: cidrCheckView, flags: cidrCheckFlags });
