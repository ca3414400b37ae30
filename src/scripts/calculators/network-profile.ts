/** Browser script of the network-profile calculator: bundles only this calculator, its view and its flags. */
import { networkProfile } from '../../calculators/network-profile';
import { networkProfileFlags, networkProfileView } from '../../generators/calculator-network-profile-view';
import { mountCalculators } from './mount';

mountCalculators('network-profile', { calculate: networkProfile, view: networkProfileView, flags: networkProfileFlags });
