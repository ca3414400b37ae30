/** Browser script of the node-subnet calculator: bundles only this calculator, its view and its flags. */
import { nodeSubnet } from '../../calculators/node-subnet';
import { nodeSubnetFlags, nodeSubnetView } from '../../generators/calculators/views/node-subnet';
import { mountCalculators } from './mount';

mountCalculators('node-subnet', { calculate: nodeSubnet, view: nodeSubnetView, flags: nodeSubnetFlags });
