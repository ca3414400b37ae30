/** Browser script of the pod-subnet-dynamic calculator: bundles only this calculator, its view and its flags. */
import { podSubnetDynamic } from '../../calculators/pod-subnet-dynamic';
import { podSubnetDynamicFlags, podSubnetDynamicView } from '../../generators/calculators/views/pod-subnet-dynamic';
import { mountCalculators } from './mount';

mountCalculators('pod-subnet-dynamic', { calculate: podSubnetDynamic, view: podSubnetDynamicView, flags: podSubnetDynamicFlags });
