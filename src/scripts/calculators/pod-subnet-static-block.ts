/** Browser script of the pod-subnet-static-block calculator: bundles only this calculator, its view and its flags. */
import { podSubnetStaticBlock } from '../../calculators/pod-subnet-static-block';
import { podSubnetStaticBlockFlags, podSubnetStaticBlockView } from '../../generators/calculators/views/pod-subnet-static-block';
import { mountCalculators } from './mount';

mountCalculators('pod-subnet-static-block', { calculate: podSubnetStaticBlock, view: podSubnetStaticBlockView, flags: podSubnetStaticBlockFlags });
