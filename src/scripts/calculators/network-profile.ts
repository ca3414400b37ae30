/** Browser script of the network-profile calculator: bundles only this calculator, its view and its flags. */
import { networkProfile } from '../../calculators/network-profile';
import { networkProfileFlags, networkProfileView } from '../../generators/calculators/views/network-profile';
import { mountCalculators } from './mount';

mountCalculators('network-profile', {
  calculate: networkProfile,
  view: networkProfileView,
  flags: networkProfileFlags,
  linkReducers: async (data) => {
    const { reduceClusterText, positionFields } = await import('../../calculators/review/reduce');
    const settings = positionFields(data.context);
    return { profile: (text) => reduceClusterText(text, settings) };
  },
});
